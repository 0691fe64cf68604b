import { recognizeWorkbook } from '../../../src/core/recognize';
import { checkPerformance } from '../../../src/core/performance/check';
import { targetValue } from '../../../src/core/performance/model';
import { gridFromPrintedText, readPerformanceTargets } from '../../../src/core/performance/read';
import { loadSeed, loadSeedText } from '../../support/seed';
import { buildSeedWorkbook } from '../../support/seedGrids';

/** The seed's 附件: every 项目支出绩效目标表 as the published text prints it, tab-separated. */
const printed = readPerformanceTargets([gridFromPrintedText('附件', loadSeedText())]);
const recognition = recognizeWorkbook(buildSeedWorkbook().workbook);
const findings = checkPerformance(recognition, printed);
const byRule = (rule: string) => findings.filter((f) => f.rule === rule);

/** 表12's project rows as the seed JSON prints them (below the unit subtotal rows). */
const seedProjects = (() => {
  const table = Object.entries(loadSeed().tables).find(([title]) => title.includes('项目支出预算表（本年预算）'))![1];
  const department = table.rows[3]![0];
  return table.rows.slice(3).filter((row) => row[0] !== department).map((row) => ({ name: row[0]!, amount: row[1]! }));
})();

describe('the seed’s 绩效目标表 against its 项目支出表 (表12)', () => {
  it('reads a target table for 26 of the 28 projects of 表12, with 年度资金 by source', () => {
    expect(seedProjects).toHaveLength(28);
    expect(printed.projects).toHaveLength(26);
    const fire = printed.projects.find((p) => p.name === '乡镇专职消防队经费')!;
    expect(targetValue(fire.annualFunds.total)?.toString()).toBe('3184056');
    expect(targetValue(fire.annualFunds.sources.local)?.toString()).toBe('3184056');
    expect(targetValue(fire.annualFunds.sources.central)?.toString()).toBe('0');
    expect(fire.indicators[0]).toEqual({ level1: '产出指标', level2: '数量指标', level3: '乡镇专职消防队数量', value: '5个' });
  });

  it('pairs every target table with a project by name, the look-alike names as info', () => {
    expect(byRule('performance.targetWithoutProject')).toEqual([]);
    const differ = byRule('performance.nameDiffers').map((f) => f.message);
    expect(differ).toHaveLength(3);
    expect(differ.join('\n')).toContain('“安全生产月经费”与表12的“安全生产月活动经费”');
    expect(differ.join('\n')).toContain('“行政执法制服经费”与表12的“行政执法制式服装经费”');
    expect(differ.join('\n')).toContain('“煤矿整治重大隐患特别行动工作专项经费”与表12的“煤矿整治重大隐患专项行动工作专项经费”');
  });

  it('finds every printed 年度资金总额 equal to its project’s 表12 amount within rounding', () => {
    expect(byRule('performance.annualTotalMatchesProject').filter((f) => f.severity !== 'info')).toEqual([]);
    // 2,008,147.72元 = 200.814772万元, printed 200.81: exact once rounded to 表12's places.
    expect(byRule('performance.annualTotalMatchesProject')).toEqual([]);
    expect(byRule('performance.sourcesSum')).toEqual([]);
  });

  it('reports the one table printed without a 年度资金总额 (安全培训经费) at its cell', () => {
    const missing = byRule('performance.annualTotalMissing');
    expect(missing.map((f) => [f.message, f.cell])).toEqual([['绩效目标表“安全培训经费”的年度资金总额未填写或不是金额', 'H1153']]);
  });

  it('lists the projects without a target table as warnings', () => {
    const without = byRule('performance.projectWithoutTarget');
    expect(without.map((f) => f.message)).toEqual([
      '表12 项目“应急管理及安全生产专家经费”（9.00万元）没有对应的项目支出绩效目标表',
      '表12 项目“阳东一级消防站建设项目经费”（150.00万元）没有对应的项目支出绩效目标表',
    ]);
    expect(without.every((f) => f.severity === 'warning')).toBe(true);
  });
});
