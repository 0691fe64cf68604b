/**
 * 决算情况说明规则 — the rules the 决算 text must keep beyond the budget text's: a 完成率 only over a
 * base that is not zero, a 大于/小于/等于 that agrees with the figures it compares, a 完成率 that
 * recomputes from them. Declared once with severity, source and what must hold (docs/style.md §3),
 * in the shape of the budget narrative's rules.
 */
import type { NarrativeRule } from '../rules';

const SOURCE = 'issue 8 item 2; domain guide, "The explanation" (wording conventions: a 完成率 over a zero base, a direction word that contradicts the sign)';

/** Every 决算 narrative rule, by id. */
export const FINAL_NARRATIVE_RULES = {
  completionOverZeroBase: { id: 'final.narrative.completionOverZeroBase', severity: 'error', source: SOURCE, title: '年初预算为0时不写完成率' },
  comparisonContradicts: { id: 'final.narrative.comparisonContradicts', severity: 'error', source: SOURCE, title: '决算数大于/小于/等于预算数与所列数字一致' },
  amountMismatch: { id: 'final.narrative.amountMismatch', severity: 'error', source: SOURCE, title: '说明中的预算数、决算数与表中一致（末位允许相差1）' },
  completionMismatch: { id: 'final.narrative.completionMismatch', severity: 'error', source: SOURCE, title: '完成率等于决算数除以年初预算数（按所列数字计算）' },
} as const satisfies Record<string, NarrativeRule>;

/** A 决算 narrative rule id. */
export type FinalNarrativeRuleId = (typeof FINAL_NARRATIVE_RULES)[keyof typeof FINAL_NARRATIVE_RULES]['id'];

/** The declaration of a 决算 narrative rule id. */
export function finalNarrativeRule(id: FinalNarrativeRuleId): NarrativeRule {
  return Object.values(FINAL_NARRATIVE_RULES).find((rule) => rule.id === id)!;
}
