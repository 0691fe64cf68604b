/**
 * 审核汇总 — the county's totals and the summary page a finance-bureau reviewer opens: one row per
 * workbook, a link to its detailed findings, unusable files with their reason. The HTML is one
 * self-contained file (inline CSS, no script, no external resource) so it can be mailed or archived.
 */
import * as path from 'node:path';
import type { CheckedWorkbook, ReviewFinding, WorkbookReview } from './types';

/** 全县合计 — totals over a batch. */
export interface ReviewTotals {
  readonly files: number;
  readonly checked: number;
  readonly unusable: number;
  /** Workbooks with at least one error (tables or 情况说明). */
  readonly withErrors: number;
  readonly tables: number;
  readonly error: number;
  readonly warning: number;
  readonly rounding: number;
  readonly narrative: number;
}

/** The summary as JSON (`--json`). */
export interface ReviewSummary {
  readonly totals: ReviewTotals;
  readonly workbooks: readonly WorkbookReview[];
}

/** True when a workbook has an error: a table rule (强制) or a 情况说明 statement that contradicts the tables. */
export function hasErrors(review: WorkbookReview): boolean {
  return review.status === 'checked' && review.findings.some((f) => f.level === 'error');
}

/** Totals over the batch. */
export function summarizeReviews(reviews: readonly WorkbookReview[]): ReviewSummary {
  const checked = reviews.filter((r): r is CheckedWorkbook => r.status === 'checked');
  const sum = (pick: (r: CheckedWorkbook) => number): number => checked.reduce((n, r) => n + pick(r), 0);
  return {
    totals: {
      files: reviews.length,
      checked: checked.length,
      unusable: reviews.length - checked.length,
      withErrors: reviews.filter(hasErrors).length,
      tables: sum((r) => r.tables.length),
      error: sum((r) => r.counts.error),
      warning: sum((r) => r.counts.warning),
      rounding: sum((r) => r.counts.rounding),
      narrative: sum((r) => r.counts.narrative ?? 0),
    },
    workbooks: reviews,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const LEVEL_LABEL: Record<ReviewFinding['level'], string> = { error: '错误', warning: '提示', rounding: '尾差', info: '信息' };
const LEVEL_ORDER: Record<ReviewFinding['level'], number> = { error: 0, warning: 1, rounding: 2, info: 3 };

function verdict(review: CheckedWorkbook): { text: string; css: string } {
  if (hasErrors(review)) return { text: '有错误，须更正', css: 'bad' };
  if (review.figures === 0) return { text: '表格未填数据', css: 'warn' };
  if (review.counts.warning > 0 || (review.counts.narrative ?? 0) > 0) return { text: '有提示，请核实', css: 'warn' };
  return { text: '通过', css: 'ok' };
}

const STYLE = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","SimSun",sans-serif;margin:24px;color:#222}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ccc;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0;font-size:13px}
th,td{border:1px solid #bbb;padding:4px 8px;vertical-align:top}th{background:#f0f0f0;white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.bad td.verdict{color:#b00020;font-weight:bold}tr.warn td.verdict{color:#a15c00}tr.ok td.verdict{color:#1b7f3b}
tr.unusable td{background:#fff4f4}tr.total td{font-weight:bold;background:#fafafa}
.level-error{color:#b00020;font-weight:bold}.level-warning{color:#a15c00}.level-rounding,.level-info{color:#555}
.muted{color:#777}a.back{font-size:12px;font-weight:normal;margin-left:12px}
`;

/** The label of a file in the summary: its path relative to the folder reviewed. */
function label(file: string, base: string | undefined): string {
  return base ? path.relative(base, file) || path.basename(file) : file;
}

/**
 * The summary page.
 * @param base the folder the files were found in; file names are shown relative to it.
 * @example renderReviewHtml(summarizeReviews(reviews), 'submissions/')
 */
export function renderReviewHtml(summary: ReviewSummary, base?: string): string {
  const { totals, workbooks } = summary;
  const rows = workbooks.map((review, i) => {
    const n = i + 1;
    const name = escapeHtml(label(review.file, base));
    if (review.status === 'unusable') {
      return `<tr class="unusable"><td class="num">${n}</td><td>${name}</td><td colspan="7" class="muted">—</td><td class="verdict">无法使用：${escapeHtml(review.reason)}</td></tr>`;
    }
    const v = verdict(review);
    const narrative = review.counts.narrative === null ? '<span class="muted">无说明</span>' : String(review.counts.narrative);
    return (
      `<tr class="${v.css}"><td class="num">${n}</td><td><a href="#wb-${n}">${name}</a></td>` +
      `<td>${escapeHtml(review.department ?? '—')}</td><td class="num">${review.year ?? '—'}</td>` +
      `<td class="num">${review.tables.length}</td><td class="num">${review.counts.error}</td><td class="num">${review.counts.warning}</td>` +
      `<td class="num">${review.counts.rounding}</td><td class="num">${narrative}</td><td class="verdict">${v.text}</td></tr>`
    );
  });
  const totalRow =
    `<tr class="total"><td></td><td>全县合计（${totals.files} 个文件）</td><td colspan="2">已检查 ${totals.checked} 个，无法使用 ${totals.unusable} 个</td>` +
    `<td class="num">${totals.tables}</td><td class="num">${totals.error}</td><td class="num">${totals.warning}</td>` +
    `<td class="num">${totals.rounding}</td><td class="num">${totals.narrative}</td><td>有错误的 ${totals.withErrors} 个</td></tr>`;

  const details = workbooks.flatMap((review, i) => {
    if (review.status !== 'checked') return [];
    const n = i + 1;
    const heading = `<h2 id="wb-${n}">${n}. ${escapeHtml(review.department ?? '（未识别部门）')} — ${escapeHtml(label(review.file, base))} <a class="back" href="#top">返回汇总</a></h2>`;
    const tables = `<p class="muted">识别到 ${review.tables.length} 张表：${review.tables.map(escapeHtml).join('、')}${review.narrativeSheet ? `；情况说明取自“${escapeHtml(review.narrativeSheet)}”` : '；未找到情况说明文本'}。</p>`;
    if (review.findings.length === 0) return [heading, tables, '<p>未发现问题。</p>'];
    const sorted = [...review.findings].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
    const lines = sorted.map(
      (f) =>
        `<tr><td class="level-${f.level}">${LEVEL_LABEL[f.level]}</td><td>${escapeHtml(f.sheet)}!${escapeHtml(f.cell)}</td>` +
        `<td>${f.narrative ? '情况说明' : '表格'}</td><td>${escapeHtml(f.message)}</td></tr>`,
    );
    return [heading, tables, '<table><thead><tr><th>级别</th><th>位置</th><th>类别</th><th>说明</th></tr></thead><tbody>', ...lines, '</tbody></table>'];
  });

  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<title>预算公开审核汇总</title>',
    `<style>${STYLE}</style></head><body>`,
    '<h1 id="top">预算公开审核汇总</h1>',
    `<p>共 ${totals.files} 个文件：已检查 ${totals.checked} 个，无法使用 ${totals.unusable} 个；有错误（须更正）的 ${totals.withErrors} 个。错误为强制性问题，提示由审核人员判断，尾差为舍入误差范围内的差额，不是错误。</p>`,
    '<table><thead><tr><th>序号</th><th>文件</th><th>部门</th><th>年度</th><th>识别表数</th><th>错误</th><th>提示</th><th>尾差</th><th>情况说明问题</th><th>结论</th></tr></thead><tbody>',
    ...rows,
    totalRow,
    '</tbody></table>',
    ...details,
    '</body></html>',
    '',
  ].join('\n');
}
