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

describe('reading the rest of the seed’s 绩效目标表', () => {
  it('reads every project’s texts: 项目概况, 立项依据, 项目设立必要性, 保证项目实施的制度、措施, 项目实施计划, 总体目标', () => {
    for (const project of printed.projects) {
      for (const field of ['overview', 'basis', 'necessity', 'measures', 'plan'] as const) {
        expect({ project: project.name, field, read: (project[field] ?? '').length > 0 }).toEqual({ project: project.name, field, read: true });
      }
      expect(project.goals.annual ?? project.goals.period).toBeTruthy();
    }
    const medical = printed.projects.find((p) => p.name === '2023年医保未支付个人部分')!;
    expect(medical.measures).toBe('专款专用,专人负责。');
    expect(medical.attribute).toBe('一次性项目(1年结束)');
  });

  it('reads the 实施期 and the 年度 indicators apart where they differ (乡镇专职消防队经费: 拨付乡镇数 | 消防队数量)', () => {
    const fire = printed.projects.find((p) => p.name === '乡镇专职消防队经费')!;
    expect(fire.periodIndicators[0]).toEqual({ level1: '产出指标', level2: '数量指标', level3: '乡镇专职消防队经费拨付乡镇数', value: '5个' });
    expect(fire.periodIndicators[2]!.value).toBe('2023年1至12月');
    expect(fire.indicators[2]!.value).toBe('2024年1至12月');
  });

  it('takes 满意度 names for 三级指标, not 二级 labels (群众满意度 under 服务对象满意度)', () => {
    for (const project of printed.projects) {
      const last = project.periodIndicators[project.periodIndicators.length - 1]!;
      expect({ project: project.name, level3: /满意/.test(last.level3), value: last.value }).toEqual({ project: project.name, level3: true, value: expect.stringMatching(/90%$/) });
    }
  });

  it('reads the 整体 table printed over two pages as one: basic information, duties, budget, tasks, goal and all 54 indicators', () => {
    expect(printed.departments).toHaveLength(1);
    const dept = printed.departments[0]!;
    expect(dept.department).toBe('217-阳城县应急管理局');
    expect(dept.facts.map((f) => `${f.label} ${f.text}`)).toEqual([
      '内设职能部数 7个',
      '所属预算单位数 1个',
      '核定的人员编制数 123人',
      '实际在职人员总数 118人',
      '其中:在编人员数 118人',
      '其他人员数 0人',
    ]);
    expect(dept.duties).toMatch(/^\(1\)负责应急管理工作/);
    expect(dept.duties).not.toContain('<p>');
    expect(dept.sources.map((s) => [s.label, targetValue(s.amount)?.toFixed(2)])).toEqual([
      ['其中:一般公共预算资金', '4915.89'],
      ['政府性基金预算资金', '0.00'],
      ['国有资本经营预算资金', '0.00'],
      ['社会保险基金预算资金', '0.00'],
      ['专户管理资金', '0.00'],
      ['单位资金', '0.00'],
    ]);
    expect(dept.tasks.map((t) => t.duty)).toEqual(['应急救援体系建设', '安全生产巡查、考核', '应急管理防灾减灾救灾']);
    expect(dept.indicators).toHaveLength(54);
    expect(dept.indicators[53]).toEqual({ level1: '满意度指标', level2: '服务对象满意度指标', level3: '人民群众满意度', value: '≥90%' });
  });
});
