/**
 * 表格版式 — how a table of the document is set on the page: portrait or landscape, the text size,
 * and each column's width, chosen per table so that no header word breaks across lines (issue 16:
 * “政府性基/金”) and a figure never wraps.
 *
 * Widths are estimated from the characters (a CJK character is one em, a digit about 0.6 em in the
 * Latin fallbacks LibreOffice uses); the estimate errs wide, so a table set by it fits in Word, WPS
 * and LibreOffice alike. Pure arithmetic on twips: no docx here, so it is tested on its own.
 */
import type { ReportTable } from '../core/report';

/** A4 in twips with the document's margins (2.54 cm top and bottom, 2.2 cm left and right). */
export const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1247, right: 1247 } as const;

/** The text area of a page, in twips. */
export function contentWidth(orientation: Orientation): number {
  return (orientation === 'portrait' ? PAGE.width : PAGE.height) - PAGE.left - PAGE.right;
}

export function contentHeight(orientation: Orientation): number {
  return (orientation === 'portrait' ? PAGE.height : PAGE.width) - PAGE.top - PAGE.bottom;
}

export type Orientation = 'portrait' | 'landscape';

/** How one table is set. */
export interface TableGeometry {
  readonly orientation: Orientation;
  /** Text size in half-points (21 = 10.5pt 五号, 18 = 9pt 小五, 15 = 7.5pt 六号). */
  readonly size: number;
  /** Column widths in twips; they add up to the text width of the page. */
  readonly widths: readonly number[];
  /** Every cell that must stay on one line does; false only when even the last candidate is too narrow. */
  readonly fits: boolean;
}

/** The candidates in order of preference: the larger text first, portrait before landscape. */
const TABLE_CANDIDATES: readonly (readonly [Orientation, number])[] = [
  ['portrait', 21],
  ['portrait', 18],
  ['landscape', 21],
  ['landscape', 18],
  ['landscape', 15],
];
/** Forms (绩效目标表) are read at 9pt or 7.5pt, portrait first as the budget system prints them. */
const FORM_CANDIDATES: readonly (readonly [Orientation, number])[] = [
  ['portrait', 15],
  ['portrait', 18],
  ['landscape', 18],
  ['landscape', 15],
];

/** Cell margins left and right (60 twips each) and a little slack for the estimate. */
export const CELL_PADDING = 180;
/** A form's short label or value (≤ 5 characters: 一级指标, ≥90%, 99年) stays on one line; longer labels wrap, as the budget system prints them. */
const SHORT_TEXT = 6;
/** A figure, with a short unit after it (2008147.72元, 500000元/个, ≥90%): never broken. */
const FIGURE = /^[≥≤<>]?[\d.,\-%]+[^\d\s]{0,4}$/u;
/** A wrapping text column is never narrower than four characters. */
const MIN_TEXT_CHARS = 4;

/**
 * The printed width of a text in twips at `size` half-points: one em (size × 10 twips) per CJK or
 * full-width character, 0.6 em per digit or Latin letter, 0.3 em per space, comma or full stop.
 * @example textTwips('政府性基金', 18) // 900
 */
