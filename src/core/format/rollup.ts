/**
 * 按科目汇总 — the sum of a code's rows counting each amount once.
 *
 * Coded tables print 类, 款 and 项 rows together, each 类/款 row already the sum of the rows below it
 * (domain guide, "Rules that must hold": 类 = Σ its 款, 款 = Σ its 项). Summing every row under a
 * prefix would count the same money two or three times; only the deepest rows — those with no
 * longer code of theirs in the list — are added.
 */
import { Decimal } from '../amount';

export interface CodedAmount {
  /** Normalised code (2080505, 20805, 208). */
  readonly code: string;
  readonly amount: Decimal;
}

/**
 * @example rollupByCode([{ code: '208', amount: d('215.57') }, { code: '20805', amount: d('215.57') },
 *   { code: '2080505', amount: d('150.00') }, { code: '2080506', amount: d('65.57') }], '208') // 215.57
 */
export function rollupByCode(rows: readonly CodedAmount[], prefix: string): Decimal {
  const codes = rows.map((row) => row.code);
  let sum = new Decimal(0);
  for (const row of rows) {
    if (!row.code.startsWith(prefix)) continue;
    const hasChild = codes.some((code) => code.length > row.code.length && code.startsWith(row.code));
    if (!hasChild) sum = sum.plus(row.amount);
  }
  return sum;
}
