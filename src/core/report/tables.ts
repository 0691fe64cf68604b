/**
 * 表格排版 — cut a disclosure table out of its sheet as it is printed: title, unit line, header
 * rows with their merges, body rows and note (domain guide, "The budget table family": an empty
 * table is still printed with its headers and 注：本表无数据).
 */
import { formatAmount, parseAmount } from '../amount';
import { cellText, isErrorValue, rowCount, type CellRange, type CellValue, type Grid } from '../grid';
import type { TableKind, TypedTable } from '../model';
import type { ReportCell, ReportTable } from './model';

/** Where a table sits and what is known about it. */
export interface TableSource {
  readonly grid: Grid;
  /** Title row to last row; the sheet's used range when absent. */
  readonly range?: CellRange;
  /** First body row (0-based, sheet coordinates); guessed from the cells when absent. */
  readonly bodyStart?: number;
  /** Columns (sheet coordinates) that hold amounts; guessed from the cells when absent. */
  readonly amountColumns?: readonly number[];
  /** The title as recognised; read from the title row when absent. */
  readonly title?: string;
}

/**
 * The table sources of recognised tables, in print order: the family's order of table kinds when
 * given (a user's shuffled sheets still print as 表1 … 表13), workbook order otherwise and for ties.
 */
export function tableSourcesFromRecognition(
  workbook: readonly Grid[],
  tables: readonly TypedTable[],
  kindOrder: readonly TableKind[] = [],
): TableSource[] {
  const sources: (TableSource & { readonly rank: number })[] = [];
  for (const table of tables) {
    const grid = workbook.find((g) => g.name === table.sheet);
    if (!grid) continue;
    const typedRows = [...table.rows, ...(table.sides?.income ?? []), ...(table.sides?.expenditure ?? [])];
    const bodyStart = typedRows.length > 0 ? Math.min(...typedRows.map((r) => r.row)) : undefined;
    const rank = kindOrder.indexOf(table.kind);
    const source = {
      rank: rank < 0 ? kindOrder.length : rank,
      grid,
      range: table.range,
      title: table.title,
      amountColumns: table.columns.map((c) => c.col),
      ...(bodyStart === undefined ? {} : { bodyStart }),
    };
    sources.push(source);
  }
  const order = new Map(workbook.map((g, i) => [g.name, i]));
  return sources
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (order.get(a.grid.name) ?? 0) - (order.get(b.grid.name) ?? 0) ||
        (a.range?.top ?? 0) - (b.range?.top ?? 0),
    )
    .map(({ rank: _rank, ...source }) => source);
}

const UNIT_LINE = /(^|\s)(金额)?单位\s*[:：]/;
/** 部门名称：X (or 编制单位：X), and a 单位：万元 that shares its cell. */
const DEPARTMENT_LINE = /^(部门名称|编制单位|单位名称|编制部门)\s*[:：]\s*(.*?)(?:\s+((?:金额)?单位\s*[:：].*))?$/;
const PREAMBLE = /^(预算公开表|公开表|附表|表\s*\d+|部门名称|编制单位|单位名称\s*[:：])/;
const CODE_HEADER = /编码|代码|科目代码|序号/;
const TOTAL_LABEL = /^(合计|总计|部门合计|本年收入合计)$/;

function textAt(grid: Grid, row: number, col: number): string {
  return cellText(grid.values[row]?.[col] ?? null);
}

function rowTexts(grid: Grid, row: number, left: number, right: number): string[] {
  const texts: string[] = [];
  for (let c = left; c <= right; c++) texts.push(textAt(grid, row, c));
  return texts;
}

/** 单位：万元, 预算公开表1, 部门名称：… — lines above the column headers. */
function isPreambleRow(texts: readonly string[]): boolean {
  const filled = nonBlank(texts);
  return filled.length > 0 && filled.length <= 2 && filled.every((t) => UNIT_LINE.test(t) || PREAMBLE.test(t));
}

