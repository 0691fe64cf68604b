/**
 * 写出工作簿 — Grids → an .xlsx file, with ExcelJS.
 *
 * Writes values, formulas (with their cached results), merges, number formats, column widths,
 * hidden rows and sheets, styles (font, alignment, thin borders, fill) and print setup (A4, fit to
 * one page wide, header rows repeated) — what a disclosure table needs to print as published.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellStyle, CellValue, Grid } from '../core/grid';
import { isErrorValue } from '../core/grid';

/** The body font of Chinese government documents; LibreOffice substitutes a CJK font where it is missing. */
const BODY_FONT = '宋体';
const BODY_FONT_SIZE = 11;
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

/** Options for {@link writeWorkbookFile}. */
export interface WriteOptions {
  /** Replace an existing file. Default false: an existing file is an error (EEXIST), never silently lost. */
  readonly overwrite?: boolean;
}

/**
 * Writes Grids to an .xlsx file, creating its folder if missing.
 *
 * @throws the file system's error: code EEXIST when the file exists and `overwrite` is not set,
 *   ENOTDIR when a file stands where a folder of the path should be.
 * @example await writeWorkbookFile('out/空白模板-2025.xlsx', layoutWorkbook(options));
 */
export async function writeWorkbookFile(file: string, grids: readonly Grid[], options: WriteOptions = {}): Promise<void> {
  const buffer = await writeWorkbookBuffer(grids);
  const folder = path.dirname(path.resolve(file));
  await fs.mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    // mkdir -p reports a file standing where the folder should be as EEXIST; it means "not a folder".
    if (error.code === 'EEXIST') throw Object.assign(new Error(`${folder} is a file, not a folder`), { code: 'ENOTDIR', cause: error });
    throw error;
  });
  await fs.writeFile(file, buffer, { flag: options.overwrite ? 'w' : 'wx' });
}

/** Writes Grids to the bytes of an .xlsx file. */
export async function writeWorkbookBuffer(grids: readonly Grid[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '预算公开助手';
  for (const grid of grids) writeWorksheet(workbook, grid);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

function writeWorksheet(workbook: ExcelJS.Workbook, grid: Grid): void {
  const sheet = workbook.addWorksheet(grid.name, { state: grid.hidden ? 'hidden' : 'visible' });

  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null && grid.formulas?.[r]?.[c] === undefined) sheet.getCell(r + 1, c + 1).value = toExcelValue(value);
    });
  });
  grid.formulas?.forEach((row, r) => {
    row.forEach((formula, c) => {
      if (formula !== undefined) sheet.getCell(r + 1, c + 1).value = toFormulaValue(formula, grid.values[r]?.[c] ?? null);
    });
  });
  grid.numberFormats?.forEach((row, r) => {
    row.forEach((format, c) => {
      if (format !== undefined) sheet.getCell(r + 1, c + 1).numFmt = format;
    });
  });
  applyStyles(sheet, grid);
  // Merge after the values: a merged range's other cells forward writes to its first cell.
  for (const merge of grid.merges) sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  grid.columnWidths?.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  for (const r of grid.hiddenRows ?? []) sheet.getRow(r + 1).hidden = true;

  if (grid.print) {
    const setup: Partial<ExcelJS.PageSetup> = {
      paperSize: 9, // A4 in the OOXML paper-size table
      orientation: grid.print.orientation,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    if (grid.print.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    if (grid.print.repeatRows) setup.printTitlesRow = `${grid.print.repeatRows.first + 1}:${grid.print.repeatRows.last + 1}`;
    sheet.pageSetup = { ...sheet.pageSetup, ...setup };
  }
}

/**
 * A Grid value as ExcelJS stores it. Text is always stored as text: ExcelJS never turns a string
 * into a formula, so "=SUM(A1)" or "-" written by a user stays the text it was.
 */
function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (isErrorValue(value)) return { error: value.error as ExcelJS.CellErrorValue['error'] };
  return value;
}

function toFormulaValue(formula: string, cached: CellValue): ExcelJS.CellFormulaValue {
  const result = toExcelValue(cached);
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  return result === null ? { formula: text } : { formula: text, result: result as ExcelJS.CellFormulaValue['result'] };
}

/**
 * Every cell that holds a value or lies in a styled region gets the body font; regions then set
 * their own properties, later regions overriding earlier ones property by property.
 */
function applyStyles(sheet: ExcelJS.Worksheet, grid: Grid): void {
  const styles = new Map<string, CellStyle>();
  const key = (r: number, c: number): string => `${r},${c}`;
  grid.values.forEach((row, r) => row.forEach((value, c) => {
    if (value !== null) styles.set(key(r, c), {});
  }));
  grid.formulas?.forEach((row, r) => row.forEach((formula, c) => {
    if (formula !== undefined) styles.set(key(r, c), {});
  }));
  for (const region of grid.styles ?? []) {
    for (let r = region.range.top; r <= region.range.bottom; r += 1) {
      for (let c = region.range.left; c <= region.range.right; c += 1) {
        styles.set(key(r, c), { ...styles.get(key(r, c)), ...region.style });
      }
    }
  }
  for (const [at, style] of styles) {
    const [r, c] = at.split(',').map(Number) as [number, number];
    const cell = sheet.getCell(r + 1, c + 1);
    cell.font = { name: BODY_FONT, size: style.fontSize ?? BODY_FONT_SIZE, bold: style.bold ?? false };
    if (style.horizontal || style.vertical || style.wrap) {
      cell.alignment = {
        ...(style.horizontal ? { horizontal: style.horizontal } : {}),
        ...(style.vertical ? { vertical: style.vertical } : {}),
        ...(style.wrap ? { wrapText: true } : {}),
      };
    }
    if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    if (style.fill) {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + style.fill.replace(/^#/, '').toUpperCase() } };
    }
  }
}
