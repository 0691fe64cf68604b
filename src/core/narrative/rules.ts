/**
 * 情况说明规则 — the narrative's rules, declared once each with severity, source, what must hold and a
 * zh-CN message template with named slots (docs/style.md §3), in the same shape as the table rules.
 * Findings of the checker and the generator carry these ids, in the same list as the
 * table rules; src/core/rules/README.md lists them with the table rules.
 */
import type { DeclaredRule } from '../rules/rule';

/** A declared narrative rule. */
export type NarrativeRule = DeclaredRule;

const CHECK = 'issue 12 item 4; domain guide, "The explanation (情况说明) of the seed", wording conventions';
const COVERAGE = 'issue 12 item 5 (nothing passes silently)';
const GENERATE = 'issue 4 items 1–2';

/** Every narrative rule, by id. */
export const NARRATIVE_RULES = {
  amountMismatch: { id: 'narrative.amountMismatch', severity: 'error', source: CHECK, title: '说明中的金额与表中（或参数表中）一致（末位允许相差1）', message: '“{sentence}”：“{label}”{stated}与{where}{expected}不符' },
  roundingDifference: { id: 'narrative.roundingDifference', severity: 'info', source: CHECK, title: '说明中的金额与表中一致，末位之差为尾差', message: '“{sentence}”：“{label}”{stated}与{where}{expected}相差{difference}，属尾差' },
  statedTwice: { id: 'narrative.statedTwice', severity: 'error', source: CHECK, title: '同一数字在说明中前后一致', message: '“{sentence}”：“{label}”前文为{first}，此处为{stated}，前后不一致' },
  rateMismatch: { id: 'narrative.rateMismatch', severity: 'error', source: CHECK, title: '增减率、占比、完成率可由所列数字算出（允许所列数字舍入带来的差异）', message: '“{sentence}”：{problem}' },
  changeMismatch: { id: 'narrative.changeMismatch', severity: 'error', source: CHECK, title: '增减额等于本年数与上年数之差', message: '“{sentence}”：{problem}' },
  directionContradicts: { id: 'narrative.directionContradicts', severity: 'error', source: CHECK, title: '增加/减少、增长/下降、持平与数字的增减方向一致', message: '“{sentence}”：{problem}' },
  rateFromUnrounded: { id: 'narrative.rateFromUnrounded', severity: 'warning', source: CHECK, title: '增减率按文中所列（舍入后的）数字计算', message: '“{sentence}”：{problem}' },
  growthOverZeroBase: { id: 'narrative.growthOverZeroBase', severity: 'warning', source: CHECK, title: '上年为0时写“新增”，不写增长率', message: '“{sentence}”：{problem}' },
  completionOverZero: { id: 'narrative.completionOverZero', severity: 'error', source: CHECK, title: '预算数为0时不写完成率', message: '“{sentence}”：预算数为0，“{rate}”没有意义' },
  baseIsThisYear: { id: 'narrative.baseIsThisYear', severity: 'error', source: CHECK, title: '与上年比较，不与本年度比较', message: '“{sentence}”：“{words}”与本年度（{year}年）比较，应与{previous}年比较' },
  mixedBases: { id: 'narrative.mixedBases', severity: 'warning', source: CHECK, title: '同一数字只与一种上年口径比较（预算或预算执行数）', message: '“{sentence}”：{stated}在前文与“{first}”比较，此处与“{second}”比较，比较口径不一致' },
  nameMismatch: { id: 'narrative.nameMismatch', severity: 'warning', source: CHECK, title: '科目名称与表中该编码的名称一致', message: '“{sentence}”：科目{code}的名称应为“{expected}”，而不是“{actual}”' },
  listItemAbsent: { id: 'narrative.listItemAbsent', severity: 'warning', source: CHECK, title: '“主要包括”所列项目在表中有数', message: '“{sentence}”：所列“{items}”在{table}的{column}中没有数额' },
  listOmits: { id: 'narrative.listOmits', severity: 'warning', source: CHECK, title: '“主要包括”不漏列表中有数的项目', message: '“{sentence}”：{table}的{column}中有数的“{items}”未列出' },
  reasonEmpty: { id: 'narrative.reasonEmpty', severity: 'error', source: CHECK, title: '“主要原因是”之后写明原因', message: '“{sentence}”：“主要原因是”之后没有写原因' },
  placeholder: { id: 'narrative.placeholder', severity: 'error', source: CHECK, title: '没有未替换的模板占位符（下降（增长）、XX、【】）', message: '“{sentence}”：模板占位符“{text}”未替换' },
  percentWithoutSign: { id: 'narrative.percentWithoutSign', severity: 'error', source: CHECK, title: '百分比带%', message: '“{sentence}”：“{text}”缺少百分号%' },
  unitMissing: { id: 'narrative.unitMissing', severity: 'warning', source: CHECK, title: '金额写明单位（元、万元）', message: '“{sentence}”：“{text}”没有写单位（元或万元），无法核对' },
  unverifiable: { id: 'narrative.unverifiable', severity: 'info', source: COVERAGE, title: '说明中的数字可由表格或参数表核对', message: '“{sentence}”：{figures}无法核对（表格和参数表中没有这些数）' },
  ambiguous: { id: 'narrative.ambiguous', severity: 'info', source: 'issue 12 item 3 (two equally good entries: never a guess)', title: '说明中的科目名称只对应表中一个科目', message: '“{sentence}”：“{label}”{stated}可能指{subjects}，名称相同而数额不同，未能确定核对哪一个（可写明科目编码）' },
  tooLong: { id: 'narrative.tooLong', severity: 'warning', source: 'issue 12, "Done when" → Bad input (10 MB of text)', title: '情况说明长度在可核对范围内', message: '情况说明共{length}字，只核对了前{limit}字，其后的内容未核对（请确认选中的是情况说明）' },
  unbound: { id: 'narrative.unbound', severity: 'info', source: COVERAGE, title: '说明中的数字能识别所指', message: '“{sentence}”：未能识别{figures}所指的是哪一项' },
  missingInput: { id: 'narrative.missingInput', severity: 'warning', source: GENERATE, title: '生成情况说明所需的参数已填写', message: '情况说明需要“{label}”，请在参数表填写' },
  missingFigure: { id: 'narrative.missingFigure', severity: 'warning', source: GENERATE, title: '生成情况说明所需的表格数据已找到', message: '情况说明需要“{label}”，但未在表格中找到' },
} as const satisfies Record<string, NarrativeRule>;

/** A narrative rule id. */
export type NarrativeRuleId = (typeof NARRATIVE_RULES)[keyof typeof NARRATIVE_RULES]['id'];

/** The declaration of a narrative rule id. */
export function narrativeRule(id: NarrativeRuleId): NarrativeRule {
  return Object.values(NARRATIVE_RULES).find((rule) => rule.id === id)!;
}
