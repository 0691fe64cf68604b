/**
 * 参数 — the inputs of the report that are not in the tables.
 *
 * 第一部分 概况 (职责, 机构设置; domain guide, the seed's first part), last year's figures, the reasons for a change, 政府采购, assets, performance projects, 政府购买服务
 * and the unit type (domain guide, "The explanation (情况说明) of the seed": "Inputs not in the tables";
 * issue 4 item 1). Each field is declared once here — id, zh-CN label, a note telling the user what to
 * enter, its type and its group — and the 参数 sheet, its reader and the generator all follow this list.
 */

/** 字段类型 — what a value cell holds. amount: 万元; count: 个/辆/台; area: 平方米; choice: one of `choices`. */
export type ParamType = 'amount' | 'text' | 'count' | 'area' | 'choice';

/** 分组 — the 参数 sheet prints one heading row per group, in this order. */
export const PARAM_GROUPS = [
  '概况',
  '基本信息',
  '上年数',
  '变动原因',
  '政府采购',
  '国有资产',
  '绩效管理',
  '政府购买服务',
  '其他说明',
] as const;
export type ParamGroup = (typeof PARAM_GROUPS)[number];

/** 单位类型 — decides whether 机关运行经费 must equal 公用经费 (domain guide, cross-table rules). */
export const UNIT_TYPES = ['行政单位', '参照公务员法管理事业单位', '事业单位'] as const;

/** One declared input. */
export interface ParamField {
  readonly id: string;
  readonly label: string;
  readonly note: string;
  readonly type: ParamType;
  readonly group: ParamGroup;
  readonly choices?: readonly string[];
  /** 多行文字 — a long text of several paragraphs, one a line (Alt+Enter in Excel); the sheet wraps it. */
  readonly multiline?: boolean;
  /**
   * 别名 — other labels a user's own sheet may give the field (e.g. 本部门职责 for 部门职责); the
   * reader accepts them as it accepts the label.
   */
  readonly aliases?: readonly string[];
}

/** How many 政府购买服务 items the sheet offers (the seed lists one). */
export const PURCHASED_SERVICE_SLOTS = 3;

const purchasedServiceFields: ParamField[] = [];
for (let n = 1; n <= PURCHASED_SERVICE_SLOTS; n++) {
  purchasedServiceFields.push(
    { id: `purchasedService${n}.name`, label: `购买服务项目${n}名称`, note: '政府购买服务项目名称，无则留空', type: 'text', group: '政府购买服务' },
    { id: `purchasedService${n}.amount`, label: `购买服务项目${n}金额`, note: '万元', type: 'amount', group: '政府购买服务' },
  );
}

/**
 * 参数字段 — every input, in sheet order. Ids are stable: a saved 参数 sheet is read back by label,
 * and code refers to fields by id.
 */
