/**
 * The 情况说明 checker on texts nobody here wrote (issue 12, "Done when" → Properties): sentences
 * composed from a small grammar of the shapes real disclosures use — the seed's county wording,
 * Shanghai's 收入预算…/支出预算…, totals stated in 元 or in 万元, with or without thousands
 * separators, the department's name and the year in front, parts after 其中 — over consistent tables
 * (the sample's, every amount multiplied by a whole factor, so every total still ties). Such a text
 * checks with no error or warning; the same text with any one figure moved by one 万元 is caught.
 */
import fc from 'fast-check';
import { Decimal, formatAmount } from '../../src/core/amount';
import type { Grid } from '../../src/core/grid';
import { checkNarrative, factsFromTables, type Fact, type NarrativeFacts } from '../../src/core/narrative';
import { recognizeWorkbook } from '../../src/core/recognize';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import type { TypedTable } from '../../src/core/model';

/** A copy of `data` with every Decimal multiplied by `factor`. */
function scaled<T>(data: T, factor: number): T {
  if (Decimal.isDecimal(data)) return (data as Decimal).times(factor) as T;
  if (Array.isArray(data)) return data.map((item: unknown) => scaled(item, factor)) as T;
  if (data !== null && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, scaled(value, factor)])) as T;
  return data;
}

/** The sample's tables with every amount multiplied by 1, 2, 3 and 7, and their facts. */
const WORKBOOKS = [1, 2, 3, 7].map((factor) => {
  const sample = sampleDisclosure();
  const grids: Grid[] = layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sample, data: scaled(sample.data, factor) });
  const tables: readonly TypedTable[] = recognizeWorkbook(grids).tables;
  return { factor, tables, facts: factsFromTables(tables) };
});

/** How a figure is written: 万元 with or without separators, or 元. */
type Style = 'wan' | 'wanPlain' | 'yuan';

function written(value: Decimal, style: Style): string {
  if (style === 'yuan') return `${formatAmount(value.times(10000), 2)}元`;
  const text = formatAmount(value, 2);
  return `${style === 'wanPlain' ? text.replace(/,/gu, '') : text}万元`;
}

/** One sentence shape: its words around the figures it states, or undefined when the tables lack one. */
type Shape = (facts: NarrativeFacts, figure: (fact: Fact | undefined) => string | undefined, year: number, department: string) => string | undefined;

const all = (...parts: (string | undefined)[]): string | undefined => (parts.some((part) => part === undefined) ? undefined : parts.join(''));

const SHAPES: readonly Shape[] = [
  (f, v, y) => all(`${y}年收入总计`, v(f.incomeTotal), '，支出总计', v(f.expenditureTotal), '。'),
  (f, v, y, d) => all(`${d}${y}年度收入预算`, v(f.incomeTotal), '。'),
  (f, v, y) => all(`${y}年部门支出预算`, v(f.expenditureTotal), '，其中：基本支出', v(f.basic), '，项目支出', v(f.project), '。'),
  (f, v) => all('基本支出预算', v(f.basic), '；项目支出预算', v(f.project), '。'),
  (f, v, y) => all(`${y}年财政拨款收入总计`, v(f.fiscal.total), '。'),
  (f, v) => all('一般公共预算当年拨款', v(f.generalPublic.total), '。'),
  (f, v) => all('一般公共预算财政拨款基本支出', v(f.basicEconomic.total), '，其中：人员经费', v(f.basicEconomic.personnel), '，公用经费', v(f.basicEconomic.publicUse), '。'),
  (f, v) => all('人员经费', v(f.basicEconomic.personnel), '。'),
  (f, v, y) => all(`${y}年“三公”经费预算`, v(f.threePublic.total), '，其中：因公出国（境）费', v(f.threePublic.abroad), '，公务接待费', v(f.threePublic.reception), '，公务用车购置及运行费', v(f.threePublic.vehicle), '。'),
  (f, v) => all('公务接待费预算', v(f.threePublic.reception), '。'),
  (f, v, y, d) => all(`${y}年${d}机关运行经费预算为`, v(f.operating), '。'),
  (f, v, y) => all(`${y}年本年收入`, v(f.currentIncome), '，上年结转', v(f.carryover), '。'),
  (f, v) => all('支出预算总额为', v(f.expenditureTotal), '。'),
  (f, v) => all('财政拨款收入支出预算总额', v(f.fiscal.total), '。'),
  (f, v) => all('一般公共预算拨款支出预算', v(f.fiscal.generalPublic), '。'),
  (f, v) => all('财政拨款收入中，当年拨款收入', v(f.fiscal.current), '，上年结转收入', v(f.fiscal.carryover), '。'),
  (f, v) => all('一般公共预算当年拨款中，基本支出', v(f.generalPublic.basic), '，项目支出', v(f.generalPublic.project), '。'),
  (f, v) => all('公务用车购置及运行费', v(f.threePublic.vehicle), '，其中：公务用车购置费', v(f.threePublic.vehiclePurchase), '，公务用车运行维护费', v(f.threePublic.vehicleOperation), '。'),
];

