/**
 * 表 — one disclosure table read from under its title: 单位 line, header rows, columns by meaning,
 * rows as typed records, the note.
 *
 * Layout after a title, as the budget system exports it and provinces vary it (domain guide,
 * "Other families and layouts"): info lines (部门名称：… 单位：万元), one to four header rows (merged
 * or not, maybe a 1 | 2 | 3 column-number row), the data rows (blank rows tolerated), a note
 * (注：本表无数据). Two-sided tables (收支总表) carry a 收入 side and a 支出 side, each with its own
 * label and amount columns; the 决算 basic-expenditure table prints two column pairs.
 */
import { parseAmount, type Unit } from '../amount';
import { cellText, cellAt, mergeAt, toA1 } from '../grid';
import type { CellRange, Grid } from '../grid';
import { kindInfo } from '../kinds';
import type { TableKind, TypedColumn, TypedRow, TypedTable } from '../model';
import type { ProblemSink } from './amounts';
import { columnRole, HEADER_WORD, headerPaths, rowShape, sideOf, TOTAL_LABEL, unitIn } from './header';
import type { HeaderColumn } from './header';
import { columnSums } from './columns';
import { typeRows } from './rows';
import type { Band } from './rows';
import { filledColumns, textAt } from './sheet';
import { isTableNumberLabel } from './titles';

/** A title found on a sheet. */
export interface TitleCell {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /**
   * No title is printed, and the table starts below `row`: its sheet's name says which table it
   * is ('sheetName'), or its header and rows do ('content').
   */
  readonly untitled?: 'sheetName' | 'content';
  /** The columns the table may use, when another table sits beside it on the same rows. */
  readonly span?: Span;
}

/** A range of columns, inclusive. */
export interface Span {
  readonly left: number;
  readonly right: number;
}

const WHOLE_ROW: Span = { left: 0, right: Number.MAX_SAFE_INTEGER };

/**
 * The deepest header a disclosure table prints: 本年支出 › 预算数 › 基本支出 › 人员经费 (data/corpus, the
 * unit budget's 财务收支预算总表, with the 类/款/项 row beside it).
 */
const MAX_HEADER_DEPTH = 4;

/** Lines between a title and its header that describe the table, not its columns. */
const INFO_LINE = /单位\s*[:：]|部门名称|编制单位|填报单位|部门\s*[:：]|^\d{4}\s*年\s*\d{1,2}\s*月/;
const DEPARTMENT = /(?:部门名称|编制单位|填报单位|单位名称)\s*[:：]\s*(.+)$/;
/** 单位：千元 / 亿元 — units a disclosure may print in that amounts here do not support. */
const OTHER_UNIT = /单位\s*[:：]\s*(千元|百万元|亿元)/;
const DEPARTMENT_LABEL = /^(部门名称|编制单位|填报单位|单位名称|部门)\s*[:：]$/;
/** 注：… / 说明：… / 备注 — the note under a table. */
const NOTE_LINE = /^(注|说明|备注)\s*[:：\d、]/;

/** A table's closing line after ruled blank lines: its 合计, or a 收支总表's 收入总计 / 支出总计. */
const CLOSING_LINE = new RegExp(`${TOTAL_LABEL.source}|^[^\\d]{0,12}总计$`);

/** Headings of a label column: 项目, 科目编码, 科目名称, 单位名称, 类, 栏次 … */
const LABEL_HEADING = /项目|名称|编码|代码|科目|单位|序号|分类|^类$|^款$|^项$|栏次|行次/;

/** What the lines between the title and the header say. */
interface Preamble {
  unit?: Unit;
  /** A unit the product does not print in (千元, 亿元), as written. */
  otherUnit?: string;
  department?: string;
  /** First row of the header; -1 when nothing follows the title. */
  headerStart: number;
}

/** The header rows (column-number rows left out) and the first data row (-1 when none). */
interface HeaderRows {
  readonly rows: readonly number[];
  readonly dataStart: number;
}

/** The data rows, the note and the table's last row. */
interface Body {
  readonly rows: readonly number[];
  readonly note?: string;
  readonly bottom: number;
}

/**
 * Reads the table under `title`, looking no further than `lastRow`. Returns undefined when there
 * is no header under the title (a line of a 目录, a title with nothing under it).
 * @example readTable(grid, { row: 0, col: 0, text: '2024年预算收入总表' }, 'budget.income', 40, sink)?.rows.length // 27
 */
