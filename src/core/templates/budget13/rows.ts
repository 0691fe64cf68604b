/**
 * 固定行 — rows the seed family prints for every department.
 *
 * Source: the seed's tables 1 and 4 (`data/seed/yangcheng-emergency-2024-tables.json`); the
 * 类 codes are those of the 2024 政府收支分类科目 (`data/subjects/subject-codes.tsv`).
 */
import type { FixedRow } from '../types';

/** The 30 expenditure function classes (类) of tables 1 and 4, in printed order, with their codes. */
const CLASSES: readonly (readonly [code: string, label: string])[] = [
  ['201', '一、一般公共服务支出'],
  ['202', '二、外交支出'],
  ['203', '三、国防支出'],
  ['204', '四、公共安全支出'],
  ['205', '五、教育支出'],
  ['206', '六、科学技术支出'],
  ['207', '七、文化旅游体育与传媒支出'],
  ['208', '八、社会保障和就业支出'],
  ['209', '九、社会保险基金支出'],
  ['210', '十、卫生健康支出'],
  ['211', '十一、节能环保支出'],
  ['212', '十二、城乡社区支出'],
  ['213', '十三、农林水支出'],
  ['214', '十四、交通运输支出'],
  ['215', '十五、资源勘探工业信息等支出'],
  ['216', '十六、商业服务业等支出'],
  ['217', '十七、金融支出'],
  ['219', '十八、援助其他地区支出'],
  ['220', '十九、自然资源海洋气象等支出'],
  ['221', '二十、住房保障支出'],
  ['222', '二十一、粮油物资储备支出'],
  ['223', '二十二、国有资本经营预算支出'],
  ['224', '二十三、灾害防治及应急管理支出'],
  ['227', '二十四、预备费'],
  ['229', '二十五、其他支出'],
  ['230', '二十六、转移性支出'],
  ['231', '二十七、债务还本支出'],
  ['232', '二十八、债务付息支出'],
  ['233', '二十九、债务发行费用支出'],
  ['234', '三十、抗疫特别国债安排的支出'],
];

/** 支出功能分类 类 rows; the id is the 类 code, so rules can match them with coded tables. */
export const EXPENDITURE_CLASSES: readonly FixedRow[] = CLASSES.map(([code, label]) => ({
  id: code,
  label,
  code,
  role: 'item',
}));

/** The ids of the 30 class rows, for the row totals. */
export const EXPENDITURE_CLASS_IDS: readonly string[] = EXPENDITURE_CLASSES.map((row) => row.id);

/** Funding sources of table 1 (收入 side). */
export const INCOME_SOURCES: readonly FixedRow[] = [
  { id: 'generalPublic', label: '一、一般公共预算', role: 'item' },
  { id: 'govFund', label: '二、政府性基金预算', role: 'item' },
  { id: 'stateCapital', label: '三、国有资本经营预算', role: 'item' },
  { id: 'specialAccount', label: '四、财政专户管理资金', role: 'item' },
  { id: 'unitFunds', label: '五、单位资金', role: 'item' },
];

/** Funding sources of table 4 (财政拨款 only). */
export const FISCAL_INCOME_SOURCES: readonly FixedRow[] = INCOME_SOURCES.slice(0, 3);

/** 上年财政拨款结转 by source, table 4's income footer. */
export const FISCAL_CARRYOVER_SOURCES: readonly FixedRow[] = [
  { id: 'carryoverGeneralPublic', label: '一、一般公共预算', role: 'footer' },
  { id: 'carryoverGovFund', label: '二、政府性基金预算', role: 'footer' },
  { id: 'carryoverStateCapital', label: '三、国有资本经营预算', role: 'footer' },
];

export const INCOME_TOTAL: FixedRow = { id: 'incomeTotal', label: '本年收入合计', role: 'total' };
export const EXPENDITURE_TOTAL: FixedRow = { id: 'expenditureTotal', label: '本年支出合计', role: 'total' };
export const CARRYOVER: FixedRow = { id: 'carryover', label: '上年结转', role: 'footer' };
export const FISCAL_CARRYOVER: FixedRow = { id: 'carryover', label: '上年财政拨款结转', role: 'footer' };
export const CLOSING_CARRYOVER: FixedRow = { id: 'closingCarryover', label: '年终结转', role: 'footer' };
export const INCOME_GRAND_TOTAL: FixedRow = { id: 'incomeGrandTotal', label: '收入总计', role: 'total' };
export const EXPENDITURE_GRAND_TOTAL: FixedRow = { id: 'expenditureGrandTotal', label: '支出总计', role: 'total' };

/** "三公"经费 rows of table 10, as printed. */
export const THREE_PUBLIC_ROWS: readonly FixedRow[] = [
  { id: 'abroad', label: '因公出国（境）费', role: 'item' },
  { id: 'reception', label: '公务接待费', role: 'item' },
  { id: 'vehicles', label: '公务用车购置及运行费', role: 'item' },
  { id: 'vehiclePurchase', label: '①公务用车购置费', role: 'item' },
  { id: 'vehicleOperation', label: '②公务用车运行维护费', role: 'item' },
  { id: 'total', label: '合计', role: 'total' },
];
