/**
 * 读取工作簿 — the bytes of an .xlsx file → Grids, with ExcelJS. Free of Node APIs (bytes are a
 * Uint8Array, not a Buffer), so that the task pane's worker reads last year's workbook with it as
 * the CLI reads files (read.ts); in the browser build webpack takes ExcelJS's own browser bundle
 * (its package.json "browser" field).
 *
 * Grids hold what the cells store, not what they display (domain guide, "Rounding": "Read stored
 * values, not displayed text"): a formula cell gives its cached result and its formula, an error
 * cell gives `{ error: '#REF!' }`, rich text gives its plain text, a date gives ISO text.
 */
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, Grid, PrintSetup, Workbook } from '../core/grid';
import { rangeFromA1 } from '../core/grid';
import { UnusableInputError } from './errors';

/** A zip archive (every .xlsx) starts with "PK\x03\x04". */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An OLE2 compound file: legacy .xls, and also an .xlsx saved with a password (Excel encrypts it into OLE2). */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Excel's default column width in character units, used where a sheet sets none. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * Reads the bytes of an .xlsx file into Grids.
 *
 * @param name how to call the file in messages (its file name), default “该文件”.
 * @throws UnusableInputError when the bytes are not an .xlsx (e.g. .xls, .csv, .ods), cannot be
 *   read by ExcelJS, or hold no data — with a zh-CN reason naming the file.
 */
export async function readWorkbookBuffer(buffer: Uint8Array, name = '该文件'): Promise<Workbook> {
  const label = name === '该文件' ? name : `“${name}”`;
  if (buffer.length === 0) throw new UnusableInputError(`${label}是空文件，不是 .xlsx 工作簿。`);
  if (startsWith(buffer, OLE2_MAGIC)) {
    throw new UnusableInputError(
      `${label}是旧版 .xls 格式或已设置打开密码，无法读取；请在 Excel 中取消密码并“另存为” .xlsx 后再试。`,
    );
  }
  if (!startsWith(buffer, ZIP_MAGIC)) {
    const hint = /\.csv$/i.test(name) || looksLikeText(buffer)
      ? '它看起来是 CSV 或文本文件；请在 Excel 中打开并“另存为” .xlsx 后再试。'
      : '请提供 Excel 2007 及以后版本的 .xlsx 文件。';
    throw new UnusableInputError(`${label}不是 .xlsx 工作簿，${hint}`);
  }
  const openDocument = openDocumentType(buffer);
  if (openDocument === 'spreadsheet') {
    throw new UnusableInputError(`${label}是 OpenDocument 表格（.ods），请在 WPS、LibreOffice 或 Excel 中“另存为” .xlsx 后再试。`);
  }
  if (openDocument) throw new UnusableInputError(`${label}是 OpenDocument 文档，不是 .xlsx 工作簿。`);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for its own Buffer type; it hands the bytes to JSZip, which reads a Uint8Array in Node and in browsers.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnusableInputError(`${label}已损坏或不是 Excel 工作簿，无法读取。`, { cause: error });
  }
  // ExcelJS opens any zip (a .docx, say) as a workbook without sheets.
  if (workbook.worksheets.length === 0) {
    throw new UnusableInputError(`${label}中没有工作表，不是 Excel 工作簿（可能是 Word 文档或其他压缩文件）。`);
  }
  const grids = workbook.worksheets.map(readWorksheet);
  if (grids.every((grid) => grid.values.length === 0)) {
    throw new UnusableInputError(`${label}中没有任何数据（工作簿为空）。`);
  }
  return grids;
}

function startsWith(buffer: Uint8Array, magic: readonly number[]): boolean {
  return buffer.length >= magic.length && magic.every((byte, i) => buffer[i] === byte);
}

/**
 * An OpenDocument file (.ods, .odt …) is a zip whose first entry, stored uncompressed at byte 30,
 * is "mimetype" holding e.g. "application/vnd.oasis.opendocument.spreadsheet" (ODF 1.2, part 3, §3.3).
 */
function openDocumentType(buffer: Uint8Array): string | undefined {
  const head = String.fromCharCode(...buffer.subarray(0, 100));
  return /^.{30}mimetypeapplication\/vnd\.oasis\.opendocument\.([a-z-]+)/s.exec(head)?.[1];
}

/** No NUL bytes in the first kilobyte: text (CSV, TSV, HTML saved as .xlsx …), not a binary file. */
function looksLikeText(buffer: Uint8Array): boolean {
  return !buffer.subarray(0, 1024).includes(0);
}

