/**
 * How the pane lists the review's findings: filtered by 错误 / 提示 / 信息 / 已说明, grouped by table
 * in reading order (the review's order), most severe first within a table. Nothing here makes or
 * drops a finding: the list is the review's.
 *
 * Where the review localised errors (its `suspects`, and each finding's `cause`), the findings a
 * suspect explains are listed under it, suspects in the review's order (most telling first); the
 * findings no suspect explains are grouped by table after them.
 */
import { fromA1 } from '../core/grid';
import { isRounding, SEVERITIES, type Finding, type Severity } from '../core/rules/finding';
import { suspectHeading as coreSuspectHeading, type Suspect } from '../core/review';

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

/** A suspect of the review with the shown findings it explains. */
export interface SuspectGroup {
  /** Its index in the review's `suspects`, which findings' `cause` names. */
  index: number;
  suspect: Suspect;
  /** The shown findings whose `cause` it is; none for an equally likely alternative. */
  findings: Finding[];
}

/**
 * The shown findings under their suspects, and the rest. A suspect none of whose findings is
 * shown (the filter hides them) is left out; one that explains no finding of its own — an equally
 * likely cell, the review's alternative — is kept while another suspect is shown, as the CLI says
 * “也可能是 …”.
 */
export function bySuspect(shown: readonly Finding[], all: readonly Finding[], suspects: readonly Suspect[]): { suspects: SuspectGroup[]; rest: Finding[] } {
  const groups = suspects.map((suspect, index): SuspectGroup => ({ index, suspect, findings: [] }));
  const rest: Finding[] = [];
  for (const finding of shown) {
    const group = finding.cause === undefined ? undefined : groups[finding.cause];
    if (group) group.findings.push(finding);
    else rest.push(finding);
  }
  const explaining = groups.filter((group) => group.findings.length > 0);
  const causes = new Set(all.flatMap((finding) => (finding.cause === undefined ? [] : [finding.cause])));
  const alternatives = explaining.length > 0 ? groups.filter((group) => !causes.has(group.index)) : [];
  return { suspects: [...explaining, ...alternatives].sort((a, b) => a.index - b.index), rest };
}

/** A cell in plain words: “表3 支出汇总表 第5行第3列” (the pane shows no A1 addresses). */
export function cellPlace(place: { readonly sheet: string; readonly cell: string }): string {
  const { row, col } = fromA1(place.cell);
  return `${place.sheet} 第${row + 1}行第${col + 1}列`;
}

/** The core's cell references in a text (“'表2 收入总表'!C21”, “表2!C21”) in plain words. */
export function plainCellRefs(text: string): string {
  return text.replace(/'((?:[^']|'')+)'!\$?([A-Z]{1,3})\$?(\d+)|([^\s'!：，、（）]+)!\$?([A-Z]{1,3})\$?(\d+)/g, (...match: string[]) => {
    const [quoted, qCol, qRow, bare, bCol, bRow] = match.slice(1, 7);
    return quoted !== undefined ? cellPlace({ sheet: quoted.replace(/''/g, "'"), cell: `${qCol}${qRow}` }) : cellPlace({ sheet: bare!, cell: `${bCol}${bRow}` });
  });
}

/**
 * The heading of a suspect, as the CLI's check says it: “很可能是 … 填错：现为 4,610.52，应为
 * 4,510.52（可解释以下 7 项）”; an alternative “也可能是 …（同样可解释上述 n 项）”. Only here does
 * the pane say what a cell should be.
 */
export function suspectHeading(group: SuspectGroup): string {
  return coreSuspectHeading(group.suspect, cellPlace(group.suspect), group.findings.length);
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