export function readTable(grid: Grid, title: TitleCell, kind: TableKind, lastRow: number, sink: ProblemSink): TypedTable | undefined {
  const span = title.span ?? WHOLE_ROW;
  const filled = (r: number) => filledColumns(grid, r, span.left, span.right);
  const preamble = readPreamble(grid, title, lastRow, span);
  if (preamble.headerStart < 0) return undefined;
  const left = leftmost(filled(preamble.headerStart));
  const header = readHeaderRows(grid, preamble.headerStart, { left, right: span.right }, lastRow);
  if (header.rows.length === 0) return undefined;
  for (const r of header.rows) for (const c of filled(r)) preamble.unit ??= unitIn(textAt(grid, r, c));
  const body = readBody(grid, header, lastRow, span);

  // The first and last filled column over the header and body rows, each row's columns read once
  // (filledColumns lists them in order): a large department has 100k body rows (bench/check.js).
  let firstFilled = Number.MAX_SAFE_INTEGER;
  let right = 0;
  for (const r of [...header.rows, ...body.rows]) {
    const cols = filled(r);
    if (cols.length === 0) continue;
    firstFilled = Math.min(firstFilled, cols[0]!);
    right = Math.max(right, cols[cols.length - 1]!);
  }
  const tableLeft = Math.min(left, firstFilled);
  for (const m of grid.merges) {
    if (header.rows.includes(m.top) && m.left >= tableLeft && m.right <= span.right) right = Math.max(right, m.right);
  }
  const columns = readColumns(grid, { title, kind, header, body, left: tableLeft, right });
  const bands = splitBands(ownFundIsTotal(columns, kind), tableLeft);

  // Problems about the whole table point at its title, or at its first cell when it has none.
  const titleAt = title.untitled ? toA1(title.row + 1, tableLeft) : toA1(title.row, title.col);
  if (title.untitled === 'sheetName') sink.add(grid.name, titleAt, `未找到表标题，按工作表名“${grid.name}”识别这张表`);
  if (title.untitled === 'content') sink.add(grid.name, titleAt, `未找到表标题，按表头和行内容识别为“${title.text}”，请补上标题`);
  if (!preamble.unit && preamble.otherUnit) {
    sink.add(grid.name, titleAt, `表“${title.text}”的单位“${preamble.otherUnit}”不受支持（只支持万元、元），按万元读取，请换算后再核对`);
  } else if (!preamble.unit) {
    sink.add(grid.name, titleAt, `表“${title.text}”未找到单位行（如“单位：万元”），按万元读取`);
  }
  // 表头树 deeper than 合计 › 基本支出 › 人员经费 under two headings is no layout a budget system exports:
  // most likely a note or a second table pasted into the header. The columns are still read by their paths.
  const depth = columns.reduce((deepest, c) => (c.role.type === 'amount' ? Math.max(deepest, c.path.length) : deepest), 0);
  if (depth > MAX_HEADER_DEPTH) {
    const deepest = columns.find((c) => c.role.type === 'amount' && c.path.length === depth)!;
    sink.add(
      grid.name,
      toA1(header.rows[0]!, deepest.col),
      `表“${title.text}”的表头有 ${depth} 层（${deepest.path.join(' › ')}），超过 ${MAX_HEADER_DEPTH} 层：请检查表头是否混入了其他内容，各列已按其表头逐层识别，核对结果请人工复核`,
    );
  }
  if (!columns.some((c) => c.role.type === 'amount' && c.role.key)) {
    sink.add(grid.name, titleAt, `表“${title.text}”的表头中没有可识别的金额列（如合计、基本支出、一般公共预算），无法核对`);
  }
  const unit = preamble.unit ?? '万元';
  const ctx = { grid, kind, unit, sink, ...(preamble.department ? { department: preamble.department } : {}) };
  const typedColumns: TypedColumn[] = bands.flatMap((band) =>
    band.amountCols.flatMap((c) =>
      c.role.type === 'amount'
        ? [{ ...(c.role.key ? { key: c.role.key } : {}), col: c.col, header: c.path.join(' '), path: c.path, ...(band.side ? { side: band.side } : {}) }]
        : [],
    ),
  );
  const sums = bands.flatMap((band) =>
    columnSums(band.amountCols.flatMap((c) => (c.role.type === 'amount' ? [{ col: c.col, path: c.path, ...(c.role.key ? { key: c.role.key } : {}) }] : []))),
  );
  const top = title.untitled ? title.row + 1 : title.row;
  const range: CellRange = { top, left: title.untitled ? tableLeft : Math.min(title.col, tableLeft), bottom: body.bottom, right };
  const lastYear = lastYearColumns(columns, tableYear(title.text, columns.map((c) => c.path)));
  const base = {
    kind,
    title: title.text,
    sheet: grid.name,
    range,
    unit,
    columns: typedColumns,
    columnSums: sums,
    ...(body.note ? { note: body.note } : {}),
    ...(lastYear.length > 0 ? { lastYearColumns: lastYear } : {}),
  };

  const income = bands.find((b) => b.side === 'income');
  const expenditure = bands.find((b) => b.side === 'expenditure');
  const economic = bands.find((b) => b.side === 'economic');
  if (income && expenditure) {
    const sides = {
      income: typeRows(body.rows, income, ctx),
      expenditure: typeRows(body.rows, expenditure, ctx),
      ...(economic ? { economic: typeRows(body.rows, economic, ctx) } : {}),
    };
    return { ...base, rows: sides.expenditure, sides };
  }
  const rows: TypedRow[] = bands.flatMap((band) => typeRows(body.rows, band, ctx));
  return { ...base, rows };
}

