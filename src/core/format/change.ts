/**
 * 增减变动 — how a figure changed from last year, in the wording of the 情况说明.
 *
 * Source: domain guide, "Wording conventions": 比上年增加X万元，增长Y% / 减少X万元，下降Y% / 与上年持平;
 * growth from zero is written 新增; rates with two decimals. A change that prints as 0.00 is 持平.
 * A rate over a negative base, or a fall from zero, has no meaning (the guide lists "a 完成率 over a
 * zero base" among the mistakes a checker should catch): such a change is refused with the reason.
 */
import { Decimal, type DecimalInput, type Unit, formatAmount, percent, roundHalfUp } from '../amount';
import { divideHalfUp, exactScaled, formatScaled } from './fen';

/** The wording of a change, or why it cannot be worded (in Chinese, for the user). */
export type ChangeWording = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'refused'; readonly reason: string };

/** What a change looks like once printed: its direction, the amount and the rate as printed. */
type PrintedChange =
  | { readonly direction: 'flat' }
  | { readonly direction: 'new'; readonly amount: string }
  | { readonly direction: 'increase' | 'decrease'; readonly amount: string; readonly rate: string }
  | { readonly direction: 'negativeBase'; readonly prior: string }
  | { readonly direction: 'fallFromZero' };

/**
 * The change as a clause of the 情况说明 (without the leading 比上年 / 与上年).
 * @example describeChange('4510.52', '3957.50') // { kind: 'text', text: '增加553.02万元，增长13.97%' }
 * @example describeChange('8.50', '0') // { kind: 'text', text: '新增8.50万元' }
 * @example describeChange('8.501', '8.50') // { kind: 'text', text: '持平' }
 * @example describeChange('5', '-10') // { kind: 'refused', reason: '上年金额为负数（-10.00），无法计算增减幅度' }
 */
export function describeChange(current: DecimalInput, prior: DecimalInput, unit: Unit = '万元', places = 2): ChangeWording {
  const printed = printedFromScaled(current, prior, places) ?? printedFromDecimals(new Decimal(current), new Decimal(prior), places);
  switch (printed.direction) {
    case 'flat':
      return { kind: 'text', text: '持平' };
    case 'new':
      return { kind: 'text', text: `新增${printed.amount}${unit}` };
    case 'increase':
      return { kind: 'text', text: `增加${printed.amount}${unit}，增长${printed.rate}%` };
    case 'decrease':
      return { kind: 'text', text: `减少${printed.amount}${unit}，下降${printed.rate}%` };
    case 'negativeBase':
      return { kind: 'refused', reason: `上年金额为负数（${printed.prior}），无法计算增减幅度` };
    case 'fallFromZero':
      return { kind: 'refused', reason: '上年金额为0而本年为负数，无法计算增减幅度' };
  }
}

/** The exact path over Decimals. */
function printedFromDecimals(now: Decimal, before: Decimal, places: number): PrintedChange {
  const difference = now.minus(before);
  const amount = difference.abs();
  if (roundHalfUp(amount, places).isZero()) return { direction: 'flat' };
  if (before.isNegative() && !before.isZero()) return { direction: 'negativeBase', prior: formatAmount(before, places) };
  if (before.isZero()) return difference.isPositive() ? { direction: 'new', amount: formatAmount(amount, places) } : { direction: 'fallFromZero' };
  const rate = percent(amount, before, places)!;
  return {
    direction: difference.isPositive() ? 'increase' : 'decrease',
    amount: formatAmount(amount, places),
    rate: formatAmount(rate, places).replace(/,/g, ''),
  };
}

/**
 * The same in whole units of the last place (fen.ts) when both figures have at most `places`
 * decimals; undefined otherwise, or where the arithmetic could leave the safe integers.
 */
function printedFromScaled(current: DecimalInput, prior: DecimalInput, places: number): PrintedChange | undefined {
  if ((typeof current !== 'number' && typeof current !== 'string') || (typeof prior !== 'number' && typeof prior !== 'string')) return undefined;
  const now = exactScaled(current, places);
  const before = exactScaled(prior, places);
  if (now === undefined || before === undefined) return undefined;
  const difference = now - before;
  const amount = Math.abs(difference);
  if (amount === 0) return { direction: 'flat' };
  if (before < 0) return { direction: 'negativeBase', prior: formatScaled(before, places) };
  if (before === 0) return difference > 0 ? { direction: 'new', amount: formatScaled(amount, places) } : { direction: 'fallFromZero' };
  // percent with `places` decimals: amount ÷ before × 100 × 10^places, both already scaled alike.
  const rate = divideHalfUp(amount * 100 * 10 ** places, before);
  if (rate === undefined) return undefined;
  return {
    direction: difference > 0 ? 'increase' : 'decrease',
    amount: formatScaled(amount, places),
    rate: formatScaled(rate, places).replace(/,/g, ''),
  };
}
