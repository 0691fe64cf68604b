import fc from 'fast-check';
import { Decimal, roundHalfUp } from '../../../src/core/amount';
import {
  compareSame,
  intersects,
  parseRoundingPolicy,
  printedInterval,
  RoundingPolicyError,
  sumIntervals,
  tieOut,
  tieOutPrinted,
  toleranceFor,
  type RoundingPolicy,
} from '../../../src/core/rules/rounding';
import { loadSeed } from '../../support/seed';

const d = (value: string): Decimal => new Decimal(value);
const ds = (values: readonly string[]): Decimal[] => values.map(d);

/** 表2 预算收入总表 of the seed, row by subject code → 合计 column (index 2). */
function seedIncomeTotals(): Map<string, string> {
  const table = loadSeed().tables['2024年预算收入总表'];
  if (!table) throw new Error('seed table 2 missing');
  return new Map(table.rows.map((row) => [row[0] ?? '', row[2] ?? '']));
}

describe('intervals', () => {
  it('a value printed with one decimal stands for ±0.05 around it', () => {
    const interval = printedInterval(d('12.1'), 1);
    expect(interval.low.toString()).toBe('12.05');
    expect(interval.high.toString()).toBe('12.15');
  });

  it('intervals that only touch at an end intersect; disjoint ones do not', () => {
    expect(intersects({ low: d('1'), high: d('2') }, { low: d('2'), high: d('3') })).toBe(true);
    expect(intersects({ low: d('1'), high: d('1.99') }, { low: d('2'), high: d('3') })).toBe(false);
    expect(intersects({ low: d('2'), high: d('3') }, { low: d('1'), high: d('1.99') })).toBe(false);
  });

  it('the interval of a sum adds the ends', () => {
    const sum = sumIntervals([printedInterval(d('12.1'), 1), printedInterval(d('45.4'), 1)]);
    expect(sum.low.toString()).toBe('57.4');
    expect(sum.high.toString()).toBe('57.6');
  });
});

describe('tieOut on the XBRL Calculations 1.1 examples', () => {
  it('12.1 + 45.4 against a total of 57.6 (one decimal) is consistent under calc11', () => {
    const result = tieOut(d('57.6'), ds(['12.1', '45.4']), 1, 'calc11');
    expect(result.status).toBe('rounding');
    expect(result.sum.toString()).toBe('57.5');
    expect(result.difference.toString()).toBe('0.1');
    expect(result.tolerance.toString()).toBe('0.15');
  });

  it('12.1 + 45.4 against 57.7 is inconsistent under calc11: the intervals do not meet', () => {
    expect(tieOut(d('57.7'), ds(['12.1', '45.4']), 1, 'calc11').status).toBe('mismatch');
  });

  it('under tight, two parts allow one unit: 57.6 is 尾差, 57.7 is not', () => {
    expect(tieOut(d('57.6'), ds(['12.1', '45.4']), 1, 'tight').status).toBe('rounding');
    expect(tieOut(d('57.7'), ds(['12.1', '45.4']), 1, 'tight').status).toBe('mismatch');
  });
});

describe('tieOut on the seed', () => {
  it('表2 22401 应急管理事务 2837.01 against its four 项 (2837.02) is 尾差 under tight and calc11, an error under strict', () => {
    const totals = seedIncomeTotals();
    const total = d(totals.get('22401') ?? '');
    const parts = ['2240101', '2240102', '2240109', '2240150'].map((code) => d(totals.get(code) ?? ''));
    expect(tieOut(total, parts, 2, 'tight')).toMatchObject({ status: 'rounding' });
    expect(tieOut(total, parts, 2, 'tight').difference.toString()).toBe('-0.01');
    expect(tieOut(total, parts, 2, 'tight').sum.toString()).toBe('2837.02');
    expect(tieOut(total, parts, 2, 'calc11').status).toBe('rounding');
    expect(tieOut(total, parts, 2, 'strict').status).toBe('mismatch');
  });

  it('表2 class 224 ties out exactly against its 款', () => {
    const totals = seedIncomeTotals();
    const parts = ['22401', '22402', '22407'].map((code) => d(totals.get(code) ?? ''));
    expect(tieOut(d(totals.get('224') ?? ''), parts, 2, 'strict').status).toBe('exact');
  });
});

