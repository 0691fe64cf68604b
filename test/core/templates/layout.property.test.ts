/**
 * Properties of the layout over arbitrary coded data: every amount lands as the exact number (万元,
 * or ×10000 in 元), a blank stays blank, a zero stays 0, and the split layout keeps each code's
 * digits in its 类 | 款 | 项 columns.
 */
import fc from 'fast-check';
import { Decimal, parseAmount } from '../../../src/core/amount';
import { cellAt, type Grid } from '../../../src/core/grid';
import { layoutWorkbook, type CodedRow, type DisclosureData, type LayoutOptions } from '../../../src/core/templates';

/** An amount in 万元 with two decimals, up to 10 亿万元 — within what a double holds exactly in either unit. */
const amountArb = fc.bigInt({ min: -(10n ** 11n), max: 10n ** 11n }).map((cents) => new Decimal(cents.toString()).dividedBy(100));

const codeArb = fc
  .tuple(fc.integer({ min: 201, max: 234 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }))
  .map(([kind, depth, item, sub]) => String(kind) + (depth >= 1 ? String(item).padStart(2, '0') : '') + (depth >= 2 ? String(sub).padStart(2, '0') : ''));

const rowArb: fc.Arbitrary<CodedRow> = fc.record({
  code: codeArb,
  name: fc.constantFrom('行政运行', '事业运行', '其他支出'),
  amounts: fc.record({ total: amountArb, basic: amountArb, project: amountArb }, { requiredKeys: [] }),
});

function layoutExpenditure(rows: readonly CodedRow[], options: Pick<LayoutOptions, 'unit' | 'codeLayout'>): Grid {
  const data: DisclosureData = { tables: { 'budget.expenditure': { shape: 'coded', total: {}, rows } } };
  const grids = layoutWorkbook({ family: 'budget13', department: '某某局', year: 2024, data, ...options });
  return grids.find((grid) => grid.name === '表3 支出汇总表')!;
}

function exact(value: unknown): string {
  const parsed = parseAmount(value);
  return parsed.kind === 'amount' ? parsed.value.toString() : parsed.kind;
}

describe('layoutWorkbook over arbitrary coded data', () => {
  it('prints each amount as its exact number in 万元 and ×10000 in 元; blanks stay blank', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), fc.constantFrom('万元' as const, '元' as const), (rows, unit) => {
        const grid = layoutExpenditure(rows, { unit, codeLayout: 'single' });
        // Body rows follow the two header rows and the 合计 row.
        const first = grid.values.findIndex((cells) => cells[0] === '合计') + 1;
        rows.forEach((row, i) => {
          (['total', 'basic', 'project'] as const).forEach((key, k) => {
            const value = cellAt(grid, first + i, 2 + k);
            const amount = row.amounts[key];
            if (amount === undefined) expect(value).toBeNull();
            else expect(exact(value)).toBe((unit === '元' ? amount.times(10000) : amount).toString());
          });
        });
      }),
    );
  });

  it('splits every code into its 类, 款 and 项 digits, leaving absent parts blank', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const grid = layoutExpenditure(rows, { unit: '万元', codeLayout: 'split' });
        const first = grid.values.findIndex((cells) => cells[0] === '合计') + 1;
        rows.forEach((row, i) => {
          const parts = [0, 1, 2].map((col) => cellAt(grid, first + i, col));
          expect(parts.filter((part) => part !== null).join('')).toBe(row.code);
          expect(parts[0]).toBe(row.code.slice(0, 3));
        });
      }),
    );
  });
});
