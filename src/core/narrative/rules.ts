/**
 * 情况说明规则 — the narrative's rule ids, declared once with severity, source and what must hold
 * (docs/style.md §3). Findings of the checker, the generator and the 参数 reader carry these ids, in
 * the same list as the table rules.
 */
import type { Severity } from '../rules/finding';

/** A declared narrative rule. */
export interface NarrativeRule {
  readonly id: string;
  readonly severity: Severity;
  /** Where it comes from: issue 4 and the domain guide's "The explanation" section. */
  readonly source: string;
  /** What must hold, in Chinese. */
  readonly title: string;
}

const CHECK = 'issue 4 item 4; domain guide, "The explanation (情况说明) of the seed", wording conventions';
const GENERATE = 'issue 4 items 1–2';

/** Every narrative rule, by id. */
export const NARRATIVE_RULES = {
  amountMismatch: { id: 'narrative.amountMismatch', severity: 'error', source: CHECK, title: '说明中的金额与表中一致（末位允许相差1）' },
  rateMismatch: { id: 'narrative.rateMismatch', severity: 'error', source: CHECK, title: '增减率、占比可由文中所列数字算出' },
  changeMismatch: { id: 'narrative.changeMismatch', severity: 'error', source: CHECK, title: '增减额等于本年数与上年数之差' },
  directionContradicts: { id: 'narrative.directionContradicts', severity: 'error', source: CHECK, title: '增加/减少、增长/下降与数字的增减方向一致' },
  growthOverZeroBase: { id: 'narrative.growthOverZeroBase', severity: 'warning', source: CHECK, title: '上年为0时写“新增”，不写增长率' },
  nameMismatch: { id: 'narrative.nameMismatch', severity: 'error', source: CHECK, title: '科目名称与表中该编码（或该金额）的名称一致' },
  placeholder: { id: 'narrative.placeholder', severity: 'error', source: CHECK, title: '没有未替换的模板占位符（下降（增长）、XX、【】）' },
  percentWithoutSign: { id: 'narrative.percentWithoutSign', severity: 'error', source: CHECK, title: '百分比带%' },
  missingInput: { id: 'narrative.missingInput', severity: 'warning', source: GENERATE, title: '生成情况说明所需的参数已填写' },
  missingFigure: { id: 'narrative.missingFigure', severity: 'warning', source: GENERATE, title: '生成情况说明所需的表格数据已找到' },
  invalidParam: { id: 'params.invalidValue', severity: 'error', source: GENERATE, title: '参数表的值符合其类型（金额、整数、面积、选项）' },
} as const satisfies Record<string, NarrativeRule>;

/** A narrative rule id. */
export type NarrativeRuleId = (typeof NARRATIVE_RULES)[keyof typeof NARRATIVE_RULES]['id'];

/** The declaration of a narrative rule id. */
export function narrativeRule(id: NarrativeRuleId): NarrativeRule {
  return Object.values(NARRATIVE_RULES).find((rule) => rule.id === id)!;
}
