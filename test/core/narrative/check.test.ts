import { Decimal } from '../../../src/core/amount';
import { checkNarrative, findNarrativeText, factsFromTables, generateNarrative, renderNarrative } from '../../../src/core/narrative';
import type { Finding } from '../../../src/core/narrative';
import { sampleParams } from '../../../src/core/params';
import type { Grid } from '../../../src/core/grid';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { buildSeedWorkbook } from '../../support/seedGrids';
import { seedPart3 } from './seedText';

const tables = recognizeWorkbook(buildSeedWorkbook().workbook).tables;
const published = seedPart3();
const serious = (findings: readonly Finding[]) => findings.filter((f) => f.severity !== 'info');

/** The sentence of `text` (up to 。 or the line end) that holds `words`. */
function sentenceWith(text: string, words: string): string {
  const sentence = text.split('\n').flatMap((line) => line.split(/(?<=。)/u)).find((s) => s.includes(words));
  return sentence!.trim();
}

function doctor(from: string, to: string, withParams = false): { findings: Finding[]; sentence: string } {
  expect(published).toContain(from);
  const text = published.replace(from, to);
  return { findings: checkNarrative(text, tables, withParams ? { params: sampleParams() } : {}).findings, sentence: sentenceWith(text, to) };
}

describe('checkNarrative on the seed\'s own 第三部分', () => {
  it('reports no error or warning against the seed\'s tables, with or without last year\'s figures', () => {
    expect(serious(checkNarrative(published, tables).findings)).toEqual([]);
    expect(serious(checkNarrative(published, tables, { params: sampleParams() }).findings)).toEqual([]);
  });

  it('reports no error or warning against the same tables printed in 元', () => {
    const inYuan = recognizeWorkbook(buildSeedWorkbook({ unit: '元' }).workbook).tables;
    expect(serious(checkNarrative(published, inYuan).findings)).toEqual([]);
  });

  it('accounts for every figure: checked, 无法核对 or 未识别', () => {
    const { coverage, findings } = checkNarrative(published, tables, { params: sampleParams() });
    expect(coverage.figures).toBe(coverage.checked + coverage.unverifiable + coverage.unbound);
    expect(coverage.checked).toBeGreaterThan(coverage.figures / 2);
    const told = findings.filter((f) => f.rule === 'narrative.unverifiable' || f.rule === 'narrative.unbound');
    expect(told.every((f) => f.severity === 'info')).toBe(true);
  });

  it('finds in the generated text only the placeholder the seed leaves open', () => {
    const generated = renderNarrative(generateNarrative(factsFromTables(tables), sampleParams()));
    const findings = serious(checkNarrative(generated, tables, { params: sampleParams() }).findings);
    expect(findings.map((f) => f.rule)).toEqual(['narrative.placeholder']);
    expect(findings[0]!.message).toContain('【待填写：一般公共预算当年支出变动原因】');
  });
});

