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
 *
 * Last year's workbook (选择上年工作簿) comes as the file the user chose — a Blob, which crosses to
 * the worker without its bytes being copied — and is read here, by the xlsx reader loaded on demand
 * (ExcelJS is a chunk of its own, fetched only when a file was chosen); the review compares this
 * workbook with it and fills the 参数 上年 fields it leaves empty.
 */
import { applyBalance, proposeBalance, type BalanceAdjustment } from '../core/balance';
import { fromA1, type CellRef, type CellValue, type Grid, type Workbook } from '../core/grid';
import { coverageText, narrativeOfWorkbook, type ChartSpec } from '../core/narrative';
import { missingParamsBySection, type MissingParamSection } from '../core/params/missing';
import { findParamsSheet } from '../core/params/sheet';
import type { PreviousWorkbook } from '../core/previous';
import { tableProgress, type TableProgress } from '../core/progress';
import { asPrinted, draftReasons, type DraftReasons } from '../core/report/draft';
import { prepareReport } from '../core/report/prepare';
import { publicTextSheet } from '../core/report/public-text';
import { ACCEPTANCE_SHEET } from '../core/rules/acceptances';
import { formatFindingAmount, type Finding } from '../core/rules/finding';
import type { RoundingPolicy } from '../core/rules/rounding';
import { reviewWorkbook, type Suspect, type WorkbookReview } from '../core/review';
import { UnusableInputError } from '../xlsx/errors';
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
  /** The comparison with last year's workbook, when one was chosen. */
  previous?: PreviousView;
}

/** Last year's workbook as the user chose it: its file name, and the file itself (read where the review runs). */
export interface PreviousFile {
  name: string;
  file: Blob;
}

/**
 * What the comparison with last year's workbook gave: each 上年 figure read from it with its cells
 * there, `filled` where this year's 参数 leaves the field empty (the review then uses it); or why
 * the file could not be used (unreadable, or not this department's workbook of the year before).
 */
export interface PreviousView {
  /** The file name, as chosen. */
  name: string;
  /** Its year, when it was read. */
  year?: number;
  /** Why it was not compared; absent when it was. */
  reason?: string;
  figures: {
    /** The 参数 field (`lastYear.incomeTotal`). */
    field: string;
    /** As the 参数 sheet prints it (上年收入总计). */
    label: string;
    /** In 万元, as printed (“4,510.52”). */
    value: string;
    /** Its cells in last year's workbook. */
    sources: CellRef[];
    filled: boolean;
  }[];
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
  | { kind: 'status'; workbook: Workbook; policy: RoundingPolicy; previous?: PreviousFile }
  | { kind: 'narrative'; workbook: Workbook; policy: RoundingPolicy; previous?: PreviousFile }
  | { kind: 'report'; workbook: Workbook; policy: RoundingPolicy; previous?: PreviousFile }
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
function statusOf(workbook: Workbook, { review, unfinished }: { review: WorkbookReview; unfinished: readonly Finding[] }, previous?: PreviousView): WorkbookStatus {
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
    ...(previous ? { previous } : {}),
  };
}

/** Why a file chosen as last year's workbook cannot be read (its Chinese reason). */
interface Unreadable {
  name: string;
  reason: string;
}

/** Last year's workbook read from the file chosen, or why it cannot be read. */
async function readPreviousFile({ name, file }: PreviousFile): Promise<PreviousWorkbook | Unreadable> {
  const { readWorkbookBuffer } = await import(/* webpackChunkName: "xlsx-read" */ '../xlsx/read-buffer');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // The browser lost access to the file (moved, renamed or changed on disk since it was chosen).
    return { name, reason: `无法读取文件“${name}”（可能已被移动或修改），请重新选择。` };
  }
  try {
    return { name, workbook: await readWorkbookBuffer(bytes, name) };
  } catch (error) {
    if (error instanceof UnusableInputError) return { name, reason: error.reason };
    throw error;
  }
}

/** What the comparison with last year's workbook gave, as the pane shows it. */
function previousView(review: WorkbookReview, unreadable?: Unreadable): PreviousView | undefined {
  if (unreadable) return { name: unreadable.name, reason: unreadable.reason, figures: [] };
  const previous = review.previous;
  if (!previous) return undefined;
  const filled = new Set(previous.filled.map((figure) => figure.field));
  return {
    name: previous.name,
    ...(previous.year !== undefined ? { year: previous.year } : {}),
    ...(previous.reason !== undefined ? { reason: previous.reason } : {}),
    figures: previous.figures.map((figure) => ({
      field: figure.field,
      label: figure.label,
      value: formatFindingAmount(figure.value),
      sources: figure.sources.map(({ sheet, cell }) => ({ sheet, cell })),
      filled: filled.has(figure.field),
    })),
  };
}

/**
 * The review of the workbook — against last year's when a file was chosen — and its 情况说明,
 * generated from 参数 with the 上年 fields last year's workbook filled.
 */
async function reviewed(request: { workbook: Workbook; policy: RoundingPolicy; previous?: PreviousFile }) {
  const { previous, unreadable } = await chosenPrevious(request.previous);
  const review = reviewWorkbook(request.workbook, { policy: request.policy, ...(previous ? { previous } : {}) });
  const { narrative } = narrativeOfWorkbook(request.workbook, review.recognition.tables, review.params);
  return { narrative, status: statusOf(request.workbook, { review, unfinished: narrative.findings }, previousView(review, unreadable)) };
}

/** The file chosen as last year's workbook, read: the workbook, or why it cannot be read; nothing when none was chosen. */
async function chosenPrevious(file: PreviousFile | undefined): Promise<{ previous?: PreviousWorkbook; unreadable?: Unreadable }> {
  if (!file) return {};
  const read = await readPreviousFile(file);
  return 'workbook' in read ? { previous: read } : { unreadable: read };
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
      case 'status':
        return { kind: 'status', status: (await reviewed(request)).status };
      case 'narrative': {
        const { narrative, status } = await reviewed(request);
        return {
          kind: 'narrative',
          status,
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
        const { previous, unreadable } = await chosenPrevious(request.previous);
        const prepared = prepareReport(request.workbook, { policy: request.policy, ...(previous ? { previous } : {}) });
        const printed = asPrinted(prepared);
        const draft = draftReasons(prepared);
        return {
          kind: 'report',
          document: {
            status: statusOf(request.workbook, prepared, previousView(prepared.review, unreadable)),
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
