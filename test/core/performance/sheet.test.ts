import { Decimal } from '../../../src/core/amount';
import type { Grid } from '../../../src/core/grid';
import { cellAt } from '../../../src/core/grid';
import type { PerformanceProject, PerformanceTarget } from '../../../src/core/performance/model';
import { targetValue } from '../../../src/core/performance/model';
import { gridFromPrintedText, isPerformanceTitle, readPerformanceTargets } from '../../../src/core/performance/read';
import { checkPerformanceWorkbook } from '../../../src/core/performance/check';
import { departmentPerformanceSheet, INDICATOR_FRAME, performanceSheet, performanceSheetName, projectPerformanceSheet } from '../../../src/core/performance/sheet';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { loadSeedText } from '../../support/seed';
import { buildSeedWorkbook } from '../../support/seedGrids';

const printed = readPerformanceTargets([gridFromPrintedText('附件', loadSeedText())]).projects;

/** A printed target table as the project a template is laid out from. */
function projectOf(target: PerformanceTarget): PerformanceProject {
  const funds = Object.fromEntries(
    Object.entries(target.annualFunds.sources).flatMap(([source, amount]) => {
      const value = targetValue(amount);
      return value === undefined ? [] : [[source, value]];
    }),
  );
  return { name: target.name, year: 2024, department: target.department, attribute: target.attribute, annualFunds: funds, indicators: target.indicators, goals: target.goals };
}

describe('performanceSheet', () => {
  it('lays out a blank template with the nine 二级指标 of the indicator frame and no figures', () => {
    const grid = performanceSheet({ name: '' }, '绩效目标表');
    expect(cellAt(grid, 0, 0)).toBe('项目支出绩效目标表');
    const read = readPerformanceTargets([grid]);
    expect(read.projects).toEqual([]);
    const header = grid.values.findIndex((row) => row[1] === '一级指标');
    expect(grid.values.slice(header + 1, -1).map((row) => [row[1], row[2], row[3]])).toEqual(INDICATOR_FRAME.map(([l1, l2]) => [l1, l2, null]));
  });

  it('reads back what it laid out: name, 年度资金总额 as the sum of the sources, the indicators', () => {
    const project: PerformanceProject = {
      name: '测试项目经费',
      year: 2025,
      department: '999-某局',
      annualFunds: { central: new Decimal('100000'), provincial: new Decimal('20000.5'), local: new Decimal('3000'), selfRaised: new Decimal('0') },
      goals: { annual: '完成测试' },
      indicators: [{ level1: '产出指标', level2: '数量指标', level3: '测试次数', value: '≥3次' }],
    };
    const [target] = readPerformanceTargets([performanceSheet(project)]).projects;
    expect(target!.name).toBe('测试项目经费');
    expect(target!.department).toBe('999-某局');
    expect(targetValue(target!.annualFunds.total)?.toString()).toBe('123000.5');
    expect(targetValue(target!.annualFunds.sources.provincial)?.toString()).toBe('20000.5');
    expect(target!.annualFunds.sources.other?.parsed.kind).toBe('blank');
    expect(target!.goals.annual).toBe('完成测试');
    expect(target!.indicators).toEqual(project.indicators);
  });

  it('is not taken for a 项目支出表 by table recognition', () => {
    const recognition = recognizeWorkbook([performanceSheet(projectOf(printed[0]!))]);
    expect(recognition.tables).toEqual([]);
  });
});

describe('projectPerformanceSheet', () => {
  it('stacks the projects’ tables on one sheet, each read back as its own table', () => {
    const projects = printed.slice(0, 3).map(projectOf);
    const grid = projectPerformanceSheet(projects);
    expect(grid.name).toBe('项目支出绩效目标表');
    expect(readPerformanceTargets([grid]).projects.map((p) => p.name)).toEqual(projects.map((p) => p.name));
  });

  it('lays the 实施期 indicators beside the 年度 ones, a row of each set alone where the sets differ', () => {
    const a = { level1: '产出指标', level2: '数量指标', level3: '次数', value: '5次' };
    const b = { level1: '产出指标', level2: '质量指标', level3: '合格率', value: '100%' };
    const c = { level1: '效益指标', level2: '社会效益指标', level3: '能力', value: '提高' };
    const [target] = readPerformanceTargets([performanceSheet({ name: '某项目', periodIndicators: [a, b, c], indicators: [a, c] })]).projects;
    expect(target!.periodIndicators).toEqual([a, b, c]);
    expect(target!.indicators).toEqual([a, c]);
  });
});

