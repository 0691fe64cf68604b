/**
 * 问题 — the narrative's findings are the rules' findings: the checker and the 参数 reader report into
 * the same list as the table checks (contracts: `src/core/rules/finding.ts`; rule ids `narrative.*`
 * and `params.*`). This module is the one place the narrative code takes the type from.
 */
export type { Finding } from '../rules/finding';
