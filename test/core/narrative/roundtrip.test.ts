/**
 * Round trip (issue 12, "Done when"): the generator and the checker share one vocabulary, so every
 * figure the generator writes for the sample binds back to the cells it came from, and every figure
 * changed by one (amounts, rates, counts) and every 增加/减少 flipped is caught — those from 参数 and
 * from project rows included.
 */
import { Decimal, formatAmount } from '../../../src/core/amount';
import { checkNarrative, narrativeOfWorkbook, renderNarrative, type NarrativeNumber } from '../../../src/core/narrative';
import { paramsSheet, readParams, sampleParams } from '../../../src/core/params';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { buildSeedWorkbook } from '../../support/seedGrids';
import { seedPart3 } from './seedText';

const params = { ...sampleParams(), 'reason.generalPublicCurrent': '新增应急救援专项资金' };
const workbook = [...buildSeedWorkbook().workbook, paramsSheet(params)];
const tables = recognizeWorkbook(workbook).tables;
const read = readParams(workbook);
const { narrative } = narrativeOfWorkbook(workbook, tables);
const text = renderNarrative(narrative);
const check = (doctored: string) => checkNarrative(doctored, tables, { params: read.values, paramSources: read.sources });

/** Every generated number with where it stands in the rendered text. */
const placed: { number: NarrativeNumber; at: number; line: number }[] = (() => {
  const out: { number: NarrativeNumber; at: number; line: number }[] = [];
  let cursor = 0;
  for (const section of narrative.sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        const start = text.indexOf(sentence.text, cursor);
        expect(start).toBeGreaterThanOrEqual(0);
        let within = 0;
        for (const number of sentence.numbers) {
          const offset = sentence.text.indexOf(number.text, within);
          within = offset + number.text.length;
          out.push({ number, at: start + offset, line: text.slice(0, start + offset).split('\n').length - 1 });
        }
        cursor = start + sentence.text.length;
      }
    }
  }
  return out;
})();

/** The number's text with its value one more in its last printed unit of 1.00 (amounts, rates) or 1 (counts). */
function plusOne(number: NarrativeNumber): string {
  return plusOneText(number.text);
}

function plusOneText(text: string): string {
  const unit = text.replace(/^[\d,.]+/u, '');
  const digits = text.slice(0, text.length - unit.length);
  const decimals = (/\.(\d+)$/u.exec(digits)?.[1] ?? '').length;
  const value = new Decimal(digits.replace(/,/gu, '')).plus(1);
  const formatted = formatAmount(value, decimals);
  return `${digits.includes(',') ? formatted : formatted.replace(/,/gu, '')}${unit}`;
}

describe('the generated 情况说明 of the sample, checked back', () => {
  const { findings, figures, coverage } = check(text);

  it('has no error or warning, and every figure it prints is checked', () => {
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(placed.length).toBeGreaterThan(100);
    const unchecked = placed.filter(({ at }) => figures.find((figure) => figure.at === at)?.outcome !== 'checked').map(({ number }) => number.text);
    expect(unchecked).toEqual([]);
    expect(coverage.unbound).toBe(0);
  });

  it('binds each amount and count to the very cells the generator took it from', () => {
    const elsewhere = placed
      .filter(({ number }) => number.kind !== 'percent' && number.sources.length > 0)
      .filter(({ number, at }) => {
        const checked = figures.find((figure) => figure.at === at);
        return !checked?.sources.some((cell) => number.sources.some((source) => source.sheet === cell.sheet && source.cell === cell.cell));
      })
      .map(({ number, at }) => `${number.text}@${at}`);
    expect(elsewhere).toEqual([]);
  });

  it('catches every figure changed by one unit of 1.00 (amounts and rates) or by one (counts)', () => {
    const missed = placed.filter(({ number, at }) => {
      const doctored = text.slice(0, at) + plusOne(number) + text.slice(at + number.text.length);
      return !check(doctored).findings.some((f) => f.severity !== 'info');
    });
    expect(missed.map(({ number, line }) => `第${line + 1}行 ${number.text}`)).toEqual([]);
  });

  it('catches every 增加/减少 and 增长/下降 flipped', () => {
    const flips: Record<string, string> = { 增加: '减少', 减少: '增加', 增长: '下降', 下降: '增长' };
    const words = [...text.matchAll(/增加|减少|增长|下降/gu)];
    expect(words.length).toBeGreaterThan(10);
    const missed = words.filter((match) => {
      const doctored = text.slice(0, match.index) + flips[match[0]]! + text.slice(match.index + match[0].length);
      return !check(doctored).findings.some((f) => f.severity === 'error');
    });
    expect(missed.map((match) => text.slice(Math.max(0, match.index - 20), match.index + 12))).toEqual([]);
  });
});

describe('the seed\'s own published 第三部分, checked the same way', () => {
  const published = seedPart3();
  const { findings, figures } = check(published);

  it('has no error or warning as published, and most of its figures checked', () => {
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(figures.filter((figure) => figure.outcome === 'checked').length).toBeGreaterThanOrEqual(100);
  });

  it('catches every checked figure changed by one unit of 1.00 (amounts and rates) or by one (counts)', () => {
    const checked = figures.filter((figure) => figure.outcome === 'checked');
    const missed = checked.filter((figure) => {
      const doctored = published.slice(0, figure.at) + plusOneText(figure.text) + published.slice(figure.at + figure.text.length);
      return !check(doctored).findings.some((f) => f.severity === 'error' || f.severity === 'warning');
    });
    expect(missed.map((figure) => `${published.slice(Math.max(0, figure.at - 20), figure.at)}[${figure.text}]`)).toEqual([]);
  });
});