describe('departmentPerformanceSheet', () => {
  it('lays out 部门名称, 合计 = 基本支出 + 项目支出 (万元) and reads back', () => {
    const grid = departmentPerformanceSheet({ department: '某局', year: 2025, basic: new Decimal('1507'), project: new Decimal('2545.13'), goal: '保障运转' });
    const [dept] = readPerformanceTargets([grid]).departments;
    expect(dept!.department).toBe('某局');
    expect(targetValue(dept!.total)?.toString()).toBe('4052.13');
    expect(targetValue(dept!.basic)?.toString()).toBe('1507');
    expect(targetValue(dept!.project)?.toString()).toBe('2545.13');
    expect(dept!.goal).toBe('保障运转');
  });
});

describe('checkPerformanceWorkbook on the seed workbook with the target tables laid out as sheets', () => {
  const seed = buildSeedWorkbook().workbook;
  const sheets: Grid[] = printed.filter((t) => targetValue(t.annualFunds.total) !== undefined).map((t, i) => performanceSheet(projectOf(t), `绩效${i + 1}`));
  const errors = (findings: ReturnType<typeof checkPerformanceWorkbook>) => findings.filter((f) => f.severity === 'error');

  it('finds no error in the seed’s own figures (安全培训经费, printed without 年度资金总额, is left out and so lacks a table)', () => {
    const findings = checkPerformanceWorkbook([...seed, ...sheets]);
    expect(errors(findings)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'performance.projectWithoutTarget')).toHaveLength(3);
  });

  it('catches a 年度资金总额 that is 10,000元 off its project in 表12', () => {
    const doctored = performanceSheet({ ...projectOf(printed[0]!), annualFunds: { local: new Decimal('3194056') } }, '绩效1');
    const found = errors(checkPerformanceWorkbook([...seed, doctored, ...sheets.slice(1)]));
    expect(found.map((f) => [f.rule, f.sheet, f.actual, f.expected])).toEqual([['performance.annualTotalMatchesProject', '绩效1', '319.41', '318.41']]);
  });

  it('catches sources that do not add up to 年度资金总额', () => {
    const grid = performanceSheet(projectOf(printed[0]!), '绩效1');
    const values = grid.values.map((row) => [...row]);
    const central = values.findIndex((row) => row[4] === '其中:中央财政资金');
    values[central]![5] = 5000;
    const found = errors(checkPerformanceWorkbook([...seed, { ...grid, values }, ...sheets.slice(1)]));
    expect(found.map((f) => [f.rule, f.difference])).toEqual([['performance.sourcesSum', '-5,000.00']]);
  });
});

describe('performanceSheetName', () => {
  it('names the sheet after the project within Excel’s 31 characters and without the characters Excel refuses', () => {
    expect(performanceSheetName('安全培训经费')).toBe('绩效目标表 安全培训经费');
    expect(performanceSheetName('a/b:c[d]*?\\e')).toBe('绩效目标表 a_b_c_d____e');
    expect(performanceSheetName('很'.repeat(40))).toHaveLength(31);
  });
});

describe('isPerformanceTitle', () => {
  it.each([
    ['阳城县县(区)级预算部门(单位)项目支出绩效目标表', true],
    ['县(区)级预算部门(单位)整体支出绩效目标申报表', true],
    ['项目 支出 绩效目标 申报表', true],
    ['2024年项目支出预算表（本年预算）', false],
  ])('%s → %s', (title, expected) => {
    expect(isPerformanceTitle(title)).toBe(expected);
  });
});
