/**
 * 批量审核 — what reviewing one workbook of a county's submissions gives: plain data, so that it
 * crosses a worker-thread boundary (structured clone) and goes into JSON unchanged.
 */

/** One problem, as the summary lists it. */
export interface ReviewFinding {
  readonly rule: string;
  /** error 错误 (强制) · warning 提示 · rounding 尾差 · info 信息. */
  readonly level: 'error' | 'warning' | 'rounding' | 'info';
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  /** From the 情况说明 checker rather than the table rules. */
  readonly narrative: boolean;
}

/** A workbook that could be checked. */
export interface CheckedWorkbook {
  readonly status: 'checked';
  readonly file: string;
  readonly department?: string;
  readonly year?: number;
  readonly tables: readonly string[];
  /** Amount cells holding a figure, over all tables: 0 for a template handed in unfilled. */
  readonly figures: number;
  readonly counts: {
    readonly error: number;
    readonly warning: number;
    /** 尾差: tie-outs within rounding tolerance. */
    readonly rounding: number;
    readonly info: number;
    /** 情况说明 findings; null when the workbook holds no 情况说明 text. */
    readonly narrative: number | null;
  };
  /** The sheet the 情况说明 was read from, when there is one. */
  readonly narrativeSheet?: string;
  readonly findings: readonly ReviewFinding[];
}

/** A file that is not a usable workbook, with the reason in Chinese. */
export interface UnusableFile {
  readonly status: 'unusable';
  readonly file: string;
  readonly reason: string;
}

export type WorkbookReview = CheckedWorkbook | UnusableFile;
