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
import type { DepartmentTarget, FundSource, Indicator, PerformanceTarget, TargetAmount, TargetFunds } from './model';

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

/** Rows where a title of either kind is printed. */
function titleRows(grid: Grid): { row: number; col: number; text: string; kind: 'project' | 'department' }[] {
  const out: { row: number; col: number; text: string; kind: 'project' | 'department' }[] = [];
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

const LEVEL1 = /^(产出|效益|满意度|成本)指标$/u;
const LEVEL2 = /(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|满意度)指标$|满意度$/u;

/**
 * The indicator grid under its 一级指标 header: 一级 and 二级 carry down (they are merged or printed
 * once), 三级 and 指标值 are read in the 年度 columns (the last 三级指标 / 指标值 header).
 */
function readIndicators(block: Block): Indicator[] {
  const header = block.find(/^一级指标$/u);
  if (!header) return [];
  const level3Cols = block.findAll(/^三级指标$/u, header.row, header.row).map((f) => f.col);
  const valueCols = block.findAll(/^指标值$/u, header.row, header.row).map((f) => f.col);
  const level3Col = level3Cols[level3Cols.length - 1];
  const valueCol = valueCols[valueCols.length - 1];
  if (level3Col === undefined || valueCol === undefined) return [];
  const out: Indicator[] = [];
  let level1 = '';
  let level2 = '';
  for (let r = header.row + 1; r <= block.bottom; r++) {
    const cells = Array.from({ length: block.width(r) }, (_, c) => block.text(r, c));
    if (cells.some((t) => /^(负责人|经办人|填报)/u.test(t))) break;
    for (let c = 0; c < Math.min(level3Col, cells.length); c++) {
      const text = cells[c]!;
      if (LEVEL1.test(text)) level1 = text;
      else if (LEVEL2.test(text)) level2 = text;
    }
    const level3 = cellText(cellAt(block.grid, r, level3Col)).trim();
    const value = cellText(cellAt(block.grid, r, valueCol)).trim();
    if (level3) out.push({ level1, level2, level3, value });
  }
  return out;
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
  };
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
    indicators: readIndicators(block),
  };
}

function readDepartment(block: Block, title: Found): DepartmentTarget {
  const amount = (pattern: RegExp): TargetAmount | undefined => {
    const label = block.find(pattern);
    return label ? block.amountRightOf(label) : undefined;
  };
  const department = block.rightOf(block.find(/^部门名称$/u))?.text;
  const goal = block.rightOf(block.find(/^年度绩效目标$/u))?.text;
  const total = amount(/^合计$/u);
  const basic = amount(/基本支出$/u);
  const project = amount(/^项目支出$/u);
  return {
    sheet: block.grid.name,
    title: title.text,
    titleAt: { sheet: block.grid.name, cell: toA1(title.row, title.col) },
    ...(department ? { department } : {}),
    ...(total ? { total } : {}),
    ...(basic ? { basic } : {}),
    ...(project ? { project } : {}),
    ...(goal ? { goal } : {}),
    indicators: readIndicators(block),
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
    const titles = titleRows(grid);
    titles.forEach((title, i) => {
      const bottom = (titles[i + 1]?.row ?? grid.values.length) - 1;
      const block = new Block(grid, title.row, bottom);
      if (title.kind === 'department') departments.push(readDepartment(block, title));
      else {
        const target = readProject(block, title);
        if (target) projects.push(target);
      }
    });
  }
  return { projects, departments };
}
