/**
 * 增减变动 — how a figure changed from last year, in the wording of the 情况说明.
 *
 * Source: domain guide, "Wording conventions": 比上年增加X万元，增长Y% / 减少X万元，下降Y% / 与上年持平;
 * growth from zero is written 新增 (or 增长100.00%); rates with two decimals computed from the
 * printed figures so a reader can recompute them.
 */
import { type Decimal, type DecimalInput, Decimal as D, type Unit, formatAmount, percent } from '../amount';

/** 变动方向 — up, down, unchanged, or new (from nothing). */
export type ChangeDirection = 'increase' | 'decrease' | 'flat' | 'new';

export interface Change {
  readonly direction: ChangeDirection;
  /** |current − prior|, exact. */
  readonly amount: Decimal;
  /** |change| / |prior| in percent, 四舍五入 to `places`; null when prior is zero. */
  readonly rate: Decimal | null;
}

/**
 * @example changeOf('4510.52', '3957.50') // { direction: 'increase', amount: 553.02, rate: 13.97 }
 */
export function changeOf(current: DecimalInput, prior: DecimalInput, places = 2): Change {
  const now = new D(current);
  const before = new D(prior);
  const difference = now.minus(before);
  const amount = difference.abs();
  const rate = before.isZero() ? null : percent(amount, before.abs(), places);
  if (difference.isZero()) return { direction: 'flat', amount, rate };
  if (before.isZero()) return { direction: 'new', amount, rate };
  return { direction: difference.isPositive() ? 'increase' : 'decrease', amount, rate };
}

/**
 * The change as a clause of the 情况说明 (without the leading 比上年 / 与上年).
 * @example describeChange('4510.52', '3957.50') // "增加553.02万元，增长13.97%"
 * @example describeChange('0', '12.00') // "减少12.00万元，下降100.00%"
 * @example describeChange('8.50', '0') // "新增8.50万元"
 * @example describeChange('8.50', '8.50') // "持平"
 */
export function describeChange(current: DecimalInput, prior: DecimalInput, unit: Unit = '万元', places = 2): string {
  const change = changeOf(current, prior, places);
  const amount = formatAmount(change.amount, places) + unit;
  const rate = change.rate === null ? '' : change.rate.toFixed(places) + '%';
  switch (change.direction) {
    case 'flat':
      return '持平';
    case 'new':
      return `新增${amount}`;
    case 'increase':
      return `增加${amount}，增长${rate}`;
    case 'decrease':
      return `减少${amount}，下降${rate}`;
  }
}
