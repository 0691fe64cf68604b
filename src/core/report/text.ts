/**
 * 文字 — the small words the document model prints everywhere: Chinese numerals for headings and
 * the 【待填写：…】 mark, and the error a misused report input throws.
 */

/** Thrown for a report input that cannot make a document (misuse, not a workbook problem). */
export class ReportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportInputError';
  }
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * Chinese numeral for 1–99, as headings number their items (表十三, 二十一).
 * @example chineseNumeral(13) // "十三"
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new ReportInputError(`chineseNumeral: ${n} is outside 1–99`);
  if (n <= 10) return NUMERALS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : (NUMERALS[tens] ?? '')) + '十' + (ones === 0 ? '' : (NUMERALS[ones] ?? ''));
}

/** The mark a user searches for before publishing. */
export const PLACEHOLDER_MARK = '【待填写';

/**
 * 【待填写：…】 — what the document still lacks, in place.
 * @example placeholder('年度') // "【待填写：年度】"
 */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_MARK}：${what}】`;
}
