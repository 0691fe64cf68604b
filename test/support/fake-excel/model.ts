/**
 * The state behind the fake Excel: sheets of cells with values, formulas, formats, merges, notes,
 * charts and print setup. Plain TypeScript without Node APIs, so the browser tests of the task pane
 * can bundle it too. Proxies (proxies.ts) read and change this state only when `context.sync()`
 * runs their queued operations.
 */
import { type CellRange, fromA1, rangeToA1 } from '../../../src/core/grid';
import { FakeOfficeError } from './errors';

/** Excel's limits: 1,048,576 rows × 16,384 columns. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export type FakeValue = string | number | boolean | { readonly error: string };

export interface FakeFill {
  /** "None" for no fill. */
  readonly pattern: string;
  readonly color?: string;
  readonly patternColor?: string;
}

export const NO_FILL: FakeFill = { pattern: 'None' };

export interface FakeCell {
  value?: FakeValue;
  /** With the leading "=". */
  formula?: string;
  numberFormat?: string;
  fill?: FakeFill;
  bold?: boolean;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  /** Typed with a leading apostrophe: shown as text whatever it looks like. */
  quotePrefix?: boolean;
}

export interface FakeBorder {
  readonly range: string;
  readonly edge: string;
  readonly property: 'style' | 'weight' | 'color';
  readonly value: string;
}

export interface FakeChart {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  name: string;
  title?: string;
  position?: { readonly start: string; readonly end?: string };
}

export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally: boolean;
  printTitleRows?: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  readonly notes = new Map<string, string>();
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly borders: FakeBorder[] = [];
  pageLayout: FakePageLayout = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    centerHorizontally: false,
  };
  visibility = 'Visible';

  constructor(
    public name: string,
    readonly workbook: FakeWorkbookState,
  ) {}

  /** Formats set on whole columns ("A:A"), under the cells' own. */
  readonly columnStyles = new Map<number, FakeCell>();

  columnStyle(col: number): FakeCell {
    let style = this.columnStyles.get(col);
    if (!style) {
      style = {};
      this.columnStyles.set(col, style);
    }
    return style;
  }

  /** A cell's formats with its column's formats beneath (for inspection). */
  styleAt(row: number, col: number): FakeCell {
    return { ...this.columnStyles.get(col), ...this.cell(row, col) };
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** The cell, created when missing (for writes). */
  cellForWrite(row: number, col: number): FakeCell {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Cells inside a rectangle that exist in the map, without walking empty space. */
  *cellsIn(range: CellRange): Generator<[number, number, FakeCell]> {
    const area = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (area <= this.cells.size) {
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) {
          const cell = this.cell(r, c);
          if (cell) yield [r, c, cell];
        }
      }
      return;
    }
    for (const [key, cell] of this.cells) {
      const [r, c] = parseKey(key);
      if (r >= range.top && r <= range.bottom && c >= range.left && c <= range.right) yield [r, c, cell];
    }
  }

  /** The bounding box of cells holding a value (or, unless valuesOnly, any format), or undefined. */
  usedRange(valuesOnly: boolean): CellRange | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const used = cell.value !== undefined || cell.formula !== undefined || (!valuesOnly && hasFormat(cell));
      if (!used) continue;
      const [r, c] = parseKey(key);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }

  /** The value a cell shows: a formula's result (evaluated by the workbook), or its constant. */
  valueAt(row: number, col: number): FakeValue | undefined {
    const cell = this.cell(row, col);
    if (!cell) return undefined;
    if (cell.formula !== undefined) return this.workbook.evaluate(this, cell.formula, [row, col]);
    return cell.value;
  }
}

