import { Decimal } from '../../../../src/core/amount';
import { finalFactsFromTables, generateFinalNarrative } from '../../../../src/core/narrative/final';
import type { FinalInputs } from '../../../../src/core/narrative/final';
import { checkNarrative, sentencesOf } from '../../../../src/core/narrative';
import { recognizeWorkbook } from '../../../../src/core/recognize';
import { runRules } from '../../../../src/core/rules/registry';
import { finalWorkbook } from './finalWorkbook';

const recognition = recognizeWorkbook(finalWorkbook());
const facts = finalFactsFromTables(recognition.tables);

const inputs: FinalInputs = {
  department: '某局',
  lastYear: { incomeTotal: new Decimal(100), expenditureTotal: new Decimal(115), operating: new Decimal('20.5') },
  reasons: {
    income: '上级补助增加',
    'item.2010101': '厉行节约，压减一般性支出',
    'item.2080505': '缴费基数调整',
    'item.2080506': '年中追加职业年金缴费',
    'threePublic.total': '严控公务接待和公务用车支出',
    'threePublic.vehicle': '车辆维修减少',
    'threePublic.vehicleOperation': '车辆维修减少',
    'threePublic.reception': '接待批次减少',
    operating: '办公费减少',
  },
  operating: new Decimal('18.45'),
  procurement: { goods: new Decimal(20), works: new Decimal(0), services: new Decimal(10), smallMedium: new Decimal(24), smallMicro: new Decimal(12) },
  assets: { vehicles: [['执法执勤用车', new Decimal(2)], ['应急保障用车', new Decimal(1)]], equipmentOver50: new Decimal(1), equipmentOver100: new Decimal(0) },
};

const texts = (narrative: ReturnType<typeof generateFinalNarrative>) => sentencesOf(narrative).map((s) => s.text);

describe('the 决算 example workbook', () => {
  it('ties out under the table rules (the figures are consistent; only the absent tables are warned about)', () => {
    const findings = runRules(recognition, 'tight');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning').every((f) => f.rule === 'family.missingTable')).toBe(true);
  });
});

describe('generateFinalNarrative', () => {
  const narrative = generateFinalNarrative(facts, inputs);
  const all = texts(narrative);

  it('writes the totals against last year with the reason', () => {
    expect(narrative.title).toBe('第三部分 2023年度某局部门决算情况说明');
    expect(all[0]).toBe('2023年度收入总计115.00万元，比上年增加15.00万元，增长15.00%，主要原因是上级补助增加；其中：本年收入合计105.00万元，年初结转和结余10.00万元。');
    expect(all[1]).toBe('2023年度支出总计115.00万元，与上年持平；其中：本年支出合计100.00万元，年末结转和结余15.00万元。');
  });

  it('writes each 项 with 年初预算, 决算数, 完成率 and 小于/等于/大于 with the reason; no 完成率 over a zero 年初预算', () => {
    const items = sentencesOf(narrative).filter((s) => s.id.startsWith('二.2.')).map((s) => s.text);
    expect(items).toEqual([
      '1.2010101行政运行（项）：年初预算为65.00万元，支出决算为55.00万元，完成年初预算的84.62%。',
      '决算数小于年初预算数的主要原因是厉行节约，压减一般性支出。',
      '2.2010102一般行政管理事务（项）：年初预算为5.00万元，支出决算为5.00万元，完成年初预算的100%。',
      '决算数等于年初预算数。',
      '3.2080505机关事业单位基本养老保险缴费支出（项）：年初预算为30.00万元，支出决算为32.00万元，完成年初预算的106.67%。',
      '决算数大于年初预算数的主要原因是缴费基数调整。',
      '4.2080506机关事业单位职业年金缴费支出（项）：年初预算为0万元，支出决算为8.00万元。',
      '决算数大于年初预算数的主要原因是年中追加职业年金缴费。',
    ]);
    expect(all).toContain('2023年度一般公共预算财政拨款支出年初预算为100.00万元，支出决算为100.00万元，完成年初预算的100%。');
  });

  it('writes the 三公 预算 against 决算, item by item', () => {
    expect(all).toContain('2023年度一般公共预算财政拨款“三公”经费支出预算为10.00万元，支出决算为8.00万元，完成预算的80.00%。');
    expect(all).toContain('决算数小于预算数的主要原因是严控公务接待和公务用车支出。');
    expect(all).toContain('因公出国（境）费支出预算为0万元，支出决算为0万元。');
    expect(all).toContain('公务接待费支出预算为4.00万元，支出决算为3.00万元，完成预算的75.00%。');
  });

  it('writes 机关运行经费, 政府采购 with the 中小企业 share, and 国有资产', () => {
    expect(all).toContain('2023年度机关运行经费支出18.45万元，比上年减少2.05万元，下降10.00%，主要原因是办公费减少。');
    expect(all).toContain('2023年度政府采购支出总额30.00万元，其中：政府采购货物支出20.00万元、政府采购工程支出0万元、政府采购服务支出10.00万元。');
    expect(all).toContain('授予中小企业合同金额24.00万元，占政府采购支出总额的80.00%，其中：授予小微企业合同金额12.00万元，占授予中小企业合同金额的50.00%。');
    expect(all).toContain('截至2023年12月31日，共有车辆3辆，其中：执法执勤用车2辆、应急保障用车1辆；单位价值50万元以上通用设备1台（套），单位价值100万元以上专用设备0台（套）。');
  });

  it('raises no finding when every input is given, and its own text passes the 决算 checker', () => {
    expect(narrative.findings).toEqual([]);
    const paragraphs = narrative.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.text).join('')));
    const { findings, coverage } = checkNarrative(paragraphs.join('\n'), recognition.tables);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(coverage.unbound).toBe(0);
  });

  it('leaves a visible placeholder and a finding for each reason that is needed and absent', () => {
    const bare = generateFinalNarrative(facts, { ...inputs, reasons: {} });
    const bareTexts = texts(bare);
    expect(bareTexts).toContain('决算数小于年初预算数的主要原因是【待填写：2010101行政运行决算数小于年初预算数的原因】。');
    expect(bareTexts).toContain('决算数等于年初预算数。');
    const labels = bare.findings.map((f) => f.message);
    expect(labels).toContain('情况说明需要“2080506机关事业单位职业年金缴费支出决算数大于年初预算数的原因”，请在参数表填写');
    expect(labels.some((m) => m.includes('一般行政管理事务'))).toBe(false);
    expect(bare.findings.every((f) => f.rule === 'narrative.missingInput' && f.severity === 'warning')).toBe(true);
  });

  it('takes a 项’s 年初预算 from the inputs when the table prints only the 决算数, and asks for it otherwise', () => {
    const withoutBudget = { ...facts, generalPublicItems: facts.generalPublicItems.map(({ budgeted: _budgeted, ...item }) => item) };
    const given = texts(generateFinalNarrative(withoutBudget, { ...inputs, budgetByCode: { '2010101': new Decimal(65) } }));
    expect(given).toContain('1.2010101行政运行（项）：年初预算为65.00万元，支出决算为55.00万元，完成年初预算的84.62%。');
    const asked = generateFinalNarrative(withoutBudget, inputs);
    expect(texts(asked)).toContain('2.2010102一般行政管理事务（项）：年初预算为【待填写：2010102一般行政管理事务年初预算数】，支出决算为5.00万元。');
    expect(asked.findings.some((f) => f.rule === 'narrative.missingFigure')).toBe(true);
  });
});
