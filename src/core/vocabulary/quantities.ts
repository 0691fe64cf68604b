/**
 * 数量词表 — the quantities a disclosure states, declared once: the phrase the generator prints, the
 * aliases a text may use instead, the facets that say what the figure is, where the tables print it
 * (in order of preference), and the 参数 fields for what they do not (last year's figure, or the
 * figure itself where no table holds it). Subjects (every 类/款/项 and economic item of the workbook)
 * are quantities too, made from the tables' own coded rows (subjects.ts).
 *
 * The same quantity printed in two tables must agree (rules/sameQuantity.ts); the 情况说明 generator
 * prints every figure through these phrases, and the checker binds what a text says back to them.
 * Source: issue 12 item 1; issue 13 item 8; domain guide, "Rules that must hold" → Cross-table (each
 * pairing of the seed family is a printing of one quantity here) and "The explanation (情况说明)".
 */
import type { TableKind } from '../kinds';
import type { ColumnKey } from '../model';
import type { Facets, Fund } from './facets';
import { FUND_NAMES, ITEM_NAMES } from './facets';
import type { ColumnPick, Printing, PrintingCondition, RowPick } from './printings';

/** 数量 — one quantity of the vocabulary. */
export interface Quantity {
  readonly id: string;
  /** The phrase the generator prints, e.g. "收入总计". */
  readonly phrase: string;
  /** Other wordings a text may use for it. */
  readonly aliases: readonly string[];
  readonly facets: Facets;
  /** Where the tables print it, most preferred first. */
  readonly printed: readonly Printing[];
  /** The 参数 field that states it where no table does (政府采购, 绩效, 国有资产 …). */
  readonly param?: string;
  /** The 参数 fields whose sum it is, where no table and no one field states it (政府采购预算总额, 实有车辆). */
  readonly paramSum?: readonly string[];
  /** A count (个, 辆), not an amount. */
  readonly count?: boolean;
  /** The 参数 field of last year's figure, for 比上年 statements. */
  readonly lastYear?: string;
  /** The 参数 field of the reason for its change. */
  readonly reason?: string;
}

const SUMMARY: readonly TableKind[] = ['budget.summary'];
const INCOME: readonly TableKind[] = ['budget.income'];
const EXPENDITURE: readonly TableKind[] = ['budget.expenditure'];
const FISCAL: readonly TableKind[] = ['budget.fiscalSummary'];
const GENERAL_PUBLIC: readonly TableKind[] = ['budget.generalPublic'];
const ECONOMIC: readonly TableKind[] = ['budget.basicEconomic'];
const THREE_PUBLIC: readonly TableKind[] = ['budget.threePublic', 'budget.threePublicAndOperating'];
const COMBINED: readonly TableKind[] = ['budget.threePublicAndOperating'];
const PROJECTS: readonly TableKind[] = ['budget.projects'];
const F_SUMMARY: readonly TableKind[] = ['final.summary'];
const F_INCOME: readonly TableKind[] = ['final.income'];
const F_EXPENDITURE: readonly TableKind[] = ['final.expenditure'];
const F_FISCAL: readonly TableKind[] = ['final.fiscalSummary'];
const F_GENERAL_PUBLIC: readonly TableKind[] = ['final.generalPublic'];
const F_ECONOMIC: readonly TableKind[] = ['final.basicEconomic'];
const F_THREE_PUBLIC: readonly TableKind[] = ['final.threePublic'];

/** A printing: in tables of `kinds`, at `at`, in `columns` (summed) — or in the side's one column. */
export function printing(kinds: readonly TableKind[], at: RowPick, columns: readonly ColumnKey[] | ColumnPick, when?: PrintingCondition): Printing {
  const pick: ColumnPick = Array.isArray(columns) ? { keys: columns as readonly ColumnKey[] } : (columns as ColumnPick);
  return when ? { kinds, at, columns: pick, when } : { kinds, at, columns: pick };
}

const TOTAL: RowPick = { row: 'total' };
const FIRST: ColumnPick = { first: true };
const side = (row: 'subtotal' | 'carry' | 'grand', of: 'income' | 'expenditure' | 'economic'): RowPick => ({ row, side: of });
/** A line of the 收支总表's third side, by use (the 12-table family's 收入 | 功能分类 | 支出用途). */
const useLine = (name: string): RowPick => ({ row: 'useLine', name });

