/**
 * 规则目录 — every rule, declared once, in the order a report lists them: structure first (a bad
 * cell explains the totals it breaks), then totals within tables, the totals tables' footers,
 * cross-table agreement, the 决算-only rules, codes, and the 绩效目标表 against 表12.
 */
import type { Finding } from './finding';
import { CODE_RULES } from './codes';
import { CROSS_TABLE_RULES } from './crossTable';
import { FINAL_RULES } from './final';
import { INTRA_TABLE_RULES } from './intraTable';
import { PERFORMANCE_RULES } from './performance';
import type { RoundingPolicy } from './rounding';
import type { TieOutRecorder } from './relation';
import { makeRuleContext, type Rule, type RuleInput } from './rule';
import { STRUCTURE_RULES } from './structure';
import { TWO_SIDED_RULES } from './twoSided';

/** The catalogue. */
export const RULES: readonly Rule[] = [
  ...STRUCTURE_RULES,
  ...INTRA_TABLE_RULES,
  ...TWO_SIDED_RULES,
  ...CROSS_TABLE_RULES,
  ...FINAL_RULES,
  ...CODE_RULES,
  ...PERFORMANCE_RULES,
];

/** Misuse: a rule id that is not in the catalogue. */
export class UnknownRuleError extends Error {
  constructor(readonly id: string) {
    super(`no rule "${id}" in the catalogue`);
    this.name = 'UnknownRuleError';
  }
}

/**
 * A rule by id.
 * @example ruleById('coded.hierarchy').severity // "error"
 * @throws UnknownRuleError when the id is not in the catalogue
 */
export function ruleById(id: string): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new UnknownRuleError(id);
  return rule;
}

/** Whether a rule runs on this input: rules of every family, and those of the input's family. */
function appliesTo(rule: Rule, input: RuleInput): boolean {
  return rule.family === 'all' || input.family === undefined || rule.family === input.family;
}

/**
 * Runs the rules (all by default) over recognised tables, reporting each tie-out to `recorder` when one is given.
 * @example runRules(recognizeWorkbook(workbook), 'tight').filter((f) => f.severity === 'error')
 */
export function runRules(input: RuleInput, policy: RoundingPolicy, rules: readonly Rule[] = RULES, recorder?: TieOutRecorder): Finding[] {
  const ctx = makeRuleContext(input, policy, recorder);
  return rules.filter((rule) => appliesTo(rule, input)).flatMap((rule) => rule.check(ctx, rule));
}
