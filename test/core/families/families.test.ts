/**
 * The budget9 and final9 families (issue 8, items 1 and acceptance): recognition reads each laid-out
 * table as its kind; blank templates check clean; filled examples built from the domain guide's
 * rules (`./filled.ts`) check clean in 万元 and in 元, with one or three code columns; a copy with one
 * figure changed is caught with an error on that table.
 */
import { Decimal, type Unit } from '../../../src/core/amount';
import { checkWorkbook } from '../../../src/core/check';
import type { CellValue, Grid } from '../../../src/core/grid';
import type { FamilyId } from '../../../src/core/model';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { FAMILIES, HEADER_START_ROW, layoutWorkbook, type CodeLayout, type DisclosureData } from '../../../src/core/templates';
import { filledBudget9, filledFinal9 } from './filled';

type NewFamily = Extract<FamilyId, 'budget9' | 'final9'>;
const FILLED: Record<NewFamily, (unit: Unit) => DisclosureData> = { budget9: filledBudget9, final9: filledFinal9 };
const DEPARTMENT = '某县某局';

const variants = (['budget9', 'final9'] as const).flatMap((family) =>
  (['万元', '元'] as const).flatMap((unit) => (['single', 'split'] as const).map((codeLayout) => ({ family, unit, codeLayout }))),
);

function layout(family: NewFamily, unit: Unit, codeLayout: CodeLayout, filled: boolean): Grid[] {
  return layoutWorkbook({ family, department: DEPARTMENT, year: 2024, unit, codeLayout, ...(filled ? { data: FILLED[family](unit) } : {}) });
}

const notInfo = (grids: Grid[]) => checkWorkbook(grids).findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);

describe.each(variants)('$family in $unit with $codeLayout codes', ({ family, unit, codeLayout }) => {
  it.each([
    ['blank', false],
    ['filled', true],
  ] as const)('recognition reads every %s table as its kind, in the family’s order, without problems', (_, filled) => {
    const recognition = recognizeWorkbook(layout(family, unit, codeLayout, filled));
    expect(recognition.family).toBe(family);
    expect(recognition.tables.map((t) => t.kind)).toEqual(FAMILIES[family].tables.map((t) => t.kind));
    expect(recognition.tables.every((t) => t.unit === unit)).toBe(true);
    expect(recognition.unrecognized).toEqual([]);
    expect(recognition.problems).toEqual([]);
  });

  it('the blank templates check clean', () => {
    expect(notInfo(layout(family, unit, codeLayout, false))).toEqual([]);
  });

  it('the filled example checks clean', () => {
    expect(notInfo(layout(family, unit, codeLayout, true))).toEqual([]);
  });
});

describe.each(['budget9', 'final9'] as const)('a doctored copy of the filled %s example', (family) => {
  const unit: Unit = '万元';
  const grids = layout(family, unit, 'single', true);

  /** The first figure under the header of a table's sheet: a 合计 row or the first income item. */
  function firstFigure(grid: Grid): { row: number; col: number; value: number } {
    const headerRows = grid.print!.repeatRows!.last + 1;
    for (let row = Math.max(headerRows, HEADER_START_ROW); row < grid.values.length; row++) {
      const cells: readonly CellValue[] = grid.values[row] ?? [];
      const col = cells.findIndex((value) => typeof value === 'number');
      if (col >= 0) return { row, col, value: cells[col] as number };
    }
    throw new Error(`${grid.name} holds no figure`);
  }

  it.each(FAMILIES[family].tables.map((t, index) => ({ sheet: t.sheetName, index })))(
    'with one figure of $sheet raised by 1.00 is caught with an error on that sheet',
    ({ index }) => {
      const doctored = grids.map((grid) => ({ ...grid, values: grid.values.map((row) => [...row]) }));
      const target = doctored[index]!;
      const { row, col, value } = firstFigure(target);
      target.values[row]![col] = value + 1;
      const errors = checkWorkbook(doctored).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.sheet)).toContain(target.name);
    },
  );

  it('the undoctored copy has no error at all (the doctoring is what is caught)', () => {
    expect(checkWorkbook(grids).summary.error).toBe(0);
  });
});

describe('the filled examples', () => {
  it('print 万元 figures rounded from exact 元, so that some totals tie out only within rounding (尾差)', () => {
    const findings = checkWorkbook(layout('final9', '万元', 'single', true)).findings;
    const tolerated = findings.filter((f) => f.severity === 'info' && f.difference !== undefined && f.difference !== '0.00');
    expect(tolerated.length).toBeGreaterThan(0);
  });

  it('print 元 figures with 分, exactly as the ledger holds them', () => {
    const grids = layout('budget9', '元', 'split', true);
    const figures = grids.flatMap((grid) => grid.values.flat()).filter((v): v is number => typeof v === 'number');
    const places = figures.map((v) => new Decimal(v).decimalPlaces());
    expect(places.some((p) => p > 0)).toBe(true);
    expect(places.every((p) => p <= 2)).toBe(true);
  });
});

describe('the 决算 basic-expenditure table in two column pairs', () => {
  const sheetName = FAMILIES.final9.tables.find((t) => t.kind === 'final.basicEconomic')!.sheetName;
  const grid = (codeLayout: CodeLayout) => layout('final9', '万元', codeLayout, true).find((g) => g.name === sheetName)!;

  it.each(['single', 'split'] as const)('keeps each economic code in one cell with %s function codes, and closes both pairs on one line', (codeLayout) => {
    const values = grid(codeLayout).values;
    expect(values[3]).toEqual(['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数']);
    const last = values.at(-1)!;
    expect([last[0], last[3]]).toEqual(['人员经费合计', '公用经费合计']);
    const codes = values.flatMap((row) => [row[0], row[3]]).filter((v): v is string => typeof v === 'string' && /^\d+$/.test(v));
    expect(codes).toContain('30101');
    expect(codes.every((code) => code.length === 3 || code.length === 5)).toBe(true);
  });
});