function quantity(id: string, phrase: string, facets: Facets, printed: readonly Printing[], extra: Partial<Omit<Quantity, 'id' | 'phrase' | 'facets' | 'printed'>> = {}): Quantity {
  return { id, phrase, aliases: extra.aliases ?? [], facets, printed, ...extra };
}

/** 收入 by fund: each printed on the 收支总表's fund line and in the 收入总表's 合计 row. */
function incomeByFund(fund: Fund, extra: readonly Printing[] = []): Quantity {
  const name = FUND_NAMES[fund];
  const phrase = fund === 'businessIncome' || fund === 'operatingIncome' || fund === 'otherIncome' || fund === 'superiorSubsidy' || fund === 'affiliatedIncome' ? name : `${name}拨款收入`;
  return quantity(`income.${fund}`, phrase, { flow: 'income', fund, timing: 'current' }, [
    printing(SUMMARY, { row: 'fundLine', fund }, FIRST),
    printing(INCOME, TOTAL, [fund]),
    ...extra,
  ], { aliases: [`${name}收入`, name] });
}

/** “三公” and its items, printed as rows (表10) or across one line (the 9-table family's 三公 table). */
type ThreePublicItem = 'threePublic' | 'abroad' | 'reception' | 'vehicles' | 'vehiclePurchase' | 'vehicleRunning';

/** Other wordings of the “三公” items, besides the name and the name with 支出. */
const THREE_PUBLIC_ALIASES: Readonly<Record<ThreePublicItem, readonly string[]>> = {
  threePublic: ['三公经费', '“三公”经费预算', '“三公”经费合计'],
  abroad: ['因公出国(境)费', '因公出国费'],
  reception: [],
  vehicles: ['公务用车购置及运行维护费', '公务用车费'],
  vehiclePurchase: ['购置费'],
  vehicleRunning: ['公务用车运行费', '运行维护费', '运行费'],
};

function threePublicAliases(item: ThreePublicItem): string[] {
  return [...THREE_PUBLIC_ALIASES[item], ...[ITEM_NAMES[item], ...THREE_PUBLIC_ALIASES[item]].map((name) => `${name}支出`)];
}

/** “三公” and its items, printed as rows (表10) or across one line (the 9-table family's 三公 table). */
function threePublicItem(item: ThreePublicItem, lastYear: string, reason: string): Quantity {
  const column: ColumnKey = item === 'threePublic' ? 'threePublic' : (item as ColumnKey);
  return quantity(`threePublic.${item}`, ITEM_NAMES[item], { item, scope: 'fiscal', fund: 'generalPublic', measure: 'budget' }, [
    printing(THREE_PUBLIC, { row: 'item', item }, ['total']),
    printing(THREE_PUBLIC, { row: 'only' }, [column]),
  ], { lastYear, reason, aliases: threePublicAliases(item) });
}

/** 决算 “三公”: 预算数 and 决算数 of each item, as rows or across. */
function finalThreePublic(item: ThreePublicItem, measure: 'budgeted' | 'actual'): Quantity {
  return quantity(`final.threePublic.${item}.${measure}`, ITEM_NAMES[item], { item, scope: 'fiscal', fund: 'generalPublic', measure: measure === 'actual' ? 'final' : 'budget' }, [
    printing(F_THREE_PUBLIC, { row: 'item', item }, [measure]),
    printing(F_THREE_PUBLIC, { row: 'only' }, { item: item === 'threePublic' ? 'total' : item, measure }),
  ], { aliases: threePublicAliases(item) });
}

