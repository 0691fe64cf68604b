import { Decimal } from '../../../../src/core/amount';
import { checkNarrative } from '../../../../src/core/narrative';
import { finalFactsFromTables, generateFinalNarrative } from '../../../../src/core/narrative/final';
import { recognizeWorkbook } from '../../../../src/core/recognize';
import { finalWorkbook } from './finalWorkbook';

/** The 决算 example workbook and its generated text, one paragraph a line (as a 情况说明 sheet holds it), every reason given. */
const tables = recognizeWorkbook(finalWorkbook()).tables;
const generated = generateFinalNarrative(finalFactsFromTables(tables), {
  reasons: { income: '上级补助增加', operating: '压减办公费', 'item.2010101': '压减支出', 'item.2080505': '基数调整', 'item.2080506': '追加', 'threePublic.total': '节约', 'threePublic.vehicle': '节约', 'threePublic.vehicleOperation': '节约', 'threePublic.reception': '节约' },
  operating: new Decimal(1),
  lastYear: { incomeTotal: new Decimal(100), expenditureTotal: new Decimal(115), operating: new Decimal('1.25') },
  procurement: { goods: new Decimal(20), works: new Decimal(0), services: new Decimal(10), smallMedium: new Decimal(24), smallMicro: new Decimal(12) },
  assets: { vehicles: [['执法执勤用车', new Decimal(2)]], equipmentOver50: new Decimal(1), equipmentOver100: new Decimal(0) },
})
  .sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.text).join('')))
  .join('\n');

const problems = (text: string) => checkNarrative(text, tables).findings.filter((f) => f.severity !== 'info');

/** The errors and warnings of a doctored copy, with the rule, the line's cell and the expected value. */
function doctored(from: string, to: string): { rule: string; cell: string; expected?: string }[] {
  expect(generated).toContain(from);
  return problems(generated.replace(from, to)).map((f) => ({ rule: f.rule, cell: f.cell, ...(f.expected ? { expected: f.expected } : {}) }));
}

const lineOf = (text: string) => `第${generated.split('\n').findIndex((line) => line.includes(text)) + 1}行`;

describe('the 情况说明 checker on a 决算 text', () => {
  it('passes the generated text: no error or warning, and every table figure is checked', () => {
    const { findings, coverage } = checkNarrative(generated, tables);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(coverage.unbound).toBe(0);
    // What no table holds (机关运行经费, 政府采购, 资产, last year's totals) is said to be unverifiable, not passed.
    expect(coverage.checked).toBeGreaterThanOrEqual(30);
    expect(findings.filter((f) => f.rule === 'narrative.unverifiable').map((f) => f.cell)).toContain(lineOf('机关运行经费'));
  });

  it('catches a 预算数 or 决算数 that differs from the table, found by code, 项 name or 三公 line, with the cell', () => {
    const check = (text: string) => problems(text).map((f) => [f.rule, f.expected, f.actual, f.compared?.[0]?.cell]);
    expect(check('2010101行政运行（项）：年初预算为65.00万元，支出决算为50.00万元。')).toEqual([['narrative.amountMismatch', '55.00', '50.00', 'D7']]);
    expect(check('机关事业单位职业年金缴费支出（项）：年初预算为1.00万元，支出决算为8.00万元。')).toEqual([['narrative.amountMismatch', '0.00', '1.00', 'C12']]);
    expect(check('公务用车运行维护费支出预算为6.00万元，支出决算为5.10万元，完成预算的85.00%。')).toEqual([['narrative.amountMismatch', '5.00', '5.10', 'C8']]);
    // One unit of the last printed place is allowed (truncation).
    expect(check('2010101行政运行（项）：年初预算为65.01万元，支出决算为55.00万元。')).toEqual([]);
  });

  it('says it cannot tell what words naming no line refer to, and reports no error on them', () => {
    const { findings, coverage } = checkNarrative('某某事务年初预算为1.00万元，支出决算为1.00万元。', tables);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['narrative.unbound', 'info']]);
    expect(coverage).toEqual({ figures: 2, checked: 0, unverifiable: 0, unbound: 2 });
  });

  it('catches a 完成率 stated over a zero 年初预算', () => {
    const found = doctored('年初预算为0万元，支出决算为8.00万元。', '年初预算为0.00万元，支出决算为8.00万元，完成年初预算的100.00%。');
    expect(found).toEqual([{ rule: 'narrative.completionOverZero', cell: lineOf('2080506') }]);
  });

  it('catches 大于 where 决算数 is smaller, on the statement the comparison follows', () => {
    const found = problems(generated.replace('决算数小于年初预算数的主要原因是压减支出', '决算数大于年初预算数的主要原因是压减支出'));
    expect(found.map((f) => [f.rule, f.expected])).toEqual([['narrative.directionContradicts', '小于']]);
    expect(found[0]!.message).toContain('决算数55.00万元小于预算数65.00万元');
  });

  it('catches 等于 between figures that differ, and 低于 where they are equal', () => {
    const subject = '1.2010101行政运行（项）：';
    expect(problems(`${subject}年初预算为65.00万元，支出决算为55.00万元，完成年初预算的84.62%。决算数等于年初预算数。`).map((f) => f.expected)).toEqual(['小于']);
    expect(problems('2.2010102一般行政管理事务（项）：年初预算为5.00万元，支出决算为5.00万元，完成年初预算的100.00%，决算数低于预算数。').map((f) => f.expected)).toEqual(['等于']);
  });

  it('catches a 完成率 that does not recompute from the printed figures, and tolerates what rounding explains', () => {
    expect(doctored('完成年初预算的84.62%', '完成年初预算的84.26%')).toEqual([{ rule: 'narrative.rateMismatch', cell: lineOf('2010101'), expected: '84.62%' }]);
    // 55.00 ÷ 65.00 may be anything from 54.995 ÷ 65.005 = 84.60% to 55.005 ÷ 64.995 = 84.63%.
    expect(doctored('完成年初预算的84.62%', '完成年初预算的84.61%')).toEqual([]);
    expect(doctored('完成年初预算的84.62%', '完成年初预算的84.59%')).toHaveLength(1);
  });

  it('reads the 三公 paragraph item by item and full-width figures as typed with an IME', () => {
    const text = '“三公”经费支出预算为１０．００万元，支出决算为８．００万元，完成预算的８０．００％；其中：公务接待费支出预算为4.00万元，支出决算为3.00万元，完成预算的57.00%。';
    const found = checkNarrative(text, tables, { sheet: '说明', lineCells: ['B3'] });
    expect(found.coverage).toEqual({ figures: 6, checked: 6, unverifiable: 0, unbound: 0 });
    expect(found.findings.map((f) => [f.rule, f.sheet, f.cell, f.expected, f.actual])).toEqual([['narrative.rateMismatch', '说明', 'B3', '75.00%', '57.00%']]);
    expect(found.findings[0]!.message).toContain('3.00万元÷4.00万元');
  });

  it('does not take the threshold of 单位价值50万元以上 for a figure', () => {
    const { coverage } = checkNarrative('单位价值50万元以上通用设备1台（套），单位价值100万元以上专用设备0台（套）。', tables);
    expect(coverage.figures).toBe(2);
  });
});
