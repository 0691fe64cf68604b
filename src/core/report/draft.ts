/**
 * 草稿 — a document that still has 【待填写】 or open errors is a draft, and says so on its cover
 * and in its first lines, so that nobody publishes it by mistake (issue 15: "the document says 草稿
 * until nothing is [unfinished]").
 */
import type { PreparedReport } from './prepare';
import type { ReportDocument } from './model';

/** What keeps a prepared report a draft. */
export interface DraftReasons {
  /** 【待填写】 the 情况说明 still has (PreparedReport.unfinished). */
  readonly unfinished: number;
  /** Errors of the review not accepted (they cannot be). */
  readonly errors: number;
}

/**
 * Why the prepared report is a draft, or undefined when it is finished.
 * @example draftReasons(prepareReport(blankTemplates)) // { unfinished: 38, errors: 0 }
 */
export function draftReasons(prepared: Pick<PreparedReport, 'review' | 'unfinished'>): DraftReasons | undefined {
  const reasons = { unfinished: prepared.unfinished.length, errors: prepared.review.summary.error };
  return reasons.unfinished + reasons.errors > 0 ? reasons : undefined;
}

/**
 * The document as it may be printed: its title marked （草稿） and a first paragraph saying what is
 * unfinished while there is anything; the document unchanged otherwise.
 * @example asPrinted(prepareReport(blankTemplates)).cover.title // "2025年度部门预算公开（草稿）"
 */
export function asPrinted(prepared: Pick<PreparedReport, 'document' | 'review' | 'unfinished'>): ReportDocument {
  const reasons = draftReasons(prepared);
  if (!reasons) return prepared.document;
  const what = [
    reasons.unfinished > 0 ? `${reasons.unfinished}处待填写` : '',
    reasons.errors > 0 ? `${reasons.errors}项校验错误` : '',
  ].filter((part) => part !== '');
  const { document } = prepared;
  return {
    ...document,
    cover: { ...document.cover, title: `${document.cover.title}（草稿）` },
    blocks: [{ kind: 'paragraph', text: `本文档为草稿：尚有${what.join('、')}，处理后请重新生成，勿作公开。`, placeholder: true }, ...document.blocks],
  };
}
