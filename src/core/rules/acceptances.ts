/**
 * 校验说明 — accepted findings, kept in the workbook itself.
 *
 * A reviewer may accept a warning with a written 说明 (domain guide: "A warning can be accepted
 * with a written explanation (说明), and that acceptance should stay with the workbook"). The
 * acceptances live on a hidden sheet named `_校验说明` with the columns 规则 | 工作表 | 单元格 | 说明 |
 * 日期: a plain sheet survives Excel, the xlsx adapter and every copy of the file, where custom
 * properties are dropped by some tools. Only 提示 (`warning`) and `info` findings can be accepted:
 * an error (强制) must be corrected, not explained.
 */
import { cellText, type CellValue, type Grid, type Workbook } from '../grid';
import { acceptFinding, type Finding } from './finding';

/** The name of the hidden sheet that stores acceptances. */
export const ACCEPTANCE_SHEET = '_校验说明';

/** The header row of the acceptance sheet. */
export const ACCEPTANCE_HEADER: readonly string[] = ['规则', '工作表', '单元格', '说明', '日期'];

/** One accepted finding: which rule at which cell, why, and when (YYYY-MM-DD). */
export interface Acceptance {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  readonly note: string;
  readonly date: string;
}

/** Whether a finding's severity allows accepting it (提示 and info; never 强制). */
export function isAcceptable(finding: Finding): boolean {
  return finding.severity !== 'error';
}

/**
 * Reads the acceptances stored in a workbook; none when it has no `_校验说明` sheet. Rows without
 * a rule, a cell or a 说明 are skipped: an acceptance without its explanation is not one.
 * @example readAcceptances(workbook) // [{ rule: 'cross.operatingPublicUse', sheet: '表11', cell: 'B5', note: '含事业单位', date: '2024-02-01' }]
 */
export function readAcceptances(workbook: Workbook): Acceptance[] {
  const sheet = workbook.find((grid) => grid.name === ACCEPTANCE_SHEET);
  if (!sheet) return [];
  const acceptances: Acceptance[] = [];
  sheet.values.forEach((row, r) => {
    if (r === 0 && cellText(row[0] ?? null) === ACCEPTANCE_HEADER[0]) return;
    const [rule, sheetName, cell, note, date] = [0, 1, 2, 3, 4].map((c) => cellText(row[c] ?? null));
    if (!rule || !sheetName || !cell || !note) return;
    acceptances.push({ rule, sheet: sheetName, cell: cell.toUpperCase(), note, date: date ?? '' });
  });
  return acceptances;
}

/**
 * The hidden sheet holding these acceptances, for a host to write into the workbook.
 * @example acceptanceSheet([acceptance]).hidden // true
 */
export function acceptanceSheet(acceptances: readonly Acceptance[]): Grid {
  const rows: CellValue[][] = [
    [...ACCEPTANCE_HEADER],
    ...acceptances.map((a) => [a.rule, a.sheet, a.cell, a.note, a.date]),
  ];
  return { name: ACCEPTANCE_SHEET, values: rows, merges: [], hidden: true, columnWidths: [28, 24, 10, 48, 12] };
}

/**
 * Records an acceptance of a finding, replacing an earlier one for the same rule and cell.
 * @throws AcceptanceError when the finding is an error (强制) or the 说明 is empty
 */
export function acceptanceFor(finding: Finding, note: string, date: string): Acceptance {
  if (!isAcceptable(finding)) throw new AcceptanceError(`finding ${finding.rule} at ${finding.sheet}!${finding.cell} is an error and cannot be accepted`);
  if (note.trim() === '') throw new AcceptanceError('an acceptance needs a 说明');
  return { rule: finding.rule, sheet: finding.sheet, cell: finding.cell, note: note.trim(), date };
}

/** The list with `acceptance` added, replacing any earlier acceptance of the same rule and cell. */
export function withAcceptance(acceptances: readonly Acceptance[], acceptance: Acceptance): Acceptance[] {
  return [...acceptances.filter((a) => !sameTarget(a, acceptance)), acceptance];
}

/** Marks the findings a stored acceptance matches (same rule, sheet and cell) as accepted. */
export function applyAcceptances(findings: readonly Finding[], acceptances: readonly Acceptance[]): Finding[] {
  if (acceptances.length === 0) return [...findings];
  return findings.map((finding) => {
    const match = isAcceptable(finding) ? acceptances.find((a) => sameTarget(a, finding)) : undefined;
    return match ? acceptFinding(finding, match.note) : finding;
  });
}

function sameTarget(a: { rule: string; sheet: string; cell: string }, b: { rule: string; sheet: string; cell: string }): boolean {
  return a.rule === b.rule && a.sheet === b.sheet && a.cell.toUpperCase() === b.cell.toUpperCase();
}

/** Misuse: accepting an error, or accepting without a 说明. */
export class AcceptanceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AcceptanceError';
  }
}
