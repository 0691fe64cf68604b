/**
 * The seed family's remaining tables: 6 (economic classification), 10 ("三公"), 11 (机关运行经费),
 * 12 and 13 (projects). Headers as the seed prints them; totals from the domain guide, "Rules that
 * must hold".
 */
import type { HeaderCell, TableTemplate } from '../types';
import { ALL_SOURCES, amount, FISCAL_SOURCES, label } from './columns';
import { THREE_PUBLIC_ROWS } from './rows';

/** 表6 一般公共预算安排基本支出分经济科目表（不含上年结转）. */
export const BASIC_ECONOMIC: TableTemplate = {
  kind: 'budget.basicEconomic',
  number: 6,
  title: '{year}年一般公共预算安排基本支出分经济科目表（不含上年结转）',
  sheetName: '表6 基本支出经济科目表',
  columns: [label('econDept', 30), label('econGov', 26), amount('total'), amount('personnel'), amount('publicUse')],
  headerRowCount: 2,
  header: [
    { text: '部门预算支出经济科目名称', row: 0, col: 0, rowSpan: 2 },
    { text: '政府预算支出经济科目名称', row: 0, col: 1, rowSpan: 2 },
    { text: '{year}年预算数', row: 0, col: 2, colSpan: 3 },
    { text: '合计', row: 1, col: 2 },
    { text: '人员经费', row: 1, col: 3 },
    { text: '公用经费', row: 1, col: 4 },
  ],
  body: {
    shape: 'economic',
    totalLabel: '合计',
    blankGroups: ['工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出'],
  },
  columnTotals: [{ side: 'main', total: 'total', parts: ['personnel', 'publicUse'] }],
  rowTotals: [{ kind: 'groups' }],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 项目 / 单位名称 | {year}…预算数 over 合计 | the three 财政拨款 sources (tables 10 and 11). */
function fiscalSourcesHeader(first: string, budget: string): readonly HeaderCell[] {
  return [
    { text: first, row: 0, col: 0, rowSpan: 2 },
    { text: budget, row: 0, col: 1, colSpan: 4 },
    { text: '合计', row: 1, col: 1 },
    { text: '一般公共预算', row: 1, col: 2 },
    { text: '政府性基金预算', row: 1, col: 3 },
    { text: '国有资本经营预算', row: 1, col: 4 },
  ];
}

/** 表10 财政拨款安排“三公”经费支出预算表. */
export const THREE_PUBLIC: TableTemplate = {
  kind: 'budget.threePublic',
  number: 10,
  title: '{year}年财政拨款安排“三公”经费支出预算表',
  sheetName: '表10 三公经费支出表',
  columns: [label('name', 28), amount('total'), amount('generalPublic'), amount('govFund'), amount('stateCapital')],
  headerRowCount: 2,
  header: fiscalSourcesHeader('项目', '{year}年预算数'),
  body: { shape: 'fixed', rows: THREE_PUBLIC_ROWS },
  columnTotals: [{ side: 'main', total: 'total', parts: FISCAL_SOURCES }],
  rowTotals: [
    { kind: 'rows', side: 'main', total: 'vehicles', parts: ['vehiclePurchase', 'vehicleOperation'] },
    { kind: 'rows', side: 'main', total: 'total', parts: ['abroad', 'reception', 'vehicles'] },
  ],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表11 财政拨款安排机关运行经费预算表 (the seed prints "2024预算数", without 年). */
export const OPERATING: TableTemplate = {
  kind: 'budget.operating',
  number: 11,
  title: '{year}年财政拨款安排机关运行经费预算表',
  sheetName: '表11 机关运行经费表',
  columns: [label('name', 30), amount('total'), amount('generalPublic'), amount('govFund'), amount('stateCapital')],
  headerRowCount: 2,
  header: fiscalSourcesHeader('单位名称', '{year}预算数'),
  body: { shape: 'units', totalLabel: '部门合计' },
  columnTotals: [{ side: 'main', total: 'total', parts: FISCAL_SOURCES }],
  rowTotals: [{ kind: 'items' }],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表12 项目支出预算表（本年预算）: five funding sources and a 栏次 row 1…7. */
export const PROJECTS: TableTemplate = {
  kind: 'budget.projects',
  number: 12,
  title: '{year}年项目支出预算表（本年预算）',
  sheetName: '表12 项目支出表（本年预算）',
  columns: [
    label('name', 50),
    amount('total'),
    amount('generalPublic'),
    amount('govFund'),
    amount('stateCapital'),
    amount('specialAccount'),
    amount('unitFunds'),
  ],
  headerRowCount: 3,
  header: [
    { text: '项目名称', row: 0, col: 0, rowSpan: 2 },
    { text: '合计', row: 0, col: 1, rowSpan: 2 },
    { text: '{year}年财政拨款', row: 0, col: 2, colSpan: 3 },
    { text: '财政专户管理资金', row: 0, col: 5, rowSpan: 2 },
    { text: '单位资金', row: 0, col: 6, rowSpan: 2 },
    { text: '一般公共预算', row: 1, col: 2 },
    { text: '政府性基金预算', row: 1, col: 3 },
    { text: '国有资本经营预算', row: 1, col: 4 },
    ...['1', '2', '3', '4', '5', '6', '7'].map((text, col) => ({ text, row: 2, col })),
  ],
  body: { shape: 'projects', totalLabel: '{department}' },
  columnTotals: [{ side: 'main', total: 'total', parts: ALL_SOURCES }],
  rowTotals: [{ kind: 'groups' }],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表13 项目支出预算表（上年结转）: 财政拨款 sources only. */
export const PROJECTS_CARRYOVER: TableTemplate = {
  kind: 'budget.projectsCarryover',
  number: 13,
  title: '{year}年项目支出预算表（上年结转）',
  sheetName: '表13 项目支出表（上年结转）',
  columns: [label('name', 60), amount('total'), amount('generalPublic'), amount('govFund'), amount('stateCapital')],
  headerRowCount: 3,
  header: [
    { text: '项目名称', row: 0, col: 0, rowSpan: 2 },
    { text: '合计', row: 0, col: 1, rowSpan: 2 },
    { text: '{year}年财政拨款', row: 0, col: 2, colSpan: 3 },
    { text: '一般公共预算', row: 1, col: 2 },
    { text: '政府性基金预算', row: 1, col: 3 },
    { text: '国有资本经营预算', row: 1, col: 4 },
    ...['1', '2', '3', '4', '5'].map((text, col) => ({ text, row: 2, col })),
  ],
  body: { shape: 'projects', totalLabel: '{department}' },
  columnTotals: [{ side: 'main', total: 'total', parts: FISCAL_SOURCES }],
  rowTotals: [{ kind: 'groups' }],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};