describe('checkNarrative on doctored copies of the seed\'s text', () => {
  it.each([
    ['an amount with two digits swapped', '人员经费1,387.48万元', '人员经费1,837.48万元', 'narrative.amountMismatch', false],
    ['a class amount off by more than the last digit', '卫生健康支出61.94万元，占1.53%', '卫生健康支出62.94万元，占1.53%', 'narrative.amountMismatch', false],
    ['a growth rate changed', '增长4.91%', '增长4.19%', 'narrative.rateMismatch', true],
    ['a share changed by 0.01 (share-forcing)', '占90.23%', '占90.24%', 'narrative.rateMismatch', false],
    ['增加 where the rate says 增长', '比上年增加189.52万元，增长4.91%', '比上年减少189.52万元，增长4.91%', 'narrative.directionContradicts', false],
    ['both direction words flipped', '比上年增加189.52万元，增长4.91%', '比上年减少189.52万元，下降4.91%', 'narrative.directionContradicts', true],
    ['a direction word against last year\'s 参数', '比2023年减少0.06万元', '比2023年增加0.06万元', 'narrative.directionContradicts', true],
    ['a direction word against the stated base', '比2023年预算94.18万元增加25.34万元', '比2023年预算94.18万元减少25.34万元', 'narrative.directionContradicts', false],
    ['a change that is not the difference of the stated figures', '比2023年预算94.18万元增加25.34万元', '比2023年预算94.18万元增加23.54万元', 'narrative.changeMismatch', false],
    ['growth stated over a zero base', '比2023年预算94.18万元增加25.34万元，增长26.91%', '比2023年预算0万元增加119.52万元，增长100%', 'narrative.growthOverZeroBase', false],
    ['a class name changed', '社会保障和就业支出215.57万元，占5.32%', '社会保障与就业支出215.57万元，占5.32%', 'narrative.nameMismatch', false],
    ['a placeholder left in', '增长13.97%', '下降（增长）13.97%', 'narrative.placeholder', false],
    ['XX left in', '政府采购服务预算0万元', '政府采购服务预算XX万元', 'narrative.placeholder', false],
    ['a % removed', '占89.84%', '占89.84', 'narrative.percentWithoutSign', false],
    ['国有资本经营预算拨款 of 0 said to be the total', '国有资本经营预算拨款0万元', '国有资本经营预算拨款4,510.52万元', 'narrative.amountMismatch', false],
    ['因公出国（境）费 with its brackets', '因公出国（境）费0万元', '因公出国（境）费7.00万元', 'narrative.amountMismatch', false],
  ])('catches %s and quotes the sentence', (_, from, to, rule, withParams) => {
    const { findings, sentence } = doctor(from, to, withParams);
    expect(findings.map((f) => f.rule)).toContain(rule);
    const finding = findings.find((f) => f.rule === rule)!;
    // The quote is the sentence up to the clause that is wrong (a right figure after it is not quoted).
    expect(finding.message.startsWith(`“${sentence.slice(0, 8)}`)).toBe(true);
    expect(finding.message).toContain(to.split(/[，；]/u)[0]!);
    expect(finding.sheet).toBe('情况说明');
    expect(finding.cell).toMatch(/^第\d+行$/u);
  });

  it('catches “与上年预算数相同” when last year\'s 参数 differs', () => {
    const params = { ...sampleParams(), 'lastYear.vehiclePurchase': new Decimal('1.00') };
    const findings = serious(checkNarrative(published, tables, { params }).findings);
    expect(findings.map((f) => f.rule)).toEqual(['narrative.directionContradicts']);
    expect(findings[0]!.message).toContain('公务用车购置费0万元，与上年预算数相同');
  });

  it('reports the table\'s figure and cell for a wrong amount', () => {
    const { findings } = doctor('人员经费1,387.48万元', '人员经费1,837.48万元');
    const wrong = serious(findings);
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ expected: '1,387.48', actual: '1,837.48' });
    expect(wrong[0]!.message).toMatch(/（表6!D\d+）/u);
  });

  it('tolerates a last digit truncated instead of rounded', () => {
    expect(serious(doctor('公用经费119.52万元', '公用经费119.51万元').findings)).toEqual([]);
    expect(serious(doctor('公用经费119.52万元', '公用经费119.50万元').findings).map((f) => f.rule)).toEqual(['narrative.amountMismatch']);
  });

  it.each([
    ['较上年 wording with the base stated', '机关运行经费119.52万元，较上年预算94.18万元增加25.34万元，增长26.91%。', []],
    ['同比 wording', '“三公”经费预算3.66万元，同比减少0.06万元，下降1.61%。', []],
    ['full-width digits and ％', '一般公共预算拨款收入４，０５２.12万元，占８９．８４％。', []],
    ['full-width digits with a wrong share', '预算收入4,510.52万元，主要包括一般公共预算拨款收入4,052.12万元，占８９．４８％。', ['narrative.rateMismatch']],
    ['本年收入 against 收入总计', '本年收入预算4,052.12万元。', []],
    ['收入预算总额 with a space before 万元', '2024年收入预算总额4,510.52 万元，比2023年增加553.02万元，增长13.97%。', []],
    ['预算数为…', '“三公”经费预算数为3.66万元，比上年减少0.06万元，降低1.61%。', []],
    ['预算数为… with a wrong amount', '“三公”经费预算数为3.96万元。', ['narrative.amountMismatch']],
    ['降低 with the wrong direction', '“三公”经费预算3.66万元，比上年增加0.06万元，降低1.61%。', ['narrative.directionContradicts']],
    ['公务用车购置及运行维护费', '公务用车购置及运行维护费3.08万元。', []],
    ['一般公共预算支出 including 上年结转', '一般公共预算支出4,510.52万元。', []],
    ['职业年金缴费支出 bound to its 项 2080506', '机关事业单位职业年金缴费支出81.59万元。', ['narrative.amountMismatch']],
    ['a comparison with this very year', '2024年收入总计4,510.52万元，比2024年预算增加553.02万元。', ['narrative.baseIsThisYear']],
    ['a reason cut off', '公务接待费0.58万元，主要原因是。', ['narrative.reasonEmpty']],
  ])('reads %s', (_, text, rules) => {
    expect(serious(checkNarrative(text, tables).findings).map((f) => f.rule)).toEqual(rules);
  });

  it('binds 职业年金缴费 to 30109 in 表6 and 机关事业单位职业年金缴费支出 to 2080506 in the function tables', () => {
    const economic = checkNarrative('人员经费中，职业年金缴费71.59万元。', tables);
    expect(economic.figures.map((figure) => [figure.outcome, figure.sources.map((cell) => cell.sheet.slice(0, 2))])).toEqual([['checked', ['表6']]]);
    const wrong = checkNarrative('人员经费中，职业年金缴费81.59万元。', tables).findings.filter((f) => f.severity === 'error');
    expect(wrong.map((f) => [f.rule, f.message.includes('表6') && f.message.includes('71.59')])).toEqual([['narrative.amountMismatch', true]]);
    const functional = checkNarrative('机关事业单位职业年金缴费支出71.59万元。', tables);
    const [figure] = functional.figures;
    expect([figure?.outcome, figure!.sources.length > 0, figure!.sources.some((cell) => cell.sheet.startsWith('表6'))]).toEqual(['checked', true, false]);
  });

  it('says a quantity no table holds cannot be checked (info), not that it is 0', () => {
    const withoutOperating = tables.filter((t) => t.kind !== 'budget.operating');
    const { findings, coverage } = checkNarrative('机关运行经费预算为119.52万元。', withoutOperating);
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['narrative.unverifiable info']);
    expect(coverage).toEqual({ figures: 1, checked: 0, unverifiable: 1, unbound: 0 });
  });

  it('names the cell of the line when the text came from a sheet', () => {
    const findings = checkNarrative('第一行\n人员经费1,837.48万元。', tables, { sheet: '情况说明', lineCells: ['A1', 'A3'] }).findings;
    expect(serious(findings)[0]).toMatchObject({ sheet: '情况说明', cell: 'A3' });
  });
});

