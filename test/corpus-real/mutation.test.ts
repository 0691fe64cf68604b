/**
 * 变异 — every printed figure of the four real disclosures, changed by 100 units of its last printed
 * digit (1.00 元 for "21,601,733.00", 100 元 for "22,118,861", 1.00 万元 for "2,082.85"), is caught: a
 * new error or warning at that very cell, or at a total or a printing elsewhere that reads it
 * (`compared`). Issue 13, "Done when": "every amount cell of every corpus workbook changed by 100 units
 * of its last digit is caught at that cell or at a total that contains it".
 *
 * Cells are taken from the sheets, not from recognition (a figure recognition failed to type would
 * otherwise go untested): every cell the corpus builder wrote as a printed figure. Half the cells go
 * up and half go down, in turn.
 */
import { Decimal, formatDecimals } from '../../src/core/amount';
import { checkWorkbook } from '../../src/core/check';
import { numberFormatAt, toA1, type Grid, type Workbook } from '../../src/core/grid';
import type { Finding } from '../../src/core/rules/finding';
import { CORPUS_FILES, corpusWorkbook, loadCorpusDocument } from '../support/corpus';

interface FigureCell {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
  readonly value: number;
  readonly decimals: number;
}

/** Every printed figure of the workbook: a number the builder gave its printed format. */
function figures(workbook: Workbook): FigureCell[] {
  const cells: FigureCell[] = [];
  workbook.forEach((grid, sheet) =>
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const decimals = formatDecimals(numberFormatAt(grid, r, c));
        if (typeof value === 'number' && decimals !== undefined) cells.push({ sheet, row: r, col: c, value, decimals });
      }),
    ),
  );
  return cells;
}

function withValue(workbook: Workbook, cell: FigureCell, value: number): Workbook {
  return workbook.map((grid, index): Grid => {
    if (index !== cell.sheet) return grid;
    const values = grid.values.map((row, r) => (r === cell.row ? row.map((v, c) => (c === cell.col ? value : v)) : row));
    return { ...grid, values };
  });
}

const identity = (f: Finding): string => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`;

describe.each(CORPUS_FILES)('every figure of %s changed by 100 units of its last digit', (file) => {
  const workbook = corpusWorkbook(loadCorpusDocument(file), { narrative: false });
  const before = new Set(checkWorkbook(workbook).findings.map(identity));
  const cells = figures(workbook);

  it('is caught at its cell or at a total that reads it', () => {
    const missed: string[] = [];
    cells.forEach((cell, index) => {
      const step = new Decimal(100).times(new Decimal(10).pow(-cell.decimals)).times(index % 2 === 0 ? 1 : -1);
      const changed = new Decimal(cell.value).plus(step).toNumber();
      const sheet = workbook[cell.sheet]!.name;
      const at = toA1(cell.row, cell.col);
      const reads = (ref: { sheet: string; cell: string }): boolean => ref.sheet === sheet && ref.cell === at;
      const caught = checkWorkbook(withValue(workbook, cell, changed)).findings.some(
        (f) => f.severity !== 'info' && !before.has(identity(f)) && (reads(f) || (f.compared ?? []).some(reads)),
      );
      if (!caught) missed.push(`${sheet}!${at} ${cell.value} → ${changed}`);
    });
    expect(cells.length).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });
});
