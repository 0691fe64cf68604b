/**
 * 部门预算公开（13张表）— the seed family: the 13 tables of the 2024 budget disclosure of
 * 阳城县应急管理局, in printed order (`data/seed/yangcheng-emergency-2024-tables.json`).
 */
import type { FamilyTemplate } from '../types';
import { EXPENDITURE, FUND_EXPENDITURE, FUND_INCOME, GENERAL_PUBLIC, INCOME, STATE_CAPITAL } from './coded';
import { BASIC_ECONOMIC, OPERATING, PROJECTS, PROJECTS_CARRYOVER, THREE_PUBLIC } from './others';
import { FISCAL_SUMMARY, SUMMARY } from './summary';

export const BUDGET13: FamilyTemplate = {
  id: 'budget13',
  name: '部门预算公开（13张表）',
  tables: [
    SUMMARY,
    INCOME,
    EXPENDITURE,
    FISCAL_SUMMARY,
    GENERAL_PUBLIC,
    BASIC_ECONOMIC,
    FUND_INCOME,
    FUND_EXPENDITURE,
    STATE_CAPITAL,
    THREE_PUBLIC,
    OPERATING,
    PROJECTS,
    PROJECTS_CARRYOVER,
  ],
};
