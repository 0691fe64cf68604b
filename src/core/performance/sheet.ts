/**
 * 绩效目标表模板 — the project performance-target table and the department-wide one, laid out as
 * sheets a finance user fills in (or as filled from a project's figures).
 *
 * The layout follows the seed's printed 项目支出绩效目标表 (seed text lines 643–674): 项目名称,
 * 主管部门及代码 / 实施单位, 项目属性 / 项目期, 项目资金(元) with 实施期 and 年度 side by side by source,
 * 项目概况, 立项依据, 总体目标, and the 一级/二级/三级 indicator grid with 指标值 — and its
 * 部门整体支出绩效目标申报表 (lines 555–600). Both read back with {@link readPerformanceTargets}.
 */
import { Decimal } from '../amount';
import type { CellRange, CellValue, Grid, StyledRegion } from '../grid';
import { DEPARTMENT_SOURCES, FUND_SOURCES } from './model';
import type { DepartmentProject, FundSource, Indicator, PerformanceProject } from './model';

/**
 * 指标框架 — the 一级/二级 indicator skeleton every target table carries (财预〔2020〕10号 的
 * 绩效目标表 lists these nine 二级指标, and so does the seed's every table).
 */
export const INDICATOR_FRAME: readonly (readonly [string, string])[] = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '经济效益指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '生态效益指标'],
  ['效益指标', '可持续影响指标'],
  ['满意度指标', '服务对象满意度指标'],
];

const YUAN_FORMAT = '#,##0.00';

/** A sheet being written row by row. */
class SheetWriter {
  readonly values: CellValue[][] = [];
  readonly merges: CellRange[] = [];
  readonly styles: StyledRegion[] = [];
  readonly formats: (string | undefined)[][] = [];

  constructor(readonly width: number) {}

  row(cells: readonly CellValue[]): number {
    const row = this.values.length;
    this.values.push(Array.from({ length: this.width }, (_, c) => cells[c] ?? null));
    this.formats.push(Array.from({ length: this.width }, () => undefined));
    return row;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  amount(row: number, col: number, value: Decimal | undefined): void {
    this.values[row]![col] = value === undefined ? null : value.toNumber();
    this.formats[row]![col] = YUAN_FORMAT;
  }

  style(top: number, left: number, bottom: number, right: number, style: StyledRegion['style']): void {
    this.styles.push({ range: { top, left, bottom, right }, style });
  }

  toGrid(name: string, widths: readonly number[]): Grid {
    return {
      name,
      values: this.values,
      numberFormats: this.formats,
      merges: this.merges,
      columnWidths: widths,
      styles: this.styles,
      print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true },
    };
  }
}

function sumOf(funds: Partial<Record<FundSource, Decimal>> | undefined): Decimal | undefined {
  if (!funds) return undefined;
  const values = Object.values(funds).filter((v): v is Decimal => v !== undefined);
  return values.length === 0 ? undefined : values.reduce((a, b) => a.plus(b), new Decimal(0));
}

/**
 * A sheet name for a project's table: Excel allows 31 characters and none of \ / ? * [ ] :.
 * @example performanceSheetName('安全培训经费') // "绩效目标表 安全培训经费"
 */
export function performanceSheetName(projectName: string): string {
  return `绩效目标表 ${projectName.replace(/[\\/?*[\]:]/gu, '_')}`.trim().slice(0, 31);
}

/** The indicator rows to print: the project's, or the empty frame for a blank template. */
function indicatorRows(indicators: readonly Indicator[] | undefined): Indicator[] {
  if (indicators && indicators.length > 0) return [...indicators];
  return INDICATOR_FRAME.map(([level1, level2]) => ({ level1, level2, level3: '', value: '' }));
}

/**
 * The rows of the two indicator sets side by side. Sets of one length pair row by row, as the budget
 * system prints them; otherwise an indicator of 实施期 stands beside the 年度 one of the same 三级指标
 * and each of the others on a row of its own. Without 实施期 indicators the 年度 ones stand on both sides.
 */
function pairIndicators(periodSet: readonly Indicator[] | undefined, annualSet: readonly Indicator[]): { period?: Indicator; annual?: Indicator }[] {
  if (!periodSet || periodSet.length === 0) return annualSet.map((indicator) => ({ period: indicator, annual: indicator }));
  if (periodSet.length === annualSet.length) return periodSet.map((period, i) => ({ period, annual: annualSet[i] }));
  const rows: { period?: Indicator; annual?: Indicator }[] = [];
  let i = 0;
  let j = 0;
  while (i < periodSet.length || j < annualSet.length) {
    const period = periodSet[i];
    const annual = annualSet[j];
    if (period && annual && period.level3 === annual.level3) {
      rows.push({ period, annual });
      i++;
      j++;
    } else if (period && (!annual || annualSet.slice(j).some((a) => a.level3 === period.level3) === false)) {
      rows.push({ period });
      i++;
    } else {
      rows.push({ annual: annual! });
      j++;
    }
  }
  return rows;
}

