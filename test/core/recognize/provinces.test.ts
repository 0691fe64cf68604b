/**
 * Layout habits of other provinces' exports (domain guide, "Other families and layouts"), beyond
 * the seedGrids variants: the unit in the title or the header, code and name in one cell,
 * comparison columns beside the figures, a 单位名称 column in project tables.
 */
import { amountOf } from '../../../src/core/model';
import { recognizeWorkbook } from '../../../src/core/recognize';
import type { CellValue } from '../../../src/core/grid';
import { loadSeed } from '../../support/seed';
import { seedTableTitles } from '../../support/seedGrids';
import { sheet } from './gridFixture';

/** Seed 表3's data rows (合计 and coded rows), figures as numbers. */
function seedExpenditureRows(): CellValue[][] {
  const rows = loadSeed().tables[seedTableTitles()[2]!]!.rows.slice(2);
  return rows.map((row) => row.map((cell, c) => (c >= 2 && cell !== '' ? Number(cell) : cell)));
}

describe('recognizeWorkbook on other provinces’ layouts', () => {
  it('takes the unit from a bracket in the title', () => {
    const grid = sheet('支出', [
      ['部门支出总表（单位：元）'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ...seedExpenditureRows(),
    ]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.tables[0]).toMatchObject({ kind: 'budget.expenditure', unit: '元' });
    expect(recognition.problems).toEqual([]);
  });

  it('takes the unit from the header’s corner and from 金额（万元）, without making them columns', () => {
    const grid = sheet('三公', [
      ['“三公”经费支出预算表'],
      ['项目', '金额（万元）', '单位：万元'],
      ['合计', 3.66],
      ['因公出国（境）费', ''],
      ['公务接待费', 0.58],
      ['公务用车购置及运行费', 3.08],
    ]);
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table).toMatchObject({ kind: 'budget.threePublic', unit: '万元' });
    expect(table!.columns.map((c) => `${c.key}@${c.col}`)).toEqual(['total@1']);
  });

  it('reads code and name printed in one cell', () => {
    const rows = seedExpenditureRows().map(([code, name, ...amounts]) => [code === '合计' ? '合计' : `${String(code)} ${String(name)}`, ...amounts]);
    const grid = sheet('支出', [['2024年部门支出预算总表'], ['单位：万元'], ['项目', '合计', '基本支出', '项目支出'], ...rows]);
    const [table] = recognizeWorkbook([grid]).tables;
    const seedRows = seedExpenditureRows().slice(1);
    expect(table!.rows.slice(1).map((r) => `${r.code} ${r.level} ${r.name}`)).toEqual(
      seedRows.map(([code, name]) => `${String(code)} ${({ 3: '类', 5: '款', 7: '项' } as Record<number, string>)[String(code).length]} ${String(name)}`),
    );
    expect(table!.rows.slice(1).filter((r) => r.role === 'group').map((r) => r.code)).toContain('22401');
    expect(table!.rows[1]!.labelAddress).toBe('A5');
  });

  it('ignores last year’s figures and the change columns beside this year’s', () => {
    const grid = sheet(
      '三公',
      [
        ['2024年“三公”经费预算表'],
        ['单位：万元'],
        ['项目', '2023年预算数', '2024年预算数', '增减额', '增长率'],
        ['合计', 4.0, 3.66, -0.34, '-8.50%'],
        ['公务接待费', 0.6, 0.58, -0.02, '-3.33%'],
        ['公务用车购置及运行费', 3.4, 3.08, -0.32, '-9.41%'],
      ],
    );
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table!.columns.map((c) => `${c.key}@${c.col}`)).toEqual(['total@2']);
    expect(amountOf(table!.rows[0]!.amounts.total)?.toFixed(2)).toBe('3.66');
  });

  it('names project rows by 项目名称 when a 单位名称 column sits beside it', () => {
    const grid = sheet('项目', [
      ['项目支出预算表'],
      ['单位：万元'],
      ['单位名称', '项目名称', '合计', '一般公共预算'],
      ['合计', '', 20, 20],
      ['某某局', '', 20, 20],
      ['某某局', '办公楼维修经费', 12, 12],
      ['某某局', '信息化建设资金', 8, 8],
      ['小计', '', 20, 20],
    ]);
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table!.rows.map((r) => `${r.role}:${r.name}`)).toEqual([
      'total:合计', 'group:某某局', 'item:办公楼维修经费', 'item:信息化建设资金', 'group:小计',
    ]);
  });

  it('reads two tables of one sheet even when the second one has a 表号 line above its title', () => {
    const grid = sheet('合表', [
      ['预算公开表10'],
      ['“三公”经费支出预算表'],
      ['单位：万元'],
      ['项目', '合计'],
      ['合计', 3.66],
      ['预算公开表11'],
      ['机关运行经费预算表'],
      ['单位：万元'],
      ['单位名称', '合计'],
      ['部门合计', 119.52],
    ]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.tables.map((t) => `${t.kind}:${t.rows.length}`)).toEqual(['budget.threePublic:1', 'budget.operating:1']);
    expect(recognition.unrecognized).toEqual([]);
  });
});