export const PARAM_FIELDS: readonly ParamField[] = [
  {
    id: 'profile.duties',
    label: '部门职责',
    note: '第一部分 概况“一、本部门职责”的内容；每段一行（单元格内按 Alt+Enter 换行）',
    type: 'text',
    group: '概况',
    multiline: true,
    aliases: ['职责', '本部门职责', '主要职责', '部门主要职责'],
  },
  {
    id: 'profile.organisation',
    label: '机构设置情况',
    note: '第一部分 概况“二、机构设置情况”的内容：内设机构、下属单位等；每段一行（单元格内按 Alt+Enter 换行）',
    type: 'text',
    group: '概况',
    multiline: true,
    aliases: ['机构设置', '内设机构', '机构设置及人员情况'],
  },

  { id: 'department', label: '部门名称', note: '情况说明中的部门（单位）名称', type: 'text', group: '基本信息' },
  { id: 'year', label: '预算年度', note: '如 2024；留空时取表格标题中的年度', type: 'count', group: '基本信息' },
  { id: 'unitType', label: '单位类型', note: '行政单位 / 参照公务员法管理事业单位 / 事业单位', type: 'choice', group: '基本信息', choices: UNIT_TYPES },

  { id: 'lastYear.incomeTotal', label: '上年收入总计', note: '上年部门预算收入总计，万元', type: 'amount', group: '上年数' },
  { id: 'lastYear.expenditureTotal', label: '上年支出总计', note: '上年部门预算支出总计，万元', type: 'amount', group: '上年数' },
  { id: 'lastYear.generalPublicCurrent', label: '上年一般公共预算当年支出', note: '上年一般公共预算当年拨款支出（不含上年结转），万元', type: 'amount', group: '上年数' },
  { id: 'lastYear.threePublic', label: '上年“三公”经费合计', note: '上年财政拨款“三公”经费预算，万元', type: 'amount', group: '上年数' },
  { id: 'lastYear.abroad', label: '上年因公出国（境）费', note: '万元', type: 'amount', group: '上年数' },
  { id: 'lastYear.reception', label: '上年公务接待费', note: '万元', type: 'amount', group: '上年数' },
  { id: 'lastYear.vehicle', label: '上年公务用车购置及运行费', note: '万元', type: 'amount', group: '上年数' },
  { id: 'lastYear.vehiclePurchase', label: '上年公务用车购置费', note: '万元', type: 'amount', group: '上年数' },
  { id: 'lastYear.vehicleOperation', label: '上年公务用车运行维护费', note: '万元', type: 'amount', group: '上年数' },
  { id: 'lastYear.operating', label: '上年机关运行经费', note: '上年财政拨款机关运行经费预算，万元', type: 'amount', group: '上年数' },

  { id: 'reason.income', label: '收入总计变动原因', note: '收入总计与上年不同时必填，写“主要原因是”之后的内容', type: 'text', group: '变动原因' },
  { id: 'reason.expenditure', label: '支出总计变动原因', note: '支出总计与上年不同时必填', type: 'text', group: '变动原因' },
  { id: 'reason.generalPublicCurrent', label: '一般公共预算当年支出变动原因', note: '与上年不同时必填', type: 'text', group: '变动原因' },
  { id: 'reason.threePublic', label: '“三公”经费变动原因', note: '“三公”经费合计与上年不同时必填', type: 'text', group: '变动原因' },
  { id: 'reason.abroad', label: '因公出国（境）费变动原因', note: '与上年不同时必填', type: 'text', group: '变动原因' },
  { id: 'reason.reception', label: '公务接待费变动原因', note: '与上年不同时必填', type: 'text', group: '变动原因' },
  { id: 'reason.vehicle', label: '公务用车购置及运行费变动原因', note: '与上年不同时必填', type: 'text', group: '变动原因' },
  { id: 'reason.vehiclePurchase', label: '公务用车购置费变动原因', note: '与上年不同时必填', type: 'text', group: '变动原因' },
  { id: 'reason.vehicleOperation', label: '公务用车运行维护费变动原因', note: '与上年不同时必填', type: 'text', group: '变动原因' },
  { id: 'reason.operating', label: '机关运行经费变动原因', note: '与上年不同时必填', type: 'text', group: '变动原因' },

  { id: 'procurement.goods', label: '政府采购货物预算', note: '万元', type: 'amount', group: '政府采购' },
  { id: 'procurement.works', label: '政府采购工程预算', note: '万元', type: 'amount', group: '政府采购' },
  { id: 'procurement.services', label: '政府采购服务预算', note: '万元', type: 'amount', group: '政府采购' },

  { id: 'vehicles.quota', label: '公务用车编制数', note: '辆', type: 'count', group: '国有资产' },
  { id: 'vehicles.leader', label: '领导用车', note: '实有辆数', type: 'count', group: '国有资产' },
  { id: 'vehicles.confidential', label: '机要通信用车', note: '实有辆数', type: 'count', group: '国有资产' },
  { id: 'vehicles.emergency', label: '应急保障用车', note: '实有辆数', type: 'count', group: '国有资产' },
  { id: 'vehicles.lawEnforcement', label: '执法执勤用车', note: '实有辆数', type: 'count', group: '国有资产' },
  { id: 'vehicles.special', label: '特种专业技术用车', note: '实有辆数', type: 'count', group: '国有资产' },
  { id: 'vehicles.institution', label: '事业单位业务用车', note: '实有辆数', type: 'count', group: '国有资产' },
  { id: 'vehicles.other', label: '其他公务用车', note: '实有辆数', type: 'count', group: '国有资产' },
  { id: 'assets.floorArea', label: '办公用房建筑总面积', note: '平方米，截至上年12月31日', type: 'area', group: '国有资产' },
  { id: 'assets.equipmentOver50', label: '单价50万元以上通用设备', note: '台（套），原值', type: 'count', group: '国有资产' },
  { id: 'assets.equipmentOver100', label: '单价100万元以上通用设备', note: '台（套），原值', type: 'count', group: '国有资产' },

  { id: 'performance.units', label: '机关及下属预算单位数', note: '个（包括机关）', type: 'count', group: '绩效管理' },
  { id: 'performance.unitsReporting', label: '编报整体绩效目标的单位数', note: '个（包括机关）', type: 'count', group: '绩效管理' },
  { id: 'performance.unitsAmount', label: '整体绩效目标涉及资金', note: '编报单位整体绩效目标涉及的资金，万元', type: 'amount', group: '绩效管理' },
  { id: 'performance.operatingProjects', label: '其他运转类项目数', note: '纳入绩效目标管理的二级项目，个', type: 'count', group: '绩效管理' },
  { id: 'performance.operatingAmount', label: '其他运转类项目金额', note: '万元', type: 'amount', group: '绩效管理' },
  { id: 'performance.specificProjects', label: '特定目标类项目数', note: '纳入绩效目标管理的二级项目，个', type: 'count', group: '绩效管理' },
  { id: 'performance.specificAmount', label: '特定目标类项目金额', note: '万元', type: 'amount', group: '绩效管理' },
  { id: 'performance.publishedProjects', label: '公开项目绩效目标数', note: '个', type: 'count', group: '绩效管理' },
  { id: 'performance.publishedAmount', label: '公开项目绩效目标涉及金额', note: '万元', type: 'amount', group: '绩效管理' },

  ...purchasedServiceFields,
  { id: 'otherNotes', label: '其他说明', note: '情况说明十二（二）其他：需要说明的其他事项，无则留空', type: 'text', group: '其他说明' },
];

const FIELDS_BY_ID = new Map(PARAM_FIELDS.map((field) => [field.id, field]));

/** Misuse: a field id that is not declared in {@link PARAM_FIELDS}. */
export class UnknownParamError extends Error {
  constructor(readonly id: string) {
    super(`"${id}" is not a declared 参数 field`);
    this.name = 'UnknownParamError';
  }
}

/**
 * The declaration of a field.
 * @throws UnknownParamError when `id` is not declared (a programming slip, not bad input).
 * @example paramField('lastYear.incomeTotal').label // "上年收入总计"
 */
export function paramField(id: string): ParamField {
  const field = FIELDS_BY_ID.get(id);
  if (!field) throw new UnknownParamError(id);
  return field;
}
