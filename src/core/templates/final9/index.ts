/**
 * 部门决算公开（9张表）— the final-accounts family, in the order 财预〔2016〕143号 lists it
 * (domain guide, "Other families and layouts" → Final accounts (决算), 9 tables).
 */
import type { FamilyTemplate } from '../types';
import { FINAL_EXPENDITURE, FINAL_FUND, FINAL_GENERAL_PUBLIC, FINAL_INCOME, FINAL_STATE_CAPITAL } from './coded';
import { FINAL_BASIC_ECONOMIC, FINAL_THREE_PUBLIC } from './others';
import { FINAL_FISCAL_SUMMARY, FINAL_SUMMARY } from './summary';

export const FINAL9: FamilyTemplate = {
  id: 'final9',
  name: '部门决算公开（9张表）',
  tables: [
    FINAL_SUMMARY,
    FINAL_INCOME,
    FINAL_EXPENDITURE,
    FINAL_FISCAL_SUMMARY,
    FINAL_GENERAL_PUBLIC,
    FINAL_BASIC_ECONOMIC,
    FINAL_THREE_PUBLIC,
    FINAL_FUND,
    FINAL_STATE_CAPITAL,
  ],
};
