/**
 * The seed family's tables with rows by function subject code (类 3 digits, 款 5, 项 7): tables 2,
 * 3, 5, 7, 8 and the two coded lists of table 9. Headers as the seed prints them; totals from the
 * domain guide, "Rules that must hold" (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项; 合计 = 基本 + 项目).
 */
import type { HeaderCell, RowTotal, TableTemplate } from '../types';
import { ALL_SOURCES, amount, CODE, SUBJECT_NAME } from './columns';

const BY_CODE: readonly RowTotal[] = [{ kind: 'codeHierarchy', side: 'main' }];

/** 项目 | {year}年预算数 over 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 (tables 3 and 5). */
const BASIC_PROJECT_HEADER: readonly HeaderCell[] = [
  { text: '项目', row: 0, col: 0, colSpan: 2 },
  { text: '{year}年预算数', row: 0, col: 2, colSpan: 3 },
  { text: '科目编码', row: 1, col: 0 },
  { text: '科目名称', row: 1, col: 1 },
  { text: '合计', row: 1, col: 2 },
  { text: '基本支出', row: 1, col: 3 },
  { text: '项目支出', row: 1, col: 4 },
];

const BASIC_PROJECT_COLUMNS = [CODE(), SUBJECT_NAME(), amount('total'), amount('basic'), amount('project')];

/** 表2 预算收入总表. 上年结转 stands outside 合计 (domain guide, table 2). */
export const INCOME: TableTemplate = {
  kind: 'budget.income',
  number: 2,
  title: '{year}年预算收入总表',
  sheetName: '表2 收入总表',
  columns: [
    CODE(),
    SUBJECT_NAME(),
    amount('total'),
    amount('generalPublic'),
    amount('govFund'),
    amount('stateCapital'),
    amount('specialAccount'),
    amount('unitFunds'),
    amount('carryover'),
  ],
  headerRowCount: 2,
  header: [
    { text: '项目', row: 0, col: 0, colSpan: 2 },
    { text: '本年收入', row: 0, col: 2, colSpan: 6 },
    { text: '上年结转', row: 0, col: 8, rowSpan: 2 },
    { text: '科目编码', row: 1, col: 0 },
    { text: '科目名称', row: 1, col: 1 },
    { text: '合计', row: 1, col: 2 },
    { text: '一般公共预算', row: 1, col: 3 },
    { text: '政府性基金', row: 1, col: 4 },
    { text: '国有资本经营预算', row: 1, col: 5 },
    { text: '财政专户管理资金', row: 1, col: 6 },
    { text: '单位资金', row: 1, col: 7 },
  ],
  body: { shape: 'coded', totalLabel: '合计' },
  columnTotals: [{ side: 'main', total: 'total', parts: ALL_SOURCES }],
  rowTotals: BY_CODE,
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表3 预算支出总表 (the seed prints 预算支出汇总表). */
export const EXPENDITURE: TableTemplate = {
  kind: 'budget.expenditure',
  number: 3,
  title: '{year}年预算支出汇总表',
  sheetName: '表3 支出汇总表',
  columns: BASIC_PROJECT_COLUMNS,
  headerRowCount: 2,
  header: BASIC_PROJECT_HEADER,
  body: { shape: 'coded', totalLabel: '合计' },
  columnTotals: [{ side: 'main', total: 'total', parts: ['basic', 'project'] }],
  rowTotals: BY_CODE,
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表5 一般公共预算支出预算表（不含上年结转）. */
export const GENERAL_PUBLIC: TableTemplate = {
  kind: 'budget.generalPublic',
  number: 5,
  title: '{year}年一般公共预算支出预算表（不含上年结转）',
  sheetName: '表5 一般公共预算支出表',
  columns: BASIC_PROJECT_COLUMNS,
  headerRowCount: 2,
  header: BASIC_PROJECT_HEADER,
  body: { shape: 'coded', totalLabel: '合计' },
  columnTotals: [{ side: 'main', total: 'total', parts: ['basic', 'project'] }],
  rowTotals: BY_CODE,
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表7 政府性基金预算收入表（不含上年结转）. */
export const FUND_INCOME: TableTemplate = {
  kind: 'budget.fundIncome',
  number: 7,
  title: '{year}年政府性基金预算收入表（不含上年结转）',
  sheetName: '表7 政府性基金收入表',
  columns: [CODE(), SUBJECT_NAME(), amount('total')],
  headerRowCount: 2,
  header: [
    { text: '项目', row: 0, col: 0, colSpan: 2 },
    { text: '政府性基金收入预算', row: 0, col: 2, rowSpan: 2 },
    { text: '收入科目编码', row: 1, col: 0 },
    { text: '科目名称', row: 1, col: 1 },
  ],
  body: { shape: 'coded', totalLabel: '合计' },
  columnTotals: [],
  rowTotals: BY_CODE,
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表8 政府性基金预算支出表（不含上年结转）. */
export const FUND_EXPENDITURE: TableTemplate = {
  kind: 'budget.fundExpenditure',
  number: 8,
  title: '{year}年政府性基金预算支出表（不含上年结转）',
  sheetName: '表8 政府性基金支出表',
  columns: BASIC_PROJECT_COLUMNS,
  headerRowCount: 1,
  header: [
    { text: '科目编码', row: 0, col: 0 },
    { text: '科目名称', row: 0, col: 1 },
    { text: '合计', row: 0, col: 2 },
    { text: '基本支出', row: 0, col: 3 },
    { text: '项目支出', row: 0, col: 4 },
  ],
  body: { shape: 'coded', totalLabel: '合计' },
  columnTotals: [{ side: 'main', total: 'total', parts: ['basic', 'project'] }],
  rowTotals: BY_CODE,
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表9 国有资本经营预算收支预算表（不含上年结转）: income and expenditure lists side by side. */
export const STATE_CAPITAL: TableTemplate = {
  kind: 'budget.stateCapital',
  number: 9,
  title: '{year}年国有资本经营预算收支预算表（不含上年结转）',
  sheetName: '表9 国有资本经营收支表',
  columns: [
    CODE('income'),
    SUBJECT_NAME('income'),
    amount('total', 'income'),
    CODE('expenditure'),
    SUBJECT_NAME('expenditure'),
    amount('total', 'expenditure'),
    amount('basic', 'expenditure'),
    amount('project', 'expenditure'),
  ],
  headerRowCount: 3,
  header: [
    { text: '国有资本经营预算收入', row: 0, col: 0, colSpan: 3 },
    { text: '国有资本经营预算支出', row: 0, col: 3, colSpan: 5 },
    { text: '项目', row: 1, col: 0, colSpan: 2 },
    { text: '国有资本经营收入预算', row: 1, col: 2, rowSpan: 2 },
    { text: '科目编码', row: 1, col: 3, rowSpan: 2 },
    { text: '科目名称', row: 1, col: 4, rowSpan: 2 },
    { text: '合计', row: 1, col: 5, rowSpan: 2 },
    { text: '基本支出', row: 1, col: 6, rowSpan: 2 },
    { text: '项目支出', row: 1, col: 7, rowSpan: 2 },
    { text: '收入科目编码', row: 2, col: 0 },
    { text: '科目名称', row: 2, col: 1 },
  ],
  body: { shape: 'pairedCoded', totalLabel: '合计' },
  columnTotals: [{ side: 'expenditure', total: 'total', parts: ['basic', 'project'] }],
  rowTotals: [
    { kind: 'codeHierarchy', side: 'income' },
    { kind: 'codeHierarchy', side: 'expenditure' },
  ],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};
