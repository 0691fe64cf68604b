/**
 * 校验 as a message-passing job: the pure core work of a check (the core's one review of the workbook), asked with plain
 * data and answered with plain data, so it can run in the check worker (check.worker.ts) or, where
 * no Worker can start, in the pane's own thread. Grids hold only strings, numbers, booleans and null,
 * and findings carry their amounts as formatted strings (core/rules/finding), so both survive
 * structured cloning; the recognised tables (with Decimal amounts) stay behind, only their count
 * crosses.
 */
import { reviewWorkbook, type WorkbookReview } from '../core/review';
import type { Workbook } from '../core/grid';
import type { Finding } from '../core/rules/finding';
import type { RoundingPolicy } from '../core/rules/rounding';

/** What the pane shows of a check. */
export interface CheckReport {
  /** How many tables were recognised. */
  tables: number;
  findings: Finding[];
  /** Findings by severity, accepted ones left out. */
  summary: WorkbookReview['summary'];
}

/** The question put to the check worker. */
export interface CheckRequest {
  workbook: Workbook;
  policy: RoundingPolicy;
}

/** The answer: the report, or the message of a misuse the core threw (e.g. an unknown policy). */
export type CheckReply = { kind: 'done'; report: CheckReport } | { kind: 'failed'; message: string };

/**
 * Runs the check. A throw is answered as `failed`, so that the waiting pane always gets an answer
 * and shows the message, rather than waiting for a worker that died.
 */
export function answerCheck({ workbook, policy }: CheckRequest): CheckReply {
  try {
    const result = reviewWorkbook(workbook, { policy });
    return { kind: 'done', report: { tables: result.recognition.tables.length, findings: [...result.findings], summary: result.summary } };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
