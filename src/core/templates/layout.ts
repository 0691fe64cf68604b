/**
 * 排版 — lays out a family's tables as Grids, one sheet per table, ready for a host to write.
 *
 * Each sheet: the title merged across the table (bold 16pt, centred); a line with 部门名称 at left
 * and 单位 at right; the header rows with their merges (bold, centred, bordered); the body rows
 * (bordered, amounts right-aligned as numbers in `#,##0.00`, a blank amount stays blank); under an
 * empty table the note 注：本表无数据; print setup A4 landscape, one page wide, header rows repeated.
 * Source: domain guide, "The budget table family of the seed"; the seed's printed tables.
 */
import { wanToYuan, type Decimal, type Unit } from '../amount';
import type { CellRange, Grid } from '../grid';
import type { FamilyId } from '../model';
import type { DisclosureData } from './data';
import { FAMILIES } from './families';
import { bodyLines, tableIsEmpty, type Line } from './lines';
import { SheetBuilder } from './sheet';
import type { ColumnTemplate, FamilyTemplate, HeaderCell, Side, TableTemplate } from './types';

/** 科目编码 as one column (2080505) or as three columns 类 | 款 | 项 (208 | 05 | 05). */
export type CodeLayout = 'single' | 'split';

/** What to lay out and how. */
export interface LayoutOptions {
  /** The table family, e.g. `budget13`. */
  readonly family: FamilyId;
  /** 部门名称, printed on every sheet (and as the department row of the project tables). */
  readonly department: string;
  /** 预算年度, substituted for `{year}` in titles and headers. */
  readonly year: number;
  /** The unit the amounts are printed in; the data is in 万元 and is converted exactly. */
  readonly unit: Unit;
  readonly codeLayout: CodeLayout;
  /** The figures; without them, blank templates ready to fill. */
  readonly data?: DisclosureData;
  /**
   * `template` when `data` only carries rows to fill (next year's templates from a roll-forward):
   * then no table gets the 本表无数据 note. Default `disclosure`.
   */
  readonly purpose?: 'disclosure' | 'template';
}

/** Misuse of the layout: an option outside what it accepts. */
export class LayoutOptionError extends Error {
  constructor(
    readonly option: keyof LayoutOptions,
    readonly accepted: string,
  ) {
    super(`layout option "${option}" must be ${accepted}`);
    this.name = 'LayoutOptionError';
  }
}

/** Rows above the header: the title and the 部门名称/单位 line. */
export const TITLE_ROW = 0;
export const DEPARTMENT_ROW = 1;
export const HEADER_START_ROW = 2;

/** Title font size in points, as disclosures print their table titles. */
const TITLE_FONT_SIZE = 16;
/** The smallest width that still shows a split code part such as "208" or the word 合计. */
const MIN_SPLIT_CODE_WIDTH = 6;
const CODE_PART_LABELS = ['类', '款', '项'] as const;
/** Digits of the 类, 款 and 项 parts of a 7-digit function code. */
const CODE_PART_BOUNDS: readonly (readonly [number, number])[] = [
  [0, 3],
  [3, 5],
  [5, 7],
];
/** Excel's text format, so that "05" keeps its leading zero. */
const TEXT_FORMAT = '@';

/**
 * Lays out every table of the family: one Grid per table, in the family's order.
 *
 * @throws LayoutOptionError when an option is outside what it accepts.
 * @throws TableDataShapeError when a table's data does not have the template's body shape.
 * @example layoutWorkbook({ family: 'budget13', department: '阳城县应急管理局', year: 2024, unit: '万元', codeLayout: 'single' })
 *   // 13 blank templates, the first named "表1 收支总表"
 */
export function layoutWorkbook(options: LayoutOptions): Grid[] {
  const family = validateOptions(options);
  return family.tables.map((template) => layoutTable(template, options));
}

function validateOptions(options: LayoutOptions): FamilyTemplate {
  const family = FAMILIES[options.family];
  if (!family) throw new LayoutOptionError('family', `one of ${Object.keys(FAMILIES).join(', ')}`);
  if (!Number.isInteger(options.year) || options.year < 1900 || options.year > 2999) {
    throw new LayoutOptionError('year', 'a four-digit year');
  }
  if (options.unit !== '万元' && options.unit !== '元') throw new LayoutOptionError('unit', '"万元" or "元"');
  if (options.codeLayout !== 'single' && options.codeLayout !== 'split') {
    throw new LayoutOptionError('codeLayout', '"single" or "split"');
  }
  if (options.department.trim() === '') throw new LayoutOptionError('department', 'a non-empty name');
  return family;
}

