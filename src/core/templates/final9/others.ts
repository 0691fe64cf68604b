/**
 * 决算 tables 6 and 7: the basic-expenditure table in its two-column-pair form (人员经费 | 公用经费,
 * each 科目编码 | 科目名称 | 决算数) and the "三公" table with 预算数 and 决算数 side by side.
 * Source: domain guide, "Final accounts (决算), 9 tables".
 */
import { amount, label } from '../budget13/columns';
import type { TableTemplate } from '../types';
import { FINAL_THREE_PUBLIC_ROWS } from './rows';

/** 表6 一般公共预算财政拨款基本支出决算表 — groups of the 部门预算支出经济分类 (301/303 人员, 302/310 公用). */
export const FINAL_BASIC_ECONOMIC: TableTemplate = {
  kind: 'final.basicEconomic',
  number: 6,
  title: '{year}年度一般公共预算财政拨款基本支出决算表',
  sheetName: '表6 基本支出决算表',
  // Economic codes stay in one column whatever the function-code layout (经济分类 has no 类/款/项).
  columns: [
    label('econCode', 10, 'left'),
    label('name', 26, 'left'),
    amount('personnel', 'left'),
    label('econCode', 10, 'right'),
    label('name', 26, 'right'),
    amount('publicUse', 'right'),
  ],
  headerRowCount: 2,
  header: [
    { text: '人员经费', row: 0, col: 0, colSpan: 3 },
    { text: '公用经费', row: 0, col: 3, colSpan: 3 },
    { text: '科目编码', row: 1, col: 0 },
    { text: '科目名称', row: 1, col: 1 },
    { text: '决算数', row: 1, col: 2 },
    { text: '科目编码', row: 1, col: 3 },
    { text: '科目名称', row: 1, col: 4 },
    { text: '决算数', row: 1, col: 5 },
  ],
  body: {
    shape: 'economicPairs',
    left: {
      totalLabel: '人员经费合计',
      blankGroups: [
        ['301', '工资福利支出'],
        ['303', '对个人和家庭的补助'],
      ],
    },
    right: {
      totalLabel: '公用经费合计',
      blankGroups: [
        ['302', '商品和服务支出'],
        ['310', '资本性支出'],
      ],
    },
  },
  columnTotals: [],
  rowTotals: [{ kind: 'groups' }],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};

/** 表7 一般公共预算财政拨款“三公”经费支出决算表. */
export const FINAL_THREE_PUBLIC: TableTemplate = {
  kind: 'final.threePublic',
  number: 7,
  title: '{year}年度一般公共预算财政拨款“三公”经费支出决算表',
  sheetName: '表7 三公经费支出决算表',
  columns: [label('name', 30), amount('budgeted'), amount('actual')],
  headerRowCount: 1,
  header: [
    { text: '项目', row: 0, col: 0 },
    { text: '预算数', row: 0, col: 1 },
    { text: '决算数', row: 0, col: 2 },
  ],
  body: { shape: 'fixed', rows: FINAL_THREE_PUBLIC_ROWS },
  columnTotals: [],
  rowTotals: [
    { kind: 'rows', side: 'main', total: 'vehicles', parts: ['vehiclePurchase', 'vehicleOperation'] },
    { kind: 'rows', side: 'main', total: 'total', parts: ['abroad', 'vehicles', 'reception'] },
  ],
  numberFormat: '#,##0.00',
  emptyNote: '注：本表无数据',
};
