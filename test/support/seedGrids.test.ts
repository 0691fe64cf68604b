import { cellAt, fromA1 } from '../../src/core/grid';
import type { Grid } from '../../src/core/grid';
import { loadSeed } from './seed';
import { buildSeedWorkbook, mutateSeedCell, seedTableTitles } from './seedGrids';

function valueAt(grids: readonly Grid[], sheet: string, cell: string): unknown {
  const grid = grids.find((g) => g.name === sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  const { row, col } = fromA1(cell);
  return cellAt(grid, row, col);
}

describe('buildSeedWorkbook', () => {
  it('lays out one sheet per seed table with title, 部门名称/单位 line and figures as numbers', () => {
    const built = buildSeedWorkbook();
    expect(built.workbook).toHaveLength(seedTableTitles().length);
    const grid = built.workbook[1]!;
    expect(cellAt(grid, 0, 0)).toBe(seedTableTitles()[1]);
    expect(cellAt(grid, 1, 0)).toBe(`部门名称：${loadSeed().department}`);
    expect(grid.values[1]).toContain('单位：万元');
    const at = built.cellOf(2, '22401', 2);
    expect(valueAt(built.workbook, at.sheet, at.cell)).toBe(2837.01);
    expect(valueAt(built.workbook, at.sheet, built.cellOf(2, '22401', 0).cell)).toBe('22401');
  });

  it('converts every figure to 元 exactly when asked', () => {
    const built = buildSeedWorkbook({ unit: '元' });
    const at = built.cellOf(2, '22401', 2);
    expect(valueAt(built.workbook, at.sheet, at.cell)).toBe(28370100);
  });

  it('splits codes into 类 | 款 | 项 with leading zeros lost', () => {
    const built = buildSeedWorkbook({ codes: 'split' });
    const at = built.cellOf(2, '2080505', 0);
    const { row, col } = fromA1(at.cell);
    const grid = built.workbook.find((g) => g.name === at.sheet)!;
    expect([cellAt(grid, row, col), cellAt(grid, row, col + 1), cellAt(grid, row, col + 2)]).toEqual(['208', '5', '5']);
  });

  it('stacks all tables on one sheet and records where each seed cell landed', () => {
    const built = buildSeedWorkbook({ layout: 'oneSheet', offset: { rows: 3, cols: 2 } });
    expect(built.workbook).toHaveLength(1);
    for (const title of seedTableTitles()) {
      const rows = loadSeed().tables[title]!.rows;
      const last = rows.length - 1;
      const at = built.cellOf(title, last, 0);
      const printed = rows[last]![0] ?? '';
      const value = valueAt(built.workbook, at.sheet, at.cell);
      expect(value === null ? '' : String(value)).toBe(printed);
    }
  });

  it('makes a doctored copy without touching the original', () => {
    const built = buildSeedWorkbook();
    const doctored = mutateSeedCell(built, 3, '22401', 2, 3263.51);
    const at = built.cellOf(3, '22401', 2);
    expect(valueAt(doctored.workbook, at.sheet, at.cell)).toBe(3263.51);
    expect(valueAt(built.workbook, at.sheet, at.cell)).toBe(3263.41);
  });

  it('shuffles sheet order deterministically', () => {
    const names = (seed: number): string[] => buildSeedWorkbook({ shuffleSeed: seed }).workbook.map((g) => g.name);
    expect(names(7)).toEqual(names(7));
    expect(names(7)).not.toEqual(buildSeedWorkbook().workbook.map((g) => g.name));
  });
});
