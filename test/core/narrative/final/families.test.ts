import { formatAmount } from '../../../../src/core/amount';
import { checkNarrative, sentencesOf } from '../../../../src/core/narrative';
import { finalFactsFromTables, generateFinalNarrative } from '../../../../src/core/narrative/final';
import { recognizeWorkbook } from '../../../../src/core/recognize';
import { layoutWorkbook } from '../../../../src/core/templates';
import { filledFinal9 } from '../../families/filled';

/** The final9 family laid out in 元 with 类|款|项 columns and filled from the families' ledger. */
const workbook = layoutWorkbook({ family: 'final9', department: '某局', year: 2023, unit: '元', codeLayout: 'split', data: filledFinal9('元') });
const tables = recognizeWorkbook(workbook).tables;
const facts = finalFactsFromTables(tables);

describe('the 决算 narrative on the final9 templates (元, split codes)', () => {
  it('reads the totals in 万元, every 项 of 表5 and the 三公 预算数 beside 决算数', () => {
    expect(facts.year).toBe(2023);
    expect(facts.incomeTotal?.value.equals(facts.expenditureTotal!.value)).toBe(true);
    expect(facts.generalPublicItems.length).toBeGreaterThan(0);
    expect(facts.generalPublicItems.every((item) => item.code?.length === 7 && item.actual && !item.budgeted)).toBe(true);
    expect(facts.threePublic.total?.budgeted).toBeDefined();
    expect(facts.threePublic.total?.actual).toBeDefined();
  });

  it('asks for the 年初预算 表5 does not print, and uses it when given; its text passes the 决算 checker against the tables', () => {
    const first = facts.generalPublicItems[0]!;
    const budget = first.actual!.value.plus(10);
    const narrative = generateFinalNarrative(facts, { budgetByCode: { [first.code!]: budget } });
    const items = sentencesOf(narrative).filter((s) => s.id.startsWith('二.2.') && !s.id.endsWith('比较'));
    expect(items).toHaveLength(facts.generalPublicItems.length);
    expect(items[0]!.text).toContain(`年初预算为${formatAmount(budget)}万元`);
    expect(items[1]!.placeholders).toHaveLength(1);
    expect(sentencesOf(narrative).find((s) => s.id === '三.1.比较')?.text).toMatch(/^决算数(小于|大于|等于)预算数/u);
    // The 三公 total's reason is asked for under its own name, not the printed 合计.
    expect(narrative.findings.some((f) => f.message.includes('“合计决算数'))).toBe(false);
    const paragraphs = narrative.sections.flatMap((s) => s.paragraphs.map((p) => p.sentences.map((x) => x.text).join('')));
    // Its figures are the tables' own (in 元, shown in 万元): none is wrong, only the placeholders it left are.
    const { findings } = checkNarrative(paragraphs.join('\n'), tables);
    expect(findings.filter((f) => f.severity !== 'info' && f.rule !== 'narrative.placeholder')).toEqual([]);
    expect(findings.some((f) => f.rule === 'narrative.placeholder')).toBe(true);
  });
});
