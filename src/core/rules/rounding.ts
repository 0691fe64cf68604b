/**
 * 尾差 — rounding-aware tie-out of a printed total against its printed parts.
 *
 * A disclosure prints amounts rounded (四舍五入) from the budget system's exact 元 and 分, so a
 * printed total may differ from the sum of its printed parts by a few units of the last digit.
 * The seed's 22401 应急管理事务 is printed 2837.01 while its four 项 sum to 2837.02. That is 尾差,
 * not an error; a difference larger than rounding can explain is an error.
 *
 * Source: domain guide, "Rounding"; XBRL Calculations 1.1 (the "round-to-nearest" interval rule,
 * as implemented by Arelle's calculation checks).
 */
import { Decimal, unitOfLastPlace } from '../amount';

/** One unit of the last printed digit, by decimals: computed once each (a check runs thousands of tie-outs). */
const UNITS = new Map<number, Decimal>();
function unitFor(decimals: number): Decimal {
  let unit = UNITS.get(decimals);
  if (!unit) {
    unit = unitOfLastPlace(checkedDecimals(decimals));
    UNITS.set(decimals, unit);
  }
  return unit;
}

/**
 * 舍入口径 — how much difference a tie-out tolerates.
 * - `strict`: none (for totals that are formulas in the workbook);
 * - `tight` (default): floor(n/2) units of the last printed digit — what still holds when every
 *   figure, the total included, was rounded half-up from exact values;
 * - `calc11`: the XBRL Calculations 1.1 interval rule, (n+1)·½ unit.
 */
export type RoundingPolicy = 'strict' | 'tight' | 'calc11';

/** Every policy, in the order a user interface should offer them. */
export const ROUNDING_POLICIES: readonly RoundingPolicy[] = ['tight', 'calc11', 'strict'];

/** The default policy: the tight bound, sound for figures rounded 四舍五入 from exact values. */
export const DEFAULT_ROUNDING_POLICY: RoundingPolicy = 'tight';

/**
 * The result of a tie-out: `exact` when total = Σ parts, `rounding` (尾差) when the difference is
 * within the policy's tolerance, `mismatch` otherwise. `difference` = total − Σ parts.
 */
export interface TieOut {
  readonly status: 'exact' | 'rounding' | 'mismatch';
  readonly sum: Decimal;
  readonly difference: Decimal;
  readonly tolerance: Decimal;
}

/** Misuse of the rounding API: an unknown policy name or a fractional number of decimals. */
export class RoundingPolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoundingPolicyError';
  }
}

/**
 * 区间 — the closed interval of exact values a printed figure can stand for.
 * A value printed with d decimals stands for [v − ½·10^-d, v + ½·10^-d].
 */
export interface Interval {
  readonly low: Decimal;
  readonly high: Decimal;
}

/**
 * The interval a printed value stands for.
 * @example printedInterval(new Decimal('12.1'), 1) // [12.05, 12.15]
 */
export function printedInterval(value: Decimal, decimals: number): Interval {
  const half = unitFor(decimals).dividedBy(2);
  return { low: value.minus(half), high: value.plus(half) };
}

/** The interval of a sum: the sum of the lows to the sum of the highs (interval arithmetic). */
export function sumIntervals(intervals: readonly Interval[]): Interval {
  let low = new Decimal(0);
  let high = new Decimal(0);
  for (const interval of intervals) {
    low = low.plus(interval.low);
    high = high.plus(interval.high);
  }
  return { low, high };
}

/**
 * True when two closed intervals share at least one point.
 * @example intersects({ low: 57.55, high: 57.65 }, { low: 57.4, high: 57.6 }) // true
 */
export function intersects(a: Interval, b: Interval): boolean {
  return a.low.lessThanOrEqualTo(b.high) && b.low.lessThanOrEqualTo(a.high);
}

/**
 * The largest |total − Σ parts| a policy tolerates for n printed parts with `decimals` decimals.
 * @example toleranceFor(4, 2, 'tight') // 0.02
 */
