import { Decimal } from '../../../../src/core/amount';
import { FINAL_NARRATIVE_RULES, checkFinalNarrative, finalFactsFromTables, finalNarrativeRule, generateFinalNarrative } from '../../../../src/core/narrative/final';
import type { FinalNarrativeRuleId } from '../../../../src/core/narrative/final';
import { recognizeWorkbook } from '../../../../src/core/recognize';
import { finalWorkbook } from './finalWorkbook';

/** The generated 决算 text of the example workbook, one paragraph a line (as a 情况说明 sheet holds it), every reason given. */
const facts = finalFactsFromTables(recognizeWorkbook(finalWorkbook()).tables);
const generated = generateFinalNarrative(facts, {
    reasons: { 'item.2010101': '压减支出', 'item.2080505': '基数调整', 'item.2080506': '追加', 'threePublic.total': '节约', 'threePublic.vehicle': '节约', 'threePublic.vehicleOperation': '节约', 'threePublic.reception': '节约' },
    operating: new Decimal(1),
  },
)
  .sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.text).join('')))
  .join('\n');

/** The findings of a doctored copy, with the rule, the line's cell and the expected value. */
function doctored(from: string, to: string): { rule: string; cell: string; expected?: string }[] {
  expect(generated).toContain(from);
  return checkFinalNarrative(generated.replace(from, to)).map((f) => ({ rule: f.rule, cell: f.cell, ...(f.expected ? { expected: f.expected } : {}) }));
}

const lineOf = (text: string) => `第${generated.split('\n').findIndex((line) => line.includes(text)) + 1}行`;

describe('checkFinalNarrative', () => {
  it('passes the generated text, also against the tables', () => {
    expect(checkFinalNarrative(generated)).toEqual([]);
    expect(checkFinalNarrative(generated, { facts })).toEqual([]);
  });

  it('with the tables, catches a 预算数 or 决算数 that differs from the table, found by code, 项 name or 三公 line', () => {
    const check = (text: string) => checkFinalNarrative(text, { facts }).map((f) => [f.rule, f.expected, f.actual, f.compared?.[0]?.cell]);
    expect(check('2010101行政运行（项）：年初预算为65.00万元，支出决算为50.00万元。')).toEqual([['final.narrative.amountMismatch', '55.00', '50.00', 'D7']]);
    expect(check('机关事业单位职业年金缴费支出（项）：年初预算为1.00万元，支出决算为8.00万元。')).toEqual([['final.narrative.amountMismatch', '0.00', '1.00', 'C12']]);
    expect(check('公务用车运行维护费支出预算为6.00万元，支出决算为5.10万元，完成预算的85.00%。')).toEqual([['final.narrative.amountMismatch', '5.00', '5.10', 'C8']]);
    // One unit of the last printed place is allowed (truncation); words naming no line are left alone.
    expect(check('2010101行政运行（项）：年初预算为65.01万元，支出决算为55.00万元。')).toEqual([]);
    expect(check('某某事务年初预算为1.00万元，支出决算为1.00万元。')).toEqual([]);
  });

  it('catches a 完成率 stated over a zero 年初预算', () => {
    const found = doctored('年初预算为0.00万元，支出决算为8.00万元。', '年初预算为0.00万元，支出决算为8.00万元，完成年初预算的100.00%。');
    expect(found).toEqual([{ rule: 'final.narrative.completionOverZeroBase', cell: lineOf('2080506') }]);
  });

  it('catches 大于 where 决算数 is smaller, on the statement the comparison follows', () => {
    const found = checkFinalNarrative(generated.replace('决算数小于年初预算数的主要原因是压减支出', '决算数大于年初预算数的主要原因是压减支出'));
    expect(found.map((f) => [f.rule, f.expected])).toEqual([['final.narrative.comparisonContradicts', '小于']]);
    expect(found[0]!.message).toContain('决算数55.00万元小于预算数65.00万元');
  });

  it('catches 等于 between figures that differ, and 小于 where they are equal', () => {
    expect(checkFinalNarrative('年初预算为5.00万元，支出决算为5.01万元，完成年初预算的100.20%。决算数等于年初预算数。').map((f) => f.expected)).toEqual(['大于']);
    expect(checkFinalNarrative('预算为4.00万元，支出决算为4.00万元，完成预算的100.00%，决算数低于预算数。').map((f) => f.expected)).toEqual(['等于']);
  });

  it('catches a 完成率 that does not recompute from the printed figures, and tolerates what rounding explains', () => {
    expect(doctored('完成年初预算的84.62%', '完成年初预算的84.26%')).toEqual([{ rule: 'final.narrative.completionMismatch', cell: lineOf('2010101'), expected: '84.62%' }]);
    // 55.00 ÷ 65.00 may be anything from 54.995 ÷ 65.005 = 84.60% to 55.005 ÷ 64.995 = 84.63%.
    expect(doctored('完成年初预算的84.62%', '完成年初预算的84.61%')).toEqual([]);
    expect(doctored('完成年初预算的84.62%', '完成年初预算的84.59%')).toHaveLength(1);
  });

  it('reads the 三公 paragraph item by item and full-width figures as typed with an IME', () => {
    const text = '“三公”经费支出预算为１０．００万元，支出决算为８．００万元，完成预算的８０．００％；其中：公务接待费支出预算为4.00万元，支出决算为3.00万元，完成预算的57.00%。';
    expect(checkFinalNarrative(text, { sheet: '说明', lineCells: ['B3'] }).map((f) => [f.rule, f.sheet, f.cell, f.message])).toEqual([
      ['final.narrative.completionMismatch', '说明', 'B3', '“其中：公务接待费支出预算为4.00万元，支出决算为3.00万元，完成预算的57.00%。”：完成率57.00%与3.00÷4.00计算的75.00%不符'],
    ]);
  });
});

describe('the 决算 narrative rules', () => {
  const failing: Record<FinalNarrativeRuleId, string> = {
    'final.narrative.completionOverZeroBase': '年初预算为0万元，支出决算为5.00万元，完成年初预算的100%。',
    'final.narrative.comparisonContradicts': '年初预算为6.00万元，支出决算为5.00万元，完成年初预算的83.33%。决算数大于年初预算数。',
    'final.narrative.completionMismatch': '年初预算为6.00万元，支出决算为5.00万元，完成年初预算的88.33%。',
    'final.narrative.amountMismatch': '2010102一般行政管理事务（项）：年初预算为6.00万元，支出决算为5.00万元。',
  };

  it.each(Object.values(FINAL_NARRATIVE_RULES).map((rule) => [rule.id]))('%s has a failing case that carries its declared severity', (id) => {
    const own = checkFinalNarrative(failing[id as FinalNarrativeRuleId], { facts }).filter((f) => f.rule === id);
    expect(own.length).toBe(1);
    expect(own[0]!.severity).toBe(finalNarrativeRule(id as FinalNarrativeRuleId).severity);
  });
});