function nonBlank(texts: readonly string[]): string[] {
  return texts.filter((t) => t !== '');
}

/** Trims the used range to the rows and columns that hold anything. */
function usedRange(grid: Grid): CellRange {
  let bottom = -1;
  let right = -1;
  let left = Number.MAX_SAFE_INTEGER;
  for (let r = 0; r < rowCount(grid); r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (cellText(row[c] ?? null) !== '') {
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
        left = Math.min(left, c);
      }
    }
  }
  if (bottom < 0) return { top: 0, left: 0, bottom: 0, right: 0 };
  return { top: 0, left, bottom, right };
}

/**
 * A body row starts with a total label or a subject code, holds a figure, or — like 表10's
 * 因公出国（境）费, all blank — is a lone label under a header row whose first cell is blank.
 */
function looksLikeBody(grid: Grid, row: number, left: number, right: number): boolean {
  const texts = rowTexts(grid, row, left, right);
  // Only the first column: 合计 further right is a column header (表6 合计 | 人员经费 | 公用经费).
  const first = texts[0] ?? '';
  if (TOTAL_LABEL.test(first.replace(/\s/g, ''))) return true;
  if (/^\d{3}(\d{2}){0,2}$/.test(first)) return true;
  for (let c = left; c <= right; c++) {
    const value = grid.values[row]?.[c] ?? null;
    if (typeof value === 'number' && !/^\d{3}(\d{2}){0,2}$/.test(String(value))) return true;
  }
  if (texts.some((t) => /^-?[\d,]+\.\d+$/.test(t))) return true;
  const loneLabel = (texts[0] ?? '') !== '' && texts.slice(1).every((t) => t === '');
  return loneLabel && textAt(grid, row - 1, left) === '';
}

function isAmountText(text: string): boolean {
  return parseAmount(text).kind === 'amount';
}

/**
 * Cuts a table out of its sheet. Works from what recognition found when it is given, and from
 * the cells alone otherwise (title = first text row, the unit line is the row saying 单位：,
 * the body starts at 合计, a code or the first figure with decimals).
 *
 * @example reportTable({ grid }, 1).title // "2024年预算收支总表"
 */
