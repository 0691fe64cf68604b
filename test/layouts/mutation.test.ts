/**
 * 变异 — in the tables the seed alone does not lay out (the 12-table family's shapes: a three-sided
 * 收支预算总表, a 支出总表 with a 单位预留机动经费 column, a 三公/会议费/培训费 table, a 政府采购预算表; the
 * basic-expenditure table in two blocks), every printed figure changed by 100 units of its last digit
 * is caught: a new error or warning at that cell, or at a total or printing that reads it. The seed's own
 * tables are mutated in test/core/check.test.ts.
 */
import { Decimal, formatDecimals } from '../../src/core/amount';
import { checkWorkbook } from '../../src/core/check';
import { numberFormatAt, toA1, type Workbook } from '../../src/core/grid';
import type { Finding } from '../../src/core/rules/finding';
import { buildSeedWorkbook, type SeedGridOptions } from '../support/seedGrids';

const identity = (f: Finding): string => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`;

function missed(workbook: Workbook, sheets: readonly string[]): { cells: number; missed: string[] } {
  const before = new Set(checkWorkbook(workbook).findings.map(identity));
  const out: string[] = [];
  let cells = 0;
  workbook.forEach((grid, sheet) =>
    sheets.includes(grid.name) &&
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const decimals = formatDecimals(numberFormatAt(grid, r, c));
        if (typeof value !== 'number' || decimals === undefined) return;
        cells++;
        const changed = new Decimal(value).plus(new Decimal(100).times(new Decimal(10).pow(-decimals)).times(cells % 2 === 0 ? -1 : 1)).toNumber();
        const doctored = workbook.map((g, i) => (i === sheet ? { ...g, values: g.values.map((line, rr) => (rr === r ? line.map((v, cc) => (cc === c ? changed : v)) : line)) } : g));
        const at = toA1(r, c);
        const reads = (ref: { sheet: string; cell: string }) => ref.sheet === grid.name && ref.cell === at;
        const caught = checkWorkbook(doctored).findings.some((f) => f.severity !== 'info' && !before.has(identity(f)) && (reads(f) || (f.compared ?? []).some(reads)));
        if (!caught) out.push(`${grid.name}!${at} ${value} → ${changed}`);
      }),
    ),
  );
  return { cells, missed: out };
}

describe.each<[string, SeedGridOptions, readonly number[]]>([
  ['the 12-table family’s 收支预算总表, 支出总表, 三公/会议费/培训费 and 政府采购 tables', { family: 'budget12' }, [1, 3, 9, 10]],
  ['the basic-expenditure table in two blocks', { economicBlocks: true }, [6]],
])('every figure of the seed in %s, changed by 100 units of its last digit', (_, options, tables) => {
  it('is caught at its cell or at a total that reads it', () => {
    const built = buildSeedWorkbook(options);
    const result = missed(built.workbook, tables.map((n) => built.table(n).sheet));
    expect(result.cells).toBeGreaterThan(20);
    expect(result.missed).toEqual([]);
  });
});