describe('the three policies', () => {
  const cases: readonly { total: string; parts: string[]; policy: RoundingPolicy; status: string; tolerance: string }[] = [
    { total: '10.00', parts: ['4.00', '6.00'], policy: 'strict', status: 'exact', tolerance: '0' },
    { total: '10.00', parts: ['4.00', '6.00'], policy: 'tight', status: 'exact', tolerance: '0.01' },
    { total: '10.01', parts: ['4.00', '6.00'], policy: 'strict', status: 'mismatch', tolerance: '0' },
    { total: '10.01', parts: ['4.00', '6.00'], policy: 'tight', status: 'rounding', tolerance: '0.01' },
    { total: '10.01', parts: ['4.00', '6.00'], policy: 'calc11', status: 'rounding', tolerance: '0.015' },
    { total: '10.02', parts: ['4.00', '6.00'], policy: 'tight', status: 'mismatch', tolerance: '0.01' },
    { total: '10.02', parts: ['4.00', '6.00'], policy: 'calc11', status: 'mismatch', tolerance: '0.015' },
    // one part: a total over a single item must repeat it under tight (floor(1/2) = 0) …
    { total: '5.01', parts: ['5.00'], policy: 'tight', status: 'mismatch', tolerance: '0' },
    // … while calc11 lets two ±½ intervals meet
    { total: '5.01', parts: ['5.00'], policy: 'calc11', status: 'rounding', tolerance: '0.01' },
    // 0.00 counts as a part: three parts allow one unit under tight
    { total: '1.01', parts: ['0.50', '0.50', '0.00'], policy: 'tight', status: 'rounding', tolerance: '0.01' },
    { total: '1.02', parts: ['0.50', '0.50', '0.00', '0.00'], policy: 'tight', status: 'rounding', tolerance: '0.02' },
    { total: '1.02', parts: ['0.50', '0.50', '0.00', '0.00'], policy: 'calc11', status: 'rounding', tolerance: '0.025' },
    { total: '1.03', parts: ['0.50', '0.50', '0.00', '0.00'], policy: 'calc11', status: 'mismatch', tolerance: '0.025' },
    { total: '1.03', parts: ['0.50', '0.50', '0.00', '0.00'], policy: 'tight', status: 'mismatch', tolerance: '0.02' },
    // no parts at all: only zero ties out exactly
    { total: '0.00', parts: [], policy: 'tight', status: 'exact', tolerance: '0' },
    // 元 with no decimals: the unit is 1
    { total: '1001', parts: ['500', '500'], policy: 'tight', status: 'rounding', tolerance: '1' },
  ];

  it.each(cases)('$total against $parts under $policy is $status (tolerance $tolerance)', ({ total, parts, policy, status, tolerance }) => {
    const decimals = total.includes('.') ? 2 : 0;
    const result = tieOut(d(total), ds(parts), decimals, policy);
    expect(result.status).toBe(status);
    expect(result.tolerance.toString()).toBe(tolerance);
  });

  it('negative decimals count in hundreds: 万元 figures converted to 元 keep their 尾差', () => {
    // 22401 of 表2 in 元: one hundred 元 is one unit of the last printed digit
    const totals = seedIncomeTotals();
    const inYuan = (code: string): Decimal => d(totals.get(code) ?? '').times(10000);
    const parts = ['2240101', '2240102', '2240109', '2240150'].map(inYuan);
    const result = tieOut(inYuan('22401'), parts, -2, 'tight');
    expect(result.difference.toString()).toBe('-100');
    expect(result.status).toBe('rounding');
    expect(result.tolerance.toString()).toBe('200');
  });

  it('tolerance grows as floor(n/2) units under tight and (n+1)/2 units under calc11', () => {
    expect([1, 2, 3, 4, 5].map((n) => toleranceFor(n, 2, 'tight').toString())).toEqual(['0', '0.01', '0.01', '0.02', '0.02']);
    expect([1, 2, 3].map((n) => toleranceFor(n, 2, 'calc11').toString())).toEqual(['0.01', '0.015', '0.02']);
  });
});

describe('property: figures rounded 四舍五入 from exact values', () => {
  /** Exact amounts in 0.0001 万元 (that is, 元 with 分), positive or negative. */
  const exactAmount = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((n) => new Decimal(n).dividedBy(10_000));

  it('never fail tight or calc11 when the total is rounded from the exact sum', () => {
    fc.assert(
      fc.property(fc.array(exactAmount, { minLength: 1, maxLength: 40 }), (exact) => {
        const exactSum = exact.reduce((sum, value) => sum.plus(value), new Decimal(0));
        const total = roundHalfUp(exactSum, 2);
        const parts = exact.map((value) => roundHalfUp(value, 2));
        return tieOut(total, parts, 2, 'tight').status !== 'mismatch' && tieOut(total, parts, 2, 'calc11').status !== 'mismatch';
      }),
      { numRuns: 2000 },
    );
  });

  it('tight never tolerates more than calc11', () => {
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.nat({ max: 4 }), (n, decimals) =>
        toleranceFor(n, decimals, 'tight').lessThanOrEqualTo(toleranceFor(n, decimals, 'calc11')),
      ),
    );
  });

  it('a difference of two units or more over two parts is always a mismatch under tight', () => {
    fc.assert(
      fc.property(exactAmount, exactAmount, fc.integer({ min: 2, max: 500 }), fc.boolean(), (a, b, units, up) => {
        const parts = [roundHalfUp(a, 2), roundHalfUp(b, 2)];
        const shift = new Decimal(units).dividedBy(100);
        const total = parts[0]!.plus(parts[1]!).plus(up ? shift : shift.negated());
        return tieOut(total, parts, 2, 'tight').status === 'mismatch';
      }),
    );
  });
});