/** A sheet column: which template column it shows and, for a split code, which part. */
interface SheetColumn {
  readonly column: ColumnTemplate;
  readonly logical: number;
  /** 0 类, 1 款, 2 项 — only for a split code column. */
  readonly codePart?: number;
}

function sheetColumns(template: TableTemplate, codeLayout: CodeLayout): SheetColumn[] {
  return template.columns.flatMap((column, logical): SheetColumn[] => {
    if (column.type === 'label' && column.role === 'code' && codeLayout === 'split') {
      return CODE_PART_LABELS.map((_, codePart) => ({ column, logical, codePart }));
    }
    return [{ column, logical }];
  });
}

/** A header cell placed on sheet coordinates relative to the first header row. */
interface PlacedHeader {
  readonly text: string;
  readonly range: CellRange;
}

/**
 * Places the header cells on sheet columns. In the split code layout a row is inserted under the
 * row where the code headings end, holding 类 | 款 | 项 under each code heading; headings of other
 * columns that reach that row are extended over it, headings below it move down.
 */
function placeHeader(template: TableTemplate, columns: readonly SheetColumn[]): { rows: number; cells: PlacedHeader[] } {
  const first = (logical: number): number => columns.findIndex((c) => c.logical === logical);
  const last = (logical: number): number => columns.length - 1 - [...columns].reverse().findIndex((c) => c.logical === logical);
  const isSplitCode = (logical: number): boolean => columns.some((c) => c.logical === logical && c.codePart !== undefined);
  const bottomOf = (cell: HeaderCell): number => cell.row + (cell.rowSpan ?? 1) - 1;
  const rightOf = (cell: HeaderCell): number => cell.col + (cell.colSpan ?? 1) - 1;
  const codeHeadings = template.header.filter((cell) => cell.colSpan === undefined && isSplitCode(cell.col));
  if (codeHeadings.length === 0) {
    return {
      rows: template.headerRowCount,
      cells: template.header.map((cell) => ({
        text: cell.text,
        range: { top: cell.row, bottom: bottomOf(cell), left: first(cell.col), right: last(rightOf(cell)) },
      })),
    };
  }
  const splitRow = Math.max(...codeHeadings.map(bottomOf));
  const cells = template.header.map((cell): PlacedHeader => {
    const isCodeHeading = codeHeadings.includes(cell) && bottomOf(cell) === splitRow;
    let top = cell.row;
    let bottom = bottomOf(cell);
    if (top > splitRow) top += 1;
    if (bottom > splitRow || (bottom === splitRow && !isCodeHeading)) bottom += 1;
    return { text: cell.text, range: { top, bottom, left: first(cell.col), right: last(rightOf(cell)) } };
  });
  for (const heading of codeHeadings.filter((cell) => bottomOf(cell) === splitRow)) {
    CODE_PART_LABELS.forEach((text, part) => {
      const col = first(heading.col) + part;
      cells.push({ text, range: { top: splitRow + 1, bottom: splitRow + 1, left: col, right: col } });
    });
  }
  return { rows: template.headerRowCount + 1, cells };
}

/**
 * Lays out one table.
 *
 * @throws TableDataShapeError when the table's data does not have the template's body shape.
 */
export function layoutTable(template: TableTemplate, options: LayoutOptions): Grid {
  const columns = sheetColumns(template, options.codeLayout);
  const sheet = new SheetBuilder(columns.length);
  const substitute = (text: string): string =>
    text.replaceAll('{year}', String(options.year)).replaceAll('{department}', options.department);

  writeTitle(sheet, substitute(template.title), options);
  const header = writeHeader(sheet, template, columns, substitute);
  const tableData = options.data?.tables[template.kind];
  const lines = bodyLines(template, tableData, options.department);
  writeBody(sheet, lines, columns, template.numberFormat, options.unit);
  // A blank template (no data at all) is there to be filled, so it carries no 本表无数据 note.
  if (options.data !== undefined && options.purpose !== 'template' && tableIsEmpty(tableData, lines)) {
    const row = sheet.addRow();
    sheet.set(row, 0, template.emptyNote);
    sheet.merge(sheet.span(row, row));
    sheet.style(sheet.span(row, row), { horizontal: 'left' });
  }

  const widths = columns.map((column) =>
    column.codePart === undefined ? column.column.width : Math.max(MIN_SPLIT_CODE_WIDTH, Math.round(column.column.width / 3)),
  );
  return sheet.toGrid(template.sheetName, widths, {
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: true,
    repeatRows: { first: header.top, last: header.bottom },
  });
}

