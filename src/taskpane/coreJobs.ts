/**
 * The pane's core work as message-passing jobs: asked with plain data (the workbook as read) and
 * answered with plain data, so that each runs in the pane's worker (check.worker.ts) or, where no
 * Worker can start, in the pane's own thread. Grids hold only strings, numbers, booleans and null;
 * findings carry their amounts as formatted strings (core/rules/finding), so both survive structured
 * cloning. The recognised tables (Decimal amounts) stay behind.
 *
 * Every count the pane shows comes from `status`: the core's one review of the workbook
 * (`reviewWorkbook`) and what its generated 情况说明 lacks (`narrativeOfWorkbook`'s 【待填写】; for
 * the report, prepareReport's `review` and `unfinished`, the same findings), nothing assembled here.
 * The status never builds the document, which only 报告 needs.
 */
import { applyBalance, proposeBalance, type BalanceAdjustment } from '../core/balance';
import { fromA1, type CellValue, type Grid, type Workbook } from '../core/grid';
import { coverageText, narrativeOfWorkbook, type ChartSpec } from '../core/narrative';
import { missingParamsBySection, type MissingParamSection } from '../core/params/missing';
import { findParamsSheet } from '../core/params/sheet';
import { tableProgress, type TableProgress } from '../core/progress';
import { asPrinted, draftReasons, type DraftReasons } from '../core/report/draft';
import { prepareReport } from '../core/report/prepare';
import { publicTextSheet } from '../core/report/public-text';
import { ACCEPTANCE_SHEET } from '../core/rules/acceptances';
import type { Finding } from '../core/rules/finding';
import type { RoundingPolicy } from '../core/rules/rounding';
import { reviewWorkbook, type Suspect, type WorkbookReview } from '../core/review';
import { narrativeLines, type NarrativeLine } from '../excel/narrative';
import { buildDocx } from '../report/docx';
import { segmentSentence, type Segment } from './narrativeText';

/** Where the workbook stands: what every step of the pane shows. */
export interface WorkbookStatus {
  /** The recognised tables, each filled in or not. */
  tables: TableProgress[];
  /** The review's findings (tables, 参数, 情况说明), accepted ones marked, in reading order. */
  findings: Finding[];
  /** Open findings by severity. */
  summary: WorkbookReview['summary'];
  /** The cells most likely wrong (most telling first); findings' `cause` index into them. */
  suspects: Suspect[];
  /** What the generated 情况说明 still lacks: its 【待填写】. */
  unfinished: Finding[];
  /** The same, the 参数 among them by the 参数 sheet's sections. */
  missingParams: MissingParamSection[];
  /** The 参数 sheet, when the workbook has one. */
  paramsSheet?: string;
  /** The sheet whose 情况说明 the review checked, when the workbook holds one. */
  narrativeSheet?: string;
  /** What became of that text's figures: “说明中 N 个数字：已核对 …，无法核对 …，未识别 …”. */
  narrativeCoverage?: string;
}

/** A generated 情况说明 as the pane shows it and writes it. */
export interface NarrativeView {
  title: string;
  sections: { heading: string; paragraphs: { heading?: string; segments: Segment[] }[] }[];
  /** The lines written into its sheet. */
  lines: NarrativeLine[];
  charts: ChartSpec[];
}

/** 生成公开文档, computed: the 公开文本 sheet, the Word file, and whether it is a draft. */
export interface PreparedDocument {
  status: WorkbookStatus;
  sheet: Grid;
  docx: Uint8Array;
  fileName: string;
  /** Why the document is marked 草稿; absent when it is not. */
  draft?: DraftReasons;
}

/** 舍位平衡, proposed: the adjustments (cell, from, to, why), or why balancing cannot be done. */
export type BalanceView =
  | { kind: 'proposal'; adjustments: BalanceAdjustment[]; unbalanced: string[] }
  | { kind: 'refused'; reason: string };

/**
 * 舍位平衡, confirmed: the values to write into the adjusted cells and the `_校验说明` sheet
 * recording each change with before and after; `changed` when the workbook no longer gives the
 * proposal the user confirmed (a figure was edited since), so nothing may be written.
 */
export type BalanceWrite =
  | { kind: 'write'; cells: { sheet: string; cell: string; value: CellValue }[]; record: Grid }
  | { kind: 'changed' }
  | { kind: 'refused'; reason: string };

export type CoreRequest =
  | { kind: 'status'; workbook: Workbook; policy: RoundingPolicy }
  | { kind: 'narrative'; workbook: Workbook; policy: RoundingPolicy }
  | { kind: 'report'; workbook: Workbook; policy: RoundingPolicy }
  | { kind: 'balance'; workbook: Workbook; policy: RoundingPolicy }
  | { kind: 'applyBalance'; workbook: Workbook; policy: RoundingPolicy; confirmed: readonly BalanceAdjustment[]; date: string };

