/**
 * The custom functions' fast paths in whole 分 (core/format/fen.ts) against the decimal.js path
 * they stand in for (issue 15): the same 四舍五入, the same sums, tie-outs, rates, shares, capitals
 * and printed amounts, on generated figures — including halves, negatives and values with more
 * decimals than 分, where the fast path must give way rather than round differently.
 */
import fc from 'fast-check';
import { Decimal, formatAmount, percent, roundHalfUp, yuanToWan } from '../../src/core/amount';
import { describeChange } from '../../src/core/format/change';
import { divideHalfUp, exactScaled, formatScaled, scaledHalfUp } from '../../src/core/format/fen';
import { rollupByCode, rollupFen } from '../../src/core/format/rollup';
import { tieOutFen } from '../../src/core/format/tie';
import { rmbUpper, rmbUpperFen } from '../../src/core/format/upper';
import { ROUNDING_POLICIES, tieOut } from '../../src/core/rules/rounding';
import { amount, rmb, round, share, tie, wan } from '../../src/functions/functions';

const RUNS = 1000;

/** Exact decimals with up to 4 places, from −10^10 to 10^10: numbers Excel cells hold. */
const decimalArb = fc
  .tuple(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.integer({ min: 0, max: 4 }))
  .map(([digits, places]) => new Decimal(digits.toString()).dividedBy(10 ** places));
/** The same as a JS number (its shortest form reads back as the same decimal) and as plain text. */
const inputArb = fc.tuple(decimalArb, fc.boolean()).map(([value, asText]) => (asText ? value.toFixed() : value.toNumber()));
/** Printed amounts: whole 分 up to ten billion 元, either sign. */
const fenArb = fc.integer({ min: -(10 ** 12), max: 10 ** 12 });
const fromFen = (fen: number): Decimal => new Decimal(fen).dividedBy(100);
/** A Decimal's number without the sign of a zero (Excel shows −0 as 0; Object.is does not). */
const num = (value: Decimal): number => value.toNumber() + 0;

