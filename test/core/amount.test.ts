import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import {
  convertUnit,
  Decimal,
  formatAmount,
  formatPercent,
  formatWan,
  parseAmount,
  percent,
  roundHalfUp,
  toHalfWidth,
  unitOfLastPlace,
  wanToYuan,
  yuanToWan,
  type ParsedAmount,
} from '../../src/core/amount';
import { loadSeed } from '../support/seed';

/** An exact decimal: an integer mantissa over 10^scale, both signs, up to 10^15 in magnitude. */
const decimalArb = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
  .map(([mantissa, scale]) => new Decimal(mantissa.toString()).dividedBy(new Decimal(10).pow(scale)));
const placesArb = fc.integer({ min: 0, max: 4 });

function amountOf(parsed: ParsedAmount): { value: string; decimals: number; unit?: string } {
  if (parsed.kind !== 'amount') throw new Error(`expected an amount, got ${JSON.stringify(parsed)}`);
  return parsed.unit ? { value: parsed.value.toString(), decimals: parsed.decimals, unit: parsed.unit } : { value: parsed.value.toString(), decimals: parsed.decimals };
}

describe('parseAmount', () => {
  it.each<[string, unknown, string, number, string?]>([
    ['a number', 4052.12, '4052.12', 2],
    ['an integer number', 900, '900', 0],
    ['a number whose float sum is not short', 0.1 + 0.2, '0.30000000000000004', 17],
    ['text with thousands separators', '4,052.12', '4052.12', 2],
    ['full-width digits and punctuation', '４，０５２．１２', '4052.12', 2],
    ['full-width digits with an ideographic full stop', '４０５２。１２', '4052.12', 2],
    ['accounting parentheses', '(12.50)', '-12.5', 2],
    ['full-width parentheses', '（12.50）', '-12.5', 2],
    ['a minus sign', '-12.50', '-12.5', 2],
    ['a full-width minus sign', '－12.50', '-12.5', 2],
    ['a Unicode minus sign', '−12.50', '-12.5', 2],
    ['a plus sign', '+3.5', '3.5', 1],
    ['a leading decimal point', '.5', '0.5', 1],
    ['surrounding and inner white space', ' 1 234.5 ', '1234.5', 1],
    ['an ideographic space', '\u300012.00', '12', 2],
    ['"0" as zero', '0', '0', 0],
    ['"0.00" as zero with two decimals', '0.00', '0', 2],
    ['a large amount', '1,234,567,890.12', '1234567890.12', 2],
  ])('reads %s', (_title, input, value, decimals) => {
    expect(amountOf(parseAmount(input))).toEqual({ value, decimals });
  });

  it.each<[unknown, string, string, number]>([
    ['12.50万元', '万元', '12.5', 2],
    ['1250元', '元', '1250', 0],
    ['４，５１０．５２万元', '万元', '4510.52', 2],
    ['(3.07)万元', '万元', '-3.07', 2],
  ])('reports the unit of %p as %s without applying it', (input, unit, value, decimals) => {
    expect(amountOf(parseAmount(input))).toEqual({ value, decimals, unit });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['empty text', ''],
    ['white space', '   '],
    ['a hyphen', '-'],
    ['an em dash', '—'],
    ['a full-width hyphen', '－'],
    ['a double hyphen', '--'],
    ['a slash', '/'],
  ])('reads %s as blank', (_title, input) => {
    expect(parseAmount(input)).toEqual({ kind: 'blank' });
  });

  it('keeps zero distinct from blank', () => {
    expect(parseAmount('0.00').kind).toBe('amount');
    expect(parseAmount(0).kind).toBe('amount');
    expect(parseAmount('').kind).toBe('blank');
  });

  it.each<[unknown, string]>([
    ['#REF!', '#REF!'],
    ['#VALUE!', '#VALUE!'],
    ['#N/A', '#N/A'],
    ['#DIV/0!', '#DIV/0!'],
    ['#n/a', '#N/A'],
    [' #NAME? ', '#NAME?'],
    [{ error: '#REF!' }, '#REF!'],
    [{ error: '#NUM!' }, '#NUM!'],
  ])('reads the Excel error %p as an error', (input, code) => {
    expect(parseAmount(input)).toEqual({ kind: 'error', code });
  });

  it.each<[string, unknown]>([
    ['words', '合计'],
    ['a number followed by words', '12.5亿'],
    ['two decimal points', '12.3.4'],
    ['misplaced thousands separators', '1,23'],
    ['parentheses around a signed number', '(-12)'],
    ['a bare sign', '+'],
    ['a percentage', '12%'],
    ['a unit alone', '万元'],
    ['a boolean', true],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an object that is not an error', { value: 1 }],
  ])('refuses %s with a reason, never NaN', (_title, input) => {
    const parsed = parseAmount(input);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') expect(parsed.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the text it refused in the reason', () => {
    expect(parseAmount('12.3.4')).toMatchObject({ kind: 'invalid', text: '12.3.4', reason: expect.stringContaining('12.3.4') });
  });

  it('reads every amount printed in the seed tables, as text and full-width', () => {
    const seed = loadSeed();
    let amounts = 0;
    for (const table of Object.values(seed.tables)) {
      for (const row of table.rows) {
        for (const cell of row) {
          if (!/^-?[\d,]+\.\d\d$/.test(cell)) continue;
          amounts += 1;
          const expected = cell.replace(/,/g, '');
          expect(amountOf(parseAmount(cell)).value).toBe(new Decimal(expected).toString());
          const fullWidth = cell.replace(/[0-9.,-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
          expect(amountOf(parseAmount(fullWidth)).value).toBe(new Decimal(expected).toString());
        }
      }
    }
    expect(amounts).toBeGreaterThan(100);
  });
});

describe('toHalfWidth', () => {
  it('turns full-width digits, comma, stop and minus into ASCII', () => {
    expect(toHalfWidth('４，０５２．１２　－１')).toBe('4,052.12 -1');
  });
});

describe('roundHalfUp (四舍五入)', () => {
  it.each<[string, number, string]>([
    ['2.345', 2, '2.35'],
    ['2.344', 2, '2.34'],
    ['-2.345', 2, '-2.35'],
    ['2.5', 0, '3'],
    ['-2.5', 0, '-3'],
    ['0.005', 2, '0.01'],
    ['-0.005', 2, '-0.01'],
    ['1.005', 2, '1.01'], // a float would give 1.00 (1.005 is 1.00499… in binary)
    ['4052.115', 2, '4052.12'],
    ['553.0249', 2, '553.02'],
  ])('rounds %s to %i places as %s', (value, places, expected) => {
    expect(roundHalfUp(value, places).toFixed(places)).toBe(expected);
  });

  it('rounds a tie away from zero, for both signs', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), placesArb, (k, places) => {
        const step = unitOfLastPlace(places);
        const tie = new Decimal(k.toString()).plus(0.5).times(step);
        const up = new Decimal(k.toString()).plus(1).times(step);
        expect(roundHalfUp(tie, places).equals(up)).toBe(true);
        expect(roundHalfUp(tie.negated(), places).equals(up.negated())).toBe(true);
      }),
    );
  });

  it('is symmetric: rounding −x gives −(rounding x)', () => {
    fc.assert(
      fc.property(decimalArb, placesArb, (x, places) => {
        expect(roundHalfUp(x.negated(), places).equals(roundHalfUp(x, places).negated())).toBe(true);
      }),
    );
  });

  it('stays within half a unit of the last place', () => {
    fc.assert(
      fc.property(decimalArb, placesArb, (x, places) => {
        const error = roundHalfUp(x, places).minus(x).abs();
        expect(error.lessThanOrEqualTo(unitOfLastPlace(places).dividedBy(2))).toBe(true);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(decimalArb, placesArb, (x, places) => {
        const once = roundHalfUp(x, places);
        expect(roundHalfUp(once, places).equals(once)).toBe(true);
        expect(once.decimalPlaces()).toBeLessThanOrEqual(places);
      }),
    );
  });

  it('uses a private clone, leaving the global decimal.js precision alone', () => {
    expect(DecimalJs.precision).toBe(20);
    expect(Decimal.precision).toBe(40);
    expect(Decimal).not.toBe(DecimalJs);
  });
});

describe('元 ↔ 万元', () => {
  it.each<[string, string]>([
    ['45105200', '4510.52'],
    ['1', '0.0001'],
    ['-55302', '-5.5302'],
  ])('converts %s 元 to %s 万元 exactly', (yuan, wan) => {
    expect(yuanToWan(yuan).toString()).toBe(new Decimal(wan).toString());
    expect(wanToYuan(wan).toString()).toBe(new Decimal(yuan).toString());
  });

  it('round-trips 元 → 万元 → 元 and 万元 → 元 → 万元 exactly', () => {
    fc.assert(
      fc.property(decimalArb, (x) => {
        expect(wanToYuan(yuanToWan(x)).equals(x)).toBe(true);
        expect(yuanToWan(wanToYuan(x)).equals(x)).toBe(true);
        expect(convertUnit(convertUnit(x, '元', '万元'), '万元', '元').equals(x)).toBe(true);
      }),
    );
  });

  it('leaves an amount alone when the units are the same', () => {
    expect(convertUnit('4510.52', '万元', '万元').toString()).toBe('4510.52');
    expect(convertUnit('12', '元', '元').toString()).toBe('12');
  });
});

describe('formatAmount and formatWan', () => {
  it.each<[string, number | undefined, string]>([
    ['4510.52', undefined, '4,510.52'],
    ['4052.115', 2, '4,052.12'],
    ['0', undefined, '0.00'],
    ['-0.001', 2, '0.00'],
    ['-1234.5', 2, '-1,234.50'],
    ['1234567.891', 0, '1,234,568'],
    ['999.995', 2, '1,000.00'],
    ['12', 4, '12.0000'],
  ])('formats %s with %p places as %s', (value, places, expected) => {
    expect(formatAmount(value, places)).toBe(expected);
  });

  it('appends 万元', () => {
    expect(formatWan('4510.52')).toBe('4,510.52万元');
    expect(formatWan('-553.02')).toBe('-553.02万元');
  });

  it('parses back to the rounded value with the same number of places', () => {
    fc.assert(
      fc.property(decimalArb, placesArb, (x, places) => {
        const back = amountOf(parseAmount(formatAmount(x, places)));
        expect(new Decimal(back.value).equals(roundHalfUp(x, places))).toBe(true);
        expect(back.decimals).toBe(places);
      }),
    );
  });

  it('parses formatWan back with its unit', () => {
    fc.assert(
      fc.property(decimalArb, (x) => {
        const back = amountOf(parseAmount(formatWan(x)));
        expect(back.unit).toBe('万元');
        expect(new Decimal(back.value).equals(roundHalfUp(x, 2))).toBe(true);
      }),
    );
  });
});

describe('percent and formatPercent', () => {
  it('computes the seed’s growth of 收入总计 over last year (553.02 / 3,957.50) as 13.97', () => {
    expect(percent('553.02', '3957.50')?.toFixed(2)).toBe('13.97');
  });

  it('gives null over a zero base instead of dividing by zero', () => {
    expect(percent('12', '0')).toBeNull();
    expect(percent('0', '0.00')).toBeNull();
  });

  it('rounds a tie half away from zero', () => {
    expect(percent('1', '8', 1)?.toFixed(1)).toBe('12.5');
    expect(percent('1', '16', 1)?.toFixed(1)).toBe('6.3'); // 6.25 → 6.3
    expect(percent('-1', '16', 1)?.toFixed(1)).toBe('-6.3');
  });

  it('gives 100.00 for a whole over itself', () => {
    fc.assert(
      fc.property(decimalArb.filter((x) => !x.isZero()), (x) => {
        expect(percent(x, x)?.toFixed(2)).toBe('100.00');
      }),
    );
  });

  it('formats with two places and a percent sign', () => {
    expect(formatPercent(new Decimal('13.9737'))).toBe('13.97%');
    expect(formatPercent('5')).toBe('5.00%');
    expect(formatPercent('-0.125')).toBe('-0.13%');
  });
});

describe('unitOfLastPlace', () => {
  it.each<[number, string]>([
    [0, '1'],
    [2, '0.01'],
    [4, '0.0001'],
  ])('is one unit of the last of %i places', (decimals, unit) => {
    expect(unitOfLastPlace(decimals).toString()).toBe(unit);
  });
});
