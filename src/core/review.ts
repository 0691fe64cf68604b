/**
 * 审核 — one review of a whole workbook: its tables, its 参数 and its 情况说明, with the accepted
 * findings marked, in reading order. Every host shows what this returns — the CLI's `check`,
 * `review` and `report`, the task pane's 校验 and 报告, the report's appendix — so the same workbook
 * gives the same counts everywhere.
 * Source: issue 14 item 3; issue 15 item 1.
 */
import { inReadingOrder, tableFindings, type CheckOptions } from './check';
import type { Workbook } from './grid';
import { checkWorkbookNarrative, findNarrativeText, type GivenNarrative } from './narrative';
import { readParams } from './params';
import type { Recognition } from './recognize';
import { applyAcceptances, readAcceptances } from './rules/acceptances';
import { summarize, type Finding } from './rules/finding';
import type { Relation } from './rules/relation';

/** What to review besides the workbook; every field has a default. */
export interface ReviewOptions extends CheckOptions {
  /**
   * A 情况说明 given apart from the workbook (`check --narrative FILE.txt`); by default the one the
   * workbook holds, if any.
   */
  readonly narrative?: GivenNarrative;
}

/** Where the reviewed 情况说明 came from. */
export interface ReviewedNarrative {
  /** The sheet (or, for a text given apart, the file name) it was read from. */
  readonly source: string;
  /** Given apart from the workbook, or found in it. */
  readonly given: boolean;
}

/** The review of a workbook. */
export interface WorkbookReview {
  readonly recognition: Recognition;
  /**
   * Every finding — tables (rule catalogue), 参数 values, 情况说明 against the tables — accepted ones
   * marked, in reading order (sheet by sheet, row by row).
   */
  readonly findings: readonly Finding[];
  /** Open findings (not accepted) by severity. */
  readonly summary: { readonly error: number; readonly warning: number; readonly info: number };
  /** Every tie-out of the tables as a relation over cells, held or broken. */
  readonly relations: readonly Relation[];
  /** The 情况说明 that was checked, if there was one. */
  readonly narrative?: ReviewedNarrative;
}

/**
 * Reviews a workbook. Problems in the user's data come back as findings; it throws only for misuse
 * (an unknown rounding policy).
 * @example reviewWorkbook(workbook).summary // the seed: { error: 0, warning: 0, info: 14 }
 * @throws RoundingPolicyError when `options.policy` is not one of tight, calc11, strict
 */
export function reviewWorkbook(workbook: Workbook, options: ReviewOptions = {}): WorkbookReview {
  const tables = tableFindings(workbook, options);
  const params = readParams(workbook);
  const found = options.narrative ? undefined : findNarrativeText(workbook);
  const narrativeFindings = checkWorkbookNarrative(workbook, tables.recognition.tables, options.narrative);
  const all = [...tables.findings, ...params.findings, ...narrativeFindings];
  const findings = inReadingOrder(applyAcceptances(all, readAcceptances(workbook)), workbook);
  const narrative: ReviewedNarrative | undefined = options.narrative
    ? { source: options.narrative.name, given: true }
    : found
      ? { source: found.sheet, given: false }
      : undefined;
  return {
    recognition: tables.recognition,
    findings,
    summary: summarize(findings),
    relations: tables.relations,
    ...(narrative ? { narrative } : {}),
  };
}