describe('recognizeWorkbook on a sheet without a printed title', () => {
  it('reads the table by the sheet’s name and says so, at the table’s first cell', () => {
    const grid = sheet('表3 支出总表', [
      [''],
      ['', '单位：万元'],
      ['', '科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ...seedExpenditureRows().map((row) => ['', ...row]),
    ]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.tables.map((t) => `${t.kind} ${t.title} ${t.unit} ${t.rows.length}`)).toEqual([
      `budget.expenditure 表3 支出总表 万元 ${seedExpenditureRows().length}`,
    ]);
    expect(recognition.problems).toEqual([expect.objectContaining({ cell: 'B2', message: expect.stringContaining('按工作表名') })]);
    expect(recognition.unrecognized).toEqual([]);
  });

  it('does not read a sheet by its name when its name names no table', () => {
    const grid = sheet('Sheet1', [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ...seedExpenditureRows(),
    ]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.tables).toEqual([]);
    expect(recognition.unrecognized).toHaveLength(1);
  });
});

describe('recognizeWorkbook on a 财政拨款收支总表 that prints each side’s total first', () => {
  it('takes 一、本年收入 and 一、本年支出 as the totals and the lines under them as items', () => {
    const grid = sheet(
      '表4',
      [
        ['财政拨款收支总表'],
        ['单位：万元'],
        ['收入', '', '支出', '', ''],
        ['项目', '预算数', '项目', '合计', '一般公共预算财政拨款'],
        ['一、本年收入', 30, '一、本年支出', 30, 30],
        ['一般公共预算拨款', 30, '公共安全支出', 20, 20],
        ['政府性基金预算拨款', '', '教育支出', 10, 10],
        ['二、上年结转', '', '二、结转下年', '', ''],
        ['收入总计', 30, '支出总计', 30, 30],
      ],
      ['A1:E1', 'A3:B3', 'C3:E3'],
    );
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table?.kind).toBe('budget.fiscalSummary');
    expect(table!.sides!.income.map((r) => r.role)).toEqual(['total', 'item', 'item', 'footer', 'footer']);
    expect(table!.rows.map((r) => `${r.role}:${r.code ?? ''}`)).toEqual(['total:', 'item:204', 'item:205', 'footer:', 'footer:']);
    expect(table!.columns.map((c) => `${c.side}:${c.key}`)).toEqual(['income:total', 'expenditure:total', 'expenditure:generalPublic']);
  });
});

describe('recognizeWorkbook on rows that end in 表', () => {
  it('keeps a project named like a title as a project of its table', () => {
    const grid = sheet('项目', [
      ['项目支出预算表（本年预算）'],
      ['单位：万元'],
      ['项目名称', '合计', '一般公共预算'],
      ['某某局', 20, 20],
      ['年度统计报表', 12, 12],
      ['档案整理经费', 8, 8],
    ]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.tables.map((t) => t.rows.map((r) => r.name))).toEqual([['某某局', '年度统计报表', '档案整理经费']]);
    expect(recognition.unrecognized).toEqual([]);
  });
});