describe('whole 分 against decimal.js', () => {
  it('rounds 四舍五入 to any of 0–6 places exactly as roundHalfUp does', () => {
    fc.assert(fc.property(inputArb, fc.integer({ min: 0, max: 6 }), (value, places) => {
      const expected = num(roundHalfUp(new Decimal(value), places).times(10 ** places));
      // It answers for every value with up to 15 − places digits before the point, and beyond
      // that either answers the same or gives way.
      if (new Decimal(value).abs().lessThan(new Decimal(10).pow(15 - places))) expect(scaledHalfUp(value, places)).toBe(expected);
      else expect([expected, undefined]).toContain(scaledHalfUp(value, places));
    }), { numRuns: RUNS });
    expect([scaledHalfUp(1.005, 2), scaledHalfUp(-1.005, 2), scaledHalfUp('2.675', 2), scaledHalfUp(0.5, 0), scaledHalfUp(-0.5, 0)]).toEqual([101, -101, 268, 1, -1]);
  });

  it('answers exactly only what needs no rounding, and nothing beyond the safe integers', () => {
    fc.assert(fc.property(inputArb, (value) => {
      const decimal = new Decimal(value);
      const expected = decimal.decimalPlaces() <= 2 && decimal.abs().lessThan(1e13) ? num(decimal.times(100)) : undefined;
      expect(exactScaled(value, 2)).toBe(expected);
    }), { numRuns: RUNS });
    expect([scaledHalfUp(1e21, 2), scaledHalfUp(1e-7, 2), scaledHalfUp(Number.NaN, 2), scaledHalfUp('1,000', 2)]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('divides 四舍五入 as Decimal does, whatever the signs', () => {
    fc.assert(fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), fc.integer({ min: -(10 ** 12), max: 10 ** 12 }).filter((d) => d !== 0), (n, d) => {
      expect(divideHalfUp(n, d)).toBe(num(roundHalfUp(new Decimal(n).dividedBy(d), 0)));
    }), { numRuns: RUNS });
  });

  it('prints 分 as formatAmount prints the amount', () => {
    fc.assert(fc.property(fenArb, (fen) => {
      expect(formatScaled(fen, 2)).toBe(formatAmount(fromFen(fen)));
    }), { numRuns: RUNS });
  });

  it('ties out as tieOut does under every policy', () => {
    fc.assert(fc.property(fenArb, fc.array(fenArb, { maxLength: 12 }), fc.integer({ min: -4, max: 4 }), fc.constantFrom(...ROUNDING_POLICIES), (seed, parts, offset, policy) => {
      // Totals near the sum, where the policies differ, as well as anywhere.
      const total = seed % 3 === 0 ? seed : parts.reduce((sum, part) => sum + part, 0) + offset;
      const exact = tieOut(fromFen(total), parts.map(fromFen), 2, policy);
      const fast = tieOutFen(total, parts, policy)!;
      expect([fast.status, fast.difference]).toEqual([exact.status, exact.difference.times(100).toNumber()]);
    }), { numRuns: RUNS });
  });

  it('rolls up by code as rollupByCode does', () => {
    const codeArb = fc.constantFrom('208', '20805', '2080505', '2080506', '20899', '2089901', '224', '22401', '2240101');
    fc.assert(fc.property(fc.array(fc.tuple(codeArb, fenArb), { maxLength: 20 }), fc.constantFrom('208', '20805', '224', '230'), (rows, prefix) => {
      const exact = rollupByCode(rows.map(([code, fen]) => ({ code, amount: fromFen(fen) })), prefix);
      expect(rollupFen(rows.map(([code]) => code), rows.map(([, fen]) => fen), prefix)).toBe(exact.times(100).toNumber());
    }), { numRuns: RUNS });
  });

  it('writes the same 人民币大写 from 分 as from the amount', () => {
    fc.assert(fc.property(fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }), (fen) => {
      expect(rmbUpperFen(fen)).toBe(rmbUpper(fromFen(fen)));
    }), { numRuns: RUNS });
  });

  it('words a change the same from plain figures as from Decimals', () => {
    fc.assert(fc.property(inputArb, inputArb, (current, prior) => {
      expect(describeChange(current, prior)).toEqual(describeChange(new Decimal(current), new Decimal(prior)));
    }), { numRuns: RUNS });
  });
});

describe('the custom functions on numbers against the decimal.js arithmetic', () => {
  it('SHARE is percent ÷ 100, WAN is yuanToWan rounded, AMOUNT is formatAmount, ROUND is roundHalfUp', () => {
    fc.assert(fc.property(inputArb, inputArb, fc.integer({ min: 0, max: 6 }), (x, y, places) => {
      const d = new Decimal(x);
      const base = new Decimal(y);
      const rate = percent(d, base);
      const plus0 = (result: unknown): unknown => (typeof result === 'number' ? result + 0 : result);
      expect(plus0(share(x, y))).toEqual(rate === null ? expect.objectContaining({ code: '#DIV/0!' }) : num(rate.dividedBy(100)));
      expect(plus0(wan(x, places))).toBe(num(roundHalfUp(yuanToWan(d), places)));
      expect(amount(x)).toBe(`${formatAmount(d)}万元`);
      expect(plus0(round(x, places))).toBe(num(roundHalfUp(d, places)));
    }), { numRuns: RUNS });
  });

  it('TIE and RMB answer the same for numbers as for the same figures written with separators', () => {
    const separated = (fen: number): string => formatAmount(fromFen(fen));
    fc.assert(fc.property(fenArb, fc.array(fenArb, { minLength: 1, maxLength: 8 }), (total, parts) => {
      expect(tie(total / 100, parts.map((fen) => [fen / 100]))).toBe(tie(separated(total), parts.map((fen) => [separated(fen)])));
      expect(rmb(total / 100)).toBe(rmb(separated(total)));
    }), { numRuns: RUNS });
  });
});
