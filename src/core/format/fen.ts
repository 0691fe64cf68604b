/**
 * 分 — amounts as whole numbers of their last printed unit (分 for two decimals), for the custom
 * functions' hot paths. Integer arithmetic on safe integers is exact and some thirty times cheaper
 * than a Decimal; each helper answers `undefined` wherever it could not be exact (exponent
 * notation, beyond Number.MAX_SAFE_INTEGER, more decimals than asked for), and the caller then
 * takes the decimal.js path. Rounding is 四舍五入 (half away from zero), as `roundHalfUp` in
 * core/amount; test/properties/fen.property.test.ts compares every helper with that path.
 */

/** Plain decimal text as a number's shortest round-trip form or a cell's text prints it. */
const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Digits before the point beyond which `value × 10^places` could leave the safe integers. */
const MAX_INTEGER_DIGITS = 15;

const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000] as const;

/** The largest number of places the helpers scale by. */
export const MAX_SCALED_PLACES = POWERS_OF_TEN.length - 1;

/**
 * The decimal a number stands for (its shortest round-trip form, as `new Decimal(value)` reads it)
 * or a plain decimal text, times 10^places, rounded 四舍五入 to a whole number.
 * @example scaledHalfUp(1.005, 2) // 101 (the decimal 1.005, not the binary 1.00499…)
 * @example scaledHalfUp('-2.5', 0) // -3
 * @example scaledHalfUp(1e21, 2) // undefined
 */
export function scaledHalfUp(value: number | string, places: number): number | undefined {
  const exact = exactNumber(value, places);
  if (exact !== undefined) return exact;
  const parts = decimalParts(value, places);
  return parts && scale(parts, places);
}

/**
 * Like {@link scaledHalfUp}, but only where no rounding is needed: undefined for a value with more
 * than `places` decimals.
 * @example exactScaled(4510.52, 2) // 451052
 * @example exactScaled(0.125, 2) // undefined
 */
export function exactScaled(value: number | string, places: number): number | undefined {
  const exact = exactNumber(value, places);
  if (exact !== undefined) return exact;
  const parts = decimalParts(value, places);
  if (!parts || (parts.fraction.length > places && /[1-9]/.test(parts.fraction.slice(places)))) return undefined;
  return scale(parts, places);
}

/**
 * A number that is exactly k ÷ 10^places, as k, without printing it: below 10^(15 − places) the
 * decimals with `places` places lie further apart than the doubles near them, so when k ÷ 10^places
 * (a correctly rounded division) gives the number back, k/10^places is the decimal the number
 * stands for. Undefined otherwise (the caller then reads the number's digits).
 */
function exactNumber(value: number | string, places: number): number | undefined {
  if (typeof value !== 'number' || !(Math.abs(value) < EXACT_BELOW[places]!)) return undefined;
  const scaled = Math.round(value * POWERS_OF_TEN[places]!);
  return scaled / POWERS_OF_TEN[places]! === value ? scaled + 0 : undefined;
}

/** 10^(15 − places), by places: where {@link exactNumber} is sound. */
const EXACT_BELOW = POWERS_OF_TEN.map((power) => 1e15 / power);

interface DecimalParts {
  readonly negative: boolean;
  readonly integer: number;
  readonly fraction: string;
}

function scale({ negative, integer, fraction }: DecimalParts, places: number): number | undefined {
  let scaled = integer * POWERS_OF_TEN[places]! + (places === 0 ? 0 : Number(fraction.slice(0, places).padEnd(places, '0')));
  if (fraction.length > places && fraction.charCodeAt(places) >= 53 /* '5' */) scaled += 1;
  if (!Number.isSafeInteger(scaled)) return undefined;
  return negative && scaled !== 0 ? -scaled : scaled;
}

function decimalParts(value: number | string, places: number): DecimalParts | undefined {
  if (!Number.isInteger(places) || places < 0 || places > MAX_SCALED_PLACES) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  const match = PLAIN_DECIMAL.exec(typeof value === 'number' ? String(value) : value);
  if (!match || match[2]!.length > MAX_INTEGER_DIGITS - places) return undefined;
  return { negative: match[1] === '-', integer: Number(match[2]), fraction: match[3] ?? '' };
}

/**
 * n ÷ d rounded 四舍五入 to a whole number, exactly; undefined for d = 0 or where the arithmetic
 * could leave the safe integers.
 * @example divideHalfUp(15, 10) // 2
 * @example divideHalfUp(-15, 10) // -2
 */
export function divideHalfUp(n: number, d: number): number | undefined {
  const a = Math.abs(n);
  const b = Math.abs(d);
  if (b === 0 || !Number.isSafeInteger(a) || !Number.isSafeInteger(b) || !Number.isSafeInteger(2 * (a + b))) return undefined;
  let quotient = Math.floor(a / b);
  let remainder = a - quotient * b;
  // The floating-point quotient may be one off near a whole number; the remainder says which way.
  while (remainder < 0) {
    quotient -= 1;
    remainder += b;
  }
  while (remainder >= b) {
    quotient += 1;
    remainder -= b;
  }
  if (2 * remainder >= b) quotient += 1;
  return (n < 0) !== (d < 0) && quotient !== 0 ? -quotient : quotient;
}

/**
 * A scaled whole number printed with its decimals and thousands separators, as `formatAmount`
 * prints the same value.
 * @example formatScaled(451052, 2) // "4,510.52"
 * @example formatScaled(-5, 2) // "-0.05"
 */
export function formatScaled(scaled: number, places: number): string {
  const digits = String(Math.abs(scaled)).padStart(places + 1, '0');
  const integer = digits.slice(0, digits.length - places).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
  return (scaled < 0 ? '-' : '') + integer + fraction;
}
