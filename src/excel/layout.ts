/**
 * 生成表格 — writes laid-out Grids (templates, the sample, reports) into new sheets.
 *
 * Two syncs for any number of tables: 1) the sheet names already taken; 2) everything else —
 * calculation suspended, then per sheet one 2-D assignment of its values (or formulas), one of its
 * number formats, then merges, widths, styles and print setup. Where Excel lacks them (before
 * ExcelApi 1.6, resp. 1.9) calculation is not suspended and print setup is left to the user.
 *
 * A user's sheet is never overwritten or deleted: a taken name gets the next free "name (2)".
 */
import type { BorderEdge, ExcelContext, RangeApi, WorksheetApi } from './api';
import { type CellStyle, type Grid, type StyledRegion, columnCount, columnLetters, rangeToA1 } from '../core/grid';
import { type CapabilityOptions, type ExcelCapabilities, hostCapabilities } from './capabilities';
import { characterWidthToPoints, toWritable, uniqueSheetName } from './cells';

export interface LayOutOptions extends CapabilityOptions {
  /** Show the first new visible sheet when done (default true). */
  readonly activate?: boolean;
}

/**
 * Lays Grids out into new sheets and returns the names used, in order (a taken name gets " (2)").
 * @example const names = await Excel.run((context) => layOutGrids(context, layoutWorkbook(options)));
 */
export async function layOutGrids(context: ExcelContext, grids: readonly Grid[], options: LayOutOptions = {}): Promise<string[]> {
  const collection = context.workbook.worksheets.load(['items/name']);
  await context.sync();
  const taken = new Set(collection.items.map((sheet) => sheet.name.toLowerCase()));
  const names = grids.map((grid) => {
    const name = uniqueSheetName(grid.name, taken);
    taken.add(name.toLowerCase());
    return name;
  });

  const capabilities = options.capabilities ?? hostCapabilities();
  if (capabilities.calculationSuspension) context.application.suspendApiCalculationUntilNextSync();
  const added = grids.map((grid, index) => {
    const sheet = context.workbook.worksheets.add(names[index]);
    writeGrid(sheet, grid, capabilities);
    return sheet;
  });
  const firstVisible = added.find((_, index) => !grids[index]!.hidden);
  if ((options.activate ?? true) && firstVisible) firstVisible.activate();
  await context.sync();
  return names;
}

/** Queues the whole Grid onto a (new, empty) sheet; no sync. Print setup only where Excel has it. */
export function writeGrid(sheet: WorksheetApi, grid: Grid, capabilities: ExcelCapabilities = hostCapabilities()): void {
  const rows = grid.values.length;
  const columns = Math.max(columnCount(grid), widest(grid.formulas), widest(grid.numberFormats));
  if (rows > 0 && columns > 0) {
    const block = sheet.getRange(rangeToA1({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }));
    if (grid.numberFormats) {
      // null leaves a cell's format alone (the API's rule for 2-D input); set before values so a
      // text format ("@") applies to what is written.
      block.numberFormat = rectangle(rows, columns, (r, c) => grid.numberFormats?.[r]?.[c] ?? null);
    }
    const contents = rectangle(rows, columns, (r, c) => {
      const formula = grid.formulas?.[r]?.[c];
      return formula !== undefined ? `=${formula}` : toWritable(grid.values[r]?.[c] ?? null);
    });
    if (grid.formulas?.some((row) => row.some((f) => f !== undefined))) block.formulas = contents;
    else block.values = contents;
  }
  for (const merge of grid.merges) sheet.getRange(rangeToA1(merge)).merge(false);
  writeColumnWidths(sheet, grid.columnWidths ?? []);
  for (const [first, last] of runs(grid.hiddenRows ?? [])) sheet.getRange(`${first + 1}:${last + 1}`).rowHidden = true;
  for (const region of grid.styles ?? []) applyStyle(sheet, region);
  if (grid.print && capabilities.printSetup) {
    const layout = sheet.pageLayout;
    layout.orientation = grid.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = grid.print.paperSize;
    layout.centerHorizontally = true;
    // One page wide, as many pages tall as needed (0 = automatic, as in the file format's fitToHeight).
    if (grid.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const repeat = grid.print.repeatRows;
    if (repeat) layout.setPrintTitleRows(`$${repeat.first + 1}:$${repeat.last + 1}`);
  }
  if (grid.hidden) sheet.visibility = 'Hidden';
}

function widest(matrix: readonly (readonly unknown[])[] | undefined): number {
  return matrix ? Math.max(0, ...matrix.map((row) => row.length)) : 0;
}

function rectangle<V>(rows: number, columns: number, cell: (row: number, col: number) => V): V[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cell(r, c)));
}

/** Neighbouring columns of equal width share one range ("B:D"). */
function writeColumnWidths(sheet: WorksheetApi, widths: readonly number[]): void {
  let start = 0;
  while (start < widths.length) {
    const width = widths[start];
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === width) end++;
    if (width !== undefined && width > 0) {
      sheet.getRange(`${columnLetters(start)}:${columnLetters(end)}`).format.columnWidth = characterWidthToPoints(width);
    }
    start = end + 1;
  }
}

/** Sorted runs of consecutive numbers: [1,2,3,7] → [[1,3],[7,7]]. */
function runs(numbers: readonly number[]): [number, number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const result: [number, number][] = [];
  for (const n of sorted) {
    const last = result[result.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else result.push([n, n]);
  }
  return result;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function applyStyle(sheet: WorksheetApi, region: StyledRegion): void {
  const range = sheet.getRange(rangeToA1(region.range));
  const style: CellStyle = region.style;
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.horizontal) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) range.format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.fill) range.format.fill.color = style.fill;
  if (style.border) drawThinBorders(range, region);
}

function drawThinBorders(range: RangeApi, region: StyledRegion): void {
  const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (region.range.right > region.range.left) edges.push('InsideVertical');
  if (region.range.bottom > region.range.top) edges.push('InsideHorizontal');
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}
