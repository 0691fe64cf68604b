/**
 * Properties of the whole check on random coded tables (issue 9 §3): a 表3 支出汇总表 whose every
 * printed figure is rounded (四舍五入, 2 places) from exact sums ties out under `tight` and `calc11`
 * — nothing above `info`; and changing any one printed 合计 by more than the tolerance gives an
 * error at that very cell.
 *
 * Why rounding alone always passes `tight`: each printed part is off its exact value by less than
 * half a unit, so a total of n parts is off their printed sum by less than (n+1)/2 units, i.e. at
 * most ⌊n/2⌋ whole units (domain guide, "Rounding").
 */
import fc from 'fast-check';
import { Decimal, roundHalfUp } from '../../src/core/amount';
import { checkWorkbook } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import type { RoundingPolicy } from '../../src/core/rules/rounding';
import { lookupSubject } from '../../src/core/subjects';
import { FAMILIES, layoutTable } from '../../src/core/templates';
import type { Amounts, CodedRow, DisclosureData } from '../../src/core/templates/data';

/** 类 codes of the function classification; their 款 and 项 are generated under them. */
const CLASSES = ['201', '205', '208', '210', '212', '213', '221', '224'];
const MAX_CHILDREN = 4;
const T3 = FAMILIES.budget13.tables.find((t) => t.kind === 'budget.expenditure')!;

/** Exact amounts of a 项 in 万元 to 4 places (元 precision): 基本支出, and 项目支出 or blank. */
const itemArb = fc.record({
  basic: fc.integer({ min: 1, max: 2_000_000_000 }),
  project: fc.option(fc.integer({ min: 1, max: 2_000_000_000 }), { nil: undefined }),
});
const branchArb = fc.array(itemArb, { minLength: 1, maxLength: MAX_CHILDREN });
const classArb = fc.array(branchArb, { minLength: 1, maxLength: MAX_CHILDREN });
const tableArb = fc
  .uniqueArray(fc.constantFrom(...CLASSES), { minLength: 1, maxLength: 4 })
  .chain((codes) => fc.tuple(fc.constant(codes.sort()), fc.array(classArb, { minLength: codes.length, maxLength: codes.length })));

type Exact = { basic: bigint; project: bigint | undefined };

const wan = (tenThousandths: bigint): Decimal => new Decimal(tenThousandths.toString()).dividedBy(10000);
const printed = (value: bigint): Decimal => roundHalfUp(wan(value), 2);

function amountsOf(exact: Exact): Amounts {
  const total = exact.basic + (exact.project ?? 0n);
  return {
    total: printed(total),
    basic: printed(exact.basic),
    ...(exact.project === undefined ? {} : { project: printed(exact.project) }),
  };
}

const add = (a: Exact, b: Exact): Exact => ({
  basic: a.basic + b.basic,
  project: a.project === undefined && b.project === undefined ? undefined : (a.project ?? 0n) + (b.project ?? 0n),
});

const nameOf = (code: string): string => lookupSubject(code, 'func')?.name ?? `生成科目${code}`;

/** The 表3 of a random department: exact sums up the tree, every figure rounded only when printed. */
function expenditureGrid([codes, classes]: [string[], { basic: number; project: number | undefined }[][][]]): Grid {
  const rows: CodedRow[] = [];
  let grand: Exact = { basic: 0n, project: undefined };
  codes.forEach((classCode, k) => {
    const classRows: CodedRow[] = [];
    let classSum: Exact = { basic: 0n, project: undefined };
    classes[k]!.forEach((branch, b) => {
      const branchCode = `${classCode}${String(b + 1).padStart(2, '0')}`;
      const items = branch.map((item) => ({ basic: BigInt(item.basic), project: item.project === undefined ? undefined : BigInt(item.project) }));
      const branchSum = items.reduce(add, { basic: 0n, project: undefined });
      classRows.push({ code: branchCode, name: nameOf(branchCode), amounts: amountsOf(branchSum) });
      items.forEach((item, i) => {
        const code = `${branchCode}${String(i + 1).padStart(2, '0')}`;
        classRows.push({ code, name: nameOf(code), amounts: amountsOf(item) });
      });
      classSum = add(classSum, branchSum);
    });
    rows.push({ code: classCode, name: nameOf(classCode), amounts: amountsOf(classSum) }, ...classRows);
    grand = add(grand, classSum);
  });
  const data: DisclosureData = { tables: { 'budget.expenditure': { shape: 'coded', total: amountsOf(grand), rows } } };
  return layoutTable(T3, { family: 'budget13', department: '随机部门', year: 2024, unit: '万元', codeLayout: 'single', data });
}

/** Findings above info, leaving out the family's other tables, which a one-table workbook lacks by construction. */
function serious(grid: Grid, policy: RoundingPolicy) {
  return checkWorkbook([grid], { policy }).findings.filter((f) => f.severity !== 'info' && !f.rule.startsWith('family.'));
}

describe('random coded tables rounded from exact sums', () => {
  it.each<RoundingPolicy>(['tight', 'calc11'])('have no finding above info under %s', (policy) => {
    fc.assert(
      fc.property(tableArb, (table) => {
        expect(serious(expenditureGrid(table), policy)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('report an error at the very 合计 cell changed by more than any tolerance', () => {
    // The widest sum has MAX_CHILDREN parts: tight tolerates ⌊4/2⌋ = 2 units; 3 units exceed it.
    const beyond = Math.floor(MAX_CHILDREN / 2) + 1;
    fc.assert(
      fc.property(
        tableArb,
        fc.nat(),
        fc.integer({ min: beyond, max: 10_000_000 }),
        fc.boolean(),
        fc.constantFrom<RoundingPolicy>('tight', 'calc11'),
        (table, pick, units, negative, policy) => {
          const grid = expenditureGrid(table);
          const first = grid.values.findIndex((row) => row[0] === '合计');
          const candidates = grid.values.map((_, r) => r).filter((r) => r >= first && typeof grid.values[r]?.[2] === 'number');
          const r = candidates[pick % candidates.length]!;
          const values = grid.values.map((row) => [...row]);
          const delta = new Decimal(units).dividedBy(100).times(negative ? -1 : 1);
          values[r]![2] = new Decimal(values[r]![2] as number).plus(delta).toNumber();
          const errors = checkWorkbook([{ ...grid, values }], { policy }).findings.filter((f) => f.severity === 'error');
          expect(errors.map((f) => f.cell)).toContain(`C${r + 1}`);
        },
      ),
      { numRuns: 400 },
    );
  });
});
