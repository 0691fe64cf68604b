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
  if (rounded.isZero()) return '零元整';
  const [integerDigits, fraction] = rounded.abs().toFixed(2).split('.') as [string, string];
  const integer = integerWords(integerDigits);
  const jiao = Number(fraction[0]);
  const fen = Number(fraction[1]);
  let text = integer === '' ? '' : `${integer}元`;
  if (jiao === 0 && fen === 0) {
    text += '整';
  } else {
    if (jiao > 0) text += `${DIGITS[jiao]}角`;
    else if (integer !== '') text += '零';
    if (fen > 0) text += `${DIGITS[fen]}分`;
  }
  return (rounded.isNegative() ? '负' : '') + text;
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