/** The declared quantities (subjects are added per workbook: subjects.ts). */
export const QUANTITIES: readonly Quantity[] = [
  // 一 收支总体 (表1, 表2, 表3)
  quantity('income.grand', '收入总计', { flow: 'income', level: 'grand' }, [printing(SUMMARY, side('grand', 'income'), FIRST)], {
    aliases: ['预算收入总计', '收入预算总计', '收入总预算', '收入预算总额', '部门预算收入', '收入预算', '预算收入'],
    lastYear: 'lastYear.incomeTotal',
    reason: 'reason.income',
  }),
  quantity('income.current', '本年收入', { flow: 'income', timing: 'current', level: 'total' }, [
    printing(SUMMARY, side('subtotal', 'income'), FIRST),
    printing(INCOME, TOTAL, ['total']),
  ], { aliases: ['本年收入合计', '当年收入', '本年收入预算'] }),
  quantity('income.carryover', '上年结转', { flow: 'income', timing: 'carryover' }, [
    printing(SUMMARY, side('carry', 'income'), FIRST),
    printing(INCOME, TOTAL, ['carryover']),
  ], { aliases: ['上年结转收入', '上年结转资金', '上年结余结转'] }),
  incomeByFund('generalPublic', [printing(FISCAL, { row: 'fundLine', fund: 'generalPublic' }, FIRST)]),
  incomeByFund('govFund', [printing(FISCAL, { row: 'fundLine', fund: 'govFund' }, FIRST), printing(['budget.fundIncome'], TOTAL, ['total'])]),
  incomeByFund('stateCapital', [printing(FISCAL, { row: 'fundLine', fund: 'stateCapital' }, FIRST)]),
  incomeByFund('specialAccount'),
  incomeByFund('unitFunds'),
  incomeByFund('fiscal'),
  incomeByFund('businessIncome'),
  incomeByFund('operatingIncome'),
  incomeByFund('otherIncome'),
  quantity('expenditure.grand', '支出总计', { flow: 'expenditure', level: 'grand' }, [printing(SUMMARY, side('grand', 'expenditure'), ['total'])], {
    aliases: ['预算支出总计', '支出预算总计', '支出总预算', '支出预算总额', '部门预算支出', '支出预算', '预算支出'],
    lastYear: 'lastYear.expenditureTotal',
    reason: 'reason.expenditure',
  }),
  quantity('expenditure.grand.current', '本年预算安排', { flow: 'expenditure', level: 'grand', timing: 'current' }, [
    printing(SUMMARY, side('grand', 'expenditure'), ['currentYear']),
  ], { aliases: ['当年预算安排', '本年安排'] }),
  quantity('expenditure.grand.carryover', '上年结转安排', { flow: 'expenditure', level: 'grand', timing: 'carryover' }, [
    printing(SUMMARY, side('grand', 'expenditure'), ['carryover']),
  ], { aliases: ['上年结转'] }),
  quantity('expenditure.total', '本年支出合计', { flow: 'expenditure', level: 'total' }, [
    printing(SUMMARY, side('subtotal', 'expenditure'), ['total']),
    printing(EXPENDITURE, TOTAL, ['total']),
    printing(SUMMARY, side('subtotal', 'economic'), FIRST),
  ], { aliases: ['本年支出'] }),
  quantity('expenditure.basic', '基本支出', { flow: 'expenditure', split: 'basic' }, [
    printing(EXPENDITURE, TOTAL, ['basic']),
    printing(SUMMARY, side('grand', 'expenditure'), ['basic']),
    printing(SUMMARY, useLine('基本支出'), FIRST),
    printing(GENERAL_PUBLIC, TOTAL, ['basic'], 'onlyGeneralPublicCurrent'),
  ]),
  quantity('expenditure.project', '项目支出', { flow: 'expenditure', split: 'project' }, [
    printing(EXPENDITURE, TOTAL, ['project']),
    printing(SUMMARY, side('grand', 'expenditure'), ['project']),
    printing(SUMMARY, useLine('项目支出'), FIRST),
    printing(GENERAL_PUBLIC, TOTAL, ['project'], 'onlyGeneralPublicCurrent'),
  ]),
  quantity('expenditure.personnel', '人员经费', { flow: 'expenditure', split: 'personnel' }, [
    printing(SUMMARY, side('grand', 'expenditure'), ['personnel']),
    printing(SUMMARY, useLine('人员经费'), FIRST),
    printing(ECONOMIC, TOTAL, ['personnel'], 'onlyGeneralPublicCurrent'),
  ]),
  quantity('expenditure.publicUse', '公用经费', { flow: 'expenditure', split: 'publicUse' }, [
    printing(SUMMARY, side('grand', 'expenditure'), ['publicUse']),
    printing(SUMMARY, useLine('公用经费'), FIRST),
    printing(ECONOMIC, TOTAL, ['publicUse'], 'onlyGeneralPublicCurrent'),
  ]),

  // 四 财政拨款收支 (表4, 表7–表9)
  quantity('fiscal.grand', '财政拨款收支总预算', { scope: 'fiscal', level: 'grand' }, [printing(FISCAL, side('grand', 'income'), FIRST)], {
    aliases: ['财政拨款收支总计', '财政拨款收入总计', '财政拨款支出总计', '财政拨款收支预算总额'],
  }),
  quantity('fiscal.current', '当年拨款收入', { scope: 'fiscal', flow: 'income', timing: 'current' }, [printing(FISCAL, side('subtotal', 'income'), FIRST)], {
    aliases: ['当年拨款', '财政拨款本年收入', '本年财政拨款收入'],
  }),
  quantity('fiscal.carryover', '上年结转收入', { scope: 'fiscal', timing: 'carryover' }, [
    printing(FISCAL, side('carry', 'income'), FIRST),
    printing(SUMMARY, side('carry', 'income'), FIRST, 'noNonFiscalIncome'),
  ], { aliases: ['上年财政拨款结转', '财政拨款上年结转'] }),
  quantity('fiscal.generalPublic', '一般公共预算拨款', { scope: 'fiscal', flow: 'expenditure', fund: 'generalPublic' }, [
    printing(FISCAL, side('grand', 'expenditure'), ['generalPublic']),
  ], { aliases: ['一般公共预算拨款支出'] }),
  quantity('fiscal.govFund', '政府性基金预算拨款', { scope: 'fiscal', flow: 'expenditure', fund: 'govFund' }, [
    printing(FISCAL, side('subtotal', 'expenditure'), ['govFund']),
    printing(['budget.fundExpenditure'], TOTAL, ['total']),
  ], { aliases: ['政府性基金预算拨款支出', '政府性基金拨款支出', '政府性基金支出', '政府性基金预算支出'] }),
  quantity('fiscal.stateCapital', '国有资本经营预算拨款', { scope: 'fiscal', flow: 'expenditure', fund: 'stateCapital' }, [
    printing(FISCAL, side('subtotal', 'expenditure'), ['stateCapital']),
    printing(['budget.stateCapital'], TOTAL, ['total']),
  ], { aliases: ['国有资本经营预算拨款支出', '国有资本经营拨款支出', '国有资本经营预算支出'] }),

  // 五、六 一般公共预算 (表5, 表6, 表12)
  quantity('generalPublic.current', '一般公共预算当年拨款', { flow: 'expenditure', fund: 'generalPublic', timing: 'current' }, [
    printing(GENERAL_PUBLIC, TOTAL, ['total']),
  ], {
    // 编报部门整体绩效目标，涉及部门预算资金…: the seed's 绩效 paragraph states it too.
    aliases: ['一般公共预算支出', '一般公共预算当年拨款支出', '一般公共预算当年支出', '一般公共预算拨款支出', '部门整体绩效目标涉及部门预算资金'],
    lastYear: 'lastYear.generalPublicCurrent',
    reason: 'reason.generalPublicCurrent',
  }),
  quantity('generalPublic.basic', '一般公共预算基本支出', { flow: 'expenditure', fund: 'generalPublic', timing: 'current', split: 'basic' }, [
    printing(GENERAL_PUBLIC, TOTAL, ['basic']),
    printing(ECONOMIC, TOTAL, ['total']),
  ], { aliases: ['一般公共预算安排基本支出', '一般公共预算安排的基本支出', '一般公共预算财政拨款基本支出', '一般公共预算拨款基本支出'] }),
  quantity('generalPublic.project', '一般公共预算项目支出', { flow: 'expenditure', fund: 'generalPublic', timing: 'current', split: 'project' }, [
    printing(GENERAL_PUBLIC, TOTAL, ['project']),
    printing(PROJECTS, TOTAL, ['generalPublic']),
  ], { aliases: ['一般公共预算安排项目支出', '纳入绩效目标管理的二级项目共计金额'] }),
  quantity('generalPublic.personnel', '人员经费', { flow: 'expenditure', fund: 'generalPublic', timing: 'current', split: 'personnel' }, [
    printing(ECONOMIC, TOTAL, ['personnel']),
  ]),
  quantity('generalPublic.publicUse', '公用经费', { flow: 'expenditure', fund: 'generalPublic', timing: 'current', split: 'publicUse' }, [
    printing(ECONOMIC, TOTAL, ['publicUse']),
  ]),
  quantity('projects.carryover', '上年结转项目支出', { flow: 'expenditure', split: 'project', timing: 'carryover' }, [
    printing(['budget.projectsCarryover'], TOTAL, ['total']),
    printing(INCOME, TOTAL, ['carryover']),
  ]),

  // 七 “三公”, 八 机关运行经费 (表10, 表11; the 9-table family's combined table)
  threePublicItem('threePublic', 'lastYear.threePublic', 'reason.threePublic'),
  threePublicItem('abroad', 'lastYear.abroad', 'reason.abroad'),
  threePublicItem('reception', 'lastYear.reception', 'reason.reception'),
  threePublicItem('vehicles', 'lastYear.vehicle', 'reason.vehicle'),
  threePublicItem('vehiclePurchase', 'lastYear.vehiclePurchase', 'reason.vehiclePurchase'),
  threePublicItem('vehicleRunning', 'lastYear.vehicleOperation', 'reason.vehicleOperation'),
  quantity('operating', '机关运行经费', { item: 'operating', scope: 'fiscal', measure: 'budget' }, [
    printing(['budget.operating'], TOTAL, ['total']),
    printing(COMBINED, { row: 'item', item: 'operating' }, ['total']),
    printing(COMBINED, { row: 'only' }, ['operating']),
  ], { lastYear: 'lastYear.operating', reason: 'reason.operating', aliases: ['机关运行经费预算', '财政拨款的机关运行经费'] }),
  quantity('meeting', '会议费', { item: 'meeting', measure: 'budget' }, [
    printing(['budget.threePublic', 'budget.meetingTraining'], { row: 'only' }, ['meeting']),
    printing(['budget.threePublic', 'budget.meetingTraining'], { row: 'item', item: 'meeting' }, ['total']),
  ]),
  quantity('training', '培训费', { item: 'training', measure: 'budget' }, [
    printing(['budget.threePublic', 'budget.meetingTraining'], { row: 'only' }, ['training']),
    printing(['budget.threePublic', 'budget.meetingTraining'], { row: 'item', item: 'training' }, ['total']),
  ]),

  // 九–十二: what only 参数 holds
  quantity('procurement', '政府采购预算总额', { item: 'procurement' }, [printing(['budget.procurement'], TOTAL, ['total'])], {
    paramSum: ['procurement.goods', 'procurement.works', 'procurement.services'],
    aliases: ['政府采购预算', '政府采购金额', '政府采购支出总额', '政府采购支出'],
  }),
  quantity('procurement.goods', '政府采购货物预算', { item: 'procurementGoods' }, [], { param: 'procurement.goods', aliases: ['货物采购', '政府采购货物', '政府采购货物支出'] }),
  quantity('procurement.works', '政府采购工程预算', { item: 'procurementWorks' }, [], { param: 'procurement.works', aliases: ['工程采购', '政府采购工程', '政府采购工程支出'] }),
  quantity('procurement.services', '政府采购服务预算', { item: 'procurementServices' }, [], { param: 'procurement.services', aliases: ['服务采购', '政府采购服务', '政府采购服务支出'] }),
  quantity('performance.projects', '纳入绩效目标管理的二级项目', {}, [], { count: true, paramSum: ['performance.operatingProjects', 'performance.specificProjects'] }),
  quantity('vehicles', '实有车辆', {}, [], {
    count: true,
    paramSum: ['vehicles.leader', 'vehicles.confidential', 'vehicles.emergency', 'vehicles.lawEnforcement', 'vehicles.special', 'vehicles.institution', 'vehicles.other'],
    aliases: ['车辆', '公务用车', '实有', '公务用车实有'],
  }),
  quantity('procurement.smallMedium', '授予中小企业合同金额', { item: 'procurement' }, [], { aliases: ['面向中小企业预留', '预留中小企业'] }),
  quantity('procurement.smallMicro', '授予小微企业合同金额', { item: 'procurement' }, [], { aliases: ['面向小微企业'] }),

  // 决算 (final accounts, 9 tables)
  quantity('final.income.grand', '收入总计', { flow: 'income', level: 'grand', measure: 'final' }, [printing(F_SUMMARY, side('grand', 'income'), FIRST)], {
    aliases: ['收入支出总计', '收支总计'],
  }),
  quantity('final.income.current', '本年收入合计', { flow: 'income', timing: 'current', level: 'total', measure: 'final' }, [
    printing(F_SUMMARY, side('subtotal', 'income'), FIRST),
    printing(F_INCOME, TOTAL, ['total']),
  ], { aliases: ['本年收入'] }),
  quantity('final.income.opening', '年初结转和结余', { flow: 'income', timing: 'opening', measure: 'final' }, [printing(F_SUMMARY, side('carry', 'income'), FIRST)], {
    aliases: ['年初结转结余', '年初结转'],
  }),
  quantity('final.income.fiscal', '财政拨款收入', { flow: 'income', fund: 'fiscal', timing: 'current', measure: 'final' }, [printing(F_INCOME, TOTAL, ['fiscal'])]),
  quantity('final.income.other', '其他收入', { flow: 'income', fund: 'otherIncome', timing: 'current', measure: 'final' }, [
    printing(F_INCOME, TOTAL, ['otherIncome']),
    printing(F_SUMMARY, { row: 'fundLine', fund: 'otherIncome' }, FIRST),
  ]),
  quantity('final.expenditure.total', '本年支出合计', { flow: 'expenditure', level: 'total', measure: 'final' }, [
    printing(F_SUMMARY, side('subtotal', 'expenditure'), FIRST),
    printing(F_EXPENDITURE, TOTAL, ['total']),
  ], { aliases: ['本年支出'] }),
  quantity('final.expenditure.closing', '年末结转和结余', { flow: 'expenditure', timing: 'closing', measure: 'final' }, [
    printing(F_SUMMARY, side('carry', 'expenditure'), FIRST),
  ], { aliases: ['年末结转结余', '年末结转'] }),
  quantity('final.expenditure.grand', '支出总计', { flow: 'expenditure', level: 'grand', measure: 'final' }, [printing(F_SUMMARY, side('grand', 'expenditure'), FIRST)]),
  quantity('final.expenditure.basic', '基本支出', { flow: 'expenditure', split: 'basic', measure: 'final' }, [printing(F_EXPENDITURE, TOTAL, ['basic'])]),
  quantity('final.expenditure.project', '项目支出', { flow: 'expenditure', split: 'project', measure: 'final' }, [printing(F_EXPENDITURE, TOTAL, ['project'])]),
  quantity('final.fiscal.grand', '财政拨款收入支出总计', { scope: 'fiscal', level: 'grand', measure: 'final' }, [printing(F_FISCAL, side('grand', 'income'), FIRST)], {
    aliases: ['财政拨款收支总计'],
  }),
  quantity('final.generalPublic', '一般公共预算财政拨款支出', { flow: 'expenditure', fund: 'generalPublic', measure: 'final' }, [
    printing(F_GENERAL_PUBLIC, TOTAL, ['total']),
    printing(F_GENERAL_PUBLIC, TOTAL, ['actual']),
  ], { aliases: ['一般公共预算财政拨款支出决算'] }),
  quantity('final.generalPublic.budget', '一般公共预算财政拨款支出年初预算', { flow: 'expenditure', fund: 'generalPublic', measure: 'budget' }, [
    printing(F_GENERAL_PUBLIC, TOTAL, ['budgeted']),
  ]),
  quantity('final.generalPublic.basic', '一般公共预算财政拨款基本支出', { flow: 'expenditure', fund: 'generalPublic', split: 'basic', measure: 'final' }, [
    printing(F_GENERAL_PUBLIC, TOTAL, ['basic']),
  ]),
  quantity('final.personnel', '人员经费', { flow: 'expenditure', fund: 'generalPublic', split: 'personnel', measure: 'final' }, [
    printing(F_ECONOMIC, { row: 'econ', name: '人员经费合计' }, ['actual']),
  ], { aliases: ['人员经费合计'] }),
  quantity('final.publicUse', '公用经费', { flow: 'expenditure', fund: 'generalPublic', split: 'publicUse', measure: 'final' }, [
    printing(F_ECONOMIC, { row: 'econ', name: '公用经费合计' }, ['actual']),
  ], { aliases: ['公用经费合计'] }),
  // 决算 机关运行经费 is printed in no 决算 table; the text states it from the unit's accounts.
  quantity('final.operating', '机关运行经费', { item: 'operating', scope: 'fiscal', measure: 'final' }, [], {
    lastYear: 'lastYear.operating',
    reason: 'reason.operating',
    aliases: ['机关运行经费支出', '财政拨款的机关运行经费'],
  }),
  ...(['threePublic', 'abroad', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleRunning'] as const).flatMap((item) => [
    finalThreePublic(item, 'budgeted'),
    finalThreePublic(item, 'actual'),
  ]),
];
