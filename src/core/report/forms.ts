/**
 * 绩效目标表 — the 整体 and project performance-target tables of a workbook, cut out of their sheets
 * as the document prints them: the title, the year line under it, the form's cells with their merges,
 * and the signature line (负责人、经办人 …) under it. A table runs from its title to the row before
 * the next title, as the performance module reads it (`findPerformanceTitles`).
 * Source: the seed prints them in 十、绩效管理情况 (seed text lines 555–1541); issue 16.
 */
import { formatAmount } from '../amount';
import { cellText, numberFormatAt, type CellRange, type Grid, type Workbook } from '../grid';
import { findPerformanceTitles } from '../performance/read';
import type { ReportCell, ReportTable } from './model';

/** A year line under the title: (2024年度), (2024)年度. */
const CAPTION = /^[(（]?\s*\d{4}\s*[)）]?\s*年度?\s*[)）]?$/u;
/** The signature line under the form. */
const SIGNATURE = /^(负责人|经办人|填报人)/u;

function rowTexts(grid: Grid, row: number): string[] {
  return (grid.values[row] ?? []).map((value) => cellText(value ?? null));
}

function isBlankRow(grid: Grid, row: number): boolean {
  return rowTexts(grid, row).every((t) => t === '');
}

/** A cell as printed: a figure in the sheet's format (two places for an amount format), text as it is. */
function formCell(grid: Grid, row: number, col: number): ReportCell {
  const value = grid.values[row]?.[col] ?? null;
  if (typeof value === 'number') {
    const format = numberFormatAt(grid, row, col) ?? '';
    const places = /0\.00/.test(format) ? 2 : /0\.0/.test(format) ? 1 : undefined;
    const text = places === undefined ? (/#,##/.test(format) ? formatAmount(value, 0) : cellText(value)) : formatAmount(value, places);
    return { text, align: 'right', amount: true };
  }
  return { text: cellText(value), align: 'left', amount: false };
}

/** One form, from its title row to `bottom`. */
function cutForm(grid: Grid, titleRow: number, bottom: number, number: number): ReportTable | undefined {
  let last = bottom;
  while (last > titleRow && isBlankRow(grid, last)) last--;
  const title = rowTexts(grid, titleRow).filter((t) => t !== '').join(' ');
  let top = titleRow + 1;
  while (top <= last && isBlankRow(grid, top)) top++;
  const captionTexts = rowTexts(grid, top).filter((t) => t !== '');
  const caption = captionTexts.length === 1 && CAPTION.test(captionTexts[0] ?? '') ? captionTexts[0] : undefined;
  if (caption !== undefined) top++;
  while (top <= last && isBlankRow(grid, top)) top++;
  const lastTexts = rowTexts(grid, last).filter((t) => t !== '');
  const note = last > top && SIGNATURE.test(lastTexts[0] ?? '') ? lastTexts.join('    ') : undefined;
  const formBottom = note === undefined ? last : last - 1;
  if (formBottom < top) return undefined;

  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  for (let r = top; r <= formBottom; r++) {
    rowTexts(grid, r).forEach((t, c) => {
      if (t === '') return;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  }
  for (const m of grid.merges) {
    if (m.top >= top && m.bottom <= formBottom && m.left <= right && m.right >= left) {
      left = Math.min(left, m.left);
      right = Math.max(right, m.right);
    }
  }
  const body: ReportCell[][] = [];
  for (let r = top; r <= formBottom; r++) {
    const cells: ReportCell[] = [];
    for (let c = left; c <= right; c++) cells.push(formCell(grid, r, c));
    body.push(cells);
  }
  const merges: CellRange[] = grid.merges
    .filter((m) => m.top >= top && m.bottom <= formBottom && m.left >= left && m.right <= right)
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .map((m) => ({ top: m.top - top, bottom: m.bottom - top, left: m.left - left, right: m.right - left }));
  const widths = grid.columnWidths?.slice(left, right + 1);
  return {
    number,
    sheet: grid.name,
    title,
    form: true,
    ...(caption === undefined ? {} : { caption }),
    columnCount: right - left + 1,
    header: [],
    body,
    merges,
    ...(widths && widths.length === right - left + 1 ? { columnWidths: widths } : {}),
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * Every 绩效目标表 of the workbook, in workbook order (sheet by sheet, top to bottom).
 * @example targetForms([departmentPerformanceSheet({ department: '某局' })])[0].title // "部门整体支出绩效目标表"
 */
export function targetForms(workbook: Workbook): ReportTable[] {
  const forms: ReportTable[] = [];
  for (const grid of workbook) {
    if (grid.hidden) continue;
    const titles = findPerformanceTitles(grid);
    titles.forEach((title, i) => {
      const bottom = (titles[i + 1]?.row ?? grid.values.length) - 1;
      const form = cutForm(grid, title.row, bottom, forms.length + 1);
      if (form) forms.push(form);
    });
  }
  return forms;
}
