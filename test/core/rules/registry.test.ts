import * as fs from 'node:fs';
import * as path from 'node:path';
import { Decimal } from '../../../src/core/amount';
import { checkWorkbook } from '../../../src/core/check';
import type { CellValue, Grid, Workbook } from '../../../src/core/grid';
import { toA1 } from '../../../src/core/grid';
import type { AmountCell, ColumnKey, TableKind, TypedRow, TypedTable } from '../../../src/core/model';
import type { Finding } from '../../../src/core/rules/finding';
import { RULES, ruleById, runRules, UnknownRuleError } from '../../../src/core/rules/registry';
import type { RuleInput } from '../../../src/core/rules/rule';
import { corpusWorkbook, loadCorpusDocument } from '../../support/corpus';
import { loadSeed } from '../../support/seed';
import { buildSeedWorkbook, mutateSeedCell, type SeedWorkbook } from '../../support/seedGrids';
import { PERFORMANCE_FAILING, seedWithTargets } from '../performance/cases';
import { cellsByColumn } from '../../support/rows';

const seed = buildSeedWorkbook();

/** The seed with one printed figure moved by `delta` (a doctored copy). */
function shifted(table: number, row: number | string, col: number, delta: string): Workbook {
  const place = seed.cellOf(table, row, col);
  const grid = seed.workbook.find((g) => g.name === place.sheet)!;
  const value = grid.values[place.row]?.[place.col];
  const base = typeof value === 'number' ? new Decimal(value) : new Decimal(0);
  return mutateSeedCell(seed, table, row, col, base.plus(delta).toNumber()).workbook;
}

/** The seed with one cell replaced. */
function replaced(table: number, row: number | string, col: number, value: CellValue): Workbook {
  return mutateSeedCell(seed, table, row, col, value).workbook;
}

/** The row index of the n-th (0-based) seed row of a table whose first cell is `label`. */
function nthRow(table: number, label: string, n: number): number {
  const rows = Object.values(loadSeed().tables)[table - 1]!.rows;
  const indexes = rows.flatMap((row, i) => (row[0] === label ? [i] : []));
  return indexes[n]!;
}

/** The index of the first seed row of a table that satisfies `test`. */
function rowWhere(table: number, test: (row: readonly string[]) => boolean): number {
  return Object.values(loadSeed().tables)[table - 1]!.rows.findIndex(test);
}

const CLASS_224 = rowWhere(1, (row) => (row[2] ?? '').includes('灾害防治及应急管理支出'));
const THREE_PUBLIC_TOTAL = nthRow(10, '合计', 0);

/** The seed with a sheet's cell blanked wherever it holds `text`. */
function withoutText(built: SeedWorkbook, text: string): Workbook {
  return built.workbook.map((grid) => ({
    ...grid,
    values: grid.values.map((row) => row.map((v) => (v === text ? null : v))),
  }));
}

/** A typed table built in the test, for the 决算 rules the budget seed has no table for. */
function typedTable(kind: TableKind, keys: readonly ColumnKey[], rows: readonly { name: string; role?: TypedRow['role']; values: readonly (string | null)[] }[]): TypedTable {
  const typedRows: TypedRow[] = rows.map((row, r) => {
    const amounts: Partial<Record<ColumnKey, AmountCell>> = {};
    keys.forEach((key, c) => {
      const text = row.values[c] ?? null;
      const address = toA1(r + 3, c + 1);
      amounts[key] = {
        row: r + 3,
        col: c + 1,
        address,
        parsed: text === null ? { kind: 'blank' } : { kind: 'amount', value: new Decimal(text), decimals: 2 },
      };
    });
    const cells = cellsByColumn(amounts);
    return { row: r + 3, role: row.role ?? 'item', name: row.name, labelAddress: toA1(r + 3, 0), amounts, cells };
  });
  return {
    kind,
    title: '2023年度测试决算表',
    sheet: '决算',
    range: { top: 0, left: 0, bottom: rows.length + 2, right: keys.length },
    unit: '万元',
    columns: keys.map((key, c) => ({ key, col: c + 1, header: key, path: [key] })),
    columnSums: [],
    rows: typedRows,
  };
}

function finalInput(table: TypedTable): RuleInput {
  return { family: 'final9', tables: [table], unrecognized: [], problems: [] };
}

type Case = { readonly findings: () => readonly Finding[]; readonly at?: { table: number; row: number | string; col: number } };
const viaCheck = (workbook: () => Workbook) => () => checkWorkbook(workbook()).findings;

