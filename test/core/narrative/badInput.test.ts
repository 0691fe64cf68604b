/**
 * Bad input to the 情况说明 checker (issue 12, "Done when" → Bad input): a text with no figures,
 * figures with no unit, 10 MB of text, 元 and 万元 mixed, full-width digits — each a clear finding or
 * message at its line, never a crash.
 */
import { checkNarrative, coverageText, TEXT_LIMIT } from '../../../src/core/narrative';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { buildSeedWorkbook } from '../../support/seedGrids';
import { seedPart3 } from './seedText';

const tables = recognizeWorkbook(buildSeedWorkbook().workbook).tables;
const published = seedPart3();
const problems = (text: string, options = {}) =>
  checkNarrative(text, tables, options)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.cell}`);

describe('the 情况说明 checker on bad input', () => {
  it('says a text with no figures has nothing to check, and finds nothing wrong in it', () => {
    const { findings, coverage } = checkNarrative('部门预算情况说明\n本部门认真贯彻落实中央和省委各项决策部署，严格执行预算。', tables);
    expect(findings).toEqual([]);
    expect(coverageText(coverage)).toBe('说明中没有可核对的数字');
  });

  it('names each amount written without 元 or 万元 at its line, and checks the rest', () => {
    const text = '2024年收入总计4510.52，比上年增加。\n支出总计4,610.52万元。';
    const { findings } = checkNarrative(text, tables, { lineCells: ['A1', 'A2'] });
    const unitless = findings.filter((f) => f.rule === 'narrative.unitMissing');
    expect(unitless.map((f) => [f.severity, f.cell])).toEqual([['warning', 'A1']]);
    expect(unitless[0]!.message).toContain('“4510.52”没有写单位');
    expect(findings.some((f) => f.rule === 'narrative.amountMismatch' && f.cell === 'A2')).toBe(true);
  });

  it('does not take a figure with thousands separators and a unit for one without', () => {
    expect(problems('2024年收入总计45,105,200.00元。')).toEqual([]);
  });

  it('reads 元 and 万元 side by side, and full-width digits, against the tables in 万元', () => {
    expect(problems('2024年收入总计45,105,200.00元，支出总计4510.52万元。')).toEqual([]);
    expect(problems('2024年收入总计４，５１０．５２万元。')).toEqual([]);
    const wrong = checkNarrative('2024年收入总计45,105,200.00元，支出总计46,105,200.00元。', tables).findings.filter((f) => f.severity === 'error');
    expect(wrong.map((f) => f.rule)).toEqual(['narrative.amountMismatch']);
    expect(wrong[0]!.message).toContain('4,510.52万元');
  });

  it('checks the first 200,000 characters of 10 MB of text and says the rest went unchecked, at the first line left out', () => {
    const doctored = published.replace('人员经费1,387.48', '人员经费1,837.48');
    const lines = doctored.split('\n');
    const copies = Math.ceil((10 * 1024 * 1024) / doctored.length);
    const text = Array.from({ length: copies }, () => doctored).join('\n');
    const cells = Array.from({ length: copies * lines.length }, (_, i) => `A${i + 1}`);
    const { findings } = checkNarrative(text, tables, { lineCells: cells });
    const tooLong = findings.filter((f) => f.rule === 'narrative.tooLong');
    expect(tooLong).toHaveLength(1);
    const checkedLines = text.slice(0, TEXT_LIMIT).split('\n').length - 1;
    expect(tooLong[0]!.cell).toBe(`A${checkedLines + 1}`);
    expect(tooLong[0]!.message).toContain(`共${text.length.toLocaleString('en-US')}字`);
    // The error in the part checked is still found, at its line.
    expect(findings.some((f) => f.rule === 'narrative.amountMismatch' && f.cell === `A${lines.findIndex((line) => line.includes('1,837.48')) + 1}`)).toBe(true);
  });
});