function readWorksheet(sheet: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  const formulas: (string | undefined)[][] = [];
  let anyFormat = false;
  let anyFormula = false;
  const hiddenRows: number[] = [];

  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.findRow(r);
    if (!row) {
      values.push([]);
      numberFormats.push([]);
      formulas.push([]);
      continue;
    }
    if (row.hidden) hiddenRows.push(r - 1);
    const rowValues: CellValue[] = [];
    const rowFormats: (string | undefined)[] = [];
    const rowFormulas: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const value = readCellValue(cell);
      rowValues[c - 1] = value;
      const format = cell.numFmt;
      if (format && format !== 'General') {
        rowFormats[c - 1] = format;
        anyFormat = true;
      }
      if (cell.type === ExcelJS.ValueType.Formula && cell.formula) {
        rowFormulas[c - 1] = cell.formula;
        anyFormula = true;
      }
    });
    // A formula without a cached result is blank but still a cell of the used range.
    values.push(fillHoles(trimTrailingBlanks(rowValues, rowFormulas.length), null));
    numberFormats.push(fillHoles(rowFormats, undefined));
    formulas.push(fillHoles(rowFormulas, undefined));
  }
  // A sheet's rowCount counts formatted-but-empty rows; Grids end at the last row that holds a value.
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  numberFormats.length = Math.min(numberFormats.length, values.length);
  formulas.length = Math.min(formulas.length, values.length);

  const grid: Grid = {
    name: sheet.name,
    values,
    merges: readMerges(sheet),
    columnWidths: readColumnWidths(sheet, values),
    ...(anyFormat ? { numberFormats } : {}),
    ...(anyFormula ? { formulas } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows: hiddenRows.filter((r) => r < values.length) } : {}),
    ...(sheet.state === 'hidden' || sheet.state === 'veryHidden' ? { hidden: true } : {}),
  };
  const print = readPrintSetup(sheet);
  return print ? { ...grid, print } : grid;
}

/** The stored value of one cell (never its displayed text). */
function readCellValue(cell: ExcelJS.Cell): CellValue {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      // A merge's other cells report the master's value in ExcelJS; Excel stores nothing there.
      return null;
    case ExcelJS.ValueType.Formula: {
      const formula = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
      return fromPlainValue(formula.result);
    }
    default:
      return fromPlainValue(cell.value);
  }
}

function fromPlainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) {
    // A hyperlink's text may itself be rich text.
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) {
      return (text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
    }
    return value.hyperlink;
  }
  if ('formula' in value || 'sharedFormula' in value) return fromPlainValue(value.result);
  return null;
}

/** ExcelJS gives dates as UTC instants; a date without a time of day is written as YYYY-MM-DD. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function trimTrailingBlanks(row: CellValue[], keep: number): CellValue[] {
  let end = row.length;
  while (end > keep && (row[end - 1] === null || row[end - 1] === undefined)) end -= 1;
  row.length = end;
  return row;
}

/**
 * Sparse arrays from eachCell get explicit blanks, so that a Grid's rows are plain dense arrays.
 * Filled in place: the row is ours, and a 100k-row sheet made 300k copies (bench/check.js).
 */
function fillHoles<T>(row: T[], blank: T): T[] {
  for (let c = 0; c < row.length; c += 1) if (row[c] === undefined) row[c] = blank;
  return row;
}

/** What ExcelJS 4.4 keeps of a sheet's merges: one entry per merged region, keyed by its master cell. */
type MergeStore = Record<string, { readonly range: string }>;

function readMerges(sheet: ExcelJS.Worksheet): CellRange[] {
  // `sheet.model` would build the model of every row of the sheet (a tenth of a second on 100k
  // rows, bench/check.js) only for its merges, which it lists from this store in this order.
  const store = (sheet as unknown as { _merges?: MergeStore })._merges;
  const merges =
    store && typeof store === 'object'
      ? Object.keys(store).map((master) => store[master]!.range)
      : (sheet.model.merges as unknown as string[] | undefined);
  return (merges ?? []).map((address) => rangeFromA1(address));
}

function readColumnWidths(sheet: ExcelJS.Worksheet, values: readonly (readonly CellValue[])[]): number[] | undefined {
  let columns = 0;
  for (const row of values) columns = Math.max(columns, row.length);
  columns = Math.max(columns, sheet.columnCount);
  const fallback = sheet.properties.defaultColWidth ?? DEFAULT_COLUMN_WIDTH;
  const widths: number[] = [];
  let anySet = false;
  for (let c = 1; c <= columns; c += 1) {
    const width = sheet.getColumn(c).width;
    if (width !== undefined) anySet = true;
    widths.push(width ?? fallback);
  }
  return anySet ? widths : undefined;
}

/** Only an A4 page setup maps onto {@link PrintSetup}; other paper sizes are left unreported. */
function readPrintSetup(sheet: ExcelJS.Worksheet): PrintSetup | undefined {
  const setup = sheet.pageSetup;
  if (setup.paperSize !== 9) return undefined;
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(setup.printTitlesRow ?? '');
  const print: PrintSetup = {
    orientation: setup.orientation === 'landscape' ? 'landscape' : 'portrait',
    paperSize: 'A4',
    // ExcelJS 4.4 reads <pageSetUpPr fitToPage> only when spelt "1"; LibreOffice and WPS write "true".
    // fitToHeight="0" (as many pages high as needed) is only ever written for fit-to-width, so it tells the same.
    fitToWidth: setup.fitToWidth === 1 && (Boolean(setup.fitToPage) || setup.fitToHeight === 0),
  };
  return titles ? { ...print, repeatRows: { first: Number(titles[1]) - 1, last: Number(titles[2]) - 1 } } : print;
}
