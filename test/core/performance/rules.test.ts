import { checkPerformance } from '../../../src/core/performance/check';
import { targetValue } from '../../../src/core/performance/model';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { PERFORMANCE_RULES } from '../../../src/core/rules/performance';
import { checkTargets as check, PERFORMANCE_FAILING as FAILING, seedTargets } from './cases';

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
    // The 整体 table runs over two printed pages, its title repeated: read as one table.
    expect(seedTargets.departments).toHaveLength(1);
    expect([seedTargets.departments[0]!.total, seedTargets.departments[0]!.basic, seedTargets.departments[0]!.project].map((a) => targetValue(a)?.toFixed(2))).toEqual(['4915.89', '1507.00', '3408.89']);
    expect(check(seedTargets).filter((f) => kept.includes(f.rule))).toEqual([]);
  });

  it('run nothing without target tables or without a 项目支出表', () => {
    expect(check({ projects: [], departments: [] })).toEqual([]);
    expect(checkPerformance(recognizeWorkbook([]), seedTargets).filter((f) => f.rule !== 'performance.annualTotalMissing' && f.rule !== 'performance.departmentTotal')).toEqual([]);
  });
});
