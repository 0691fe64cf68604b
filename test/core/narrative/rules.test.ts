import * as fs from 'node:fs';
import * as path from 'node:path';
import { NARRATIVE_RULES, TEXT_LIMIT, checkNarrative, factsFromTables, generateNarrative, narrativeRule } from '../../../src/core/narrative';
import type { Finding, NarrativeRuleId } from '../../../src/core/narrative';
import { PARAM_RULES } from '../../../src/core/params';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { buildSeedWorkbook } from '../../support/seedGrids';
import { finalWorkbook } from './final/finalWorkbook';
import { typedSeedTables } from './seedTables';
import { seedPart3 } from './seedText';

const tables = typedSeedTables(buildSeedWorkbook());
const facts = factsFromTables(tables);
const published = seedPart3();
const finalTables = recognizeWorkbook(finalWorkbook()).tables;
/** Two 项 named 行政运行 with different figures, under 201 and 224. */
const twoRuns = recognizeWorkbook([
  {
    name: '表5',
    merges: [],
    values: [
      ['2024年一般公共预算支出预算表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', null, 100, 100, null],
      ['201', '一般公共服务支出', 60, 60, null],
      ['20101', '人大事务', 60, 60, null],
      ['2010101', '行政运行', 60, 60, null],
      ['224', '灾害防治及应急管理支出', 40, 40, null],
      ['22401', '应急管理事务', 40, 40, null],
      ['2240101', '行政运行', 40, 40, null],
    ],
  },
]).tables;

/** The findings of a doctored copy of the seed's text, checked against the seed's tables. */
function doctored(from: string, to: string): readonly Finding[] {
  expect(published).toContain(from);
  return checkNarrative(published.replace(from, to), tables).findings;
}
const check = (text: string) => checkNarrative(text, tables).findings;

/** One failing case per rule: a doctored copy of the seed's text, or inputs that are missing or wrong. */
const FAILING: Record<NarrativeRuleId, () => readonly Finding[]> = {
  'narrative.amountMismatch': () => doctored('人员经费1,387.48', '人员经费1,837.48'),
  'narrative.roundingDifference': () => doctored('人员经费1,387.48', '人员经费1,387.49'),
  'narrative.statedTwice': () => check('政府采购预算总额10.00万元。政府采购预算总额12.00万元。'),
  'narrative.rateMismatch': () => doctored('增长4.91%', '增长4.19%'),
  'narrative.changeMismatch': () => doctored('增加25.34万元', '增加23.54万元'),
  'narrative.directionContradicts': () => doctored('增加189.52万元', '减少189.52万元'),
  // 119.52 against 1.20 is 9860.00%; 9850.00% is possible only from unrounded figures (119.515 ÷ 1.204…).
  'narrative.rateFromUnrounded': () => check('机关运行经费119.52万元，比2023年预算1.20万元增加118.32万元，增长9850.00%。'),
  'narrative.growthOverZeroBase': () => doctored('比2023年预算94.18万元增加25.34万元，增长26.91%', '比2023年预算0万元增加119.52万元，增长100%'),
  'narrative.completionOverZero': () => checkNarrative('2080506机关事业单位职业年金缴费支出（项）：年初预算为0.00万元，支出决算为8.00万元，完成年初预算的100%。', finalTables).findings,
  'narrative.baseIsThisYear': () => check('2024年收入总计4,510.52万元，比2024年预算增加553.02万元。'),
  'narrative.mixedBases': () => check('收入总计4,510.52万元，比2023年预算增加553.02万元。收入总计4,510.52万元，比2023年预算执行数增加500.00万元。'),
  'narrative.nameMismatch': () => doctored('社会保障和就业支出215.57万元，占', '社会保障与就业支出215.57万元，占'),
  'narrative.listItemAbsent': () => doctored('取暖费、水费等', '取暖费、水费、基本工资等'),
  'narrative.listOmits': () => doctored('取暖费、水费等', '水费等'),
  'narrative.reasonEmpty': () => check('机关运行经费119.52万元，比2023年预算94.18万元增加25.34万元，增长26.91%，主要原因是。'),
  'narrative.placeholder': () => doctored('增长4.91%', '下降（增长）4.91%'),
  'narrative.unitMissing': () => check('2024年收入总计4510.52，支出总计4,510.52万元。'),
  'narrative.tooLong': () => check(`${published}\n${'附'.repeat(TEXT_LIMIT)}`),
  'narrative.percentWithoutSign': () => doctored('占89.84%', '占89.84'),
  'narrative.unverifiable': () => check('政府采购预算总额10.00万元。'),
  'narrative.unbound': () => check('某某事务1.00万元。'),
  'narrative.ambiguous': () => checkNarrative('行政运行50.00万元。', twoRuns).findings,
  'narrative.missingInput': () => generateNarrative(facts).findings,
  'narrative.missingFigure': () => generateNarrative({ ...facts, operating: undefined } as typeof facts).findings,
};

describe('narrative rules', () => {
  it('declares each id once', () => {
    const ids = Object.values(NARRATIVE_RULES).map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(Object.values(NARRATIVE_RULES).map((rule) => [rule.id]))('%s has a failing case whose findings carry the declared severity', (id) => {
    const findings = FAILING[id as NarrativeRuleId]();
    const own = findings.filter((f) => f.rule === id);
    expect(own.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.severity).toBe(narrativeRule(finding.rule as NarrativeRuleId).severity);
  });

  it('are listed with their severity in the rule catalogue (src/core/rules/README.md)', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../src/core/rules/README.md'), 'utf8');
    for (const rule of [...Object.values(NARRATIVE_RULES), ...Object.values(PARAM_RULES)]) expect(readme).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
  });

  it('passes the seed\'s own text: no error or warning, and every finding left is about coverage', () => {
    const { findings } = checkNarrative(published, tables);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.every((f) => f.rule === 'narrative.unverifiable' || f.rule === 'narrative.unbound')).toBe(true);
  });
});