export function toleranceFor(n: number, decimals: number, policy: RoundingPolicy): Decimal {
  // A check makes hundreds of thousands of tie-outs over a few (n, decimals): each tolerance once.
  const key = `${policy} ${n} ${decimals}`;
  let tolerance = TOLERANCES.get(key);
  if (!tolerance) {
    tolerance = computeTolerance(n, decimals, policy);
    if (TOLERANCES.size >= 10_000) TOLERANCES.clear();
    TOLERANCES.set(key, tolerance);
  }
  return tolerance;
}

const TOLERANCES = new Map<string, Decimal>();

function computeTolerance(n: number, decimals: number, policy: RoundingPolicy): Decimal {
  const unit = unitFor(decimals);
  switch (checkedPolicy(policy)) {
    case 'strict':
      return new Decimal(0);
    case 'tight':
      return unit.times(Math.floor(n / 2));
    case 'calc11':
      return unit.times(n + 1).dividedBy(2);
  }
}

/** 印出数 — a figure as printed: its value and the decimals of its last printed digit. */
export interface PrintedFigure {
  readonly value: Decimal;
  readonly decimals: number;
}

/**
 * Ties out a printed total against its printed parts.
 *
 * `tight`: |T − Σ| ≤ floor(n/2) units. Each part and the total carry a rounding error in
 * (−½, ½] unit, so T − Σ lies strictly inside ±(n+1)/2 units and, being a whole number of units,
 * within floor(n/2) of them.
 *
 * `calc11`, XBRL Calculations 1.1 (round-to-nearest): a fact reported with d decimals stands for
 * the interval of values that round to it, ±½·10^-d; a summation is consistent when the interval
 * of the total intersects the sum of the intervals of its contributing items — i.e.
 * |T − Σ| ≤ (n+1)·½ unit.
 *
 * n counts the parts passed: blank cells are simply not passed; 0.00 cells are parts.
 *
 * @example
 * // the seed's 22401 应急管理事务, 表2: 2837.01 vs 93.59 + 1.63 + 1724.28 + 1017.52 = 2837.02
 * tieOut(d('2837.01'), [d('93.59'), d('1.63'), d('1724.28'), d('1017.52')], 2, 'tight')
 * // { status: 'rounding', sum: 2837.02, difference: -0.01, tolerance: 0.02 }
 * @throws RoundingPolicyError for an unknown policy or fractional decimals
 */
export function tieOut(total: Decimal, parts: readonly Decimal[], decimals: number, policy: RoundingPolicy): TieOut {
  return tieOutPrinted({ value: total, decimals }, parts.map((value) => ({ value, decimals })), policy);
}

/**
 * Ties out figures printed at different precisions (issue 13 item 6: a table whose 合计 prints
 * 86,959,408.34 over parts printed as whole 元, "22,118,861"). Each figure stands for its own interval,
 * ±½ unit of its own last digit, so the bound is the sum of the half-units: Σ ½·10^-dᵢ over the total
 * and the parts. `calc11` tolerates up to that bound (the intervals meet); `tight` the largest
 * multiple of the finest unit strictly below it (rounding errors are strictly inside ±½ unit
 * but for one side), which is floor(n/2) units when every figure has the same decimals; `strict` none.
 * @example tieOutPrinted(p('86959408.34', 2), [p('22118861', 0), p('64840547.00', 2)], 'tight').status // 'rounding'
 * @throws RoundingPolicyError for an unknown policy or fractional decimals
 */
export function tieOutPrinted(total: PrintedFigure, parts: readonly PrintedFigure[], policy: RoundingPolicy): TieOut {
  let sum = new Decimal(0);
  for (const part of parts) sum = sum.plus(part.value);
  const difference = total.value.minus(sum);
  // One precision throughout (the usual table) needs no list of the figures: a department ties out
  // a quarter of a million of them.
  const tolerance = parts.every((part) => part.decimals === total.decimals) ? toleranceFor(parts.length, total.decimals, policy) : mixedTolerance([total, ...parts], policy);
  const consistent = () => intersects(printedInterval(total.value, total.decimals), sumIntervals(parts.map((p) => printedInterval(p.value, p.decimals))));
  return { status: statusOf(difference, tolerance, policy, consistent), sum, difference, tolerance };
}