describe('compareSame', () => {
  it('the same quantity printed one unit apart in two tables is 尾差 under tight and calc11', () => {
    expect(compareSame(d('4052.12'), d('4052.13'), 2, 'tight')).toMatchObject({ status: 'rounding' });
    expect(compareSame(d('4052.12'), d('4052.13'), 2, 'calc11')).toMatchObject({ status: 'rounding' });
    expect(compareSame(d('4052.12'), d('4052.13'), 2, 'strict')).toMatchObject({ status: 'mismatch' });
  });

  it('two units apart is a mismatch under every policy', () => {
    for (const policy of ['tight', 'calc11', 'strict'] as const) {
      expect(compareSame(d('4052.12'), d('4052.14'), 2, policy).status).toBe('mismatch');
    }
  });

  it('equal values are exact, with difference a − b', () => {
    const result = compareSame(d('3.66'), d('3.66'), 2, 'strict');
    expect(result.status).toBe('exact');
    expect(compareSame(d('3.60'), d('3.66'), 2, 'tight').difference.toString()).toBe('-0.06');
  });
});

describe('misuse', () => {
  it('parseRoundingPolicy accepts the three names and rejects others naming what it accepts', () => {
    expect(parseRoundingPolicy('calc11')).toBe('calc11');
    expect(parseRoundingPolicy(' Tight ')).toBe('tight');
    expect(() => parseRoundingPolicy('loose')).toThrow(RoundingPolicyError);
    expect(() => parseRoundingPolicy('loose')).toThrow(/tight, calc11, strict/);
  });

  it('fractional decimals are a programming error', () => {
    expect(() => tieOut(d('1'), [d('1')], 0.5, 'tight')).toThrow(RoundingPolicyError);
    expect(() => toleranceFor(2, 1.5, 'tight')).toThrow(RoundingPolicyError);
  });
});

describe('tieOutPrinted: each figure at its own printed precision (issue 13 item 6)', () => {
  const p = (value: string, decimals: number) => ({ value: d(value), decimals });

  it('takes the unit budget\'s 合计 86,959,408.34 over whole-元 parts as 尾差, not an error', () => {
    // data/corpus/sh-putuo-sifaju-unit-budget-2026.json, 支出预算总表 合计 row: 基本支出 printed "22,118,861".
    const result = tieOutPrinted(p('86959408.34', 2), [p('22118861', 0), p('64840547.00', 2)], 'tight');
    expect([result.status, result.difference.toString()]).toEqual(['rounding', '0.34']);
  });

  it('still reports a difference no rounding of the printed figures explains', () => {
    expect(tieOutPrinted(p('86959408.34', 2), [p('22118860', 0), p('64840547.00', 2)], 'tight').status).toBe('mismatch');
    expect(tieOutPrinted(p('86959409.34', 2), [p('22118861', 0), p('64840547.00', 2)], 'calc11').status).toBe('mismatch');
  });

  it('tolerates for tight less than the half-units add up to, for calc11 exactly that, for strict nothing', () => {
    const figures = [p('10.00', 2), p('4', 0), p('6.00', 2)] as const;
    expect(tieOutPrinted(figures[0], figures.slice(1), 'tight').tolerance.toString()).toBe('0.5');
    expect(tieOutPrinted(figures[0], figures.slice(1), 'calc11').tolerance.toString()).toBe('0.51');
    expect(tieOutPrinted(figures[0], figures.slice(1), 'strict').tolerance.toString()).toBe('0');
  });

  it('is tieOut when every figure has the same decimals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: -2, max: 3 }),
        fc.constantFrom<RoundingPolicy>('tight', 'calc11', 'strict'),
        (cents, offset, decimals, policy) => {
          const parts = cents.map((c) => new Decimal(c).dividedBy(100));
          const total = parts.reduce((a, b) => a.plus(b), new Decimal(0)).plus(new Decimal(offset).dividedBy(100));
          const uniform = tieOut(total, parts, decimals, policy);
          const printed = tieOutPrinted({ value: total, decimals }, parts.map((value) => ({ value, decimals })), policy);
          return uniform.status === printed.status && uniform.tolerance.equals(printed.tolerance);
        },
      ),
    );
  });

  it('never calls 尾差 an error: figures rounded 四舍五入 at mixed precisions always tie', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom(0, 2)), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(0, 2),
        (items, totalDecimals) => {
          const exact = items.map(([cents]) => new Decimal(cents).dividedBy(1000));
          const parts = items.map(([, decimals], i) => ({ value: roundHalfUp(exact[i]!, decimals), decimals }));
          const total = { value: roundHalfUp(exact.reduce((a, b) => a.plus(b), new Decimal(0)), totalDecimals), decimals: totalDecimals };
          return tieOutPrinted(total, parts, 'tight').status !== 'mismatch';
        },
      ),
    );
  });
});
