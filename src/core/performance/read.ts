/**
 * 识别绩效目标表 — finds 项目支出绩效目标表 and 部门整体支出绩效目标表 on a sheet by their titles and
 * reads them by their printed labels (项目名称, 年度资金总额, 一级指标 …), wherever the cells sit.
 *
 * The same reader serves a workbook sheet and a printed text turned into rows of cells
 * ({@link gridFromPrintedText}): the seed's published text prints each table tab-separated, with
 * its columns drifting by a cell or two from table to table (seed text lines 643–1541), so nothing
 * here relies on fixed columns. 实施期 and 年度 are printed side by side; the 年度 figure is the one
 * nearest to the 年度资金总额 label's column.
 */
import { parseAmount } from '../amount';
import { cellAt, cellText, toA1 } from '../grid';
import type { Grid } from '../grid';
import { FUND_SOURCES } from './model';
import type { DepartmentTarget, FundSource, Indicator, KeyTask, PerformanceTarget, TargetAmount, TargetFunds } from './model';

/** 标题 — words a project performance-target table's title carries. */
const PROJECT_TITLE = /项目支出绩效目标(表|申报表)|项目绩效目标(表|申报表)/u;
/** 标题 — the department-wide table. */
const DEPARTMENT_TITLE = /整体支出绩效目标(表|申报表)|部门整体绩效目标(表|申报表)/u;

const SOURCE_LABELS: Readonly<Record<FundSource, RegExp>> = {
  central: /中央财政资金|中央补助/u,
  provincial: /省级财政资金|省级补助/u,
  local: /市县|市、县|本级财政资金/u,
  selfRaised: /自筹/u,
  other: /其他资金/u,
};

/**
 * Whether a title names a performance-target table (项目支出绩效目标表, 部门整体支出绩效目标申报表 …):
 * for table recognition, which should leave such a block to this module rather than report it as
 * an unrecognised table.
 * @example isPerformanceTitle('阳城县县(区)级预算部门(单位)项目支出绩效目标表') // true
 */
export function isPerformanceTitle(text: string): boolean {
  const compact = text.replace(/\s+/gu, '');
  return PROJECT_TITLE.test(compact) || DEPARTMENT_TITLE.test(compact);
}

/**
 * Rows of cells from a printed text: one row per line, one cell per tab; figures stay text (as a
 * pasted export holds them) and are parsed where they are read.
 * @example gridFromPrintedText('附件', '项目名称\t\t安全培训经费').values[0][2] // "安全培训经费"
 */
export function gridFromPrintedText(name: string, text: string): Grid {
  const values = text.split(/\r?\n/u).map((line) => line.split('\t').map((cell) => (cell.trim() === '' ? null : cell.trim())));
  return { name, values, merges: [] };
}

interface Found {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** One table's rows on its sheet. */
class Block {
  constructor(
    readonly grid: Grid,
    readonly top: number,
    readonly bottom: number,
  ) {}

  text(row: number, col: number): string {
    return cellText(cellAt(this.grid, row, col)).replace(/\s+/gu, '');
  }

  width(row: number): number {
    return this.grid.values[row]?.length ?? 0;
  }

  /** Every cell of the block whose text matches, top to bottom, left to right. */
  findAll(pattern: RegExp, from = this.top, to = this.bottom): Found[] {
    const out: Found[] = [];
    for (let r = from; r <= to; r++) {
      for (let c = 0; c < this.width(r); c++) {
        const text = this.text(r, c);
        if (text && pattern.test(text)) out.push({ row: r, col: c, text });
      }
    }
    return out;
  }

  find(pattern: RegExp, from = this.top, to = this.bottom): Found | undefined {
    return this.findAll(pattern, from, to)[0];
  }

