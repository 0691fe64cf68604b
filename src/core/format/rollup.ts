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
  const deepest = deepestRows(rows.map((row) => row.code));
  let sum = new Decimal(0);
  rows.forEach((row, index) => {
    if (deepest[index] && row.code.startsWith(prefix)) sum = sum.plus(row.amount);
  });
  return sum;
}

/**
 * The same sum over amounts in whole 分 (fen.ts); undefined where it could leave the safe integers.
 * @example rollupFen(['208', '20805', '2080505', '2080506'], [21557, 21557, 15000, 6557], '208') // 21557
 */
export function rollupFen(codes: readonly string[], amounts: readonly number[], prefix: string): number | undefined {
  const deepest = deepestRows(codes);
  let sum = 0;
  codes.forEach((code, index) => {
    if (deepest[index] && code.startsWith(prefix)) sum += amounts[index]!;
  });
  return Number.isSafeInteger(sum) ? sum : undefined;
}

/**
 * For each code, whether no longer code in the list starts with it. A parent is as long as some
 * code in the list, so only prefixes of those lengths are collected (3 and 5 for 类/款/项 codes).
 */
function deepestRows(codes: readonly string[]): boolean[] {
  const lengths = [...new Set(codes.map((code) => code.length))];
  const parents = new Set<string>();
  for (const code of codes) for (const length of lengths) if (length < code.length) parents.add(code.slice(0, length));
  return codes.map((code) => !parents.has(code));
}