/** For every rule: a broken copy of the seed (or, for 决算 rules, a small typed table) that fails it. */
const FAILING: Record<string, Case> = {
  'cell.unreadable': { findings: viaCheck(() => replaced(2, '2240101', 2, { error: '#REF!' })), at: { table: 2, row: '2240101', col: 2 } },
  'recognition.problem': { findings: viaCheck(() => replaced(11, '部门合计', 1, '119.52')), at: { table: 11, row: '部门合计', col: 1 } },
  'recognition.unrecognized': {
    findings: viaCheck(() => {
      const extra: Grid = { name: '附表', values: [['人员编制情况统计表'], ['项目', '人数'], ['行政编制', 12], ['事业编制', 30]], merges: [] };
      return [...seed.workbook, extra];
    }),
  },
  'family.missingTable': { findings: viaCheck(() => buildSeedWorkbook({ tables: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }).workbook) },
  'summary.lineParts': {
    findings: viaCheck(() => {
      // The commerce budget's 一、财政拨款收入 over 1. 一般公共预算资金 …, the sub-line moved by 5 元.
      const doc = loadCorpusDocument('sh-putuo-commerce-budget-2025.json');
      const summary = Object.keys(doc.tables).find((title) => title.includes('财务收支'))!;
      const rows = doc.tables[summary]!.rows.map((row) => [...row]);
      rows[3]![1] = '371,514,660.00';
      return corpusWorkbook({ ...doc, tables: { ...doc.tables, [summary]: { ...doc.tables[summary]!, rows } } });
    }),
  },
  'family.unclear': { findings: viaCheck(() => buildSeedWorkbook({ tables: [1, 2] }).workbook) },
  'table.duplicate': {
    findings: viaCheck(() => {
      const table3 = seed.workbook.find((grid) => grid.name === seed.table(3).sheet)!;
      return [...seed.workbook, { ...table3, name: '表3（副本）' }];
    }),
  },
  'table.emptyNote': { findings: viaCheck(() => withoutText(seed, loadSeed().tables['2024年政府性基金预算收入表（不含上年结转）']!.note)) },
  'row.columnSum': { findings: viaCheck(() => shifted(3, '2240101', 3, '0.05')), at: { table: 3, row: '2240101', col: 2 } },
  'coded.hierarchy': { findings: viaCheck(() => shifted(2, '2240101', 2, '0.05')), at: { table: 2, row: '22401', col: 2 } },
  'coded.total': { findings: viaCheck(() => shifted(3, '208', 2, '1.00')), at: { table: 3, row: '合计', col: 2 } },
  'economic.group': { findings: viaCheck(() => shifted(6, '基本工资', 2, '0.05')), at: { table: 6, row: '工资福利支出', col: 2 } },
  'economic.total': { findings: viaCheck(() => shifted(6, '资本性支出', 2, '0.05')), at: { table: 6, row: '合计', col: 2 } },
  'projects.subtotal': { findings: viaCheck(() => shifted(12, '乡镇安监站经费', 1, '0.50')) },
  'projects.total': { findings: viaCheck(() => shifted(12, 3, 1, '1.00')), at: { table: 12, row: 3, col: 1 } },
  // The seed's figures in the 12-table family's 政府采购预算表, its one item moved by 1.00.
  'items.total': { findings: viaCheck(() => buildSeedWorkbook({ family: 'budget12', mutate: (title, row, col, value) => (title.includes('政府采购') && row === 3 && col >= 2 && typeof value === 'number' ? value + 1 : value) }).workbook) },
  'operating.total': { findings: viaCheck(() => shifted(11, '部门合计', 1, '0.05')), at: { table: 11, row: '部门合计', col: 1 } },
  'threePublic.vehicles': { findings: viaCheck(() => shifted(10, '公务用车购置及运行费', 1, '0.05')), at: { table: 10, row: '公务用车购置及运行费', col: 1 } },
  'threePublic.total': { findings: viaCheck(() => shifted(10, THREE_PUBLIC_TOTAL, 1, '0.05')), at: { table: 10, row: THREE_PUBLIC_TOTAL, col: 1 } },
  // 表1's income side without its 本年收入合计 and 收入总计 lines.
  'summary.sideTotal': {
    findings: viaCheck(() =>
      seed.workbook.map((grid) =>
        grid.name === seed.table(1).sheet ? { ...grid, values: grid.values.map((row) => (row[0] === '本年收入合计' || row[0] === '收入总计' ? [null, null, ...row.slice(2)] : row)) } : grid,
      ),
    ),
  },
  'summary.incomeTotal': { findings: viaCheck(() => shifted(1, '一、一般公共预算', 1, '0.05')), at: { table: 1, row: '本年收入合计', col: 1 } },
  'summary.incomeGrandTotal': { findings: viaCheck(() => shifted(1, '上年结转', 1, '0.05')), at: { table: 1, row: '收入总计', col: 1 } },
  'fiscal.carryoverSources': { findings: viaCheck(() => shifted(4, nthRow(4, '一、一般公共预算', 1), 1, '0.05')), at: { table: 4, row: '上年财政拨款结转', col: 1 } },
  'summary.expenditureTotal': { findings: viaCheck(() => shifted(1, CLASS_224, 3, '0.05')), at: { table: 1, row: '本年收入合计', col: 3 } },
  'summary.expenditureGrandTotal': { findings: viaCheck(() => shifted(1, '收入总计', 5, '0.05')), at: { table: 1, row: '收入总计', col: 5 } },
  'summary.balance': { findings: viaCheck(() => shifted(1, '收入总计', 3, '0.05')), at: { table: 1, row: '收入总计', col: 1 } },
  'cross.sameQuantity': { findings: viaCheck(() => shifted(3, '2240108', 2, '0.05')), at: { table: 3, row: '2240108', col: 2 } },
  'cross.threePublicEconomic': { findings: viaCheck(() => shifted(6, '公务接待费', 2, '0.05')), at: { table: 10, row: '公务接待费', col: 1 } },
  'cross.operatingPublicUse': { findings: viaCheck(() => shifted(6, '合计', 4, '0.05')), at: { table: 11, row: '部门合计', col: 1 } },
  'final.balance': {
    findings: () =>
      runRules(
        finalInput(typedTable('final.fund', ['openingBalance', 'income', 'expenditure', 'closingBalance'], [{ name: '22960 彩票公益金', values: ['10.00', '50.00', '45.00', '15.05'] }])),
        'tight',
      ),
  },
  'final.threePublicOverBudget': {
    findings: () => runRules(finalInput(typedTable('final.threePublic', ['budgeted', 'actual'], [{ name: '公务接待费', values: ['0.58', '0.61'] }])), 'tight'),
  },
  'code.unverified': { findings: viaCheck(() => replaced(2, '2240150', 0, '2240198')) },
  'code.nameMismatch': { findings: viaCheck(() => replaced(2, '2240101', 1, '行政管理')) },
  // 210's name before the 2019 edition, in the seed's 2024 tables.
  'code.outdatedName': { findings: viaCheck(() => replaced(2, '210', 1, '医疗卫生与计划生育支出')) },
  'code.parentMissing': { findings: viaCheck(() => replaced(5, '2240703', 0, '2240803')) },
  // The 绩效目标表 rules fail on the seed's printed target tables or on one added or doctored.
  ...Object.fromEntries(Object.entries(PERFORMANCE_FAILING).map(([id, findings]) => [id, { findings }])),
};