export function textTwips(text: string, size: number): number {
  const em = size * 10;
  let width = 0;
  for (const ch of text) {
    if (/[\u2e80-\uffff]/u.test(ch)) width += em;
    else if (/[\s,.:;'|!]/u.test(ch)) width += 0.3 * em;
    else width += 0.6 * em;
  }
  return Math.ceil(width);
}

interface Span {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Every cell of a merge → the merge. */
export function coveredCells(table: ReportTable): Map<string, Span> {
  const cells = new Map<string, Span>();
  for (const m of table.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) cells.set(`${r},${c}`, m);
  }
  return cells;
}

/** A cell that must stay on one line, and the columns it spans. */
interface Unbreakable {
  readonly left: number;
  readonly right: number;
  readonly text: string;
}

/** What the widths are computed from: one-line cells, and the natural width of each column's wrapping text. */
interface Needs {
  readonly unbreakable: readonly Unbreakable[];
  /** Per column, the width its longest wrapping text would like (0 when it has none). */
  readonly wrapping: readonly string[];
}

/**
 * Which cells stay on one line: in a disclosure table every header cell, figure and code, and body
 * text up to a short length (names wrap); in a form the labels and short values.
 */
function needsOf(table: ReportTable): Needs {
  const covered = coveredCells(table);
  const unbreakable: Unbreakable[] = [];
  const wrapping: string[] = Array.from({ length: table.columnCount }, () => '');
  const rows = [...table.header, ...table.body];
  rows.forEach((row, r) => {
    for (let c = 0; c < table.columnCount; c++) {
      const merge = covered.get(`${r},${c}`);
      if (merge && (merge.top !== r || merge.left !== c)) continue;
      const text = row[c]?.text ?? '';
      if (text === '') continue;
      const right = merge ? merge.right : c;
      const isHeader = r < table.header.length;
      const oneLine = isHeader || row[c]?.amount === true || FIGURE.test(text) || [...text].length <= (table.form ? SHORT_TEXT : 12);
      if (oneLine) unbreakable.push({ left: c, right, text });
      else if (right === c && [...text].length > [...(wrapping[c] ?? '')].length) wrapping[c] = text;
    }
  });
  return { unbreakable, wrapping };
}

/** Widths for one candidate, or undefined when the one-line cells cannot fit the page. */
function widthsFor(table: ReportTable, needs: Needs, orientation: Orientation, size: number): number[] | undefined {
  const available = contentWidth(orientation);
  const n = table.columnCount;
  const minimum = Array.from({ length: n }, (_, c) => (needs.wrapping[c] !== '' ? MIN_TEXT_CHARS * size * 10 + CELL_PADDING : CELL_PADDING));
  for (const cell of needs.unbreakable) {
    if (cell.left === cell.right) minimum[cell.left] = Math.max(minimum[cell.left] ?? 0, textTwips(cell.text, size) + CELL_PADDING);
  }
  // A spanning cell (合计 over 基本支出 | 项目支出) widens the columns it spans, evenly.
  for (const cell of needs.unbreakable) {
    if (cell.left === cell.right) continue;
    const need = textTwips(cell.text, size) + CELL_PADDING;
    const have = minimum.slice(cell.left, cell.right + 1).reduce((a, b) => a + b, 0);
    if (have >= need) continue;
    const extra = Math.ceil((need - have) / (cell.right - cell.left + 1));
    for (let c = cell.left; c <= cell.right; c++) minimum[c] = (minimum[c] ?? 0) + extra;
  }
  const total = minimum.reduce((a, b) => a + b, 0);
  if (total > available) return undefined;

  // The room left goes first to wrapping text columns, up to their longest text, then to every column
  // in proportion to the sheet's widths when it gave them, to the minimum widths otherwise.
  const widths = [...minimum];
  let room = available - total;
  const wants = widths.map((w, c) => Math.max(0, (needs.wrapping[c] ? textTwips(needs.wrapping[c] ?? '', size) + CELL_PADDING : 0) - w));
  const wanted = wants.reduce((a, b) => a + b, 0);
  if (wanted > 0) {
    const share = Math.min(1, room / wanted);
    wants.forEach((want, c) => {
      widths[c] = (widths[c] ?? 0) + Math.floor(want * share);
    });
    room = available - widths.reduce((a, b) => a + b, 0);
  }
  const weights = table.columnWidths && table.columnWidths.length === n ? table.columnWidths : widths;
  const weightTotal = weights.reduce((a, b) => a + b, 0);
  if (room > 0 && weightTotal > 0) {
    weights.forEach((w, c) => {
      widths[c] = (widths[c] ?? 0) + Math.floor((room * w) / weightTotal);
    });
  }
  const rest = available - widths.reduce((a, b) => a + b, 0);
  widths[n - 1] = (widths[n - 1] ?? 0) + rest;
  return widths;
}

/**
 * Sets a table: the first candidate (portrait 10.5pt, 9pt, then landscape 10.5pt, 9pt, 7.5pt — forms
 * from 9pt) on which every one-line cell fits; the last one, marked as not fitting, when none does.
 * @example tableGeometry(table).orientation // "landscape" for 表9, whose eight columns need it
 */
export function tableGeometry(table: ReportTable): TableGeometry {
  const needs = needsOf(table);
  const candidates = table.form ? FORM_CANDIDATES : TABLE_CANDIDATES;
  for (const [orientation, size] of candidates) {
    const widths = widthsFor(table, needs, orientation, size);
    if (widths) return { orientation, size, widths, fits: true };
  }
  const [orientation, size] = candidates[candidates.length - 1] ?? ['landscape', 15];
  const available = contentWidth(orientation);
  const even = Math.floor(available / Math.max(1, table.columnCount));
  return { orientation, size, widths: Array.from({ length: table.columnCount }, () => even), fits: false };
}
