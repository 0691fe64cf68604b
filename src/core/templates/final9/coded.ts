/**
 * The 决算 tables with rows by function subject code: 收入决算表 (2), 支出决算表 (3), 一般公共预算财政拨款
 * 支出决算表 (5), 政府性基金预算财政拨款收入支出决算表 (8), 国有资本经营预算财政拨款支出决算表 (9).
 * Totals: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项; 本年支出 = 基本支出 + 项目支出; per row of the fund table
 * 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余.
 * Source: domain guide, "Final accounts (决算), 9 tables" and "Rules that must hold".
 */
import { amount, CODE, SUBJECT_NAME } from '../budget13/columns';
import type { AmountKey, HeaderCell, RowTotal, TableTemplate } from '../types';

const BY_CODE: readonly RowTotal[] = [{ kind: 'codeHierarchy', side: 'main' }];

/** 收入决算表's sources after 本年收入合计 (domain guide: income sources of the 决算 family). */
const INCOME_SOURCE_COLUMNS: readonly (readonly [AmountKey, string])[] = [
  ['fiscal', '财政拨款收入'],
  ['superiorSubsidy', '上级补助收入'],
  ['businessIncome', '事业收入'],
  ['operatingIncome', '经营收入'],
  ['affiliatedIncome', '附属单位上缴收入'],
  ['otherIncome', '其他收入'],
];

/** 项目 (科目编码 | 科目名称) | 本年支出合计 | 基本支出 | 项目支出 (tables 3, 5 and 9). */
function basicProjectHeader(totalText: string): readonly HeaderCell[] {
  return [
    { text: '项目', row: 0, col: 0, colSpan: 2 },
    { text: totalText, row: 0, col: 2, rowSpan: 2 },
    { text: '基本支出', row: 0, col: 3, rowSpan: 2 },
    { text: '项目支出', row: 0, col: 4, rowSpan: 2 },
    { text: '科目编码', row: 1, col: 0 },
    { text: '科目名称', row: 1, col: 1 },
  ];
}

const BASIC_PROJECT_COLUMNS = [CODE(), SUBJECT_NAME(), amount('total'), amount('basic'), amount('project')];

function basicProjectTable(kind: TableTemplate['kind'], number: number, title: string, sheetName: string): TableTemplate {
  return {
    kind,
    number,
    title,
    sheetName,
    columns: BASIC_PROJECT_COLUMNS,
    headerRowCount: 2,
    header: basicProjectHeader('本年支出合计'),
    body: { shape: 'coded', totalLabel: '合计' },
    columnTotals: [{ side: 'main', total: 'total', parts: ['basic', 'project'] }],
    rowTotals: BY_CODE,
    numberFormat: '#,##0.00',
    emptyNote: '注：本表无数据',
  };
}

/** 表2 收入决算表: 本年收入合计 = Σ sources. */
export const FINAL_INCOME: TableTemplate = {
  kind: 'final.income',
  number: 2,
  title: '{year}年度收入决算表',
  sheetName: '表2 收入决算表',
  columns: [CODE(), SUBJECT_NAME(), amount('total'), ...INCOME_SOURCE_COLUMNS.map(([key]) => amount(key))],
  headerRowCount: 2,
  header: [
    { text: '项目', row: 0, col: 0, colSpan: 2 },
    { text: '本年收入合计', row: 0, col: 2, rowSpan: 2 },
    ...INCOME_SOURCE_COLUMNS.map(([, text], i): HeaderCell => ({ text, row: 0, col: 3 + i, rowSpan: 2 })),
    { text: '科目编码', row: 1, col: 0 },
    { text: '科目名称', row: 1, col: 1 },
  ],
  body: { shape: 'coded', totalLabel: '合计' },
  columnTotals: [{ side: 'main', total: 'total', parts: INCOME_SOURCE_COLUMNS.map(([key]) => key) }],
  rowTotals: BY_CODE,
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表3 支出决算表. */
export const FINAL_EXPENDITURE = basicProjectTable('final.expenditure', 3, '{year}年度支出决算表', '表3 支出决算表');

/** 表5 一般公共预算财政拨款支出决算表. */
export const FINAL_GENERAL_PUBLIC = basicProjectTable(
  'final.generalPublic',
  5,
  '{year}年度一般公共预算财政拨款支出决算表',
  '表5 一般公共预算支出决算表',
);

/** 表9 国有资本经营预算财政拨款支出决算表. */
export const FINAL_STATE_CAPITAL = basicProjectTable(
  'final.stateCapital',
  9,
  '{year}年度国有资本经营预算财政拨款支出决算表',
  '表9 国有资本经营支出决算表',
);

/** 表8 政府性基金预算财政拨款收入支出决算表: 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本 | 项目) | 年末结转和结余. */
export const FINAL_FUND: TableTemplate = {
  kind: 'final.fund',
  number: 8,
  title: '{year}年度政府性基金预算财政拨款收入支出决算表',
  sheetName: '表8 政府性基金收支决算表',
  columns: [CODE(), SUBJECT_NAME(), amount('openingBalance'), amount('income'), amount('expenditure'), amount('basic'), amount('project'), amount('closingBalance')],
  headerRowCount: 2,
  header: [
    { text: '项目', row: 0, col: 0, colSpan: 2 },
    { text: '年初结转和结余', row: 0, col: 2, rowSpan: 2 },
    { text: '本年收入', row: 0, col: 3, rowSpan: 2 },
    { text: '本年支出', row: 0, col: 4, colSpan: 3 },
    { text: '年末结转和结余', row: 0, col: 7, rowSpan: 2 },
    { text: '科目编码', row: 1, col: 0 },
    { text: '科目名称', row: 1, col: 1 },
    { text: '小计', row: 1, col: 4 },
    { text: '基本支出', row: 1, col: 5 },
    { text: '项目支出', row: 1, col: 6 },
  ],
  body: { shape: 'coded', totalLabel: '合计' },
  columnTotals: [{ side: 'main', total: 'expenditure', parts: ['basic', 'project'] }],
  rowTotals: BY_CODE,
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};
