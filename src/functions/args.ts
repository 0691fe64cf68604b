/**
 * Reading custom-function arguments. Excel passes what the cells hold — numbers, text, booleans,
 * null or "" for blank, and (with data-type-any parameters) error values — so every argument is
 * checked here and a bad one becomes a {@link BadArgument} that the function returns as #VALUE!
 * with a Chinese message naming what was wrong.
 */
import { convertUnit, type Decimal, parseAmount, type Unit } from '../core/amount';
import { scaledHalfUp } from '../core/format/fen';
import { excelError, type FunctionError, isFunctionError } from './runtime';

/** A bad argument: returned to Excel as #VALUE! (or the code given) with a zh-CN message. */
export class BadArgument extends Error {
  constructor(
    message: string,
    readonly code: 'invalidValue' | 'divisionByZero' | 'invalidNumber' = 'invalidValue',
  ) {
    super(message);
    this.name = 'BadArgument';
  }

  toExcel(): FunctionError {
    return excelError(this.code, this.message);
  }
}

/** Runs a function body; a bad argument becomes the Excel error it describes. */
export function guarded<T>(body: () => T): T | FunctionError {
  try {
    return body();
  } catch (error) {
    if (error instanceof BadArgument) return error.toExcel();
    throw error;
  }
}

/** A blank argument: an empty cell, an omitted optional, or text of spaces. */
export function isBlankArg(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * An amount argument: a number or the text forms `parseAmount` accepts ("4,052.12", "(12.50)",
 * "４，０５２．１２", "4510.52万元"). A unit suffix in the text is converted to `unit` when given.
 * @throws BadArgument for blank (unless allowed by the caller checking first), text, booleans, errors
 */
export function amountArg(value: unknown, what: string, unit?: Unit): Decimal {
  if (isFunctionError(value)) throw new BadArgument(`${what}引用了错误值 ${value.code}`);
  const parsed = parseAmount(value);
  switch (parsed.kind) {
    case 'blank':
      throw new BadArgument(`${what}为空`);
    case 'error':
      throw new BadArgument(`${what}引用了错误值 ${parsed.code}`);
    case 'invalid':
      throw new BadArgument(`${what}无法识别：${parsed.reason}`);
    case 'amount':
      return unit && parsed.unit ? convertUnit(parsed.value, parsed.unit, unit) : parsed.value;
  }
}

/** Every amount of a range argument, blanks left out (a blank cell is no item). */
export function amountsArg(range: unknown, what: string): Decimal[] {
  const amounts: Decimal[] = [];
  for (const [index, cell] of cellsOf(range).entries()) {
    if (isBlankArg(cell) || parseAmount(cell).kind === 'blank') continue;
    amounts.push(amountArg(cell, `${what}第${index + 1}个单元格`));
  }
  return amounts;
}

/** The cells of a range argument in reading order (a single value counts as a one-cell range). */
export function cellsOf(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  // A plain loop: flatMap over Excel's row arrays was most of ROLLUP's time (bench/functions.js).
  const cells: unknown[] = [];
  for (const row of range as unknown[]) {
    if (Array.isArray(row)) for (const cell of row as unknown[]) cells.push(cell);
    else cells.push(row);
  }
  return cells;
}

/** Decimal places: a whole number in [min, max], `fallback` when omitted. */
export function placesArg(value: unknown, fallback: number, min = 0, max = 10): number {
  if (isBlankArg(value)) return fallback;
  const places = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(places) || places < min || places > max) {
    throw new BadArgument(`小数位数应为 ${min} 到 ${max} 之间的整数，而不是“${String(value)}”`);
  }
  return places;
}

/** 单位: 万元 (default) or 元. */
export function unitArg(value: unknown): Unit {
  if (isBlankArg(value)) return '万元';
  const text = String(value).trim();
  if (text === '万元' || text === '元') return text;
  throw new BadArgument(`单位应为“万元”或“元”，而不是“${text}”`);
}

/** Text that is a plain decimal ("4510.52", "-3"): read the same by the fast paths and by parseAmount. */
const PLAIN_DECIMAL_TEXT = /^-?\d+(?:\.\d+)?$/;

/**
 * An argument the fast paths in 分 (core/format/fen.ts) can take as it is: a number, or text that
 * is a plain decimal; undefined for anything else (which then goes through {@link amountArg}).
 */
export function plainDecimal(value: unknown): number | string | undefined {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && PLAIN_DECIMAL_TEXT.test(value) ? value : undefined;
}

/**
 * Every amount of a range argument rounded 四舍五入 to `places` decimals as whole numbers (分 for
 * two), blanks left out; undefined as soon as a cell is anything but a number, a plain decimal or
 * empty — the caller then reads the range with {@link amountsArg}, which explains what is wrong.
 */
export function scaledAmountsArg(range: unknown, places: number): number[] | undefined {
  const scaled: number[] = [];
  for (const cell of cellsOf(range)) {
    if (cell === null || cell === undefined || cell === '') continue;
    const plain = plainDecimal(cell);
    const value = plain === undefined ? undefined : scaledHalfUp(plain, places);
    if (value === undefined) return undefined;
    scaled.push(value);
  }
  return scaled;
}
