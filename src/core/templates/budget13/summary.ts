/**
 * Tables 1 and 4 of the seed family: the two-sided totals tables (收支总表).
 * Headers, rows and footers as the seed prints them (`data/seed/*-tables.json`, tables 1 and 4);
 * the row totals are those of the domain guide, "Rules that must hold", two-sided totals tables.
 */
import type { RowTotal, TableTemplate } from '../types';
import { amount, FISCAL_SOURCES, label } from './columns';
import {
  CARRYOVER,
  CLOSING_CARRYOVER,
  EXPENDITURE_CLASS_IDS,
  EXPENDITURE_CLASSES,
  EXPENDITURE_GRAND_TOTAL,
  EXPENDITURE_TOTAL,
  FISCAL_CARRYOVER,
  FISCAL_CARRYOVER_SOURCES,
  FISCAL_INCOME_SOURCES,
  INCOME_GRAND_TOTAL,
  INCOME_SOURCES,
  INCOME_TOTAL,
} from './rows';

/** 本年支出合计 = Σ 类; 支出总计 = 本年支出合计 + 年终结转. */
const EXPENDITURE_ROW_TOTALS: readonly RowTotal[] = [
  { kind: 'rows', side: 'expenditure', total: 'expenditureTotal', parts: EXPENDITURE_CLASS_IDS },
  { kind: 'rows', side: 'expenditure', total: 'expenditureGrandTotal', parts: ['expenditureTotal', 'closingCarryover'] },
];

/** 表1 预算收支总表. */
export const SUMMARY: TableTemplate = {
  kind: 'budget.summary',
  number: 1,
  title: '{year}年预算收支总表',
  sheetName: '表1 收支总表',
  columns: [
    label('name', 24, 'income'),
    amount('income', 'income'),
    label('name', 34, 'expenditure'),
    amount('total', 'expenditure'),
    amount('currentYear', 'expenditure'),
    amount('carryover', 'expenditure'),
  ],
  headerRowCount: 2,
  header: [
    { text: '收入', row: 0, col: 0, colSpan: 2 },
    { text: '支出', row: 0, col: 2, colSpan: 4 },
    { text: '项目', row: 1, col: 0 },
    { text: '{year}年', row: 1, col: 1 },
    { text: '项目', row: 1, col: 2 },
    { text: '{year}年合计', row: 1, col: 3 },
    { text: '当年预算安排', row: 1, col: 4 },
    { text: '上年结转安排', row: 1, col: 5 },
  ],
  body: {
    shape: 'twoSided',
    income: INCOME_SOURCES,
    expenditure: EXPENDITURE_CLASSES,
    footer: [
      { income: INCOME_TOTAL, expenditure: EXPENDITURE_TOTAL },
      { income: CARRYOVER, expenditure: CLOSING_CARRYOVER },
      { income: INCOME_GRAND_TOTAL, expenditure: EXPENDITURE_GRAND_TOTAL },
    ],
  },
  columnTotals: [{ side: 'expenditure', total: 'total', parts: ['currentYear', 'carryover'] }],
  rowTotals: [
    { kind: 'rows', side: 'income', total: 'incomeTotal', parts: INCOME_SOURCES.map((row) => row.id) },
    { kind: 'rows', side: 'income', total: 'incomeGrandTotal', parts: ['incomeTotal', 'carryover'] },
    ...EXPENDITURE_ROW_TOTALS,
  ],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表4 财政拨款收支总表. */
export const FISCAL_SUMMARY: TableTemplate = {
  kind: 'budget.fiscalSummary',
  number: 4,
  title: '{year}年财政拨款收支总表',
  sheetName: '表4 财政拨款收支总表',
  columns: [
    label('name', 24, 'income'),
    amount('income', 'income'),
    label('name', 34, 'expenditure'),
    amount('total', 'expenditure'),
    amount('generalPublic', 'expenditure'),
    amount('govFund', 'expenditure'),
    amount('stateCapital', 'expenditure'),
  ],
  headerRowCount: 3,
  header: [
    { text: '收入', row: 0, col: 0, colSpan: 2 },
    { text: '支出', row: 0, col: 2, colSpan: 5 },
    { text: '项目', row: 1, col: 0, rowSpan: 2 },
    { text: '金额', row: 1, col: 1, rowSpan: 2 },
    { text: '项目', row: 1, col: 2, rowSpan: 2 },
    { text: '金额', row: 1, col: 3, colSpan: 4 },
    { text: '小计', row: 2, col: 3 },
    { text: '一般公共预算', row: 2, col: 4 },
    { text: '政府性基金预算', row: 2, col: 5 },
    { text: '国有资本经营预算', row: 2, col: 6 },
  ],
  body: {
    shape: 'twoSided',
    income: FISCAL_INCOME_SOURCES,
    expenditure: EXPENDITURE_CLASSES,
    footer: [
      { income: INCOME_TOTAL, expenditure: EXPENDITURE_TOTAL },
      { income: FISCAL_CARRYOVER, expenditure: CLOSING_CARRYOVER },
      ...FISCAL_CARRYOVER_SOURCES.map((row) => ({ income: row })),
      { income: INCOME_GRAND_TOTAL, expenditure: EXPENDITURE_GRAND_TOTAL },
    ],
  },
  columnTotals: [{ side: 'expenditure', total: 'total', parts: FISCAL_SOURCES }],
  rowTotals: [
    { kind: 'rows', side: 'income', total: 'incomeTotal', parts: FISCAL_INCOME_SOURCES.map((row) => row.id) },
    { kind: 'rows', side: 'income', total: 'carryover', parts: FISCAL_CARRYOVER_SOURCES.map((row) => row.id) },
    { kind: 'rows', side: 'income', total: 'incomeGrandTotal', parts: ['incomeTotal', 'carryover'] },
    ...EXPENDITURE_ROW_TOTALS,
  ],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};
