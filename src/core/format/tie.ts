/**
 * 尾差（分）— the tie-out of printed figures held as whole 分 (fen.ts), for BUDGET.TIE's fast path.
 *
 * The rule is core/rules/rounding.ts's `tieOut`, not a second copy: the tolerance is taken from its
 * `toleranceFor` (cached per count and policy), and for `calc11` the bound it reports is the
 * interval rule written as a number — |T − Σ| ≤ (n+1)·½ unit — which is what a whole number of 分
 * is compared with here. test/properties/fen.property.test.ts checks both paths agree.
 */
import { type RoundingPolicy, type TieOut, toleranceFor } from '../rules/rounding';

/** The result of a tie-out in 分: `difference` = total − Σ parts. */
export interface ScaledTieOut {
  readonly status: TieOut['status'];
  readonly difference: number;
}

const TOLERANCES = new Map<string, number>();

/** The policy's tolerance for n parts printed with two decimals, in 分. */
function toleranceInFen(n: number, policy: RoundingPolicy): number {
  const key = `${policy}:${n}`;
  let tolerance = TOLERANCES.get(key);
  if (tolerance === undefined) {
    tolerance = toleranceFor(n, 2, policy).times(100).toNumber();
    TOLERANCES.set(key, tolerance);
  }
  return tolerance;
}

/**
 * Ties out a total against its parts, all in 分 (printed with two decimals); undefined where a sum
 * could leave the safe integers.
 * @example tieOutFen(283701, [9359, 163, 172428, 101752], 'tight') // { status: 'rounding', difference: -1 }
 */
export function tieOutFen(total: number, parts: readonly number[], policy: RoundingPolicy): ScaledTieOut | undefined {
  let sum = 0;
  for (const part of parts) sum += part;
  const difference = total - sum;
  if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(difference)) return undefined;
  if (difference === 0) return { status: 'exact', difference };
  return { status: Math.abs(difference) <= toleranceInFen(parts.length, policy) ? 'rounding' : 'mismatch', difference };
}
