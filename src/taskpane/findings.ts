/**
 * How the 校验 panel lists findings: by table, in the order the tables were found, most severe first
 * within a table (issue 6: "grouped by table and severity").
 */
import { SEVERITIES, type Finding } from '../core/rules/finding';

/** Most severe first: the core's own order. */
export const SEVERITY_ORDER = SEVERITIES;

export interface FindingGroup {
  /** The table's title as printed, or `unnamed` for findings outside any recognised table. */
  table: string;
  findings: Finding[];
}

/** Findings grouped by table (in order of first appearance), each group sorted most severe first. */
export function groupFindings(findings: readonly Finding[], unnamed: string): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const table = finding.table ?? unnamed;
    groups.set(table, [...(groups.get(table) ?? []), finding]);
  }
  return [...groups].map(([table, members]) => ({
    table,
    findings: [...members].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)),
  }));
}

