/**
 * 维度 — what a figure is, as a set of facets (XBRL's dimensions without the tags): its flow (收入 /
 * 支出), fund, scope (部门 / 财政拨款), timing (当年 / 上年结转 …), level (总计 / 合计), split (基本 /
 * 项目 / 人员经费 / 公用经费), item (三公, 机关运行经费 …), measure (预算 / 决算) and subject (a 类/款/项
 * or an economic code). A facet left out is the dimension's total: 支出预算 with no fund means all
 * funds, so a phrase that names 国有资本经营 can never mean it.
 * Source: issue 12 item 1; docs/references.md ("A vocabulary of quantities — facets, not phrases").
 */

/** 资金来源 — the funds a budget or 决算 names. `fiscal` (财政拨款) is 一般公共预算 + 政府性基金 + 国有资本经营. */
export type Fund =
  | 'generalPublic'
  | 'govFund'
  | 'stateCapital'
  | 'specialAccount'
  | 'unitFunds'
  | 'fiscal'
  | 'businessIncome'
  | 'operatingIncome'
  | 'otherIncome'
  | 'superiorSubsidy'
  | 'affiliatedIncome';

/** 事项 — figures the tables print by name rather than by subject code. */
export type Item =
  | 'threePublic'
  | 'abroad'
  | 'reception'
  | 'vehicles'
  | 'vehiclePurchase'
  | 'vehicleRunning'
  | 'operating'
  | 'meeting'
  | 'training'
  | 'procurement'
  | 'procurementGoods'
  | 'procurementWorks'
  | 'procurementServices';

/** 科目 — a function subject (支出功能分类 类/款/项) or an economic one (经济分类 类/款). */
export interface SubjectFacet {
  readonly scheme: 'func' | 'econ';
  readonly code: string;
}

/** The facets of a quantity; a facet left out is that dimension's total. */
export interface Facets {
  readonly flow?: 'income' | 'expenditure';
  readonly scope?: 'fiscal';
  readonly fund?: Fund;
  readonly timing?: 'current' | 'carryover' | 'opening' | 'closing';
  /** 总计 (with 上年结转 and 年终结转) or 合计 (本年). */
  readonly level?: 'grand' | 'total';
  readonly split?: 'basic' | 'project' | 'personnel' | 'publicUse';
  readonly item?: Item;
  /** 预算 (budget tables, 决算's 预算数 / 年初预算) or 决算 (决算数). */
  readonly measure?: 'budget' | 'final';
  readonly subject?: SubjectFacet;
}

/** The dimensions, in the order a phrase is read. */
export const DIMENSIONS = ['flow', 'scope', 'fund', 'timing', 'level', 'split', 'item', 'measure', 'subject'] as const;

/** Chinese names of the funds, as the tables and texts print them. */
export const FUND_NAMES: Readonly<Record<Fund, string>> = {
  generalPublic: '一般公共预算',
  govFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  specialAccount: '财政专户管理资金',
  unitFunds: '单位资金',
  fiscal: '财政拨款',
  businessIncome: '事业收入',
  operatingIncome: '经营收入',
  otherIncome: '其他收入',
  superiorSubsidy: '上级补助收入',
  affiliatedIncome: '附属单位上缴收入',
};

/** Chinese names of the items. */
export const ITEM_NAMES: Readonly<Record<Item, string>> = {
  threePublic: '“三公”经费',
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehicles: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleRunning: '公务用车运行维护费',
  operating: '机关运行经费',
  meeting: '会议费',
  training: '培训费',
  procurement: '政府采购',
  procurementGoods: '政府采购货物',
  procurementWorks: '政府采购工程',
  procurementServices: '政府采购服务',
};

/** Whether two facet sets are the same (a subject by scheme and code). */
export function sameFacets(a: Facets, b: Facets): boolean {
  return DIMENSIONS.every((dimension) => facetKey(a, dimension) === facetKey(b, dimension));
}

/** One facet as a comparable string, '' for the dimension's total. */
export function facetKey(facets: Facets, dimension: (typeof DIMENSIONS)[number]): string {
  if (dimension === 'subject') return facets.subject ? `${facets.subject.scheme}:${facets.subject.code}` : '';
  return facets[dimension] ?? '';
}
