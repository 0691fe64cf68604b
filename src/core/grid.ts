/**
 * 工作表 — a host-agnostic sheet.
 *
 * Both hosts produce and consume this shape: the xlsx adapter (ExcelJS, in the CLI and tests) and
 * the Office.js adapter (inside Excel). Every check runs on Grids, so it runs identically in Excel
 * and on files. Rows and columns are 0-based and `values[0][0]` is cell A1 — a host pads the used
 * range so that addresses need no offset.
 */

/** An Excel error value such as #REF! or #VALUE!, kept distinct from text. */
export interface ErrorValue {
  readonly error: string;
}

/** What a cell holds, as read: the stored value, never the displayed text. */
export type CellValue = string | number | boolean | null | ErrorValue;

/** A rectangle of cells, inclusive, 0-based. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** How cells in a region look. Only what layouts need; hosts map it to their own format API. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  /** Thin borders on every edge of every cell of the region. */
  readonly border?: boolean;
  /** Fill colour as #RRGGBB. */
  readonly fill?: string;
}

/** A style applied to a rectangle of cells. */
export interface StyledRegion {
  readonly range: CellRange;
  readonly style: CellStyle;
}

/** 打印设置 — page setup for a printable table. */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  readonly paperSize: 'A4';
  readonly fitToWidth: boolean;
  /** Rows (0-based, inclusive) repeated at the top of every printed page. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
}

/** One worksheet. */
export interface Grid {
  /** The sheet name as the workbook shows it. */
  readonly name: string;
  /** Values by row then column; rows may be ragged, a missing cell is blank. */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats by row then column, where known (e.g. "#,##0.00"). */
  readonly numberFormats?: readonly (readonly (string | undefined)[])[];
  /** Formulas by row then column, where the cell holds one (without the leading "="). */
  readonly formulas?: readonly (readonly (string | undefined)[])[];
  readonly merges: readonly CellRange[];
  /** Column widths in Excel character units, by column. */
  readonly columnWidths?: readonly number[];
  readonly hiddenRows?: readonly number[];
  readonly styles?: readonly StyledRegion[];
  readonly print?: PrintSetup;
  /** The sheet is hidden from the user (e.g. our 校验说明 store). */
  readonly hidden?: boolean;
}

/** A workbook as an ordered list of sheets. */
export type Workbook = readonly Grid[];

/** The value at (row, col), blank when outside the data. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

/** The number format at (row, col), if the host reported one. */
export function numberFormatAt(grid: Grid, row: number, col: number): string | undefined {
  return grid.numberFormats?.[row]?.[col];
}

/** Number of rows that hold any cell. */
export function rowCount(grid: Grid): number {
  return grid.values.length;
}

/** Width of the widest row. */
export function columnCount(grid: Grid): number {
  let widest = 0;
  for (const row of grid.values) widest = Math.max(widest, row.length);
  return widest;
}

/** True for a CellValue that is an Excel error. */
export function isErrorValue(value: CellValue): value is ErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** True for a blank cell: null or text of only white space. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The cell's text as shown when it holds text, the number's shortest form otherwise. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (isErrorValue(value)) return value.error;
  return String(value).trim();
}

/**
 * Column letters for a 0-based index.
 * @example columnLetters(0) // "A"; columnLetters(27) // "AB"
 */
export function columnLetters(col: number): string {
  if (col >= 0 && col < COMMON_COLUMNS.length) return COMMON_COLUMNS[col]!;
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A–ZZ, spelled once: every amount cell's address starts with one (`toA1`). */
const COMMON_COLUMNS: readonly string[] = Array.from({ length: 26 * 27 }, (_, col) => lettersOf(col));

/** @example toA1(0, 0) // "A1" */
export function toA1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** @example rangeToA1({ top: 0, left: 0, bottom: 2, right: 5 }) // "A1:F3" */
export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** Misuse of an address helper: not an A1 reference. */
export class AddressError extends Error {
  constructor(readonly address: string) {
    super(`"${address}" is not an A1 cell address`);
    this.name = 'AddressError';
  }
}

/** @example fromA1("AB12") // { row: 11, col: 27 } */
export function fromA1(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  // Rows count from 1: "A0" names no cell.
  if (!match || Number(match[2]) < 1) throw new AddressError(address);
  let col = 0;
  for (const ch of match[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** @example rangeFromA1("A1:F3") // { top: 0, left: 0, bottom: 2, right: 5 } */
export function rangeFromA1(address: string): CellRange {
  const [first, second] = address.split(':');
  const a = fromA1(first ?? '');
  const b = second === undefined ? a : fromA1(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The merged range covering (row, col), if any. */
export function mergeAt(grid: Grid, row: number, col: number): CellRange | undefined {
  // Asked for every amount cell (half a million in a large department): a plain loop, no closure.
  for (const m of grid.merges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  return undefined;
}

/** A cell reference that names its sheet, for findings and sources. */
export interface CellRef {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
}

/** @example formatCellRef({ sheet: '表1 收支总表', cell: 'B3' }) // "'表1 收支总表'!B3" */
export function formatCellRef(ref: CellRef): string {
  const quoted = /^[A-Za-z0-9_]+$/.test(ref.sheet) ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${ref.cell}`;
}
