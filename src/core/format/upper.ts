/**
 * 人民币大写 — an amount in 元 written in the capital numerals used on cheques and vouchers.
 *
 * Rules (中国人民银行《支付结算办法》附件《正确填写票据和结算凭证的基本规定》): digits 零壹贰叁肆伍陆柒捌玖,
 * units 拾佰仟万亿; an amount that ends at 元 ends with 整; one 零 stands for a run of zeros inside
 * the number; a zero 元 digit before non-zero 角 may go unwritten (we leave it out), a zero 角 before
 * non-zero 分 is written 零. Amounts are first rounded 四舍五入 to 分.
 */
import { Decimal, type DecimalInput, roundHalfUp } from '../amount';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const POSITIONS = ['', '拾', '佰', '仟'] as const;
const SECTIONS = ['', '万', '亿'] as const;

/** The largest amount written: 9999亿9999万9999元99分 (below one 万亿). */
export const MAX_UPPER_AMOUNT = new Decimal('999999999999.99');

/** Misuse: an amount too large to write with 亿 as the largest unit. */
export class UpperAmountRangeError extends Error {
  constructor(readonly amount: string) {
    super(`amount ${amount} is beyond ${MAX_UPPER_AMOUNT.toFixed(2)} and cannot be written in capitals`);
    this.name = 'UpperAmountRangeError';
  }
}

/**
 * @example rmbUpper(45105200) // "肆仟伍佰壹拾万伍仟贰佰元整"
 * @example rmbUpper('1680.02') // "壹仟陆佰捌拾元零贰分"
 * @throws UpperAmountRangeError beyond 999,999,999,999.99
 */
export function rmbUpper(amount: DecimalInput): string {
  const rounded = roundHalfUp(amount, 2);
  if (rounded.abs().greaterThan(MAX_UPPER_AMOUNT)) throw new UpperAmountRangeError(rounded.toFixed(2));
  return writeCapitals(rounded.isNegative() && !rounded.isZero(), rounded.abs().toFixed(2).replace('.', ''));
}

/** The largest amount written, in 分. */
export const MAX_UPPER_FEN = 99_999_999_999_999;

/**
 * The same capitals from a whole number of 分 (the custom function's fast path, see fen.ts).
 * @example rmbUpperFen(4510520000) // "肆仟伍佰壹拾万伍仟贰佰元整"
 * @throws UpperAmountRangeError beyond 99,999,999,999,999 分
 */
export function rmbUpperFen(fen: number): string {
  if (!Number.isSafeInteger(fen) || Math.abs(fen) > MAX_UPPER_FEN) throw new UpperAmountRangeError(String(fen / 100));
  return writeCapitals(fen < 0, String(Math.abs(fen)).padStart(3, '0'));
}

/** Capitals from the digits of |amount| in 分 (at least three: 元 digits, 角, 分). */
function writeCapitals(negative: boolean, fenDigits: string): string {
  const integer = integerWords(fenDigits.slice(0, -2));
  const jiao = Number(fenDigits[fenDigits.length - 2]);
  const fen = Number(fenDigits[fenDigits.length - 1]);
  if (integer === '' && jiao === 0 && fen === 0) return '零元整';
  let text = integer === '' ? '' : `${integer}元`;
  if (jiao === 0 && fen === 0) {
    text += '整';
  } else {
    if (jiao > 0) text += `${DIGITS[jiao]}角`;
    else if (integer !== '') text += '零';
    if (fen > 0) text += `${DIGITS[fen]}分`;
  }
  return (negative ? '负' : '') + text;
}

/** The integer part in capitals without 元 ('' for 0). */
function integerWords(digits: string): string {
  const trimmed = digits.replace(/^0+/, '');
  if (trimmed === '') return '';
  const groups: string[] = [];
  for (let end = trimmed.length; end > 0; end -= 4) groups.unshift(trimmed.slice(Math.max(0, end - 4), end));
  let text = '';
  // A zero seen since the last written digit, to be written as one 零 before the next digit.
  let zeroPending = false;
  groups.forEach((group, index) => {
    const section = SECTIONS[groups.length - 1 - index]!;
    const padded = group.padStart(4, '0');
    if (/^0+$/.test(padded)) {
      if (text !== '') zeroPending = true;
      return;
    }
    let groupText = '';
    let trailingZeros = false;
    for (let i = 0; i < 4; i++) {
      const digit = Number(padded[i]);
      if (digit === 0) {
        if (text !== '' || groupText !== '') trailingZeros = true;
        continue;
      }
      if (zeroPending || trailingZeros) groupText += '零';
      zeroPending = false;
      trailingZeros = false;
      groupText += DIGITS[digit]! + POSITIONS[3 - i]!;
    }
    // Zeros at the end of a group are carried by its unit (壹拾万伍仟, not 壹拾万零伍仟).
    text += groupText + section;
  });
  return text;
}
