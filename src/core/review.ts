/**
 * 审核 — one review of a whole workbook: its tables, its 参数 and its 情况说明, with the accepted
 * findings marked, in reading order. Every host shows what this returns — the CLI's `check`,
 * `review` and `report`, the task pane's 校验 and 报告, the report's appendix — so the same workbook
 * gives the same counts everywhere.
 * Source: issue 14 item 3; issue 15 item 1.
 */
import { inReadingOrder, tableFindings, type CheckOptions } from './check';
import type { Workbook } from './grid';
import { localizeErrors } from './localize';
import { checkWorkbookNarrative, findNarrativeText, type GivenNarrative, type NarrativeCoverage } from './narrative';
import { readParams, type ReadParams } from './params';
import { checkPrevious, paramsWithPrevious, type PreviousCheck, type PreviousWorkbook } from './previous';
import type { Recognition } from './recognize';
import { applyAcceptances, readAcceptances } from './rules/acceptances';
import { makeFinding, summarize, type Finding } from './rules/finding';
import type { Relation } from './rules/relation';

/** What to review besides the workbook; every field has a default. */
export interface ReviewOptions extends CheckOptions {
  /**
   * A 情况说明 given apart from the workbook (`check --narrative FILE.txt`); by default the one the
   * workbook holds, if any.
   */
  readonly narrative?: GivenNarrative;
  /**
   * Last year's workbook: its figures fill the 参数 上年 fields left empty (the 情况说明's 比上年 is
   * checked against them) and every 上年 figure this workbook states is compared with them.
   */
  readonly previous?: PreviousWorkbook;
}

/** Where the reviewed 情况说明 came from. */
export interface ReviewedNarrative {
  /** The sheet (or, for a text given apart, the file name) it was read from. */
  readonly source: string;
  /** Given apart from the workbook, or found in it. */
  readonly given: boolean;
  /** What became of its figures: checked, 无法核对 (no table or 参数 holds them), 未识别. */
  readonly coverage: NarrativeCoverage;
}

/**
 * 很可能填错的单元格 — a cell whose change makes every broken tie-out it reads hold, without
 * breaking another (error localisation). Plain data, like findings.
 */
export interface Suspect {
  readonly sheet: string;
  readonly cell: string;
  /** The table's title as printed. */
  readonly table: string;
  /** The value as printed ("4,610.52"); empty for a blank cell. */
  readonly current: string;
  /** What it should be, as it would be printed ("4,510.52"). */
  readonly suggested: string;
  /** Indexes into the review's `findings` of the findings its change repairs. */
  readonly explains: readonly number[];
}

/**
 * How every host words a suspect: “很可能是 '表3'!C5 填错：现为 4,610.52，应为 4,510.52（可解释以下 7 项）”,
 * or for an equally likely cell that explains no finding of its own “也可能是 …（同样可解释上述 n 项）”.
 * `place` names the cell as the host shows cells; `explained` counts the findings shown under it.
 */
export function suspectHeading(suspect: Suspect, place: string, explained: number): string {
  const current = suspect.current === '' ? '空白' : suspect.current;
  const head = `${place} 填错：现为 ${current}，应为 ${suspect.suggested}`;
  return explained > 0 ? `很可能是 ${head}（可解释以下 ${explained} 项）` : `也可能是 ${head}（同样可解释上述 ${suspect.explains.length} 项）`;
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
  /** Every tie-out of the tables as a relation over cells, held or broken (recorded when first read). */
  readonly relations: readonly Relation[];
  /**
   * The cells most likely wrong, most telling first; each finding they explain carries `cause`,
   * the index of its suspect here.
   */
  readonly suspects: readonly Suspect[];
  /**
   * The 参数 as the review used them: the sheet's, with the 上年 fields it leaves empty taken from
   * last year's workbook when one was given. The generator and the report read these, so that they
   * state what the review checked.
   */
  readonly params: ReadParams;
  /** The 情况说明 that was checked, if there was one. */
  readonly narrative?: ReviewedNarrative;
  /** The comparison with last year's workbook, when one was given (its findings are in `findings`). */
  readonly previous?: PreviousCheck;
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
  const previous = options.previous ? checkPrevious({ workbook, tables: tables.recognition.tables, params }, options.previous) : undefined;
  const used = paramsWithPrevious(params, previous);
  const narrativeCheck = checkWorkbookNarrative(workbook, tables.recognition.tables, options.narrative, used);
  const all = [...tables.findings, ...params.findings, ...(previous?.findings ?? []), ...narrativeCheck.findings];
  const withAcceptances = applyAcceptances(all, readAcceptances(workbook));
  // A finding as reviewed (accepted or not), looked up only when localisation has something to explain.
  let reviewedBy: ReadonlyMap<Finding, Finding> | undefined;
  const reviewed = (finding: Finding): Finding => (reviewedBy ??= new Map(all.map((made, index) => [made, withAcceptances[index]!]))).get(finding) ?? finding;
  const located = tables.brokenTieOut ? localizeErrors(tables.relations, { isAccepted: (finding) => reviewed(finding).accepted !== undefined }) : [];
  const { findings, suspects } = withCauses(inReadingOrder(withAcceptances, workbook), located, reviewed);
  const narrative: ReviewedNarrative | undefined = options.narrative
    ? { source: options.narrative.name, given: true, coverage: narrativeCheck.coverage }
    : found
      ? { source: found.sheet, given: false, coverage: narrativeCheck.coverage }
      : undefined;
  return {
    recognition: tables.recognition,
    findings,
    summary: summarize(findings),
    get relations() {
      return tables.relations;
    },
    suspects,
    params: used,
    ...(narrative ? { narrative } : {}),
    ...(previous ? { previous } : {}),
  };
}

/** Findings with the index of the suspect that explains each (the first that does), and suspects with indexes. */
function withCauses(
  ordered: Finding[],
  located: ReturnType<typeof localizeErrors>,
  reviewed: (finding: Finding) => Finding,
): { findings: Finding[]; suspects: Suspect[] } {
  if (located.length === 0) return { findings: ordered, suspects: [] };
  const cause = new Map<Finding, number>();
  located.forEach((suspect, index) => {
    for (const explained of suspect.explains) {
      const finding = reviewed(explained);
      if (!cause.has(finding)) cause.set(finding, index);
    }
  });
  const position = new Map(ordered.map((finding, index) => [finding, index]));
  const findings = ordered.map((finding) => {
    const index = cause.get(finding);
    return index === undefined ? finding : makeFinding({ ...finding, cause: index });
  });
  const suspects = located.map(({ explains, ...place }) => ({
    ...place,
    explains: explains
      .flatMap((finding) => {
        const index = position.get(reviewed(finding));
        return index === undefined ? [] : [index];
      })
      .sort((a, b) => a - b),
  }));
  return { findings, suspects };
}