/** The tolerance of a tie-out over figures of different precisions; see {@link tieOutPrinted}. */
function mixedTolerance(figures: readonly PrintedFigure[], policy: RoundingPolicy): Decimal {
  switch (checkedPolicy(policy)) {
    case 'strict':
      return new Decimal(0);
    case 'calc11':
      return figures.reduce((bound, figure) => bound.plus(unitFor(figure.decimals).dividedBy(2)), new Decimal(0));
    case 'tight': {
      const bound = figures.reduce((sum, figure) => sum.plus(unitFor(figure.decimals).dividedBy(2)), new Decimal(0));
      const finest = unitFor(Math.max(...figures.map((figure) => figure.decimals)));
      return bound.dividedBy(finest).ceil().minus(1).times(finest);
    }
  }
}

/**
 * Compares the same quantity printed in two tables (a class total in 表1 and in 表3).
 *
 * One table may round the exact total while the other sums rounded items, so the two printings
 * may differ by one unit of the last digit (尾差): `tight` and `calc11` both tolerate one unit
 * (for calc11: the two ±½-unit intervals meet); `strict` tolerates none.
 * `sum` is `b`, `difference` = a − b.
 *
 * @example compareSame(d('4052.12'), d('4052.13'), 2, 'tight') // status 'rounding', tolerance 0.01
 */
export function compareSame(a: Decimal, b: Decimal, decimals: number, policy: RoundingPolicy): TieOut {
  const unit = unitFor(decimals);
  const tolerance = checkedPolicy(policy) === 'strict' ? new Decimal(0) : unit;
  const difference = a.minus(b);
  const status = statusOf(difference, tolerance, policy, () =>
    intersects(printedInterval(a, decimals), printedInterval(b, decimals)),
  );
  return { status, sum: b, difference, tolerance };
}

/**
 * Validates a policy name at a boundary (a CLI option, a custom function's argument).
 * @throws RoundingPolicyError naming the accepted values
 */
export function parseRoundingPolicy(text: string): RoundingPolicy {
  const policy = ROUNDING_POLICIES.find((p) => p === text.trim().toLowerCase());
  if (!policy) {
    throw new RoundingPolicyError(`rounding policy "${text}" is not one of ${ROUNDING_POLICIES.join(', ')}`);
  }
  return policy;
}

function statusOf(
  difference: Decimal,
  tolerance: Decimal,
  policy: RoundingPolicy,
  calc11Consistent: () => boolean,
): TieOut['status'] {
  if (difference.isZero()) return 'exact';
  // calc11 is decided by the intervals themselves (the spec's definition); the tolerance it
  // reports is the same bound written as a number, so that a finding can print it.
  const within = policy === 'calc11' ? calc11Consistent() : difference.abs().lessThanOrEqualTo(tolerance);
  return within ? 'rounding' : 'mismatch';
}

/**
 * Decimals as XBRL counts them: 2 for 0.01, 0 for whole 元, −2 for figures rounded to hundreds of
 * 元 (a 万元 table with two decimals converted to 元 prints multiples of 100).
 */
function checkedDecimals(decimals: number): number {
  if (!Number.isInteger(decimals)) {
    throw new RoundingPolicyError(`decimals must be a whole number, got ${decimals}`);
  }
  return decimals;
}

function checkedPolicy(policy: RoundingPolicy): RoundingPolicy {
  if (!ROUNDING_POLICIES.includes(policy)) {
    throw new RoundingPolicyError(`rounding policy "${String(policy)}" is not one of ${ROUNDING_POLICIES.join(', ')}`);
  }
  return policy;
}
