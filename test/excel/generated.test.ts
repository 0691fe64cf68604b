import { GENERATED_RECORD_SHEET, generatedSheets, replaceGenerated } from '../../src/excel/generated';
import { layOutGrids } from '../../src/excel/layout';
import { narrativeLines, writeNarrativeSheet } from '../../src/excel/narrative';
import { readWorkbook } from '../../src/excel/read';
import { paramsSheet, sampleParams } from '../../src/core/params';
import { narrativeOfWorkbook } from '../../src/core/narrative';
import { recognizeWorkbook } from '../../src/core/recognize';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import { FakeWorkbook } from '../support/fake-excel';

const sample = sampleDisclosure();
const sampleGrids = () => [...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }), paramsSheet(sampleParams())];
const blankGrids = () => [...layoutWorkbook({ family: 'budget13', department: '测试局', year: 2025, unit: '万元', codeLayout: 'single' }), paramsSheet()];

describe('replaceGenerated', () => {
  it('records what it wrote, and on the next run replaces it in place instead of adding 情况说明 (2)', async () => {
    const book = new FakeWorkbook();
    await book.run((context) => layOutGrids(context, sampleGrids()));
    const workbook = await book.run((context) => readWorkbook(context));
    const { narrative } = narrativeOfWorkbook(workbook, recognizeWorkbook(workbook).tables);
    const write = (context: Parameters<typeof writeNarrativeSheet>[0]) => writeNarrativeSheet(context, '情况说明', narrativeLines(narrative)).then((name) => [name]);

    expect(await book.run((context) => generatedSheets(context, '情况说明'))).toEqual([]);
    expect(await book.run((context) => replaceGenerated(context, '情况说明', write))).toEqual(['情况说明']);
    const position = book.sheetNames.indexOf('情况说明');
    expect(await book.run((context) => generatedSheets(context, '情况说明'))).toEqual(['情况说明']);

    expect(await book.run((context) => replaceGenerated(context, '情况说明', write))).toEqual(['情况说明']);
    expect(book.sheetNames.filter((name) => name.startsWith('情况说明'))).toEqual(['情况说明']);
    expect(book.sheetNames.indexOf('情况说明')).toBe(position);
    expect(book.sheet('情况说明').valuesFromA1()[0]?.[0]).toBe(narrative.title);
    expect(book.sheet(GENERATED_RECORD_SHEET).visibility).toBe('Hidden');
  });

  it('replaces the 14 blank templates by the sample\'s, keeping each sheet\'s name and place, and no table of the user', async () => {
    const book = new FakeWorkbook();
    await book.run((context) => layOutGrids(context, [{ name: '我的表', values: [['自己的数据', 1]], merges: [] }]));
    const first = await book.run((context) => replaceGenerated(context, '模板', (c) => layOutGrids(c, blankGrids())));
    expect(first).toHaveLength(14);
    const names = book.sheetNames;
    const second = await book.run((context) => replaceGenerated(context, '模板', (c) => layOutGrids(c, sampleGrids())));
    expect(second).toEqual(first);
    expect(book.sheetNames).toEqual(names);
    expect(book.sheet('我的表').valuesFromA1()).toEqual([['自己的数据', 1]]);
    const again = recognizeWorkbook(await book.run((context) => readWorkbook(context)));
    expect(again.tables).toHaveLength(13);
    expect(again.tables[0]?.title).toBe('2024年预算收支总表');
  });

  it('puts a larger set in the place of a smaller one, in its own order, after the user\'s sheets before it', async () => {
    const book = new FakeWorkbook();
    await book.run((context) => layOutGrids(context, [{ name: '我的表', values: [['自己的数据']], merges: [] }]));
    const nine = [...layoutWorkbook({ family: 'budget9', department: '测试局', year: 2025, unit: '元', codeLayout: 'split' }), paramsSheet()];
    await book.run((context) => replaceGenerated(context, '模板', (c) => layOutGrids(c, nine)));
    const written = await book.run((context) => replaceGenerated(context, '模板', (c) => layOutGrids(c, sampleGrids())));
    expect(written).toEqual(sampleGrids().map((grid) => grid.name));
    expect(book.sheetNames.filter((name) => name !== GENERATED_RECORD_SHEET)).toEqual(['我的表', ...written]);
  });

  it('never replaces a sheet the user renamed: it is no longer the add-in\'s', async () => {
    const book = new FakeWorkbook();
    const write = (context: Parameters<typeof writeNarrativeSheet>[0]) => writeNarrativeSheet(context, '情况说明', ['第一稿']).then((name) => [name]);
    await book.run((context) => replaceGenerated(context, '情况说明', write));
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('情况说明').name = '情况说明定稿';
      await context.sync();
    });
    expect(await book.run((context) => generatedSheets(context, '情况说明'))).toEqual([]);
    await book.run((context) => replaceGenerated(context, '情况说明', write));
    expect(book.sheetNames.filter((name) => name.startsWith('情况说明')).sort()).toEqual(['情况说明', '情况说明定稿']);
  });

  it('takes three syncs besides the writing job\'s', async () => {
    const book = new FakeWorkbook();
    const context = book.context();
    let writeSyncs = 0;
    await replaceGenerated(context, '公开文本', async (c) => {
      const before = context.syncCount;
      const names = await layOutGrids(c, [{ name: '公开文本', values: [['文本']], merges: [] }]);
      writeSyncs = context.syncCount - before;
      return names;
    });
    expect(context.syncCount - writeSyncs).toBe(3);
  });
});
