/**
 * 绩效目标表校验 — reads the performance-target tables of a workbook and runs the performance rules
 * (`src/core/rules/performance.ts`) against its 项目支出表.
 * Source: domain guide, "Rules that must hold" (project tables); issue 8 item 3.
 */
import type { Workbook } from '../grid';
import { recognizeWorkbook } from '../recognize';
import type { Recognition } from '../recognize';
import type { Finding } from '../rules/finding';
import { PERFORMANCE_RULES, type PerformanceRuleInput } from '../rules/performance';
import { makeRuleContext } from '../rules/rule';
import { DEFAULT_ROUNDING_POLICY, type RoundingPolicy } from '../rules/rounding';
import type { PerformanceSheets } from './read';
import { readPerformanceTargets } from './read';

/**
 * 校验绩效目标表 — findings of the performance rules for target tables read beside recognised tables.
 * @example checkPerformance(recognizeWorkbook(workbook), readPerformanceTargets(workbook)).map((f) => f.rule)
 *   // ['performance.nameDiffers', 'performance.projectWithoutTarget', …]
 */
export function checkPerformance(recognition: Recognition, performance: PerformanceSheets, policy: RoundingPolicy = DEFAULT_ROUNDING_POLICY): Finding[] {
  const input: PerformanceRuleInput = { ...recognition, performance };
  const ctx = makeRuleContext(input, policy);
  return PERFORMANCE_RULES.flatMap((rule) => rule.check(ctx, rule));
}

/**
 * The same for a whole workbook: its 项目支出表 recognised, its 绩效目标表 read from every sheet.
 * @example checkPerformanceWorkbook(workbook).filter((f) => f.severity === 'error')
 */
export function checkPerformanceWorkbook(workbook: Workbook, policy: RoundingPolicy = DEFAULT_ROUNDING_POLICY): Finding[] {
  return checkPerformance(recognizeWorkbook(workbook), readPerformanceTargets(workbook), policy);
}