/** The answer to each request, or the message of a misuse the core threw (e.g. an unknown policy). */
export type CoreReply =
  | { kind: 'status'; status: WorkbookStatus }
  | { kind: 'narrative'; narrative: NarrativeView; status: WorkbookStatus }
  | { kind: 'report'; document: PreparedDocument }
  | { kind: 'balance'; proposal: BalanceView }
  | { kind: 'applyBalance'; write: BalanceWrite }
  | { kind: 'failed'; message: string };

/** The status of a workbook from its review and what its 情况说明 lacks. */
function statusOf(workbook: Workbook, { review, unfinished }: { review: WorkbookReview; unfinished: readonly Finding[] }): WorkbookStatus {
  const paramsSheet = findParamsSheet(workbook)?.name;
  return {
    tables: tableProgress(review.recognition.tables),
    findings: [...review.findings],
    summary: review.summary,
    suspects: [...review.suspects],
    unfinished: [...unfinished],
    missingParams: missingParamsBySection(unfinished),
    ...(paramsSheet ? { paramsSheet } : {}),
    ...(review.narrative && !review.narrative.given ? { narrativeSheet: review.narrative.source, narrativeCoverage: coverageText(review.narrative.coverage) } : {}),
  };
}

/** The proposal as the pane shows it (the converted workbook and the values stay behind). */
function balanceView(workbook: Workbook, policy: RoundingPolicy): BalanceView {
  const proposal = proposeBalance(workbook, { policy });
  if (proposal.kind === 'refused') return { kind: 'refused', reason: proposal.reason };
  return { kind: 'proposal', adjustments: [...proposal.adjustments], unbalanced: [...proposal.unbalanced] };
}

/** What confirming the proposal writes, if the workbook still gives the proposal confirmed. */
function balanceWrite(workbook: Workbook, policy: RoundingPolicy, confirmed: readonly BalanceAdjustment[], date: string): BalanceWrite {
  const proposal = proposeBalance(workbook, { policy });
  if (proposal.kind === 'refused') return { kind: 'refused', reason: proposal.reason };
  const same = (a: BalanceAdjustment, b: BalanceAdjustment) => a.sheet === b.sheet && a.cell === b.cell && a.from === b.from && a.to === b.to;
  if (proposal.adjustments.length !== confirmed.length || proposal.adjustments.some((adjustment, i) => !same(adjustment, confirmed[i]!))) return { kind: 'changed' };
  const balanced = applyBalance(proposal, date);
  const grids = new Map(balanced.map((grid) => [grid.name, grid]));
  const record = grids.get(ACCEPTANCE_SHEET);
  if (!record || proposal.adjustments.length === 0) return { kind: 'refused', reason: '各合计与其组成项已完全相等，无需调整。' };
  const cells = proposal.adjustments.map(({ sheet, cell }) => {
    const { row, col } = fromA1(cell);
    return { sheet, cell, value: grids.get(sheet)?.values[row]?.[col] ?? null };
  });
  return { kind: 'write', cells, record };
}

/**
 * Answers a request. A throw is answered as `failed`, so that the waiting pane always gets an
 * answer rather than waiting for a worker that died.
 */
export async function answer(request: CoreRequest): Promise<CoreReply> {
  try {
    switch (request.kind) {
      case 'status': {
        const review = reviewWorkbook(request.workbook, { policy: request.policy });
        const { narrative } = narrativeOfWorkbook(request.workbook, review.recognition.tables);
        return { kind: 'status', status: statusOf(request.workbook, { review, unfinished: narrative.findings }) };
      }
      case 'narrative': {
        const review = reviewWorkbook(request.workbook, { policy: request.policy });
        const { narrative } = narrativeOfWorkbook(request.workbook, review.recognition.tables);
        return {
          kind: 'narrative',
          status: statusOf(request.workbook, { review, unfinished: narrative.findings }),
          narrative: {
            title: narrative.title,
            sections: narrative.sections.map((section) => ({
              heading: `${section.number}、${section.title}`,
              paragraphs: section.paragraphs.map((paragraph) => ({
                ...(paragraph.heading ? { heading: paragraph.heading } : {}),
                segments: paragraph.sentences.flatMap((sentence) => segmentSentence(sentence)),
              })),
            })),
            lines: narrativeLines(narrative),
            charts: [...narrative.charts],
          },
        };
      }
      case 'report': {
        const prepared = prepareReport(request.workbook, { policy: request.policy });
        const printed = asPrinted(prepared);
        const draft = draftReasons(prepared);
        return {
          kind: 'report',
          document: {
            status: statusOf(request.workbook, prepared),
            sheet: publicTextSheet(printed),
            docx: await buildDocx(printed),
            fileName: `${printed.cover.department}${printed.cover.title}.docx`.replace(/[\\/:*?"<>|]/g, ''),
            ...(draft ? { draft } : {}),
          },
        };
      }
      case 'balance':
        return { kind: 'balance', proposal: balanceView(request.workbook, request.policy) };
      case 'applyBalance':
        return { kind: 'applyBalance', write: balanceWrite(request.workbook, request.policy, request.confirmed, request.date) };
    }
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
