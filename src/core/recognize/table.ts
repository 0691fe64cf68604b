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
import type { Unit } from '../amount';
import { cellText, cellAt, toA1 } from '../grid';
import type { CellRange, Grid } from '../grid';
import type { TableKind, TypedColumn, TypedRow, TypedTable } from '../model';
import type { ProblemSink } from './amounts';
import { columnRole, headerPaths, rowShape, sideOf, unitIn } from './header';
import type { HeaderColumn } from './header';
import { typeRows } from './rows';
import type { Band } from './rows';
import { filledColumns, textAt } from './sheet';
import { isTableNumberLabel } from './titles';

/** A title found on a sheet. */
export interface TitleCell {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** Lines between a title and its header that describe the table, not its columns. */
const INFO_LINE = /单位\s*[:：]|部门名称|编制单位|填报单位|部门\s*[:：]|^\d{4}\s*年\s*\d{1,2}\s*月/;
const DEPARTMENT = /(?:部门名称|编制单位|填报单位|单位名称)\s*[:：]\s*(.+)$/;
/** 注：… / 说明：… / 备注 — the note under a table. */
const NOTE_LINE = /^(注|说明|备注)\s*[:：\d、]/;

/**
 * Reads the table under `title`, looking no further than `lastRow`. Returns undefined when there
 * is no header under the title (a line of a 目录, a title with nothing under it).
 */
export function readTable(
  grid: Grid,
  title: TitleCell,
  kind: TableKind,
  lastRow: number,
  sink: ProblemSink,
): TypedTable | undefined {
  let unit: Unit | undefined;
  let department: string | undefined;
  const noteInfo = (r: number, skipCol?: number): boolean => {
    const cols = filledColumns(grid, r).filter((c) => c !== skipCol);
    const texts = cols.map((c) => textAt(grid, r, c));
    if (texts.length === 0 || !texts.every((t) => INFO_LINE.test(t) || isTableNumberLabel(t))) return false;
    for (const t of texts) {
      unit ??= unitIn(t);
      department ??= DEPARTMENT.exec(t)?.[1]?.trim();
    }
    return true;
  };
  unit = unitIn(title.text);
  noteInfo(title.row, title.col);

  let headerStart = -1;
  for (let r = title.row + 1; r <= lastRow; r++) {
    if (filledColumns(grid, r).length === 0 || noteInfo(r)) continue;
    headerStart = r;
    break;
  }
  if (headerStart < 0) return undefined;
  const left = Math.min(...filledColumns(grid, headerStart));

  const headerRows: number[] = [];
  let dataStart = -1;
  for (let r = headerStart, blanks = 0; r <= lastRow && blanks < 2; r++) {
    const shape = rowShape(grid, r, left, Number.MAX_SAFE_INTEGER);
    if (shape === 'blank') blanks++;
    else if (shape === 'header') {
      headerRows.push(r);
      blanks = 0;
    } else if (shape === 'data') {
      dataStart = r;
      break;
    } else blanks = 0;
  }
  if (headerRows.length === 0) return undefined;
  for (const r of headerRows) for (const c of filledColumns(grid, r)) unit ??= unitIn(textAt(grid, r, c));

  const dataRows: number[] = [];
  let note: string | undefined;
  let bottom = Math.max(...headerRows);
  if (dataStart >= 0) {
    for (let r = dataStart, blanks = 0; r <= lastRow && blanks < 2; r++) {
      const cols = filledColumns(grid, r);
      if (cols.length === 0) {
        blanks++;
        continue;
      }
      blanks = 0;
      const first = textAt(grid, r, cols[0]!);
      if (NOTE_LINE.test(first)) {
        note = cols.map((c) => textAt(grid, r, c)).join(' ');
        bottom = r;
        break;
      }
      if (isTableNumberLabel(first)) break;
      dataRows.push(r);
      bottom = r;
    }
  }

  const bodyRows = [...headerRows, ...dataRows];
  const tableLeft = Math.min(left, ...bodyRows.flatMap((r) => filledColumns(grid, r).slice(0, 1)));
  let right = Math.max(...bodyRows.flatMap((r) => filledColumns(grid, r)));
  for (const m of grid.merges) if (headerRows.includes(m.top) && m.left >= tableLeft) right = Math.max(right, m.right);

  const final = kind.startsWith('final.');
  const pathRows = headerRows.filter((r) => rowShape(grid, r, tableLeft, right) === 'header');
  const paths = headerPaths(grid, pathRows, tableLeft, right);
  const year = tableYear(title.text, paths);
  const columns: HeaderColumn[] = paths.map((path, i) => {
    const col = tableLeft + i;
    // 2023年执行数 beside 2024年预算数: only the table's own year is this table's figures.
    if (year && path.some((word) => yearOf(word) !== undefined && yearOf(word) !== year)) {
      return { col, path, role: { type: 'other' as const } };
    }
    // An empty column under a heading that spans sub-headed columns (a blank column inserted
    // inside 2024年预算数) has only that heading for a path: it is a gap, not a 合计 column.
    const gap =
      paths.some((other) => other.length > path.length && path.every((word, k) => other[k] === word)) &&
      dataRows.every((r) => textAt(grid, r, col) === '');
    return { col, path, role: gap ? { type: 'other' as const } : columnRole(path, final) };
  });
  const bands = splitBands(columns, tableLeft);

  if (!unit) {
    sink.add(grid.name, toA1(title.row, title.col), `表“${title.text}”未找到单位行（如“单位：万元”），按万元读取`);
  }
  const ctx = { grid, kind, unit: unit ?? '万元', sink, ...(department ? { department } : {}) };
  const typedColumns: TypedColumn[] = bands.flatMap((band) =>
    band.amountCols.flatMap((c) =>
      c.role.type === 'amount'
        ? [{ key: c.role.key, col: c.col, header: c.path.join(' '), ...(band.side ? { side: band.side } : {}) }]
        : [],
    ),
  );
  const range: CellRange = { top: title.row, left: Math.min(title.col, tableLeft), bottom, right };
  const base = { kind, title: title.text, sheet: grid.name, range, unit: ctx.unit, columns: typedColumns, ...(note ? { note } : {}) };

  const income = bands.find((b) => b.side === 'income');
  const expenditure = bands.find((b) => b.side === 'expenditure');
  if (income && expenditure) {
    const sides = { income: typeRows(dataRows, income, ctx), expenditure: typeRows(dataRows, expenditure, ctx) };
    return { ...base, rows: sides.expenditure, sides };
  }
  const rows: TypedRow[] = bands.flatMap((band) => typeRows(dataRows, band, ctx));
  return { ...base, rows };
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