/**
 * 项目支出绩效目标表 — one project's target table as a sheet (amounts in 元; 年度资金总额 and
 * 实施期资金总额 are the sums of their sources). A blank template: `performanceSheet({ name: '' })`.
 * @example performanceSheet({ name: '安全培训经费', annualFunds: { local: new Decimal(400000) } }).values[2][2] // "安全培训经费"
 */
export function performanceSheet(project: PerformanceProject, sheetName = performanceSheetName(project.name)): Grid {
  const w = new SheetWriter(8);
  const title = w.row([project.title ?? '项目支出绩效目标表']);
  w.merge(title, 0, title, 7);
  w.style(title, 0, title, 7, { bold: true, fontSize: 16, horizontal: 'center' });
  const year = w.row([`(${project.year ?? '    '}年度)`]);
  w.merge(year, 0, year, 7);
  w.style(year, 0, year, 7, { horizontal: 'center' });
  const top = w.values.length;

  const name = w.row(['项目名称', null, project.name || null]);
  w.merge(name, 0, name, 1);
  w.merge(name, 2, name, 7);
  const department = w.row(['主管部门及代码', null, project.department ?? null, null, '实施单位', null, project.implementingUnit ?? null]);
  const attribute = w.row(['项目属性', null, project.attribute ?? null, null, '项目期', null, project.period ?? null]);
  for (const row of [department, attribute]) {
    w.merge(row, 0, row, 1);
    w.merge(row, 2, row, 3);
    w.merge(row, 4, row, 5);
    w.merge(row, 6, row, 7);
  }

  const annual = project.annualFunds;
  const period = project.periodFunds ?? annual;
  const funds = w.row(['项目资金(元)', '实施期资金总额:', null, null, '年度资金总额:']);
  w.amount(funds, 2, sumOf(period));
  w.amount(funds, 5, sumOf(annual));
  for (const [source, label] of FUND_SOURCES) {
    const row = w.row([null, label, null, null, label]);
    w.amount(row, 2, period?.[source]);
    w.amount(row, 5, annual?.[source]);
  }
  const fundsBottom = w.values.length - 1;
  w.merge(funds, 0, fundsBottom, 0);
  for (let r = funds; r <= fundsBottom; r++) {
    w.merge(r, 2, r, 3);
    w.merge(r, 5, r, 7);
  }

  const texts = [
    ['项目概况', project.overview],
    ['立项依据', project.basis],
    ['项目设立必要性', project.necessity],
    ['保证项目实施的制度、措施', project.measures],
    ['项目实施计划', project.plan],
  ] as const;
  for (const [label, text] of texts) {
    const row = w.row([label, null, text ?? null]);
    w.merge(row, 0, row, 1);
    w.merge(row, 2, row, 7);
  }
  const goalHeader = w.row([null, null, '实施期目标', null, '年度目标']);
  const goals = w.row(['总体目标', null, project.goals?.period ?? null, null, project.goals?.annual ?? null]);
  for (const row of [goalHeader, goals]) {
    w.merge(row, 0, row, 1);
    w.merge(row, 2, row, 3);
    w.merge(row, 4, row, 7);
  }

  const header = w.row(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值']);
  w.style(header, 0, header, 7, { bold: true, horizontal: 'center' });
  const text = (s: string | undefined) => (s === undefined || s === '' ? null : s);
  // 实施期 left, 年度 right: an indicator of both sets on one row, one of a single set on a row of its own.
  for (const { period, annual } of pairIndicators(project.periodIndicators, indicatorRows(project.indicators))) {
    w.row([null, text(period?.level1 ?? annual?.level1), text(period?.level2), text(period?.level3), text(period?.value), text(annual?.level2), text(annual?.level3), text(annual?.value)]);
  }
  const bottom = w.values.length - 1;
  w.merge(header, 0, bottom, 0);
  w.style(top, 0, bottom, 7, { border: true, vertical: 'middle', wrap: true });
  w.row(['负责人:', null, '经办人:', null, '联系电话:', null, '填报日期:']);
  return w.toGrid(sheetName, [12, 16, 16, 24, 14, 16, 24, 14]);
}

/**
 * 部门整体支出绩效目标表 — the department-wide table as the seed prints it (seed text lines 555–642;
 * amounts in 万元): 部门基本信息 (name, then the facts two to a row), 部门职责, 部门战略目标, 年度预算情况
 * by source and by direction (合计 = 基本支出 + 项目支出), 年度重点任务, 年度绩效目标 and the indicators.
 * @example departmentPerformanceSheet({ department: '某局', basic: new Decimal('1507') }).values[2][2] // "某局"
 */
export function departmentPerformanceSheet(dept: DepartmentProject, sheetName = '部门整体绩效目标表'): Grid {
  const w = new SheetWriter(5);
  const title = w.row([dept.title ?? '部门整体支出绩效目标表']);
  w.merge(title, 0, title, 4);
  w.style(title, 0, title, 4, { bold: true, fontSize: 16, horizontal: 'center' });
  const year = w.row([`(${dept.year ?? '    '})年度`]);
  w.merge(year, 0, year, 4);
  w.style(year, 0, year, 4, { horizontal: 'center' });
  const top = w.values.length;

  const name = w.row(['部门基本信息', '部门名称', dept.department]);
  w.merge(name, 2, name, 4);
  const facts = dept.facts ?? [];
  for (let i = 0; i < facts.length; i += 2) {
    const [left, right] = [facts[i], facts[i + 1]];
    w.row([null, left?.label ?? null, left?.text ?? null, right?.label ?? null, right?.text ?? null]);
  }
  w.merge(name, 0, w.values.length - 1, 0);
  for (const [label, text] of [['部门职责', dept.duties], ['部门战略目标', dept.strategy]] as const) {
    const row = w.row([label, text ?? null]);
    w.merge(row, 1, row, 4);
  }

  const budget = w.row(['年度预算情况', '按资金来源划分', '资金总额(万元)', '按资金方向划分', '资金总额(万元)']);
  const sources = dept.sources ?? DEPARTMENT_SOURCES.map((label) => ({ label, amount: undefined }));
  const given = sources.flatMap((s) => (s.amount === undefined ? [] : [s.amount]));
  const direction = dept.basic !== undefined || dept.project !== undefined ? (dept.basic ?? new Decimal(0)).plus(dept.project ?? new Decimal(0)) : undefined;
  const totals = w.row([null, '合计', null, '合计']);
  w.amount(totals, 2, given.length > 0 ? given.reduce((a, b) => a.plus(b), new Decimal(0)) : direction);
  w.amount(totals, 4, direction);
  const directions: readonly (readonly [string, Decimal | undefined])[] = [
    ['其中:基本支出', dept.basic],
    ['项目支出', dept.project],
  ];
  for (let i = 0; i < Math.max(sources.length, directions.length); i++) {
    const source = sources[i];
    const dir = directions[i];
    const row = w.row([null, source?.label ?? null, null, dir?.[0] ?? null]);
    if (source) w.amount(row, 2, source.amount);
    if (dir) w.amount(row, 4, dir[1]);
  }
  w.merge(budget, 0, w.values.length - 1, 0);

  const tasks = dept.tasks && dept.tasks.length > 0 ? dept.tasks : [{ duty: '', task: '' }];
  const taskHeader = w.row(['年度重点任务', '核心职能', '重点任务']);
  w.merge(taskHeader, 2, taskHeader, 4);
  for (const task of tasks) {
    const row = w.row([null, task.duty || null, task.task || null]);
    w.merge(row, 2, row, 4);
  }
  w.merge(taskHeader, 0, w.values.length - 1, 0);
  const goal = w.row(['年度绩效目标', dept.goal ?? null]);
  w.merge(goal, 1, goal, 4);

  const header = w.row(['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值']);
  w.style(header, 1, header, 4, { bold: true, horizontal: 'center' });
  for (const indicator of indicatorRows(dept.indicators)) {
    w.row([null, indicator.level1 || null, indicator.level2 || null, indicator.level3 || null, indicator.value || null]);
  }
  w.merge(header, 0, w.values.length - 1, 0);
  w.style(top, 0, w.values.length - 1, 4, { border: true, vertical: 'middle', wrap: true });
  return w.toGrid(sheetName, [12, 22, 24, 22, 16]);
}

/**
 * Several projects' tables on one sheet, one under the other with two blank rows between (a
 * project's table runs from its title to the next title, as {@link readPerformanceTargets} reads).
 * @example projectPerformanceSheet(projects).name // "项目支出绩效目标表"
 */
export function projectPerformanceSheet(projects: readonly PerformanceProject[], sheetName = '项目支出绩效目标表'): Grid {
  const grids = projects.map((project) => performanceSheet(project, sheetName));
  const first = grids[0] ?? performanceSheet({ name: '' }, sheetName);
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const merges: CellRange[] = [];
  const styles: StyledRegion[] = [];
  for (const grid of grids.length > 0 ? grids : [first]) {
    const offset = values.length === 0 ? 0 : values.length + 2;
    while (values.length < offset) {
      values.push([]);
      formats.push([]);
    }
    values.push(...grid.values.map((row) => [...row]));
    formats.push(...(grid.numberFormats ?? []).map((row) => [...row]));
    const shift = (r: CellRange): CellRange => ({ ...r, top: r.top + offset, bottom: r.bottom + offset });
    merges.push(...grid.merges.map(shift));
    styles.push(...(grid.styles ?? []).map((s) => ({ range: shift(s.range), style: s.style })));
  }
  return { ...first, name: sheetName, values, numberFormats: formats, merges, styles };
}