const textArb = fc.record({
  workbook: fc.integer({ min: 0, max: WORKBOOKS.length - 1 }),
  shapes: fc.uniqueArray(fc.integer({ min: 0, max: SHAPES.length - 1 }), { minLength: 1, maxLength: 8 }),
  styles: fc.array(fc.constantFrom<Style>('wan', 'wanPlain', 'yuan'), { minLength: 8, maxLength: 8 }),
  oneLine: fc.boolean(),
});

/** The text of a draw, and where each figure stands in it with its value in 万元 and style. */
function compose(draw: { workbook: number; shapes: number[]; styles: Style[]; oneLine: boolean }) {
  const { facts, tables } = WORKBOOKS[draw.workbook]!;
  const department = '阳城县应急管理局';
  const sentences = draw.shapes.flatMap((shape, i) => {
    const style = draw.styles[i]!;
    const sentence = SHAPES[shape]!(facts, (fact) => (fact ? written(fact.value, style) : undefined), 2024, department);
    return sentence ? [{ sentence, style }] : [];
  });
  return { tables, sentences, text: sentences.map((s) => s.sentence).join(draw.oneLine ? '' : '\n') };
}

const serious = (text: string, tables: readonly TypedTable[]) =>
  checkNarrative(text, tables)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.rule} ${finding.message}`);

describe('the 情况说明 checker on composed texts over consistent tables', () => {
  it('finds nothing wrong in a text whose every figure is the tables\'', () => {
    fc.assert(
      fc.property(textArb, (draw) => {
        const { tables, text } = compose(draw);
        expect(serious(text, tables)).toEqual([]);
        // Every figure was bound and compared, not passed over.
        const { coverage } = checkNarrative(text, tables);
        expect(coverage.checked).toBe([...text.matchAll(/[\d,]+\.\d{2}(万元|元)/gu)].length);
      }),
      { numRuns: 60 },
    );
  });

  it('catches any one figure of such a text moved by one 万元', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), (draw, pick) => {
        const { tables, sentences, text } = compose(draw);
        const figures = [...text.matchAll(/[\d,]+\.\d{2}(万元|元)/gu)];
        fc.pre(figures.length > 0);
        const chosen = figures[pick % figures.length]!;
        const yuan = chosen[1] === '元';
        const digits = chosen[0].slice(0, chosen[0].length - chosen[1]!.length);
        const value = new Decimal(digits.replace(/,/gu, '')).plus(yuan ? 10000 : 1);
        const moved = `${digits.includes(',') ? formatAmount(value, 2) : formatAmount(value, 2).replace(/,/gu, '')}${chosen[1]}`;
        const doctored = text.slice(0, chosen.index) + moved + text.slice(chosen.index + chosen[0].length);
        expect(sentences.length).toBeGreaterThan(0);
        expect(serious(doctored, tables).length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
