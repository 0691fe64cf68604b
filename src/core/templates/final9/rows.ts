/**
 * 固定行 of the 决算 family: income sources, balances and 总计 of the two 决算总表, and the 三公 rows.
 *
 * Source: domain guide, "Final accounts (决算), 9 tables" (income sources incl. 上级补助收入, 事业收入,
 * 经营收入, 附属单位上缴收入, 其他收入; balances 年初结转和结余 / 年末结转和结余); the 30 expenditure
 * classes are the seed family's (`../budget13/rows.ts`).
 */
import type { FixedRow } from '../types';

/** 收入 side of 收入支出决算总表: the 财政拨款 sources, then the unit's own sources. */
export const FINAL_INCOME_SOURCES: readonly FixedRow[] = [
  { id: 'generalPublic', label: '一、一般公共预算财政拨款收入', role: 'item' },
  { id: 'govFund', label: '二、政府性基金预算财政拨款收入', role: 'item' },
  { id: 'stateCapital', label: '三、国有资本经营预算财政拨款收入', role: 'item' },
  { id: 'superiorSubsidy', label: '四、上级补助收入', role: 'item' },
  { id: 'businessIncome', label: '五、事业收入', role: 'item' },
  { id: 'operatingIncome', label: '六、经营收入', role: 'item' },
  { id: 'affiliatedIncome', label: '七、附属单位上缴收入', role: 'item' },
  { id: 'otherIncome', label: '八、其他收入', role: 'item' },
];

/** 收入 side of 财政拨款收入支出决算总表: the three 财政拨款. */
export const FINAL_FISCAL_SOURCES: readonly FixedRow[] = [
  { id: 'generalPublic', label: '一、一般公共预算财政拨款', role: 'item' },
  { id: 'govFund', label: '二、政府性基金预算财政拨款', role: 'item' },
  { id: 'stateCapital', label: '三、国有资本经营预算财政拨款', role: 'item' },
];

export const FINAL_INCOME_TOTAL: FixedRow = { id: 'incomeTotal', label: '本年收入合计', role: 'total' };
export const FINAL_EXPENDITURE_TOTAL: FixedRow = { id: 'expenditureTotal', label: '本年支出合计', role: 'total' };
export const NON_FISCAL_BALANCE_USED: FixedRow = { id: 'nonFiscalBalanceUsed', label: '使用非财政拨款结余', role: 'footer' };
export const BALANCE_DISTRIBUTION: FixedRow = { id: 'balanceDistribution', label: '结余分配', role: 'footer' };
export const OPENING_BALANCE: FixedRow = { id: 'openingBalance', label: '年初结转和结余', role: 'footer' };
export const CLOSING_BALANCE: FixedRow = { id: 'closingBalance', label: '年末结转和结余', role: 'footer' };
export const FISCAL_OPENING_BALANCE: FixedRow = { id: 'openingBalance', label: '年初财政拨款结转和结余', role: 'footer' };
export const FISCAL_CLOSING_BALANCE: FixedRow = { id: 'closingBalance', label: '年末财政拨款结转和结余', role: 'footer' };
export const INCOME_GRAND_TOTAL: FixedRow = { id: 'incomeGrandTotal', label: '总计', role: 'total' };
export const EXPENDITURE_GRAND_TOTAL: FixedRow = { id: 'expenditureGrandTotal', label: '总计', role: 'total' };

/** "三公"经费 rows of the 决算 table, 合计 first as the 决算 tables print it. */
export const FINAL_THREE_PUBLIC_ROWS: readonly FixedRow[] = [
  { id: 'total', label: '合计', role: 'total' },
  { id: 'abroad', label: '因公出国（境）费', role: 'item' },
  { id: 'vehicles', label: '公务用车购置及运行费', role: 'item' },
  { id: 'vehiclePurchase', label: '其中：公务用车购置费', role: 'item' },
  { id: 'vehicleOperation', label: '公务用车运行维护费', role: 'item' },
  { id: 'reception', label: '公务接待费', role: 'item' },
];
