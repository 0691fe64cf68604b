import { Decimal } from '../../../src/core/amount';
import type { Grid } from '../../../src/core/grid';
import { checkPerformance } from '../../../src/core/performance/check';
import type { PerformanceProject } from '../../../src/core/performance/model';
import { targetValue } from '../../../src/core/performance/model';
import { gridFromPrintedText, readPerformanceTargets } from '../../../src/core/performance/read';
import type { PerformanceSheets } from '../../../src/core/performance/read';
import { departmentPerformanceSheet, performanceSheet } from '../../../src/core/performance/sheet';
import { recognizeWorkbook } from '../../../src/core/recognize';
import type { Finding } from '../../../src/core/rules/finding';
import { PERFORMANCE_RULES } from '../../../src/core/rules/performance';
import { loadSeedText } from '../../support/seed';
import { buildSeedWorkbook } from '../../support/seedGrids';

const recognition = recognizeWorkbook(buildSeedWorkbook().workbook);
const seedTargets = readPerformanceTargets([gridFromPrintedText('附件', loadSeedText())]);
const check = (targets: PerformanceSheets): Finding[] => checkPerformance(recognition, targets);

/** The seed's targets with extra sheets read beside them. */
function withSheets(...grids: Grid[]): PerformanceSheets {
  const extra = readPerformanceTargets(grids);
  return { projects: [...seedTargets.projects, ...extra.projects], departments: [...seedTargets.departments, ...extra.departments] };
}

const fire: PerformanceProject = { name: '乡镇专职消防队经费', annualFunds: { local: new Decimal('3184056') } };

/** A failing case per rule: the seed itself where it fails, otherwise a doctored or added table. */
const FAILING: Record<string, () => Finding[]> = {
  'performance.annualTotalMissing': () => check(seedTargets),
  'performance.sourcesSum': () => {
    const grid = performanceSheet(fire, '绩效');
    const values = grid.values.map((row) => [...row]);
    values[values.findIndex((row) => row[4] === '年度资金总额:')]![5] = 3184000;
    return check(withSheets({ ...grid, values }));
  },
  'performance.annualTotalMatchesProject': () => check(withSheets(performanceSheet({ name: '阳东一级消防站建设项目经费', annualFunds: { local: new Decimal('1400000') } }))),
  'performance.nameDiffers': () => check(seedTargets),
  'performance.projectWithoutTarget': () => check(seedTargets),
  'performance.targetWithoutProject': () => check(withSheets(performanceSheet({ name: '无此项目经费', annualFunds: { local: new Decimal(1) } }))),
  'performance.departmentTotal': () => {
    const grid = departmentPerformanceSheet({ department: '某局', basic: new Decimal(1), project: new Decimal(2) });
    const values = grid.values.map((row) => [...row]);
    values[values.findIndex((row) => row[1] === '合计')]![2] = 4;
    return check({ projects: [], departments: readPerformanceTargets([{ ...grid, values }]).departments });
  },
};

describe('the performance rules', () => {
  it('declare unique ids, each with a source, a title and a message template', () => {
    const ids = PERFORMANCE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of PERFORMANCE_RULES) {
      expect(rule.source).not.toBe('');
      expect(rule.title).not.toBe('');
      expect(rule.message).toMatch(/\{\w+\}/u);
    }
    expect(Object.keys(FAILING).sort()).toEqual([...ids].sort());
  });

  it.each(PERFORMANCE_RULES.map((rule) => [rule.id, rule] as const))('%s fails on its failing case with its severity', (id, rule) => {
    const own = FAILING[id]!().filter((f) => f.rule === id);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((f) => f.severity === rule.severity)).toBe(true);
  });

  it('passes the seed on the rules the seed keeps: sources, amounts, target projects, the department total 4915.89 = 1507.00 + 3408.89', () => {
    const kept = ['performance.sourcesSum', 'performance.annualTotalMatchesProject', 'performance.targetWithoutProject', 'performance.departmentTotal'];
    expect(seedTargets.departments).toHaveLength(2);
    expect([seedTargets.departments[0]!.total, seedTargets.departments[0]!.basic, seedTargets.departments[0]!.project].map((a) => targetValue(a)?.toFixed(2))).toEqual(['4915.89', '1507.00', '3408.89']);
    expect(check(seedTargets).filter((f) => kept.includes(f.rule))).toEqual([]);
  });

  it('run nothing without target tables or without a 项目支出表', () => {
    expect(check({ projects: [], departments: [] })).toEqual([]);
    expect(checkPerformance(recognizeWorkbook([]), seedTargets).filter((f) => f.rule !== 'performance.annualTotalMissing' && f.rule !== 'performance.departmentTotal')).toEqual([]);
  });
});