let withTargets: readonly Finding[] | undefined;
/** The seed with a 绩效目标表 for every project of 表12 and its 部门整体 table, checked once. */
const seedWithTargetsFindings = (): readonly Finding[] => (withTargets ??= checkWorkbook(seedWithTargets()).findings);

/**
 * Passing cases of the rules the plain seed cannot exercise: the 决算 rules, and the 绩效目标表
 * rules (the seed's workbook has no target table, which leaves them nothing to check).
 */
const PASSING: Record<string, () => readonly Finding[]> = {
  'final.balance': () =>
    runRules(finalInput(typedTable('final.fund', ['openingBalance', 'income', 'expenditure', 'closingBalance'], [{ name: '22960 彩票公益金', values: ['10.00', '50.00', '45.00', '15.00'] }])), 'tight'),
  'final.threePublicOverBudget': () =>
    runRules(finalInput(typedTable('final.threePublic', ['budgeted', 'actual'], [{ name: '公务接待费', values: ['0.58', '0.58'] }])), 'tight'),
  ...Object.fromEntries(Object.keys(PERFORMANCE_FAILING).map((id) => [id, seedWithTargetsFindings])),
};

describe('the rule catalogue', () => {
  it('has at least 25 rules with unique ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares a source, a title and a message template for every rule', () => {
    for (const rule of RULES) {
      expect(rule.source).toMatch(/domain\.md|issue 3/);
      expect(rule.title).not.toBe('');
      expect(rule.message).toMatch(/\{\w+\}/);
    }
  });

  it('has a failing case for every rule and none for a rule that does not exist', () => {
    expect(Object.keys(FAILING).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it('finds a rule by id and refuses an unknown one', () => {
    expect(ruleById('coded.hierarchy').severity).toBe('error');
    expect(() => ruleById('no.such.rule')).toThrow(UnknownRuleError);
  });

  const seedFindings = checkWorkbook(seed.workbook).findings;

  describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    it('passes on the seed (at most 尾差 as info)', () => {
      const own = (PASSING[id]?.() ?? seedFindings).filter((f) => f.rule === id);
      const allowed = rule.severity === 'info' ? [] : own.filter((f) => f.severity === 'info' && f.message.includes('尾差'));
      expect(own).toEqual(allowed);
    });

    it(`fails on a broken copy with severity ${rule.severity}`, () => {
      const failing = FAILING[id]!;
      const own = failing.findings().filter((f) => f.rule === id && f.severity === rule.severity);
      expect(own.length).toBeGreaterThan(0);
      if (failing.at) {
        const place = seed.cellOf(failing.at.table, failing.at.row, failing.at.col);
        expect(own.some((f) => f.sheet === place.sheet && f.cell === place.cell)).toBe(true);
      }
      for (const finding of own) expect(finding.message).not.toMatch(/\{\w+\}/);
    });
  });
});

describe('cross-table findings point where the figure is printed', () => {
  it('a code printed in 表2 but missing from 表3 is reported at its row in 表2; the stray code at its 合计 in 表3', () => {
    const moved = replaced(3, '2240108', 0, '2240110');
    const findings = checkWorkbook(moved).findings.filter((f) => f.rule === 'cross.sameQuantity' && f.severity === 'error' && /224011?0/.test(f.message) && f.sheet !== seed.table(1).sheet);
    const inTable2 = seed.cellOf(2, '2240108', 0);
    const inTable3 = seed.cellOf(3, '2240108', 2);
    expect(findings.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual([`${inTable2.sheet}!${inTable2.cell}`, `${inTable3.sheet}!${inTable3.cell}`].sort());
  });
});

describe('a table printed twice', () => {
  const table3 = seed.workbook.find((grid) => grid.name === seed.table(3).sheet)!;
  /** The seed with 表3 pasted again after the last sheet, its 合计 of 2240108 changed by `delta` 万元. */
  const withCopy = (delta: number): Workbook => {
    const place = seed.cellOf(3, '2240108', 2);
    const values = table3.values.map((row, r) => row.map((v, c) => (r === place.row && c === place.col ? (v as number) + delta : v)));
    return [...seed.workbook, { ...table3, name: '表3（副本）', values }];
  };

  it('is reported once, at the second copy’s title, naming the first copy as the one compared with other tables', () => {
    const findings = checkWorkbook(withCopy(0)).findings.filter((f) => f.rule === 'table.duplicate');
    expect(findings.map((f) => [f.severity, f.sheet, f.cell])).toEqual([['warning', '表3（副本）', 'A1']]);
    expect(findings[0]!.message).toContain(`表3出现了不止一次：表3（副本）!A1“${seed.table(3).printedTitle}”是第 2 份。表间核对只使用第一份（${table3.name}!A1）`);
  });

  it('leaves the cross-table rules on the first copy: a copy that differs from 表2 breaks only its own totals', () => {
    const errors = checkWorkbook(withCopy(1)).findings.filter((f) => f.severity === 'error');
    expect([...new Set(errors.map((f) => f.rule))].sort()).toEqual(['coded.hierarchy', 'row.columnSum']);
    expect(errors.every((f) => f.sheet === '表3（副本）')).toBe(true);
  });

  it('while the same change in the first copy is a cross-table error there', () => {
    const firstChanged = [...shifted(3, '2240108', 2, '1'), { ...table3, name: '表3（副本）' }];
    const cross = checkWorkbook(firstChanged).findings.filter((f) => f.rule === 'cross.sameQuantity' && f.severity === 'error');
    const place = seed.cellOf(3, '2240108', 2);
    expect(cross.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${place.sheet}!${place.cell}`]);
  });
});

describe('the catalogue as documented', () => {
  it('lists every rule, with its severity, in src/core/rules/README.md', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../src/core/rules/README.md'), 'utf8');
    for (const rule of RULES) expect(readme).toContain(`| \`${rule.id}\` | ${rule.severity} | ${rule.family} |`);
  });
});
