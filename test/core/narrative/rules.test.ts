import { fromA1 } from '../../../src/core/grid';
import { NARRATIVE_RULES, checkNarrative, factsFromTables, generateNarrative, narrativeRule } from '../../../src/core/narrative';
import type { Finding, NarrativeRuleId } from '../../../src/core/narrative';
import { defaultParamCell, paramsSheet, readParams } from '../../../src/core/params';
import { buildSeedWorkbook } from '../../support/seedGrids';
import { typedSeedTables } from './seedTables';
import { seedPart3 } from './seedText';

const tables = typedSeedTables(buildSeedWorkbook());
const facts = factsFromTables(tables);
const published = seedPart3();

/** One failing case per rule: a doctored copy of the seed's text, or inputs that are missing or wrong. */
const FAILING: Record<NarrativeRuleId, () => readonly Finding[]> = {
  'narrative.amountMismatch': () => checkNarrative(published.replace('人员经费1,387.48', '人员经费1,837.48'), facts, tables),
  'narrative.rateMismatch': () => checkNarrative(published.replace('增长4.91%', '增长4.19%'), facts, tables),
  'narrative.changeMismatch': () => checkNarrative(published.replace('增加25.34万元', '增加23.54万元'), facts, tables),
  'narrative.directionContradicts': () => checkNarrative(published.replace('增加189.52万元', '减少189.52万元'), facts, tables),
  'narrative.growthOverZeroBase': () => checkNarrative('机关运行经费119.52万元，比上年新增119.52万元，增长100%。', facts, tables),
  'narrative.nameMismatch': () => checkNarrative(published.replace('社会保障和就业支出215.57万元，占', '社会保障与就业支出215.57万元，占'), facts, tables),
  'narrative.placeholder': () => checkNarrative(published.replace('增长4.91%', '下降（增长）4.91%'), facts, tables),
  'narrative.percentWithoutSign': () => checkNarrative(published.replace('占89.84%', '占89.84'), facts, tables),
  'narrative.missingInput': () => generateNarrative(facts).findings,
  'narrative.missingFigure': () => generateNarrative({ ...facts, operating: undefined } as typeof facts).findings,
  'params.invalidValue': () => {
    const grid = paramsSheet();
    const { row, col } = fromA1(defaultParamCell('vehicles.quota').cell);
    const values = grid.values.map((r) => [...r]);
    values[row]![col] = '两辆';
    return readParams([{ ...grid, values }]).findings;
  },
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

  it('passes the seed\'s own text: no rule fires', () => {
    expect(checkNarrative(published, facts, tables)).toEqual([]);
  });
});