export function reportTable(source: TableSource, number: number): ReportTable {
  const { grid } = source;
  const range = source.range ?? usedRange(grid);
  const { left, right } = range;
  let row = range.top;
  while (row <= range.bottom && nonBlank(rowTexts(grid, row, left, right)).length === 0) row++;

  // 标题 — the first text row, unless recognition named a title that sits elsewhere.
  let title = source.title ?? '';
  const firstTexts = nonBlank(rowTexts(grid, row, left, right));
  if (firstTexts.length === 1 && !UNIT_LINE.test(firstTexts[0] ?? '')) {
    title = source.title ?? firstTexts[0] ?? '';
    row++;
  }

  // A layout of ours repeats its header rows on every printed page: the body starts right after them.
  let bodyStart = source.bodyStart ?? (grid.print?.repeatRows ? grid.print.repeatRows.last + 1 : undefined);
  if (bodyStart === undefined) {
    bodyStart = range.bottom + 1;
    for (let r = row; r <= range.bottom; r++) {
      const texts = rowTexts(grid, r, left, right);
      if (nonBlank(texts).length > 0 && r > row && !isPreambleRow(texts) && looksLikeBody(grid, r, left, right)) {
        bodyStart = r;
        break;
      }
    }
  }

  // 单位行, 部门名称 and other preamble lines (预算公开表1, 编制单位) before the column headers.
  let unitLine: string | undefined;
  let departmentLine: string | undefined;
  while (row < bodyStart) {
    const texts = nonBlank(rowTexts(grid, row, left, right));
    if (texts.length === 0) {
      row++;
      continue;
    }
    if (!isPreambleRow(texts)) break;
    for (const text of texts) {
      const department = DEPARTMENT_LINE.exec(text);
      if (department) {
        departmentLine ??= `${department[1]}：${department[2]}`;
        if (department[3]) unitLine ??= department[3];
      } else if (UNIT_LINE.test(text)) unitLine ??= text;
    }
    row++;
  }
  const headerTop = row;

  // 注 — trailing note lines, and trailing blank rows, are not body.
  let bottom = range.bottom;
  const notes: string[] = [];
  while (bottom >= bodyStart) {
    const texts = nonBlank(rowTexts(grid, bottom, left, right));
    if (texts.length === 0) {
      bottom--;
      continue;
    }
    if (texts.length === 1 && /^注/.test(texts[0] ?? '')) {
      notes.unshift(texts[0] ?? '');
      bottom--;
      continue;
    }
    break;
  }

  const amountColumns = new Set(source.amountColumns ?? guessAmountColumns(grid, headerTop, bodyStart, bottom, left, right));
  const cell = (r: number, c: number, inBody: boolean): ReportCell => {
    const value: CellValue = grid.values[r]?.[c] ?? null;
    const isAmountColumn = inBody && amountColumns.has(c);
    if (isAmountColumn && !isErrorValue(value)) {
      const parsed = parseAmount(value);
      if (parsed.kind === 'amount') return { text: formatAmount(parsed.value, 2), align: 'right', amount: true };
    }
    const text = cellText(value);
    return { text, align: inBody ? (isAmountColumn ? 'right' : 'left') : 'center', amount: false };
  };

  const header: ReportCell[][] = [];
  for (let r = headerTop; r < bodyStart && r <= bottom; r++) {
    header.push(columnsOf(left, right).map((c) => cell(r, c, false)));
  }
  const body: ReportCell[][] = [];
  for (let r = bodyStart; r <= bottom; r++) body.push(columnsOf(left, right).map((c) => cell(r, c, true)));

  const lastRow = headerTop + header.length + body.length - 1;
  const merges = grid.merges
    .filter((m) => m.top >= headerTop && m.bottom <= lastRow && m.left >= left && m.right <= right)
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .map((m) => ({ top: m.top - headerTop, bottom: m.bottom - headerTop, left: m.left - left, right: m.right - left }));

  const widths = grid.columnWidths?.slice(left, right + 1);
  const note = notes.join('\n');
  return {
    number,
    sheet: grid.name,
    title,
    ...(unitLine === undefined ? {} : { unitLine }),
    ...(departmentLine === undefined ? {} : { departmentLine }),
    columnCount: right - left + 1,
    header,
    body,
    merges,
    ...(widths && widths.length === right - left + 1 ? { columnWidths: widths } : {}),
    ...(note === '' ? {} : { note }),
  };
}

function columnsOf(left: number, right: number): number[] {
  const cols: number[] = [];
  for (let c = left; c <= right; c++) cols.push(c);
  return cols;
}

/** Columns whose body cells are figures, except code columns (their header says 编码). */
function guessAmountColumns(
  grid: Grid,
  headerTop: number,
  bodyStart: number,
  bottom: number,
  left: number,
  right: number,
): number[] {
  const columns: number[] = [];
  for (let c = left; c <= right; c++) {
    let isCode = false;
    for (let r = headerTop; r < bodyStart; r++) if (CODE_HEADER.test(textAt(grid, r, c))) isCode = true;
    if (isCode) continue;
    let figures = 0;
    let texts = 0;
    for (let r = bodyStart; r <= bottom; r++) {
      const value = grid.values[r]?.[c] ?? null;
      const text = cellText(value);
      if (text === '') continue;
      if (typeof value === 'number' || (isAmountText(text) && !/^\d{3}(\d{2}){0,2}$/.test(text))) figures++;
      else texts++;
    }
    if (figures > 0 && figures >= texts) columns.push(c);
  }
  return columns;
}