/** The title merged across the table, then 部门名称 at left and 单位 at right. */
function writeTitle(sheet: SheetBuilder, title: string, options: LayoutOptions): void {
  const titleRow = sheet.addRow();
  sheet.set(titleRow, 0, title);
  sheet.merge(sheet.span(titleRow, titleRow));
  sheet.style(sheet.span(titleRow, titleRow), { bold: true, fontSize: TITLE_FONT_SIZE, horizontal: 'center', vertical: 'middle' });
  const last = sheet.width - 1;
  const departmentRow = sheet.addRow();
  sheet.set(departmentRow, 0, `部门名称：${options.department}`);
  sheet.set(departmentRow, last, `单位：${options.unit}`);
  sheet.style(sheet.span(departmentRow, departmentRow, 0, 0), { horizontal: 'left' });
  sheet.style(sheet.span(departmentRow, departmentRow, last, last), { horizontal: 'right' });
}

/** The header rows with their merges; returns the rows they occupy. */
function writeHeader(
  sheet: SheetBuilder,
  template: TableTemplate,
  columns: readonly SheetColumn[],
  substitute: (text: string) => string,
): { top: number; bottom: number } {
  const header = placeHeader(template, columns);
  const top = sheet.rowCount;
  for (let i = 0; i < header.rows; i++) sheet.addRow();
  for (const cell of header.cells) {
    const range = { ...cell.range, top: cell.range.top + top, bottom: cell.range.bottom + top };
    sheet.set(range.top, range.left, substitute(cell.text));
    if (range.bottom > range.top || range.right > range.left) sheet.merge(range);
  }
  const bottom = top + header.rows - 1;
  sheet.style(sheet.span(top, bottom), { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true });
  return { top, bottom };
}

/** The body rows, bordered; amounts right-aligned, split code parts centred, labels at left. */
function writeBody(sheet: SheetBuilder, lines: readonly Line[], columns: readonly SheetColumn[], numberFormat: string, unit: Unit): void {
  const top = sheet.rowCount;
  for (const line of lines) writeLine(sheet, sheet.addRow(), line, columns, numberFormat, unit);
  const bottom = sheet.rowCount - 1;
  if (bottom < top) return;
  sheet.style(sheet.span(top, bottom), { border: true, vertical: 'middle' });
  columns.forEach((column, col) => {
    const horizontal = column.column.type === 'amount' ? 'right' : column.codePart !== undefined ? 'center' : 'left';
    sheet.style(sheet.span(top, bottom, col, col), { horizontal });
  });
}

/** Writes one body line: each side's labels and amounts into the columns of that side. */
function writeLine(sheet: SheetBuilder, row: number, line: Line, columns: readonly SheetColumn[], numberFormat: string, unit: Unit): void {
  columns.forEach((sheetColumn, col) => {
    const { column } = sheetColumn;
    const cell = line[column.side];
    if (column.type === 'amount') {
      const amount = cell?.amounts[column.key];
      sheet.set(row, col, amount === undefined ? null : amountValue(amount, unit), numberFormat);
      return;
    }
    const text = cell?.labels[column.role];
    if (sheetColumn.codePart !== undefined) sheet.set(row, col, text === undefined ? null : codePart(text, sheetColumn.codePart), TEXT_FORMAT);
    else sheet.set(row, col, text ?? null, column.role === 'code' || column.role === 'econCode' ? TEXT_FORMAT : undefined);
  });
  // Total rows and group rows (an economic group, a unit's project subtotal) print bold, as disclosures do.
  for (const side of Object.keys(line) as Side[]) {
    const role = line[side]?.role;
    if (role !== 'total' && role !== 'group') continue;
    const cols = columns.flatMap((c, col) => (c.column.side === side ? [col] : []));
    sheet.style(sheet.span(row, row, Math.min(...cols), Math.max(...cols)), { bold: true });
  }
}

/**
 * The part of a code shown in a split code column: "2080505" → "208" | "05" | "05"; "20805" →
 * "208" | "05" | blank. Text that is not a code (the label 合计) sits in the 类 column.
 */
function codePart(text: string, part: number): string | null {
  if (!/^\d{3}(\d{2}){0,2}$/.test(text)) return part === 0 ? text : null;
  const [start, end] = CODE_PART_BOUNDS[part]!;
  const digits = text.slice(start, end);
  return digits === '' ? null : digits;
}

/** The number a host writes: the 万元 figure, or the exact 元 figure. The Grid is the host edge. */
function amountValue(amount: Decimal, unit: Unit): number {
  return (unit === '元' ? wanToYuan(amount) : amount).toNumber();
}