  /** The first filled cell right of a label, on its row. */
  rightOf(label: Found | undefined): Found | undefined {
    if (!label) return undefined;
    for (let c = label.col + 1; c < this.width(label.row); c++) {
      const text = cellText(cellAt(this.grid, label.row, c)).trim();
      if (text) return { row: label.row, col: c, text };
    }
    return undefined;
  }

  /** The last filled cell right of a label, on its row (the 年度 text beside the 实施期 one). */
  lastRightOf(label: Found | undefined): Found | undefined {
    if (!label) return undefined;
    for (let c = this.width(label.row) - 1; c > label.col; c--) {
      const text = cellText(cellAt(this.grid, label.row, c)).trim();
      if (text) return { row: label.row, col: c, text };
    }
    return undefined;
  }

  /**
   * The amount right of a label: the first filled cell, unless that cell is another label (then
   * the amount is blank — the seed's 安全培训经费 prints 年度资金总额: with nothing after it).
   */
  amountRightOf(label: Found): TargetAmount {
    const next = this.rightOf(label);
    const at = { sheet: this.grid.name, cell: toA1(label.row, label.col + 1) };
    if (!next) return { parsed: { kind: 'blank' }, at };
    const value = cellAt(this.grid, next.row, next.col);
    const parsed = parseAmount(value);
    if (parsed.kind === 'invalid' && /[\u4e00-\u9fa5]/u.test(next.text) && !/^[\d,.]+元$/u.test(next.text)) {
      return { parsed: { kind: 'blank' }, at };
    }
    return { parsed, at: { sheet: this.grid.name, cell: toA1(next.row, next.col) } };
  }
}

/** Where a 绩效目标表's title is printed, and which kind of table it heads. */
export interface PerformanceTitle {
  readonly row: number;
  readonly col: number;
  /** The title without white space. */
  readonly text: string;
  readonly kind: 'project' | 'department';
}

/**
 * The titles of the 绩效目标表 on a sheet, top to bottom; a table runs from its title to the row
 * before the next one.
 * @example findPerformanceTitles(performanceSheet({ name: '安全培训经费' }))[0].kind // "project"
 */
export function findPerformanceTitles(grid: Grid): PerformanceTitle[] {
  const out: PerformanceTitle[] = [];
  grid.values.forEach((cells, row) => {
    cells.forEach((value, col) => {
      // Every title pattern holds 效 (绩效): figures and other text are passed over before any
      // folding, since checkWorkbook reads every sheet (100,000 coded rows in bench/check.js).
      if (typeof value !== 'string' || !value.includes('效')) return;
      const text = cellText(value).replace(/\s+/gu, '');
      if (text.length > 60) return;
      if (DEPARTMENT_TITLE.test(text)) out.push({ row, col, text, kind: 'department' });
      else if (PROJECT_TITLE.test(text)) out.push({ row, col, text, kind: 'project' });
    });
  });
  return out;
}

function readFunds(block: Block, label: Found | undefined, from: number, to: number): TargetFunds {
  const sources: Partial<Record<FundSource, TargetAmount>> = {};
  for (const [source] of FUND_SOURCES) {
    const candidates = block.findAll(SOURCE_LABELS[source], from, to);
    if (candidates.length === 0) continue;
    // Each source row prints the 实施期 and the 年度 label; take the one under this total's label.
    const col = label?.col ?? 0;
    const nearest = [...candidates].sort((a, b) => Math.abs(a.col - col) - Math.abs(b.col - col) || a.row - b.row)[0]!;
    sources[source] = block.amountRightOf(nearest);
  }
  return label ? { total: block.amountRightOf(label), sources } : { sources };
}

/** 一级指标. 成本指标 is one only beside a 成本 二级指标 (经济成本指标 …, the 2021 frame); in the seed's frame it is a 二级指标 under 产出指标. */
const LEVEL1 = /^(产出|效益|满意度)指标$/u;
/** 二级指标; a 三级指标 may end in 满意度 too (群众满意度), so only 服务对象满意度 is a label without 指标. */
const LEVEL2 = /(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|满意度)指标$|^服务对象满意度$/u;
const COST_LEVEL2 = /^(经济|社会|生态环境)成本指标$/u;
/** The label of the indicator grid itself (绩效指标, the 整体 table's 年度 绩效 指标), not an indicator. */
const GRID_LABEL = /^(年度)?绩效指标$/u;
/** The signature row under a table ends its indicators. */
const SIGNATURE = /^(负责人|经办人|联系电话|填报日期|填报人)/u;

interface Token {
  readonly text: string;
  readonly col: number;
}

/** One set of indicators being read: 一级 and 二级 carry down until the next label. */
class IndicatorSet {
  level2 = '';
  readonly indicators: Indicator[] = [];

