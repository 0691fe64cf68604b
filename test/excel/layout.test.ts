import { layOutGrids } from '../../src/excel/layout';
import { readWorkbook } from '../../src/excel/read';
import type { Grid } from '../../src/core/grid';
import { FakeWorkbook } from '../support/fake-excel';
import { buildSeedWorkbook } from '../support/seedGrids';
import { layoutWorkbook } from '../../src/core/templates';
import { sampleDisclosure } from '../../src/core/sample';

/** The sample (the seed's 13 tables) as the 填入示例数据 button lays it out. */
function sampleGrids(): Grid[] {
  const sample = sampleDisclosure();
  return layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sample });
}

/** The seed's 13 tables as a template would lay them out: with widths, styles and print setup. */
function styledSeedGrids(): Grid[] {
  return buildSeedWorkbook().workbook.map((grid) => ({
    ...grid,
    columnWidths: [12, 36, 14, 14, 14],
    styles: [
      { range: { top: 0, left: 0, bottom: 0, right: 4 }, style: { bold: true, fontSize: 16, horizontal: 'center' } },
      { range: { top: 2, left: 0, bottom: grid.values.length - 1, right: 4 }, style: { border: true, wrap: true } },
    ],
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: { first: 0, last: 3 } },
  }));
}

describe('layOutGrids', () => {
  it('lays out all 13 seed tables in two syncs, calculation suspended for the writing one', async () => {
    const book = new FakeWorkbook();
    await book.run(async (context) => {
      context.workbook.worksheets.add('Sheet1');
      await context.sync();
    });
    const context = book.context();
    const names = await layOutGrids(context, sampleGrids());
    expect(names).toHaveLength(13);
    expect(names[0]).toBe('表1 收支总表');
    expect(context.syncCount).toBe(2);
    expect(context.batches[1]?.calculationSuspended).toBe(true);
    expect(context.pendingOperations).toBe(0);
    expect(book.sheetNames).toEqual(['Sheet1', ...names]);
  });

  it('writes each sheet with one values assignment', async () => {
    const context = new FakeWorkbook().context();
    await layOutGrids(context, sampleGrids());
    const writes = context.batches.flatMap((b) => b.contentWrites);
    expect(writes).toHaveLength(13);
    expect(new Set(writes.map((w) => w.sheet)).size).toBe(13);
  });

  it('reads back exactly the values, merges and number formats it wrote (round trip)', async () => {
    const grids = sampleGrids();
    const book = new FakeWorkbook();
    await book.run((context) => layOutGrids(context, grids));
    const workbook = await book.run((context) => readWorkbook(context));
    workbook.forEach((grid, i) => {
      const original = grids[i]!;
      expect(grid.values).toEqual(trimmedRows(original.values));
      expect(grid.merges.length).toBe(original.merges.length);
      original.numberFormats?.forEach((row, r) =>
        row.forEach((format, c) => expect(grid.numberFormats?.[r]?.[c]).toBe(format)),
      );
    });
  });

  it('keeps codes typed as text as text, and text that looks like a formula as text', async () => {
    const book = new FakeWorkbook();
    const grid: Grid = { name: '文字', values: [['2080505', '=SUM(A1)', '-', '+86', '2024年', 'TRUE', 12.5]], merges: [] };
    await book.run((context) => layOutGrids(context, [grid]));
    const [read] = await book.run((context) => readWorkbook(context));
    expect(read?.values[0]).toEqual(grid.values[0]);
    expect(read?.formulas).toBeUndefined();
  });

  it('writes formulas as formulas', async () => {
    const book = new FakeWorkbook();
    const grid: Grid = { name: '公式', values: [[1, 2, 3]], formulas: [[undefined, undefined, 'A1+B1']], merges: [] };
    await book.run((context) => layOutGrids(context, [grid]));
    expect(book.sheet('公式').formula('C1')).toBe('=A1+B1');
    expect(book.sheet('公式').value('C1')).toBe(3);
  });

  it('never touches a sheet whose name is taken: the new one is named "(2)", "(3)"', async () => {
    const seed = buildSeedWorkbook({ tables: [1, 2] });
    const user = seed.workbook.map((g) => ({ ...g, values: [['用户自己的数据', 1]] as Grid['values'], merges: [] }));
    const book = FakeWorkbook.fromGrids([...user, { ...user[0]!, name: `${user[0]!.name} (2)` }]);
    book.setFill(user[0]!.name, 'A1', { pattern: 'Solid', color: '#123456' });
    const before = user.map((g) => JSON.stringify(book.sheet(g.name).valuesFromA1()) + book.sheet(g.name).fillSnapshot());
    const names = await book.run((context) => layOutGrids(context, seed.workbook));
    expect(names).toEqual([`${user[0]!.name} (3)`, `${user[1]!.name} (2)`]);
    const after = user.map((g) => JSON.stringify(book.sheet(g.name).valuesFromA1()) + book.sheet(g.name).fillSnapshot());
    expect(after).toEqual(before);
    expect(book.sheetNames).toHaveLength(5);
  });

  it('applies widths, styles, print setup and hidden rows and sheets', async () => {
    const book = new FakeWorkbook();
    await book.run(async (context) => {
      context.workbook.worksheets.add('Sheet1');
      await context.sync();
    });
    const [grid] = styledSeedGrids();
    const names = await book.run((context) =>
      layOutGrids(context, [{ ...grid!, hiddenRows: [5, 6] }, { name: '参数', values: [['部门']], merges: [], hidden: true }]),
    );
    const sheet = book.sheet(names[0]!);
    expect(sheet.columnWidths.get(1)).toBe((36 * 7 + 5) * 0.75);
    expect(sheet.font('A1')).toEqual({ bold: true, size: 16 });
    expect(sheet.alignment('A1').horizontal).toBe('Center');
    expect(sheet.alignment('B4').wrap).toBe(true);
    expect(sheet.borders.filter((b) => b.property === 'style').map((b) => b.edge).sort()).toEqual(
      ['EdgeBottom', 'EdgeLeft', 'EdgeRight', 'EdgeTop', 'InsideHorizontal', 'InsideVertical'],
    );
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$4',
    });
    expect([...sheet.hiddenRows]).toEqual([5, 6]);
    expect(book.sheet('参数').visibility).toBe('Hidden');
    expect(book.activeSheet).toBe(names[0]);
  });
});

function trimmedRows(values: Grid['values']): unknown[][] {
  const rows = values.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}
