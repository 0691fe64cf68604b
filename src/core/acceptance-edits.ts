/**
 * 说明的修改 — what the task pane does to the stored acceptances (core/rules/acceptances): accept
 * several findings with one 说明 (all 尾差 at once), and withdraw one. Editing a 说明 is accepting
 * the same finding again: `withAcceptance` replaces the earlier one. Source: issue 15 ("批量接受 all
 * 尾差 with one reason; edit and withdraw").
 */
import { acceptanceFor, withAcceptance, type Acceptance } from './rules/acceptances';
import type { Finding } from './rules/finding';

/**
 * The stored acceptances with every one of `findings` accepted with `note` (replacing earlier 说明
 * of the same findings).
 * @throws AcceptanceError when one of them is an error, or the 说明 is empty
 */
export function acceptAll(stored: readonly Acceptance[], findings: readonly Finding[], note: string, date: string): Acceptance[] {
  return findings.reduce<Acceptance[]>((list, finding) => withAcceptance(list, acceptanceFor(finding, note, date)), [...stored]);
}

/** The stored acceptances without the one of `finding` (same rule, sheet and cell). */
export function withdrawAcceptance(stored: readonly Acceptance[], finding: Pick<Finding, 'rule' | 'sheet' | 'cell'>): Acceptance[] {
  return stored.filter((a) => !(a.rule === finding.rule && a.sheet === finding.sheet && a.cell.toUpperCase() === finding.cell.toUpperCase()));
}
