/**
 * How the pane lists the review's findings: filtered by 错误 / 提示 / 信息 / 已说明, grouped by table
 * in reading order (the review's order), most severe first within a table. Nothing here makes or
 * drops a finding: the list is the review's.
 *
 * Grouping by suspect (which cell is most likely wrong) goes one level below the table: findings
 * that name the same suspect become one entry of their table's group. The group type keeps its
 * entries as a list so that level can be added without changing how tables are grouped.
 */
import { isRounding, SEVERITIES, type Finding, type Severity } from '../core/rules/finding';

/** The filters the pane offers: each severity of open findings, and the explained (accepted) ones. */
export type FindingFilter = Severity | 'accepted';

export const FILTERS: readonly FindingFilter[] = ['error', 'warning', 'info', 'accepted'];

/** What a finding is shown under. */
export function filterOf(finding: Finding): FindingFilter {
  return finding.accepted ? 'accepted' : finding.severity;
}

/** How many findings each filter shows. */
export function countByFilter(findings: readonly Finding[]): Record<FindingFilter, number> {
  const counts: Record<FindingFilter, number> = { error: 0, warning: 0, info: 0, accepted: 0 };
  for (const finding of findings) counts[filterOf(finding)] += 1;
  return counts;
}

export interface FindingGroup {
  /** The sheet the table is on (what the user sees on Excel's sheet tabs). */
  sheet: string;
  /** The table's title as printed, when the findings are about a recognised table. */
  table?: string;
  findings: Finding[];
}

/** Findings grouped by table (in order of first appearance), each group sorted most severe first. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = `${finding.sheet}\u0000${finding.table ?? ''}`;
    const group = groups.get(key) ?? { sheet: finding.sheet, ...(finding.table ? { table: finding.table } : {}), findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({
    ...group,
    findings: [...group.findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)),
  }));
}

/** Whether selecting the finding has somewhere to go: a sheet and a cell. */
export function hasTarget(finding: Pick<Finding, 'sheet' | 'cell'>): boolean {
  return finding.sheet !== '' && finding.cell !== '';
}

/** What to do about a finding that names no cell. */
export function whatToDo(finding: Pick<Finding, 'rule'>): string {
  if (finding.rule === 'narrative.missingFigure') return '表格中还没有这项数字：请在相应表格中填写后，重新检查。';
  if (finding.rule.startsWith('narrative.')) return '请在情况说明中改正后，重新校验。';
  return '请在相应表格中改正后，重新校验。';
}

/** The open 尾差 (rounding differences tolerated), which one 说明 can explain all at once. */
export function openRounding(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => isRounding(finding) && !finding.accepted);
}