describe('findNarrativeText', () => {
  const sheet = (name: string, rows: (string | number | null)[][]): Grid => ({ name, values: rows, merges: [] });

  it('finds a sheet named 情况说明 and gives the cell of each line', () => {
    const found = findNarrativeText([sheet('表1', [['x']]), sheet('情况说明', [['一、部门预算收支'], [], [null, '人员经费1,387.48万元。']])]);
    expect(found).toEqual({ sheet: '情况说明', text: '一、部门预算收支\n人员经费1,387.48万元。', lineCells: ['A1', 'B3'] });
  });

  it('finds a sheet headed 编制说明 whatever its name', () => {
    expect(findNarrativeText([sheet('Sheet3', [['2024年部门预算编制说明'], ['正文']])])?.sheet).toBe('Sheet3');
  });

  it('takes only 第三部分 from a sheet holding the whole disclosure', () => {
    const found = findNarrativeText([sheet('公开文本', [['第一部分 概况'], ['职责'], ['第三部分 情况说明'], ['正文'], ['第四部分 名词解释'], ['基本支出']])]);
    expect(found?.text).toBe('第三部分 情况说明\n正文');
  });

  it('finds nothing in a workbook of tables only', () => {
    expect(findNarrativeText(buildSeedWorkbook().workbook)).toBeUndefined();
  });

  it('takes neither the 参数 sheet nor a copy of it (参数 (2), titled 情况说明参数) for a 情况说明', () => {
    const params: Grid = { name: '参数 (2)', values: [['情况说明参数'], ['一、基本信息'], ['部门名称', '', '【待填写】']], merges: [] };
    expect(findNarrativeText([...buildSeedWorkbook().workbook, params])).toBeUndefined();
  });
});
