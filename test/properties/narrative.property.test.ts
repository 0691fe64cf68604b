/**
 * The narrative generator on random 参数 (issue 9 §3): whatever last year's figures, counts and
 * reasons a department types — present or blank, zero, smaller, equal or larger than this year —
 * the 情况说明 never prints NaN, Infinity, "undefined" or "null", never a negative 增加/减少 and
 * never a 增长/下降 rate with a minus sign (a fall is worded 减少 … 下降 …).
 */
import fc from 'fast-check';
import { Decimal } from '../../src/core/amount';
import type { Grid } from '../../src/core/grid';
import { factsFromTables, generateNarrative, renderNarrative } from '../../src/core/narrative';
import { PARAM_FIELDS, sampleParams, type ParamField } from '../../src/core/params';
import { recognizeWorkbook } from '../../src/core/recognize';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';

type Params = ReturnType<typeof sampleParams>;

/** The sample's facts, laid out in 万元 and in 元 (the generator must word both alike). */
const FACTS = (['万元', '元'] as const).map((unit) => {
  const grids: Grid[] = layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sampleDisclosure(), unit });
  return factsFromTables(recognizeWorkbook(grids).tables);
});

const decimalArb = fc.oneof(
  fc.constant(new Decimal(0)),
  fc.integer({ min: 0, max: 100_000_000 }).map((cents) => new Decimal(cents).dividedBy(100)),
  fc.integer({ min: 0, max: 1000 }).map((n) => new Decimal(n)),
);

function valueArb(field: ParamField): fc.Arbitrary<unknown> {
  switch (field.type) {
    case 'amount':
    case 'area':
      return decimalArb;
    case 'count':
      return field.id === 'year' ? fc.integer({ min: 2000, max: 2099 }).map((n) => new Decimal(n)) : fc.integer({ min: 0, max: 500 }).map((n) => new Decimal(n));
    case 'choice':
      return fc.constantFrom(...(field.choices ?? ['']));
    case 'text':
      return fc.oneof(fc.constant(''), fc.constant('压缩一般性支出'), fc.string({ unit: fc.constantFrom(...'压缩经费增加减少2024，、 （）'), maxLength: 12 }));
  }
}

/** Each field: the sample's value, blank, or a random value of its type. */
const paramsArb: fc.Arbitrary<Params> = fc
  .tuple(...PARAM_FIELDS.map((field) => fc.oneof(fc.constant('keep' as const), fc.constant('blank' as const), valueArb(field))))
  .map((choices) => {
    const params: Record<string, unknown> = { ...sampleParams() };
    PARAM_FIELDS.forEach((field, i) => {
      const choice = choices[i];
      if (choice === 'blank') delete params[field.id];
      else if (choice !== 'keep') params[field.id] = choice;
    });
    return params as Params;
  });

const NEGATIVE_CHANGE = /(增加|减少|增长|下降|降低|上升)[^，。；、\d]{0,4}[-−－]/;

describe('generateNarrative on random 参数', () => {
  it('never prints NaN, undefined or a signed change', () => {
    fc.assert(
      fc.property(paramsArb, fc.constantFrom(0, 1), (params, which) => {
        const text = renderNarrative(generateNarrative(FACTS[which]!, params));
        expect(text).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
        expect(text).not.toMatch(NEGATIVE_CHANGE);
        expect(text).toContain('万元');
      }),
      { numRuns: 1000 },
    );
  });
});
