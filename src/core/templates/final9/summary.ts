/**
 * The two 决算 totals tables: 收入支出决算总表 (table 1) and 财政拨款收入支出决算总表 (table 4).
 * Two-sided like the seed family's tables 1 and 4; 总计 = 本年合计 + balances on each side. The
 * amount columns are headed 决算数, so they hold `actual` figures.
 * Source: domain guide, "Final accounts (决算), 9 tables" and "Rules that must hold" (two-sided tables).
 */
import { amount, FISCAL_SOURCES, label } from '../budget13/columns';
import { EXPENDITURE_CLASS_IDS, EXPENDITURE_CLASSES } from '../budget13/rows';
import type { TableTemplate } from '../types';
import {
  BALANCE_DISTRIBUTION,
  CLOSING_BALANCE,
  EXPENDITURE_GRAND_TOTAL,
  FINAL_EXPENDITURE_TOTAL,
  FINAL_FISCAL_SOURCES,
  FINAL_INCOME_SOURCES,
  FINAL_INCOME_TOTAL,
  FISCAL_CLOSING_BALANCE,
  FISCAL_OPENING_BALANCE,
  INCOME_GRAND_TOTAL,
  NON_FISCAL_BALANCE_USED,
  OPENING_BALANCE,
} from './rows';

/** 表1 收入支出决算总表: 项目 | 决算数 on each side. */
export const FINAL_SUMMARY: TableTemplate = {
  kind: 'final.summary',
  number: 1,
  title: '{year}年度收入支出决算总表',
  sheetName: '表1 收入支出决算总表',
  columns: [label('name', 32, 'income'), amount('actual', 'income'), label('name', 34, 'expenditure'), amount('actual', 'expenditure')],
  headerRowCount: 2,
  header: [
    { text: '收入', row: 0, col: 0, colSpan: 2 },
    { text: '支出', row: 0, col: 2, colSpan: 2 },
    { text: '项目', row: 1, col: 0 },
    { text: '决算数', row: 1, col: 1 },
    { text: '项目', row: 1, col: 2 },
    { text: '决算数', row: 1, col: 3 },
  ],
  body: {
    shape: 'twoSided',
    income: FINAL_INCOME_SOURCES,
    expenditure: EXPENDITURE_CLASSES,
    footer: [
      { income: FINAL_INCOME_TOTAL, expenditure: FINAL_EXPENDITURE_TOTAL },
      { income: NON_FISCAL_BALANCE_USED, expenditure: BALANCE_DISTRIBUTION },
      { income: OPENING_BALANCE, expenditure: CLOSING_BALANCE },
      { income: INCOME_GRAND_TOTAL, expenditure: EXPENDITURE_GRAND_TOTAL },
    ],
  },
  columnTotals: [],
  rowTotals: [
    { kind: 'rows', side: 'income', total: 'incomeTotal', parts: FINAL_INCOME_SOURCES.map((row) => row.id) },
    { kind: 'rows', side: 'income', total: 'incomeGrandTotal', parts: ['incomeTotal', 'nonFiscalBalanceUsed', 'openingBalance'] },
    { kind: 'rows', side: 'expenditure', total: 'expenditureTotal', parts: EXPENDITURE_CLASS_IDS },
    { kind: 'rows', side: 'expenditure', total: 'expenditureGrandTotal', parts: ['expenditureTotal', 'balanceDistribution', 'closingBalance'] },
  ],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表4 财政拨款收入支出决算总表: expenditure 合计 by the three 财政拨款. */
export const FINAL_FISCAL_SUMMARY: TableTemplate = {
  kind: 'final.fiscalSummary',
  number: 4,
  title: '{year}年度财政拨款收入支出决算总表',
  sheetName: '表4 财政拨款收支决算总表',
  columns: [
    label('name', 30, 'income'),
    amount('actual', 'income'),
    label('name', 34, 'expenditure'),
    amount('actual', 'expenditure'),
    amount('generalPublic', 'expenditure'),
    amount('govFund', 'expenditure'),
    amount('stateCapital', 'expenditure'),
  ],
  headerRowCount: 3,
  header: [
    { text: '收入', row: 0, col: 0, colSpan: 2 },
    { text: '支出', row: 0, col: 2, colSpan: 5 },
    { text: '项目', row: 1, col: 0, rowSpan: 2 },
    { text: '决算数', row: 1, col: 1, rowSpan: 2 },
    { text: '项目', row: 1, col: 2, rowSpan: 2 },
    { text: '决算数', row: 1, col: 3, colSpan: 4 },
    { text: '合计', row: 2, col: 3 },
    { text: '一般公共预算财政拨款', row: 2, col: 4 },
    { text: '政府性基金预算财政拨款', row: 2, col: 5 },
    { text: '国有资本经营预算财政拨款', row: 2, col: 6 },
  ],
  body: {
    shape: 'twoSided',
    income: FINAL_FISCAL_SOURCES,
    expenditure: EXPENDITURE_CLASSES,
    footer: [
      { income: FINAL_INCOME_TOTAL, expenditure: FINAL_EXPENDITURE_TOTAL },
      { income: FISCAL_OPENING_BALANCE, expenditure: FISCAL_CLOSING_BALANCE },
      { income: INCOME_GRAND_TOTAL, expenditure: EXPENDITURE_GRAND_TOTAL },
    ],
  },
  columnTotals: [{ side: 'expenditure', total: 'actual', parts: FISCAL_SOURCES }],
  rowTotals: [
    { kind: 'rows', side: 'income', total: 'incomeTotal', parts: FINAL_FISCAL_SOURCES.map((row) => row.id) },
    { kind: 'rows', side: 'income', total: 'incomeGrandTotal', parts: ['incomeTotal', 'openingBalance'] },
    { kind: 'rows', side: 'expenditure', total: 'expenditureTotal', parts: EXPENDITURE_CLASS_IDS },
    { kind: 'rows', side: 'expenditure', total: 'expenditureGrandTotal', parts: ['expenditureTotal', 'closingBalance'] },
  ],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};