/** Info lines (部门名称：… 单位：万元, 表号) between the title and the header, and where the header starts. */
function readPreamble(grid: Grid, title: TitleCell, lastRow: number, span: Span): Preamble {
  const preamble: Preamble = { headerStart: -1 };
  const unit = unitIn(title.text);
  if (unit) preamble.unit = unit;
  const readInfo = (r: number, skipCol?: number): boolean => {
    const texts = filledColumns(grid, r, span.left, span.right)
      .filter((c) => c !== skipCol)
      .map((c) => textAt(grid, r, c));
    // "部门名称：" and the name may sit in two cells; a cell with header words makes it a header row.
    const isInfo = (t: string) => INFO_LINE.test(t) || isTableNumberLabel(t);
    if (!texts.some(isInfo) || !texts.every((t) => isInfo(t) || !HEADER_WORD.test(t))) return false;
    texts.forEach((t, i) => {
      preamble.unit ??= unitIn(t);
      preamble.otherUnit ??= OTHER_UNIT.exec(t)?.[1];
      const department = DEPARTMENT.exec(t)?.[1]?.trim() || (DEPARTMENT_LABEL.test(t) ? texts[i + 1] : undefined);
      if (department && !isInfo(department)) preamble.department ??= department;
    });
    return true;
  };
  if (!title.untitled) readInfo(title.row, title.col);
  for (let r = title.row + 1; r <= lastRow; r++) {
    if (filledColumns(grid, r, span.left, span.right).length === 0 || readInfo(r)) continue;
    preamble.headerStart = r;
    break;
  }
  return preamble;
}

/** Header rows from `start` down to the first data row; column-number rows are skipped. */
function readHeaderRows(grid: Grid, start: number, span: Span, lastRow: number): HeaderRows {
  const left = span.left;
  const rows: number[] = [];
  let labelHeadingSeen = false;
  for (let r = start, blanks = 0; r <= lastRow && blanks < 2; r++) {
    const shape = rowShape(grid, r, left, span.right);
    if (shape === 'data') return { rows, dataStart: r };
    // Under the label column's heading (项目, 科目名称 …) a new text in that column is a row's
    // label, even when it holds header-like words and no figures (一般公共预算 in an empty 收支总表).
    const leftText = textAt(grid, r, left);
    const underMerge = (mergeAt(grid, r, left)?.top ?? r) < r;
    if (shape === 'header' && labelHeadingSeen && leftText !== '' && !underMerge && !LABEL_HEADING.test(leftText)) {
      return { rows, dataStart: r };
    }
    if (LABEL_HEADING.test(leftText)) labelHeadingSeen = true;
    if (shape === 'blank') blanks++;
    else blanks = 0;
    if (shape === 'header') rows.push(r);
  }
  // An empty table printed with ruled blank lines before its 合计 row (data/corpus, 政府性基金预算支出表).
  for (let r = (rows[rows.length - 1] ?? start) + 1; r <= lastRow && rows.length > 0; r++) {
    const shape = rowShape(grid, r, left, span.right);
    if (shape === 'blank') continue;
    return { rows, dataStart: shape === 'data' ? r : -1 };
  }
  return { rows, dataStart: -1 };
}

