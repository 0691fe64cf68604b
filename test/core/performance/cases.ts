/**
 * Cases of the performance rules shared by their own tests and the rule catalogue's: a failing case
 * per rule (the seed's printed 绩效目标表 where the seed itself fails, a doctored or added table
 * otherwise), and the seed workbook with a target table for every 表12 project (a passing case).
 */
import { Decimal } from '../../../src/core/amount';
import type { Grid, Workbook } from '../../../src/core/grid';
import { amountOf } from '../../../src/core/model';
import { checkPerformance } from '../../../src/core/performance/check';
import type { PerformanceProject } from '../../../src/core/performance/model';
import { targetValue } from '../../../src/core/performance/model';
import { gridFromPrintedText, readPerformanceTargets } from '../../../src/core/performance/read';
import type { PerformanceSheets } from '../../../src/core/performance/read';
import { departmentPerformanceSheet, performanceSheet } from '../../../src/core/performance/sheet';
import { recognizeWorkbook } from '../../../src/core/recognize';
import type { Finding } from '../../../src/core/rules/finding';
import { loadSeed, loadSeedText } from '../../support/seed';
import { buildSeedWorkbook } from '../../support/seedGrids';

export const seedRecognition = recognizeWorkbook(buildSeedWorkbook().workbook);
/** The seed's 附件: every 绩效目标表 as the published text prints it. */
export const seedTargets = readPerformanceTargets([gridFromPrintedText('附件', loadSeedText())]);
export const checkTargets = (targets: PerformanceSheets): Finding[] => checkPerformance(seedRecognition, targets);

/** The seed's targets with extra sheets read beside them. */
function withSheets(...grids: Grid[]): PerformanceSheets {
  const extra = readPerformanceTargets(grids);
  return { projects: [...seedTargets.projects, ...extra.projects], departments: [...seedTargets.departments, ...extra.departments] };
}

const fire: PerformanceProject = { name: '乡镇专职消防队经费', annualFunds: { local: new Decimal('3184056') } };

/** A failing case per performance rule. */
export const PERFORMANCE_FAILING: Record<string, () => Finding[]> = {
  'performance.annualTotalMissing': () => checkTargets(seedTargets),
  'performance.sourcesSum': () => {
    const grid = performanceSheet(fire, '绩效');
    const values = grid.values.map((row) => [...row]);
    values[values.findIndex((row) => row[4] === '年度资金总额:')]![5] = 3184000;
    return checkTargets(withSheets({ ...grid, values }));
  },
  'performance.annualTotalMatchesProject': () => checkTargets(withSheets(performanceSheet({ name: '阳东一级消防站建设项目经费', annualFunds: { local: new Decimal('1400000') } }))),
  'performance.nameDiffers': () => checkTargets(seedTargets),
  'performance.projectWithoutTarget': () => checkTargets(seedTargets),
  'performance.targetWithoutProject': () => checkTargets(withSheets(performanceSheet({ name: '无此项目经费', annualFunds: { local: new Decimal(1) } }))),
  'performance.departmentTotal': () => {
    const grid = departmentPerformanceSheet({ department: '某局', basic: new Decimal(1), project: new Decimal(2) });
    const values = grid.values.map((row) => [...row]);
    values[values.findIndex((row) => row[1] === '合计')]![2] = 4;
    return checkTargets({ projects: [], departments: readPerformanceTargets([{ ...grid, values }]).departments });
  },
};

/**
 * The seed's 13 tables, a 项目支出绩效目标表 sheet for every project of 表12 (its 表12 amount in
 * 元, named exactly as 表12 names it) and the seed's 部门整体支出绩效目标表 (基本支出 and 项目支出
 * as its printed text gives them): every performance rule holds on it.
 */
export function seedWithTargets(): Workbook {
  const projects = seedRecognition.tables.find((t) => t.kind === 'budget.projects')!;
  const sheets = projects.rows
    .filter((row) => row.role === 'item' && row.name.trim() !== '')
    .map((row, i) => performanceSheet({ name: row.name.trim(), annualFunds: { local: amountOf(row.amounts.total)!.times(10000) } }, `绩效目标表${i + 1}`));
  const dept = seedTargets.departments[0]!;
  const department = departmentPerformanceSheet({ department: loadSeed().department, basic: targetValue(dept.basic)!, project: targetValue(dept.project)! });
  return [...buildSeedWorkbook().workbook, ...sheets, department];
}
