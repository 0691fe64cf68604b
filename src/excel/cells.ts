/**
 * What the Office.js adapter writes into cells and how it reads them back: text that Excel must
 * keep as text, Excel's answers (values + valueTypes + formulas) as Grid cells, sheet names, and
 * column widths. Pure helpers, no Office.js calls.
 */
import { EXCEL_ERRORS } from '../core/amount';
import { type CellRange, type CellValue, isErrorValue, rangeFromA1 } from '../core/grid';

/** Dates, times, percents, currency and numbers in the forms Excel's parser turns into numbers. */
const NUMBER_OR_DATE_LIKE = /^[\d\s.,:/%$¥￥()+\-eE]+$/;
const CHINESE_DATE_LIKE = /^\d{1,4}\s*年(\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?)?$|^\d{1,2}\s*月(\s*\d{1,2}\s*日)?$/;

/**
 * Text as it must be assigned to `range.values` so that Excel stores exactly this text.
 *
 * Excel parses what is assigned as if typed: "=…" becomes a formula, "+1"/"-1"/"2080505"/"12%"
 * a number, "2024/1/1" or "1月5日" a date, "TRUE" a boolean, "#N/A" an error. A leading apostrophe
 * (Excel's quote prefix) keeps the text as typed and is not part of the value.
 * @example asLiteralText('=SUM(A1)') // "'=SUM(A1)"; asLiteralText('合计') // "合计"
 */
export function asLiteralText(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}

function needsQuotePrefix(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@']/.test(text)) return true;
  const trimmed = text.trim();
  if (NUMBER_OR_DATE_LIKE.test(trimmed) && /\d/.test(trimmed)) return true;
  if (/^(true|false)$/i.test(trimmed)) return true;
  if (EXCEL_ERRORS.includes(trimmed.toUpperCase())) return true;
  return CHINESE_DATE_LIKE.test(trimmed);
}

/** A Grid cell as an entry of a 2-D `values`/`formulas` assignment. */
export function toWritable(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (isErrorValue(value)) return value.error;
  if (typeof value === 'string') return asLiteralText(value);
  return value;
}

/**
 * One cell of Excel's answer as a Grid cell: `valueTypes` tells an error (#REF!) from the same
 * text, and an empty cell (Excel answers "") from text.
 */
export function fromExcel(value: unknown, valueType: unknown): CellValue {
  switch (String(valueType)) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? value : Number(value);
    case 'Boolean':
      return Boolean(value);
    default:
      return value === null || value === undefined || value === '' ? null : (value as string | number | boolean);
  }
}

/**
 * The formula of a cell as Excel's `formulas` answers it, without "=", or undefined for a
 * constant. Text typed with a quote prefix ("'=abc") answers "=abc" both as value and formula;
 * that is text, not a formula.
 */
export function formulaOf(formula: unknown, value: unknown, valueType: unknown): string | undefined {
  if (typeof formula !== 'string' || !formula.startsWith('=') || formula.length < 2) return undefined;
  if (String(valueType) === 'String' && value === formula) return undefined;
  return formula.slice(1);
}

/** Characters Excel refuses in a sheet name. */
const INVALID_SHEET_CHARS = /[:\\/?*[\]]/g;
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name not in `taken` (compared as Excel does, ignoring case): the name itself, else
 * "name (2)", "name (3)" …, shortened to Excel's 31 characters.
 * @example uniqueSheetName('表1 收支总表', new Set(['表1 收支总表'])) // "表1 收支总表 (2)"
 */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.replace(INVALID_SHEET_CHARS, '_').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  const isTaken = (name: string): boolean => taken.has(name.toLowerCase());
  const first = base.slice(0, MAX_SHEET_NAME);
  if (!isTaken(first)) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!isTaken(candidate)) return candidate;
  }
}

/**
 * Excel column width in characters (as Grids and .xlsx files hold it) → points (as Office.js sets
 * it): pixels = width × 7 + 5 for the default 11-point font (7-pixel digits), 0.75 point a pixel.
 */
export function characterWidthToPoints(characters: number): number {
  return Math.trunc(characters * 7 + 5) * 0.75;
}

/**
 * The rectangles of a RangeAreas address, e.g. "'表1 收支总表'!A1:F1, '表1 收支总表'!A3:A4".
 * Sheet names may hold commas and exclamation marks inside their quotes.
 */
export function parseAreasAddress(address: string): CellRange[] {
  const areas: CellRange[] = [];
  const pattern = /(?:'(?:[^']|'')*'|[^',!]+)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
  for (const match of address.matchAll(pattern)) {
    areas.push(rangeFromA1(match[1]!.replace(/\$/g, '')));
  }
  return areas;
}
