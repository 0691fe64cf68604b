/**
 * 金额 — exact amounts for disclosure tables.
 *
 * Every amount in the product is a {@link Decimal} from the private clone below, configured for
 * 四舍五入 (round half away from zero). The global decimal.js configuration is never touched, so a
 * host that uses decimal.js for something else is not affected.
 *
 * Source: domain guide, "Rounding" — "round half away from zero (四舍五入); Math.round and toFixed
 * do not".
 */
import DecimalJs from 'decimal.js';

/**
 * Decimal configured for 四舍五入. `ROUND_HALF_UP` in decimal.js rounds ties away from zero
 * (−2.5 → −3), which is exactly 四舍五入 for both signs.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** Anything a Decimal can be made from: a Decimal, a numeric string or a number. */
export type DecimalInput = DecimalJs.Value;

/** 单位 — the unit a table prints its amounts in. */
export type Unit = '万元' | '元';

/** What parsing one cell gave. `blank` and `zero` are different: 0.00 counts as an item, blank does not. */
export type ParsedAmount =
  | { readonly kind: 'blank' }
  | { readonly kind: 'amount'; readonly value: Decimal; readonly decimals: number; readonly unit?: Unit }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'invalid'; readonly text: string; readonly reason: string };

/** Excel's error values, as Excel and ExcelJS spell them. */
export const EXCEL_ERRORS: readonly string[] = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
];

const BLANK_MARKS = new Set(['', '-', '—', '－', '--', '——', '/', '／']);

/** Full-width digits and punctuation (as typed with a Chinese IME) → ASCII. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[−–]/g, '-')
    .replace(/。/g, '.')
    .replace(/，/g, ',');
}

const NUMBER_SHAPE = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;

/**
 * Parses what a cell can hold into an exact amount.
 *
 * Accepts numbers; "4,052.12"; full-width "４，０５２．１２"; "(12.50)", "-12.50", "－12.50";
 * "12.50万元" / "1250元" (the unit is reported, not applied); "" "-" "—" "－" as blank; "0" and
 * "0.00" as zero (distinct from blank); Excel error values as `error`; anything else as `invalid`
 * with a reason — never NaN.
 *
 * @example parseAmount('４，０５２．１２') // { kind: 'amount', value: 4052.12, decimals: 2 }
 */
export function parseAmount(input: unknown): ParsedAmount {
  if (input === null || input === undefined) return { kind: 'blank' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { kind: 'invalid', text: String(input), reason: '不是有限数值' };
    // A binary float prints its shortest round-trip form; that is the number the user typed or Excel stored.
    const value = new Decimal(input);
    return { kind: 'amount', value, decimals: Math.max(0, value.decimalPlaces()) };
  }
  if (typeof input === 'boolean') return { kind: 'invalid', text: String(input), reason: '是逻辑值，不是金额' };
  if (typeof input === 'object' && input !== null && 'error' in input) {
    return { kind: 'error', code: String((input as { error: unknown }).error) };
  }
  if (typeof input !== 'string') return { kind: 'invalid', text: String(input), reason: '无法识别的单元格内容' };
  return parseAmountText(input);
}

/**
 * Plain ASCII figures ("4052.12", "-3", "2080505"): every step of the general path below leaves
 * them as they are, so they go straight to the Decimal. Recognition parses ~100k such strings in a
 * large department (bench/check.js).
 */
const PLAIN_NUMBER = /^-?\d+(?:\.(\d+))?$/;

function parseAmountText(original: string): ParsedAmount {
  const plain = PLAIN_NUMBER.exec(original);
  if (plain) return { kind: 'amount', value: new Decimal(original), decimals: plain[1]?.length ?? 0 };
  let text = toHalfWidth(original).replace(/\s+/g, '');
  if (BLANK_MARKS.has(text)) return { kind: 'blank' };
  const upper = text.toUpperCase();
  if (EXCEL_ERRORS.includes(upper)) return { kind: 'error', code: upper };
  let unit: Unit | undefined;
  const unitMatch = /(万元|元)$/.exec(text);
  if (unitMatch) {
    unit = unitMatch[1] as Unit;
    text = text.slice(0, -unitMatch[1]!.length);
  }
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    negative = true;
    text = parenthesised[1]!;
  }
  if (!NUMBER_SHAPE.test(text)) {
    return { kind: 'invalid', text: original, reason: `“${original}”不是金额` };
  }
  if (negative && /^[+-]/.test(text)) {
    return { kind: 'invalid', text: original, reason: `“${original}”的正负号不明确` };
  }
  const digits = text.replace(/,/g, '');
  let value = new Decimal(digits);
  if (negative) value = value.negated();
  const decimals = (/\.(\d+)$/.exec(digits)?.[1] ?? '').length;
  return unit ? { kind: 'amount', value, decimals, unit } : { kind: 'amount', value, decimals };
}

