/**
 * The fake Excel's fidelity (issue 18 item 3): for each Office.js behaviour the add-in relies on,
 * the fake does what Excel is documented to do (test/support/fake-excel/README.md cites where),
 * and the add-in's jobs handle it. One describe per line of that README.
 */
import { addChart } from '../../src/excel/chart';
import { layOutGrids } from '../../src/excel/layout';
import { markFindings } from '../../src/excel/marks';
import { readWorkbook } from '../../src/excel/read';
import { selectCell } from '../../src/excel/select';
import { excelCapabilities } from '../../src/excel/capabilities';
import { layoutWorkbook } from '../../src/core/templates';
import { FAMILIES } from '../../src/core/templates/families';
import type { FamilyId } from '../../src/core/model';
import { FakeWorkbook } from '../support/fake-excel';
import { buildSeedWorkbook } from '../support/seedGrids';

describe('used range of an empty sheet', () => {
  it('is A1 for getUsedRange and a null object for getUsedRangeOrNullObject, as Excel answers', async () => {
    const context = FakeWorkbook.fromGrids([{ name: 'Blank', values: [], merges: [] }]).context();
    const sheet = context.workbook.worksheets.getItem('Blank');
    const used = sheet.getUsedRange(true).load(['address']);
    const orNull = sheet.getUsedRangeOrNullObject(true);
    await context.sync();
    expect([used.address, orNull.isNullObject]).toEqual(['Blank!A1', true]);
  });

  it('is read as an empty sheet, not as a table with an empty cell A1, and nothing else is asked of it', async () => {
    const context = FakeWorkbook.fromGrids([{ name: '空白', values: [], merges: [] }, ...buildSeedWorkbook().workbook.slice(0, 1)]).context();
    const [empty, first] = await readWorkbook(context);
    expect(empty).toEqual({ name: '空白', values: [], merges: [] });
    expect(first?.values.length).toBeGreaterThan(5);
    expect(context.syncCount).toBe(3);
  });
});

describe('values and formats of merged cells', () => {
  it('keeps only the upper-left value when cells are merged, and reads the others as empty', async () => {
    const book = FakeWorkbook.fromGrids([]);
    await book.run((context) => layOutGrids(context, [{ name: 'S', values: [['标题', '被合并的文字'], [1, 2]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] }]));
    const context = book.context();
    const title = context.workbook.worksheets.getItem('S').getRange('A1:B1').load(['values', 'valueTypes']);
    await context.sync();
    expect([title.values, title.valueTypes]).toEqual([[['标题', '']], [['String', 'Empty']]]);
  });

  it('lays out no template with a value inside a merged area but its upper-left cell, so merging loses nothing', () => {
    for (const family of Object.keys(FAMILIES) as FamilyId[]) {
      for (const grid of layoutWorkbook({ family, department: '阳城县应急管理局', year: 2025, unit: '万元', codeLayout: 'split' })) {
        for (const merge of grid.merges) {
          for (let r = merge.top; r <= merge.bottom; r++) {
            for (let c = merge.left; c <= merge.right; c++) {
              if (r === merge.top && c === merge.left) continue;
              const value = grid.values[r]?.[c] ?? null;
              expect([family, grid.name, r, c, value === null || value === '']).toEqual([family, grid.name, r, c, true]);
            }
          }
        }
      }
    }
  });

  it('reads merged areas with each cell’s own number format', async () => {
    const book = FakeWorkbook.fromGrids([]);
    const grid = { name: 'S', values: [['合计', null], [1234.5, 0.25]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], numberFormats: [[undefined, '@'], ['#,##0.00', '0.00%']] };
    await book.run((context) => layOutGrids(context, [grid]));
    const [read] = await book.run((context) => readWorkbook(context));
    expect([read?.merges, read?.numberFormats]).toEqual([[{ top: 0, left: 0, bottom: 0, right: 1 }], [[undefined, '@'], ['#,##0.00', '0.00%']]]);
  });
});

