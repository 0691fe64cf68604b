import { narrativeLines, writeNarrativeSheet } from '../../src/excel/narrative';
import { layOutGrids } from '../../src/excel/layout';
import { readWorkbook } from '../../src/excel/read';
import { layoutWorkbook } from '../../src/core/templates';
import { sampleDisclosure } from '../../src/core/sample';
import { paramsSheet, sampleParams } from '../../src/core/params';
import { recognizeWorkbook } from '../../src/core/recognize';
import { narrativeOfWorkbook } from '../../src/core/narrative';
import { addChart, ChartSpecError, type ChartSpec } from '../../src/excel/chart';
import { selectCell } from '../../src/excel/select';
import { FakeWorkbook } from '../support/fake-excel';
import { loadSeed } from '../support/seed';

/** The seed's 一般公共预算 expenditure by class (表5 类 rows) as a pie chart spec. */
function classPie(): ChartSpec {
  const table = Object.entries(loadSeed().tables).find(([title]) => title.includes('一般公共预算支出预算表'))![1];
  const classes = table.rows.filter((row) => /^\d{3}$/.test(row[0] ?? ''));
  return {
    kind: 'pie',
    title: '一般公共预算当年拨款结构图',
    categories: classes.map((row) => row[1] ?? ''),
    values: classes.map((row) => row[2] ?? ''),
  };
}

describe('writeNarrativeSheet', () => {
  it('writes the lines into a new sheet in two syncs, headings bold, text kept as text', async () => {
    const book = FakeWorkbook.fromGrids([{ name: '情况说明', values: [['用户的旧说明']], merges: [] }]);
    const lines = [
      { text: '2024年部门预算情况说明', kind: 'title' as const },
      { text: '一、部门预算收支数据变动情况及原因', kind: 'heading' as const },
      '收入总计4,510.52万元，比上年增加553.02万元，增长13.97%。',
      '-（无）',
    ];
    const context = book.context();
    const name = await writeNarrativeSheet(context, '情况说明', lines, [classPie()]);
    expect(name).toBe('情况说明 (2)');
    expect(context.syncCount).toBe(2);
    const sheet = book.sheet(name);
    expect(sheet.valuesFromA1().slice(0, 5).map((row) => row[0])).toEqual([
      '2024年部门预算情况说明',
      '一、部门预算收支数据变动情况及原因',
      '收入总计4,510.52万元，比上年增加553.02万元，增长13.97%。',
      '-（无）',
      null,
    ]);
    expect(sheet.font('A1')).toEqual({ bold: true, size: 16 });
    expect(sheet.font('A2').bold).toBe(true);
    expect(sheet.font('A3').bold).toBeUndefined();
    expect(sheet.alignment('A3').wrap).toBe(true);
    expect(sheet.charts).toHaveLength(1);
    expect(book.sheet('情况说明').value('A1')).toBe('用户的旧说明');
    expect(book.activeSheet).toBe(name);
  });
});

describe('the narrative journey of the task pane', () => {
  it('generates the 情况说明 from the laid-out sample and writes it with its charts', async () => {
    const book = new FakeWorkbook();
    const sample = sampleDisclosure();
    await book.run((context) =>
      layOutGrids(context, [...layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sample }), paramsSheet(sampleParams())]),
    );
    const workbook = await book.run((context) => readWorkbook(context));
    const { narrative } = narrativeOfWorkbook(workbook, recognizeWorkbook(workbook).tables);
    const context = book.context();
    const name = await writeNarrativeSheet(context, '情况说明', narrativeLines(narrative), narrative.charts);
    expect(context.syncCount).toBe(2);
    const text = book.sheet(name).valuesFromA1().map((row) => row[0]).join('\n');
    expect(text).toContain('4,510.52万元');
    expect(text).toContain('13.97%');
    expect(book.sheet(name).charts.map((c) => c.title)).toEqual(narrative.charts.filter((c) => c.categories.length > 0).map((c) => c.title));
    expect(book.sheet(name).charts.length).toBeGreaterThan(0);
  });
});

describe('addChart', () => {
  it('writes the data block and adds a titled chart over it in one sync', async () => {
    const book = FakeWorkbook.fromGrids([{ name: '图表', values: [], merges: [] }]);
    const spec = classPie();
    const context = book.context();
    const placed = await addChart(context, '图表', 'B2', spec);
    expect(context.syncCount).toBe(1);
    const sheet = book.sheet('图表');
    expect(sheet.charts).toEqual([
      expect.objectContaining({ type: 'Pie', source: `'图表'!${placed.dataAddress}`, title: spec.title, seriesBy: 'Columns' }),
    ]);
    expect(sheet.value('B3')).toBe(spec.categories[0]);
    expect(sheet.value('C3')).toBe(Number(spec.values[0]));
  });

  it('refuses a spec whose values do not pair with its categories', async () => {
    const context = FakeWorkbook.fromGrids([{ name: 'S', values: [], merges: [] }]).context();
    await expect(addChart(context, 'S', 'A1', { kind: 'bar', title: 't', categories: ['a', 'b'], values: [1] })).rejects.toThrow(ChartSpecError);
    await expect(addChart(context, 'S', 'A1', { kind: 'bar', title: 't', categories: ['a'], values: ['一百'] })).rejects.toThrow(ChartSpecError);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const book = FakeWorkbook.fromGrids([
      { name: '表1', values: [['x']], merges: [] },
      { name: '表2 收入总表', values: [['y']], merges: [] },
    ]);
    const context = book.context();
    expect(await selectCell(context, '表2 收入总表', 'C8')).toBe(true);
    expect(context.syncCount).toBe(1);
    expect(book.selection).toEqual({ sheet: '表2 收入总表', address: 'C8' });
    expect(book.activeSheet).toBe('表2 收入总表');
  });

  it('answers false and changes nothing when the sheet is gone', async () => {
    const book = FakeWorkbook.fromGrids([{ name: '表1', values: [['x']], merges: [] }]);
    expect(await book.run((context) => selectCell(context, '已删除', 'A1'))).toBe(false);
    expect(book.selection).toBeUndefined();
  });
});