/** Rounds half away from zero (四舍五入) to `places` decimals. @example roundHalfUp('2.345', 2) // 2.35 */
export function roundHalfUp(value: DecimalInput, places: number): Decimal {
  return new Decimal(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** 元 → 万元, exact (no rounding). */
export function yuanToWan(yuan: DecimalInput): Decimal {
  return new Decimal(yuan).dividedBy(10000);
}

/** 万元 → 元, exact. */
export function wanToYuan(wan: DecimalInput): Decimal {
  return new Decimal(wan).times(10000);
}

/**
 * How many places a figure's last digit moves when it is converted between units: 元 → 万元 is 4
 * (1 元 is 0.0001 万元), 万元 → 元 is −4.
 * @example unitShift('元', '万元') // 4
 */
export function unitShift(from: Unit, to: Unit): number {
  return from === to ? 0 : from === '元' ? 4 : -4;
}

/** Converts an amount between units, exactly. */
export function convertUnit(value: DecimalInput, from: Unit, to: Unit): Decimal {
  if (from === to) return new Decimal(value);
  return from === '元' ? yuanToWan(value) : wanToYuan(value);
}

/**
 * Formats with thousands separators and a fixed number of places, rounding 四舍五入.
 * @example formatAmount('4510.52') // "4,510.52"
 */
export function formatAmount(value: DecimalInput, places = 2): string {
  const rounded = roundHalfUp(value, places);
  const [intPart, fraction] = rounded.abs().toFixed(places).split('.');
  const grouped = (intPart ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = rounded.isNegative() && !rounded.isZero() ? '-' : '';
  return sign + grouped + (fraction ? '.' + fraction : '');
}

/** @example formatWan('4510.52') // "4,510.52万元" */
export function formatWan(value: DecimalInput, places = 2): string {
  return formatAmount(value, places) + '万元';
}

/**
 * A percentage of part over whole, to `places` decimals, 四舍五入 — or `null` when the base is zero.
 * @example percent('553.02', '3957.50') // 13.97
 */
export function percent(part: DecimalInput, whole: DecimalInput, places = 2): Decimal | null {
  const base = new Decimal(whole);
  if (base.isZero()) return null;
  return roundHalfUp(new Decimal(part).times(100).dividedBy(base), places);
}

/** @example formatPercent(new Decimal('13.9737')) // "13.97%" */
export function formatPercent(value: DecimalInput, places = 2): string {
  return roundHalfUp(value, places).toFixed(places) + '%';
}

/** One unit of the last printed digit: 0.01 for 2 decimals. */
export function unitOfLastPlace(decimals: number): Decimal {
  return new Decimal(10).pow(-decimals);
}

/**
 * 格式位数 — how many decimals a number format prints: `#,##0.00` → 2, `0` → 0, `#,##0.0_);(#,##0.0)` → 1;
 * undefined for a format that does not fix them (General, text `@`, a percentage, a date).
 * Only the first section counts (positive numbers); quoted text and escapes are skipped.
 * Source: issue 13 item 6 (an integer-printed cell is 尾差 up to half a unit); ECMA-376 §18.8.31 numFmt.
 * @example formatDecimals('#,##0.00') // 2
 */
export function formatDecimals(format: string | undefined): number | undefined {
  if (!format) return undefined;
  const known = FORMAT_DECIMALS.get(format);
  if (known !== undefined || FORMAT_DECIMALS.has(format)) return known;
  // A workbook uses a handful of formats over hundreds of thousands of cells: each is read once.
  if (FORMAT_DECIMALS.size >= 1000) FORMAT_DECIMALS.clear();
  const decimals = readFormatDecimals(format);
  FORMAT_DECIMALS.set(format, decimals);
  return decimals;
}

const FORMAT_DECIMALS = new Map<string, number | undefined>();

function readFormatDecimals(format: string): number | undefined {
  const section = (format.split(';')[0] ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  if (!/[0#?]/.test(section) || /[%@]|[ymdhs]/i.test(section.replace(/[Ee][+-]/g, ''))) return undefined;
  const fraction = /\.([0#?]+)/.exec(section);
  return fraction ? fraction[1]!.length : 0;
}