describe('number formats as strings', () => {
  it('answers format codes as text, General for a cell without one; the add-in keeps the codes and drops General', async () => {
    const grid = { name: 'S', values: [[1, 2, 3]], merges: [], numberFormats: [[undefined, '#,##0.00', '0.0%']] };
    const book = FakeWorkbook.fromGrids([grid]);
    const context = book.context();
    const range = context.workbook.worksheets.getItem('S').getRange('A1:C1').load(['numberFormat']);
    await context.sync();
    expect(range.numberFormat).toEqual([['General', '#,##0.00', '0.0%']]);
    const [read] = await book.run((c) => readWorkbook(c));
    expect(read?.numberFormats).toEqual([[undefined, '#,##0.00', '0.0%']]);
  });
});

describe('errors: ItemNotFound, InvalidArgument, ApiNotFound', () => {
  it('fails the sync with ItemNotFound for a sheet that is gone; a chart for it writes nothing', async () => {
    const book = FakeWorkbook.fromGrids([{ name: '情况说明', values: [['x']], merges: [] }]);
    const spec = { kind: 'pie' as const, title: '结构图', categories: ['a'], values: [1] };
    await expect(book.run((context) => addChart(context, '已删除', 'C1', spec))).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(book.sheetNames).toEqual(['情况说明']);
    expect(book.sheet('情况说明').charts).toEqual([]);
  });

  it('answers false instead of failing when asked to select a cell on a sheet that is gone (getItemOrNullObject)', async () => {
    const book = FakeWorkbook.fromGrids([{ name: '表1', values: [['x']], merges: [] }]);
    expect(await book.run((context) => selectCell(context, '表2', 'C8'))).toBe(false);
  });

  it('fails the sync with InvalidArgument for an address that is not one; marking never sends one', async () => {
    const book = FakeWorkbook.fromGrids(buildSeedWorkbook().workbook);
    await expect(book.run((context) => selectCell(context, '表2', '不是地址'))).rejects.toMatchObject({ code: 'InvalidArgument' });
    const result = await book.run((context) => markFindings(context, [{ severity: 'error', sheet: '表2', cell: '不是地址', message: '…' }]));
    expect(result).toEqual({ marked: 0, skipped: [{ sheet: '表2', cell: '不是地址', reason: '“不是地址”不是单元格地址' }] });
  });

  it('fails the sync with ApiNotFound for a member newer than this Excel, naming it; the jobs ask their capabilities first', async () => {
    const office2019 = FakeWorkbook.fromGrids(buildSeedWorkbook().workbook, { excelApi: '1.7' });
    const attempt = office2019.run(async (context) => {
      context.workbook.worksheets.getItem('表1').getRange().getMergedAreasOrNullObject().load(['address']);
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ApiNotFound', message: expect.stringContaining('Range.getMergedAreasOrNullObject needs ExcelApi 1.13; this Excel has 1.7') });
    const workbook = await office2019.run((context) => readWorkbook(context, { capabilities: excelCapabilities(office2019.requirements) }));
    expect(workbook.map((grid) => grid.merges)).toEqual(workbook.map(() => []));
    expect(workbook).toHaveLength(13);
  });
});

describe('payload limits', () => {
  it('refuses a request over 5 MB as Excel on the web does; laying out the sample stays far below', async () => {
    const book = FakeWorkbook.fromGrids([{ name: 'S', values: [['x']], merges: [] }]);
    const context = book.context();
    context.workbook.worksheets.getItem('S').getRange('A1:A60000').values = Array.from({ length: 60_000 }, () => ['说'.repeat(40)]);
    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const writing = FakeWorkbook.fromGrids([]);
    const sheets = layoutWorkbook({ family: 'budget13', department: '阳城县应急管理局', year: 2025, unit: '万元', codeLayout: 'split' });
    const laying = writing.context();
    await layOutGrids(laying, sheets);
    expect(Math.max(...laying.batches.map((b) => b.requestBytes))).toBeLessThan(1_000_000);
  });
});

describe('load before read', () => {
  it('throws PropertyNotLoaded for a property read before load and sync; every job loads what it reads', async () => {
    const book = FakeWorkbook.fromGrids(buildSeedWorkbook().workbook);
    const context = book.context();
    const range = context.workbook.worksheets.getItem('表2').getRange('A1');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load(['values']);
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await context.sync();
    expect(range.values).toEqual([[book.sheet('表2').value('A1')]]);
    // The jobs run against this strict fake in every test of test/excel; reading the whole seed is one of them.
    await expect(book.run((c) => readWorkbook(c))).resolves.toHaveLength(buildSeedWorkbook().workbook.length);
  });
});
