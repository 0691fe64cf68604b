/**
 * 公开文本的文档模型 — the whole disclosure as pure data, before any file format.
 *
 * One model feeds every output: the Word export (src/report/docx.ts), the `公开文本` sheet in
 * Excel (publicTextSheet) and anything else that prints the document. It holds text that is
 * already formatted (amounts with thousands separators and two places) so that every output
 * prints the same characters. Source: domain guide, "The document" (第一部分 … 第四部分).
 */
import type { CellRange } from '../grid';

/** A cell of a laid-out table as it is printed. */
export interface ReportCell {
  /** The printed text: amounts already formatted (4,052.12), codes and names as in the sheet. */
  readonly text: string;
  readonly align: 'left' | 'center' | 'right';
  /** The cell is an amount column's value (right-aligned, 2 places). */
  readonly amount: boolean;
}

/** 报表 — one disclosure table as laid out in its sheet: title, unit line, header rows with merges, body, note. */
export interface ReportTable {
  /** 1-based position in 第二部分 (表一, 表二 …). */
  readonly number: number;
  /** The sheet the table was taken from. */
  readonly sheet: string;
  /** The title as printed, e.g. 2024年预算收支总表. */
  readonly title: string;
  /** The unit line as printed, e.g. 单位：万元; absent when the sheet has none. */
  readonly unitLine?: string;
  /** 部门名称：… as printed above the table (the document prints one for every table). */
  readonly departmentLine?: string;
  /**
   * A form (绩效目标表): label and text cells in a grid, no column headers; its text cells wrap,
   * where a disclosure table's cells each hold one line.
   */
  readonly form?: boolean;
  /** The line under a form's title, e.g. (2024年度). */
  readonly caption?: string;
  readonly columnCount: number;
  readonly header: readonly (readonly ReportCell[])[];
  readonly body: readonly (readonly ReportCell[])[];
  /**
   * Merged ranges relative to the table: row 0 is the first header row (body rows follow the
   * header rows), column 0 the table's first column. A covered cell's text is empty.
   */
  readonly merges: readonly CellRange[];
  /** Relative column widths (Excel character units) when the sheet gave them. */
  readonly columnWidths?: readonly number[];
  /** The printed note, e.g. 注：本表无数据. */
  readonly note?: string;
}

/** 图 — a chart of the 情况说明 (the seed has 一般公共预算当年拨款结构图 and 三公经费分布图). */
export interface ReportChart {
  readonly kind: 'pie' | 'bar';
  readonly title: string;
  readonly categories: readonly string[];
  /** Amounts as exact decimal strings, in `unit`. */
  readonly values: readonly string[];
  readonly unit: string;
}

/** 审核意见 — one finding printed in the review appendix. */
export interface ReportFinding {
  readonly severity: 'error' | 'warning' | 'info';
  /** 错误 / 提示 / 信息. */
  readonly severityLabel: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
}

/** 未完成事项 — what keeps the document a draft: an error of the review, or a 【待填写】 left in it. */
export interface UnfinishedItem {
  readonly kind: 'error' | 'placeholder';
  /** Where to fix it: a cell (表3!C5, 参数!B12) or the part of the document (第三部分 五、…). */
  readonly where: string;
  /** What is wrong or missing, in the words of the finding or the placeholder. */
  readonly what: string;
}

/** A block of the document body, in reading order. */
export type ReportBlock =
  /** A heading; level 1 and 2 are listed in the 目录. A table's title is a centred level-2 heading. */
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly tableTitle?: boolean }
  | { readonly kind: 'paragraph'; readonly text: string; readonly placeholder?: boolean }
  | { readonly kind: 'table'; readonly table: ReportTable }
  | { readonly kind: 'chart'; readonly chart: ReportChart }
  | { readonly kind: 'findings'; readonly findings: readonly ReportFinding[] }
  /** The draft's last page: what must be done before the document can be published. */
  | { readonly kind: 'unfinished'; readonly items: readonly UnfinishedItem[] }
  /** The next block starts on a new page. */
  | { readonly kind: 'pageBreak' };

/** 封面 — the cover page. */
export interface ReportCover {
  readonly department: string;
  /** 年度, when known. */
  readonly year: number | undefined;
  /** e.g. 2024年度部门预算公开. */
  readonly title: string;
  /** 草稿 — printed on the cover while anything is unfinished. */
  readonly draft: boolean;
}

/** The whole disclosure. */
export interface ReportDocument {
  readonly cover: ReportCover;
  /** 目录 — where the table of contents goes (after the cover); outputs fill it from the headings. */
  readonly toc: { readonly title: string };
  readonly blocks: readonly ReportBlock[];
  /** True for a review copy (审核稿): the findings appendix is present. */
  readonly review: boolean;
  /** What is unfinished, listed on the last page; empty for the final document. */
  readonly unfinished: readonly UnfinishedItem[];
}