  add(level1: string, level3: string | undefined, value: string | undefined): void {
    if (level3) this.indicators.push({ level1, level2: this.level2, level3, value: value ?? '' });
  }
}

/**
 * The indicator grid under its 一级指标 header, read row by row from what each row prints, so that a
 * pasted export whose cells drift by a column or two (the seed text, lines 765–806) reads the same as
 * a sheet laid out by {@link performanceSheet}: 一级 and 二级 labels carry down; the other texts of a
 * row are 三级指标 and 指标值 in pairs, the first pair 实施期 and the second 年度 when the header
 * prints both sets. A 二级 label before the row's second pair belongs to 实施期, after it to 年度; a row
 * printed in the 年度 columns only (its 实施期 cells blank) belongs to 年度.
 */
function readIndicators(block: Block): { period: Indicator[]; annual: Indicator[] } {
  const header = block.find(/^一级指标$/u);
  if (!header) return { period: [], annual: [] };
  const level3Headers = block.findAll(/^三级指标$/u, header.row, header.row);
  const twoSets = level3Headers.length >= 2;
  const annualStart = block.findAll(/^二级指标$/u, header.row, header.row)[1]?.col ?? level3Headers[1]?.col ?? Number.MAX_SAFE_INTEGER;
  const period = new IndicatorSet();
  const annual = new IndicatorSet();
  let level1 = block.findAll(LEVEL1, header.row, header.row)[0]?.text ?? '';
  for (let r = header.row + 1; r <= block.bottom; r++) {
    const tokens: Token[] = [];
    for (let c = 0; c < block.width(r); c++) {
      const text = cellText(cellAt(block.grid, r, c)).trim();
      if (text) tokens.push({ text, col: c });
    }
    const compact = (t: Token) => t.text.replace(/\s+/gu, '');
    if (tokens.some((t) => SIGNATURE.test(compact(t)))) break;
    const costFrame = tokens.some((t) => COST_LEVEL2.test(compact(t)));
    const isLevel1 = (t: Token) => LEVEL1.test(compact(t)) || (costFrame && compact(t) === '成本指标');
    for (const t of tokens) if (isLevel1(t)) level1 = compact(t);
    const rest = tokens.filter((t) => !isLevel1(t) && !GRID_LABEL.test(compact(t)));
    const contents = rest.filter((t) => !LEVEL2.test(compact(t)));
    const labels = rest.filter((t) => LEVEL2.test(compact(t)));
    // A row of the 年度 set alone (its 实施期 cells blank) prints everything from the 年度 columns on.
    const annualOnly = twoSets && contents.length > 0 && contents.every((t) => t.col >= annualStart);
    labels.forEach((t, k) => {
      const before = contents.filter((c) => c.col < t.col).length;
      const toAnnual = twoSets && (before >= 2 || (t.col >= annualStart && (k > 0 || annualOnly)));
      (toAnnual ? annual : period).level2 = compact(t);
    });
    const [a, b, c, d] = contents;
    if (!twoSets) {
      period.add(level1, a?.text, b?.text);
      continue;
    }
    if (annualOnly) {
      annual.add(level1, a?.text, b?.text);
      continue;
    }
    period.add(level1, a?.text, b?.text);
    annual.add(level1, c?.text, d?.text);
  }
  return twoSets ? { period: period.indicators, annual: annual.indicators } : { period: period.indicators, annual: period.indicators };
}

function readProject(block: Block, title: Found): PerformanceTarget | undefined {
  const nameLabel = block.find(/^项目名称/u);
  const name = block.rightOf(nameLabel);
  if (!nameLabel || !name) return undefined;
  const fundsRow = block.find(/^项目资金/u) ?? block.find(/年度资金总额/u);
  const periodLabel = block.find(/实施期资金总额/u);
  const annualLabel = block.find(/年度资金总额/u);
  const fundsTop = fundsRow?.row ?? nameLabel.row;
  const fundsBottom = Math.min(block.bottom, fundsTop + 7);
  const text = (pattern: RegExp) => block.rightOf(block.find(pattern))?.text;
  const goalLabel = block.find(/^总体目标/u);
  const periodGoal = block.rightOf(goalLabel);
  const annualGoal = block.lastRightOf(goalLabel);
  const optional = {
    department: text(/^主管部门/u),
    implementingUnit: text(/^实施单位/u),
    attribute: text(/^项目属性/u),
    period: text(/^项目(期|日期)$/u),
    overview: text(/^项目概况/u),
    basis: text(/^立项依据/u),
    necessity: text(/^项目设立必要性/u),
    measures: text(/^保证项目实施的制度/u),
    plan: text(/^项目实施计划/u),
  };
  const indicators = readIndicators(block);
  return {
    sheet: block.grid.name,
    title: title.text,
    titleAt: { sheet: block.grid.name, cell: toA1(title.row, title.col) },
    name: name.text,
    nameAt: { sheet: block.grid.name, cell: toA1(name.row, name.col) },
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    periodFunds: readFunds(block, periodLabel, fundsTop, fundsBottom),
    annualFunds: readFunds(block, annualLabel, fundsTop, fundsBottom),
    goals: {
      ...(periodGoal ? { period: periodGoal.text } : {}),
      ...(annualGoal ? { annual: annualGoal.text } : {}),
    },
    indicators: indicators.annual,
    periodIndicators: indicators.period,
  };
}

/** 部门基本信息 besides the name, as the seed's 整体 table labels them (seed text lines 560–563). */
const DEPARTMENT_FACTS: readonly RegExp[] = [/^内设职能部(门)?数/u, /^所属预算单位数/u, /人员编制数$/u, /^实际在职人员总数/u, /在编人员数$/u, /^其他人员数/u];
/** 按资金来源划分, 合计 excluded (seed text lines 571–577). */
const DEPARTMENT_SOURCE_LABELS: readonly RegExp[] = [
  /一般公共预算资金$/u,
  /政府性基金预算资金$/u,
  /国有资本经营预算资金$/u,
  /社会保险基金预算资金$/u,
  /专户管理资金$/u,
  /^单位资金$/u,
];
/** The export's HTML paragraph marks around 部门职责 (seed text line 565). */
const HTML_PARAGRAPH = /<\/?p>/gu;

/** 年度重点任务: 核心职能 and 重点任务 per row, from the header row to 年度绩效目标. */
function readTasks(block: Block): KeyTask[] {
  const header = block.find(/^核心职能$/u);
  if (!header) return [];
  const end = block.find(/^(年度绩效目标|一级指标)$/u, header.row + 1)?.row ?? block.bottom + 1;
  const tasks: KeyTask[] = [];
  for (let r = header.row + 1; r < end; r++) {
    const texts: string[] = [];
    for (let c = 0; c < block.width(r); c++) {
      const text = cellText(cellAt(block.grid, r, c)).trim();
      if (text && !/^年度重点任务$/u.test(text.replace(/\s+/gu, ''))) texts.push(text);
    }
    const [duty, task] = texts;
    if (duty && task) tasks.push({ duty, task });
  }
  return tasks;
}

function readDepartment(block: Block, title: Found): DepartmentTarget {
  const amount = (pattern: RegExp): TargetAmount | undefined => {
    const label = block.find(pattern);
    return label ? block.amountRightOf(label) : undefined;
  };
  const department = block.rightOf(block.find(/^部门名称$/u))?.text;
  const duties = block.rightOf(block.find(/^部门职责$/u))?.text.replace(HTML_PARAGRAPH, '').trim();
  const strategy = block.rightOf(block.find(/^部门战略目标$/u))?.text;
  const goal = block.rightOf(block.find(/^年度绩效目标$/u))?.text;
  const total = amount(/^合计$/u);
  const basic = amount(/基本支出$/u);
  const project = amount(/^项目支出$/u);
  const facts = DEPARTMENT_FACTS.flatMap((pattern) => {
    const label = block.find(pattern);
    const value = block.rightOf(label);
    return label && value ? [{ label: cellText(cellAt(block.grid, label.row, label.col)), text: value.text }] : [];
  });
  const sources = DEPARTMENT_SOURCE_LABELS.flatMap((pattern) => {
    const label = block.find(pattern);
    return label ? [{ label: cellText(cellAt(block.grid, label.row, label.col)), amount: block.amountRightOf(label) }] : [];
  });
  return {
    sheet: block.grid.name,
    title: title.text,
    titleAt: { sheet: block.grid.name, cell: toA1(title.row, title.col) },
    ...(department ? { department } : {}),
    facts,
    ...(duties ? { duties } : {}),
    ...(strategy ? { strategy } : {}),
    ...(total ? { total } : {}),
    sources,
    ...(basic ? { basic } : {}),
    ...(project ? { project } : {}),
    tasks: readTasks(block),
    ...(goal ? { goal } : {}),
    indicators: readIndicators(block).annual,
  };
}

/**
 * A 整体 table printed over two pages repeats its title over the second (the seed's indicators, text
 * line 580): a block without 部门名称 right after a department block continues it.
 */
function continueDepartment(previous: DepartmentTarget, next: DepartmentTarget): DepartmentTarget {
  return {
    ...next,
    ...previous,
    facts: [...previous.facts, ...next.facts],
    sources: [...previous.sources, ...next.sources],
    tasks: [...previous.tasks, ...next.tasks],
    indicators: [...previous.indicators, ...next.indicators],
  };
}

/** What a sheet holds of performance-target tables. */
export interface PerformanceSheets {
  readonly projects: PerformanceTarget[];
  readonly departments: DepartmentTarget[];
}

/**
 * 读取绩效目标表 — every 项目支出绩效目标表 and 部门整体支出绩效目标表 of the sheets, in order. A
 * table runs from its title to the row before the next title. A project table without a 项目名称
 * is skipped (nothing can be matched or checked without it).
 * @example readPerformanceTargets([gridFromPrintedText('附件', seedText)]).projects.length // 27
 */
export function readPerformanceTargets(grids: readonly Grid[]): PerformanceSheets {
  const projects: PerformanceTarget[] = [];
  const departments: DepartmentTarget[] = [];
  for (const grid of grids) {
    if (grid.hidden) continue;
    const titles = findPerformanceTitles(grid);
    titles.forEach((title, i) => {
      const bottom = (titles[i + 1]?.row ?? grid.values.length) - 1;
      const block = new Block(grid, title.row, bottom);
      if (title.kind === 'department') {
        const department = readDepartment(block, title);
        const previous = departments[departments.length - 1];
        const continues = department.department === undefined && previous !== undefined && titles[i - 1]?.kind === 'department';
        if (continues) departments[departments.length - 1] = continueDepartment(previous, department);
        else departments.push(department);
      } else {
        const target = readProject(block, title);
        if (target) projects.push(target);
      }
    });
  }
  return { projects, departments };
}