describe('recognizeWorkbook on the 9-table family', () => {
  it('reads “三公”经费和机关运行经费预算表 with its 三公 total and its items', () => {
    const grid = sheet('三公和机关运行', [
      ['2024年“三公”经费和机关运行经费预算表'],
      ['单位：万元'],
      ['项目', '预算数'],
      ['“三公”经费合计', 3.66],
      ['因公出国（境）费', ''],
      ['公务接待费', 0.58],
      ['公务用车购置及运行费', 3.08],
      ['其中：公务用车购置费', ''],
      ['公务用车运行维护费', 3.08],
      ['机关运行经费', 119.52],
    ]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.family).toBe('budget9');
    const [table] = recognition.tables;
    expect(table?.kind).toBe('budget.threePublicAndOperating');
    expect(table!.rows.map((r) => r.role)).toEqual(['total', 'item', 'item', 'group', 'item', 'item', 'item']);
  });
});

describe('recognizeWorkbook on an empty 收支总表 printed without ordinals', () => {
  it('takes the lines under 项目 as rows, not as more header', () => {
    const grid = sheet(
      '表1',
      [
        ['部门收支总表'],
        ['单位：万元'],
        ['收入', '', '支出', ''],
        ['项目', '预算数', '项目', '预算数'],
        ['一般公共预算拨款收入', '', '一般公共服务支出', ''],
        ['政府性基金预算拨款收入', '', '教育支出', ''],
        ['本年收入合计', '', '本年支出合计', ''],
      ],
      ['A1:D1', 'A3:B3', 'C3:D3'],
    );
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table!.sides!.income.map((r) => `${r.role}:${r.name}`)).toEqual([
      'item:一般公共预算拨款收入', 'item:政府性基金预算拨款收入', 'total:本年收入合计',
    ]);
    expect(table!.rows.map((r) => r.code ?? r.role)).toEqual(['201', '205', 'total']);
  });
});

describe('recognizeWorkbook on untitled blocks of a generically named sheet', () => {
  it('recognises a 三公 block by its rows, and says the title is missing', () => {
    const grid = sheet('Sheet1', [
      ['项目', '合计', '一般公共预算'],
      ['因公出国（境）费', '', ''],
      ['公务接待费', 0.58, 0.58],
      ['公务用车购置及运行费', 3.08, 3.08],
      ['合计', 3.66, 3.66],
    ]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.tables.map((t) => `${t.kind} ${t.title} ${t.rows.length}`)).toEqual(['budget.threePublic （无标题）财政拨款“三公”经费支出预算表 4']);
    expect(recognition.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('未找到表标题，按表头和行内容识别'),
      expect.stringContaining('未找到单位行'),
    ]);
  });

  it('recognises an economic block by its 人员经费 and 公用经费 columns, across a blank row under its header', () => {
    const economic = loadSeed().tables[seedTableTitles()[5]!]!.rows;
    const grid = sheet('Sheet2', [
      ['单位：万元'],
      ...economic.slice(0, 2),
      [''],
      ...economic.slice(2).map((row) => row.map((cell, c) => (c >= 2 && cell !== '' ? Number(cell) : cell))),
    ], ['A2:A3', 'B2:B3', 'C2:E2']);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.tables.map((t) => `${t.kind} ${t.unit} ${t.rows.length}`)).toEqual([`budget.basicEconomic 万元 ${economic.length - 2}`]);
    expect(recognition.unrecognized).toEqual([]);
  });

  it('leaves a coded 合计 | 基本支出 | 项目支出 block unrecognised: three tables print it', () => {
    const grid = sheet('Sheet3', [['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ...seedExpenditureRows()]);
    const recognition = recognizeWorkbook([grid]);
    expect(recognition.tables).toEqual([]);
    expect(recognition.unrecognized).toEqual([expect.objectContaining({ sheet: 'Sheet3', reason: expect.stringContaining('无法判断') })]);
  });
});

describe('recognizeWorkbook on a 部门名称 line split over two cells', () => {
  it('reads it as the info line, not as a header row, and knows the department', () => {
    const grid = sheet('项目', [
      ['项目支出预算表'],
      ['部门名称：', '某某县融媒体', '单位：万元'],
      ['项目名称', '合计', '一般公共预算'],
      ['某某县融媒体', 20, 20],
      ['某某县融媒体', 20, 20],
      ['办公楼维修', 12, 12],
      ['信息化建设', 8, 8],
    ]);
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table!.columns.map((c) => c.header)).toEqual(['合计', '一般公共预算']);
    expect(table!.rows.map((r) => r.role)).toEqual(['total', 'group', 'item', 'item']);
  });
});