/**
 * Data rows until the note, a 表号 line, two blank rows or `lastRow`. A note printed further down,
 * after blank rows (a page's ruled empty lines), with nothing else between, is still the table's.
 */
function readBody(grid: Grid, header: HeaderRows, lastRow: number, span: Span): Body {
  const rows: number[] = [];
  let bottom = header.rows[header.rows.length - 1]!;
  if (header.dataStart < 0) return { rows, bottom };
  const noteAt = (r: number, cols: readonly number[]): Body | undefined => {
    const first = cols.length > 0 ? textAt(grid, r, cols[0]!) : '';
    return NOTE_LINE.test(first) ? { rows, note: cols.map((c) => textAt(grid, r, c)).join(' '), bottom: r } : undefined;
  };
  let blanks = 0;
  for (let r = header.dataStart; r <= lastRow; r++) {
    const cols = filledColumns(grid, r, span.left, span.right);
    if (cols.length === 0) {
      blanks++;
      continue;
    }
    const note = noteAt(r, cols);
    if (note) return note;
    const first = textAt(grid, r, cols[0]!);
    if (isTableNumberLabel(first)) break;
    // After two blank rows only the table's own 合计 line (or its note) still belongs to it: an
    // empty table printed with ruled blank lines (data/corpus, 政府性基金预算支出表).
    if (blanks >= 2 && !CLOSING_LINE.test(first.replace(/\s+/g, ''))) break;
    blanks = 0;
    rows.push(r);
    bottom = r;
  }
  return { rows, bottom };
}

/** Every column between `left` and `right` with its header path and meaning. */
function readColumns(
  grid: Grid,
  table: { title: TitleCell; kind: TableKind; header: HeaderRows; body: Body; left: number; right: number },
): HeaderColumn[] {
  const final = kindInfo(table.kind).final;
  const paths = headerPaths(grid, table.header.rows, table.left, table.right);
  const year = tableYear(table.title.text, paths);
  const firstRow = table.body.rows[0];
  return paths.map((path, i) => {
    const col = table.left + i;
    // 决算 tables print 类 | 款 | 项 on the 合计 row's own line (data/corpus, 收入决算表): those cells
    // head the code columns.
    const codePart = firstRow === undefined ? -1 : CODE_PARTS.indexOf(textAt(grid, firstRow, col));
    if (codePart >= 0) return { col, path, role: { type: 'code' as const, part: codePart as 0 | 1 | 2 } };
    // 2023年执行数 beside 2024年预算数: only the table's own year is this table's figures.
    if (year && path.some((word) => yearOf(word) !== undefined && yearOf(word) !== year)) {
      return { col, path, role: { type: 'other' as const } };
    }
    // An empty column under a heading that spans sub-headed columns (a blank column inserted
    // inside 2024年预算数) has only that heading for a path: it is a gap, not a 合计 column.
    const gap =
      paths.some((other) => other.length > path.length && path.every((word, k) => other[k] === word)) &&
      table.body.rows.every((r) => textAt(grid, r, col) === '');
    if (gap) return { col, path, role: { type: 'other' as const } };
    const role = columnRole(path, final);
    // A column the vocabulary has no word for is an amount column only if its body holds figures
    // (or nothing): 备注, 项目类型 and the like hold text.
    if (role.type === 'amount' && !role.key && table.body.rows.some((r) => parseAmount(cellAt(grid, r, col)).kind === 'invalid')) {
      return { col, path, role: { type: 'other' as const } };
    }
    return { col, path, role };
  });
}

const CODE_PARTS = ['类', '款', '项'];

/**
 * In a table about one fund, a column named after that fund (政府性基金收入预算 in 表7,
 * 国有资本经营收入预算 in 表9) is the table's 合计, as the templates declare it (`ownFund` in kinds.ts).
 */
