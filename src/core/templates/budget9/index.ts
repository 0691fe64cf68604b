/**
 * 部门预算公开（9张表）— the budget family without project tables, 三公 and 机关运行经费 in one table,
 * printed in 元 with codes in 类 | 款 | 项 columns (domain guide, "Other families and layouts":
 * "Budget families with 9 tables … 部门财务收支预算总表, 收入预算总表, 支出预算总表, …功能分类预算表";
 * "Units in 元"; "Codes … as three columns"). Its tables are the seed family's shapes under these titles.
 */
import { BASIC_ECONOMIC } from '../budget13/others';
import { EXPENDITURE, FUND_EXPENDITURE, GENERAL_PUBLIC, INCOME } from '../budget13/coded';
import { FISCAL_SUMMARY, SUMMARY } from '../budget13/summary';
import { amount, FISCAL_SOURCES, label } from '../budget13/columns';
import type { FamilyTemplate, FixedRow, TableTemplate } from '../types';

/** A seed-family table under this family's number, title and sheet name. */
function retitled(template: TableTemplate, number: number, title: string, sheetName: string): TableTemplate {
  return { ...template, number, title, sheetName };
}

/** 表7 国有资本经营预算支出功能分类预算表: one coded list (支出 only), 合计 = 基本 + 项目, as 表8 prints it. */
const STATE_CAPITAL_EXPENDITURE: TableTemplate = {
  ...FUND_EXPENDITURE,
  kind: 'budget.stateCapital',
  number: 7,
  title: '{year}年国有资本经营预算支出功能分类预算表',
  sheetName: '表7 国有资本经营支出表',
};

/** Rows of 表9: the 三公 total and items as the 9-table family prints them, then 机关运行经费. */
const THREE_PUBLIC_AND_OPERATING_ROWS: readonly FixedRow[] = [
  { id: 'total', label: '“三公”经费合计', role: 'total' },
  { id: 'abroad', label: '因公出国（境）费', role: 'item' },
  { id: 'reception', label: '公务接待费', role: 'item' },
  { id: 'vehicles', label: '公务用车购置及运行费', role: 'item' },
  { id: 'vehiclePurchase', label: '其中：公务用车购置费', role: 'item' },
  { id: 'vehicleOperation', label: '公务用车运行维护费', role: 'item' },
  { id: 'operating', label: '机关运行经费', role: 'item' },
];

/** 表9 “三公”经费和机关运行经费预算表: 合计 by the three 财政拨款 sources. */
const THREE_PUBLIC_AND_OPERATING: TableTemplate = {
  kind: 'budget.threePublicAndOperating',
  number: 9,
  title: '{year}年“三公”经费和机关运行经费预算表',
  sheetName: '表9 三公经费和机关运行经费表',
  columns: [label('name', 30), amount('total'), amount('generalPublic'), amount('govFund'), amount('stateCapital')],
  headerRowCount: 2,
  header: [
    { text: '项目', row: 0, col: 0, rowSpan: 2 },
    { text: '{year}年预算数', row: 0, col: 1, colSpan: 4 },
    { text: '合计', row: 1, col: 1 },
    { text: '一般公共预算', row: 1, col: 2 },
    { text: '政府性基金预算', row: 1, col: 3 },
    { text: '国有资本经营预算', row: 1, col: 4 },
  ],
  body: { shape: 'fixed', rows: THREE_PUBLIC_AND_OPERATING_ROWS },
  columnTotals: [{ side: 'main', total: 'total', parts: FISCAL_SOURCES }],
  rowTotals: [
    { kind: 'rows', side: 'main', total: 'vehicles', parts: ['vehiclePurchase', 'vehicleOperation'] },
    { kind: 'rows', side: 'main', total: 'total', parts: ['abroad', 'reception', 'vehicles'] },
  ],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

export const BUDGET9: FamilyTemplate = {
  id: 'budget9',
  name: '部门预算公开（9张表）',
  unit: '元',
  codeLayout: 'split',
  tables: [
    retitled(SUMMARY, 1, '{year}年部门财务收支预算总表', '表1 部门财务收支预算总表'),
    retitled(INCOME, 2, '{year}年部门收入预算总表', '表2 收入预算总表'),
    retitled(EXPENDITURE, 3, '{year}年部门支出预算总表', '表3 支出预算总表'),
    retitled(FISCAL_SUMMARY, 4, '{year}年财政拨款收支预算总表', '表4 财政拨款收支预算总表'),
    retitled(GENERAL_PUBLIC, 5, '{year}年一般公共预算支出功能分类预算表', '表5 一般公共预算支出表'),
    retitled(FUND_EXPENDITURE, 6, '{year}年政府性基金预算支出功能分类预算表', '表6 政府性基金支出表'),
    STATE_CAPITAL_EXPENDITURE,
    retitled(BASIC_ECONOMIC, 8, '{year}年一般公共预算基本支出部门预算经济分类预算表', '表8 基本支出经济分类表'),
    THREE_PUBLIC_AND_OPERATING,
  ],
};