function hasFormat(cell: FakeCell): boolean {
  return (
    (cell.numberFormat !== undefined && cell.numberFormat !== 'General') ||
    (cell.fill !== undefined && cell.fill.pattern !== 'None') ||
    cell.bold !== undefined ||
    cell.fontSize !== undefined ||
    cell.horizontalAlignment !== undefined ||
    cell.wrapText !== undefined
  );
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

function parseKey(key: string): [number, number] {
  const comma = key.indexOf(',');
  return [Number(key.slice(0, comma)), Number(key.slice(comma + 1))];
}

/** Evaluates a formula (with "=") on a sheet; returns the value the cell would show. */
export type FormulaEvaluator = (sheet: FakeSheet, formula: string, at: readonly [number, number]) => FakeValue;

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  activeSheet: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  private evaluating = new Set<string>();

  constructor(private readonly evaluator: FormulaEvaluator = evaluateSimpleFormula) {}

  findSheet(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  addSheet(name: string): FakeSheet {
    validateSheetName(name);
    if (this.findSheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    const sheet = new FakeSheet(name, this);
    this.sheets.push(sheet);
    return sheet;
  }

  /** A name Excel would give a new sheet: Sheet1, Sheet2, … */
  nextDefaultName(): string {
    for (let n = 1; ; n++) if (!this.findSheet(`Sheet${n}`)) return `Sheet${n}`;
  }

  evaluate(sheet: FakeSheet, formula: string, at: readonly [number, number]): FakeValue {
    const key = `${sheet.name}!${at[0]},${at[1]}`;
    if (this.evaluating.has(key)) return { error: '#REF!' };
    this.evaluating.add(key);
    try {
      return this.evaluator(sheet, formula, at);
    } finally {
      this.evaluating.delete(key);
    }
  }
}

/** Excel refuses sheet names longer than 31 characters, blank, or holding : \ / ? * [ ]. */
export function validateSheetName(name: string): void {
  if (name.trim() === '' || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeOfficeError('InvalidArgument', `"${name}" is not a valid sheet name.`);
  }
}

/** "'表1 收支总表'!A1:F3" — how the real API prints an address. */
export function qualifiedAddress(sheetName: string, range: CellRange): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${rangeToA1(range)}`;
}

/**
 * Parses the addresses `Worksheet.getRange` accepts: "B3", "A1:F3", "A:C" (whole columns),
 * "2:4" (whole rows), with optional $ signs.
 */
export function parseRangeAddress(address: string): CellRange {
  const text = address.replace(/\$/g, '').trim();
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(text);
  if (columns) {
    const a = fromA1(`${columns[1]}1`).col;
    const b = fromA1(`${columns[2]}1`).col;
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLUMNS - 1 };
  }
  try {
    const [first, second] = text.split(':');
    const a = fromA1(first ?? '');
    const b = second === undefined ? a : fromA1(second);
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
  } catch {
    throw new FakeOfficeError('InvalidArgument', `"${address}" is not a valid range address.`);
  }
}

/**
 * The fake's default formula engine: enough for templates' totals — SUM over references and
 * ranges, and chains of + and − over references and numbers. Anything else evaluates to #NAME?,
 * so a test that relies on an unsupported formula sees it.
 */
export function evaluateSimpleFormula(sheet: FakeSheet, formula: string): FakeValue {
  const body = formula.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
  const sum = /^SUM\((.*)\)$/.exec(body);
  if (sum) {
    let total = 0;
    for (const arg of (sum[1] ?? '').split(',')) {
      const value = sumOfOperand(sheet, arg);
      if (typeof value !== 'number') return value;
      total += value;
    }
    return total;
  }
  if (!/^[+-]?[A-Z0-9.:$]+([+-][A-Z0-9.:$]+)*$/.test(body)) return { error: '#NAME?' };
  let total = 0;
  for (const term of body.match(/[+-]?[^+-]+/g) ?? []) {
    const negative = term.startsWith('-');
    const value = sumOfOperand(sheet, term.replace(/^[+-]/, ''));
    if (typeof value !== 'number') return value;
    total += negative ? -value : value;
  }
  return total;
}

function sumOfOperand(sheet: FakeSheet, operand: string): number | { error: string } {
  if (/^\d+(\.\d+)?$/.test(operand)) return Number(operand);
  let range: CellRange;
  try {
    range = parseRangeAddress(operand);
  } catch {
    return { error: '#NAME?' };
  }
  let total = 0;
  for (const [r, c] of sheet.cellsIn(range)) {
    const value = sheet.valueAt(r, c);
    if (typeof value === 'object') return value;
    if (typeof value === 'number') total += value;
  }
  return total;
}

