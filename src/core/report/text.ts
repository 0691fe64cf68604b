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

/** The place names of a four-digit number, thousands first. */
const PLACES = ['千', '百', '十', ''];

/**
 * Chinese numeral for 1–9999, as headings number their items (表十三, 二十一, 表一百零五): below
 * 20 without the leading 一 (十三), from 100 with it (一百一十); one 零 for a run of zeros inside.
 * @example chineseNumeral(13) // "十三"; chineseNumeral(105) // "一百零五"
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new ReportInputError(`chineseNumeral: ${n} is outside 1–9999`);
  if (n <= 10) return NUMERALS[n] ?? '';
  if (n < 20) return `十${NUMERALS[n % 10] === '零' ? '' : (NUMERALS[n % 10] ?? '')}`;
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let text = '';
  let zero = false;
  digits.forEach((digit, place) => {
    if (digit === 0) {
      zero = text !== '';
      return;
    }
    text += `${zero ? '零' : ''}${NUMERALS[digit] ?? ''}${PLACES[place] ?? ''}`;
    zero = false;
  });
  return text;
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