function ownFundIsTotal(columns: readonly HeaderColumn[], kind: TableKind): HeaderColumn[] {
  const fund = kindInfo(kind).ownFund;
  return columns.map((c) => (fund && c.role.type === 'amount' && c.role.key === fund ? { ...c, role: { type: 'amount', key: 'total' } } : c));
}

/** Smallest column, without spreading a long array into Math.min. */
function leftmost(cols: readonly number[]): number {
  return cols.reduce((a, b) => Math.min(a, b), Number.MAX_SAFE_INTEGER);
}

/**
 * Splits the columns into bands, each starting with its label columns: one band for most tables,
 * a 收入 and a 支出 band for two-sided tables, two bands for the 决算 column-pair layout.
 */
function splitBands(columns: readonly HeaderColumn[], left: number): Band[] {
  const groups: HeaderColumn[][] = [];
  let current: HeaderColumn[] = [];
  for (const column of columns) {
    const isLabel = column.role.type === 'code' || column.role.type === 'name';
    if (isLabel && current.some((c) => c.role.type === 'amount')) {
      groups.push(current);
      current = [];
    }
    current.push(column);
  }
  if (current.length > 0) groups.push(current);

  const sides = groups.map((group) => {
    const label = group.find((c) => c.role.type === 'code' || c.role.type === 'name');
    return label ? sideOf(label.path[0] ?? '') : undefined;
  });
  const twoSided = sides.includes('income') && sides.includes('expenditure');
  return groups.map((group, i) => {
    const codeCols = group
      .filter((c) => c.role.type === 'code')
      .sort((a, b) => codePart(a) - codePart(b))
      .map((c) => c.col);
    // 项目名称 / 科目名称 before 单位名称: a project row repeats its unit's name beside its own.
    const preference = (c: HeaderColumn) => (/项目名称|科目名称|^项目$/.test(c.path[c.path.length - 1] ?? '') ? 0 : 1);
    let nameCols = group
      .filter((c) => c.role.type === 'name')
      .sort((a, b) => preference(a) - preference(b) || a.col - b.col)
      .map((c) => c.col);
    // No 名称 heading (表10 prints 项目 in some provinces, nothing in others): the band's first
    // column holds the labels, unless it is already an amount column.
    const first = i === 0 ? columns.find((c) => c.col === left) : group[0];
    if (codeCols.length === 0 && nameCols.length === 0 && first && first.role.type !== 'amount') nameCols = [first.col];
    const side = twoSided ? sides[i] : undefined;
    return {
      codeCols: codeCols.length > 3 ? codeCols.slice(0, 3) : codeCols,
      nameCols,
      amountCols: group.filter((c) => c.role.type === 'amount'),
      ...(side ? { side } : {}),
    };
  });
}

function yearOf(text: string): number | undefined {
  const match = /((?:19|20)\d{2})/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * Comparison columns of last year's budget: headed 上年预算数 / 上年数, or by the year before the
 * table's (2024年预算数 in a 2025 table) — not 增减, rates, 执行数 or 决算数.
 */
function lastYearColumns(columns: readonly HeaderColumn[], year: number | undefined): TypedColumn[] {
  return columns
    .filter(
      (c) =>
        c.role.type === 'other' &&
        c.path.length > 0 &&
        !c.path.some((word) => /增减|增长|变动|比上年|[率%]|执行|决算|实际|结转/.test(word)) &&
        c.path.some((word) => /^上年(预算)?数/.test(word) || (year !== undefined && yearOf(word) === year - 1)),
    )
    .map((c) => ({ col: c.col, header: c.path.join(' '), path: c.path }));
}

/** The year of the table's figures: its title's, else the latest year its header names. */
function tableYear(title: string, paths: readonly (readonly string[])[]): number | undefined {
  const years = paths.flat().map(yearOf).filter((y): y is number => y !== undefined);
  return yearOf(title) ?? (years.length > 0 ? Math.max(...years) : undefined);
}

function codePart(column: HeaderColumn): number {
  return column.role.type === 'code' ? (column.role.part ?? 0) + column.col / 1000 : 0;
}

/** The text of a cell, for callers that report a block. */
export function firstText(grid: Grid, rows: readonly number[]): string {
  for (const r of rows) {
    const cols = filledColumns(grid, r);
    if (cols.length > 0) return cellText(cellAt(grid, r, cols[0]!));
  }
  return '';
}
