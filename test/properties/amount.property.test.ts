/**
 * Parse/format round trips of amounts (issue 9 §3): whatever way a table prints an amount —
 * separators, full-width digits, parentheses for negatives, a unit after it, a plain JS number — it
 * is read back as the exact same Decimal; rounding 四舍五入 is idempotent and never off by more than
 * half a unit; unit conversion is exact both ways.
 */
import fc from 'fast-check';
import { convertUnit, Decimal, formatAmount, formatWan, parseAmount, roundHalfUp } from '../../src/core/amount';
import { tieOut } from '../../src/core/rules/rounding';

const RUNS = 1500;

/** Amounts as printed: integer 分 up to a trillion 元, either sign. */
const centsArb = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n });
const fromCents = (cents: bigint): Decimal => new Decimal(cents.toString()).dividedBy(100);
/** Exact values with up to 6 decimals. */
const exactArb = fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map((n) => new Decimal(n.toString()).dividedBy(1_000_000));

const toFullWidth = (text: string): string => text.replace(/[0-9.,\-()]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

function valueOf(input: unknown): string {
  const parsed = parseAmount(input);
  if (parsed.kind !== 'amount') throw new Error(`${String(input)} parsed as ${parsed.kind}`);
  return parsed.value.toFixed();
}

describe('amount round trips', () => {
  it('reads back what formatAmount prints, with separators, exactly', () => {
    fc.assert(fc.property(centsArb, (cents) => {
      const x = fromCents(cents);
      expect(valueOf(formatAmount(x))).toBe(x.toFixed());
    }), { numRuns: RUNS });
  });

  it('reads full-width digits and separators as the same amount', () => {
    fc.assert(fc.property(centsArb, (cents) => {
      const x = fromCents(cents);
      expect(valueOf(toFullWidth(formatAmount(x)))).toBe(x.toFixed());
    }), { numRuns: RUNS });
  });

  it('reads an amount in parentheses as its negative', () => {
    fc.assert(fc.property(centsArb, (cents) => {
      const x = fromCents(cents < 0n ? -cents : cents);
      expect(valueOf(`(${formatAmount(x)})`)).toBe(x.negated().toFixed());
    }), { numRuns: RUNS });
  });

  it('reads formatWan back with its unit and the same value', () => {
    fc.assert(fc.property(centsArb, (cents) => {
      const x = fromCents(cents);
      const parsed = parseAmount(formatWan(x));
      expect(parsed).toMatchObject({ kind: 'amount', unit: '万元', decimals: 2 });
      expect(parsed.kind === 'amount' && parsed.value.equals(x)).toBe(true);
    }), { numRuns: RUNS });
  });

  it('reads a JS number stored by Excel as the decimal it prints', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (cents) => {
      const x = fromCents(cents);
      expect(valueOf(x.toNumber())).toBe(x.toFixed());
    }), { numRuns: RUNS });
  });

  it('rounds half up idempotently, within half a unit', () => {
    fc.assert(fc.property(exactArb, fc.integer({ min: 0, max: 4 }), (x, places) => {
      const once = roundHalfUp(x, places);
      expect(roundHalfUp(once, places).equals(once)).toBe(true);
      expect(once.minus(x).abs().lessThanOrEqualTo(new Decimal(10).pow(-places).dividedBy(2))).toBe(true);
      expect(formatAmount(x, places).replace(/,/g, '')).toBe(once.toFixed(places));
    }), { numRuns: RUNS });
  });

  it('converts 万元 to 元 and back exactly', () => {
    fc.assert(fc.property(exactArb, (x) => {
      expect(convertUnit(convertUnit(x, '万元', '元'), '元', '万元').equals(x)).toBe(true);
    }), { numRuns: RUNS });
  });

  it('ties out a total printed as the sum of its printed parts exactly, under every policy', () => {
    fc.assert(fc.property(fc.array(centsArb, { minLength: 1, maxLength: 12 }), fc.constantFrom('strict', 'tight', 'calc11' as const), (parts, policy) => {
      const printed = parts.map(fromCents);
      const total = printed.reduce((sum, part) => sum.plus(part), new Decimal(0));
      expect(tieOut(total, printed, 2, policy).status).toBe('exact');
    }), { numRuns: RUNS });
  });
});
