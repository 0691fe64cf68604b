/**
 * 模拟 Excel — an in-memory fake of the Excel JavaScript API subset in `src/excel/api.ts`.
 *
 * Tests (and the task pane's browser tests, which bundle this folder) run the very jobs the task
 * pane runs inside `Excel.run`, against this fake:
 *
 *   const book = FakeWorkbook.fromGrids(grids);
 *   const context = book.context();
 *   const workbook = await readWorkbook(context);
 *   expect(context.syncCount).toBe(3);
 *
 * `context.batches` records each sync: operations, proxy objects, request/response bytes,
 * whether calculation was suspended, and every write to cell contents. The fake throws
 * PropertyNotLoaded for a property read before `load()` + `sync()`, refuses payloads over 5 MB,
 * and coerces written text the way Excel does ("2080505" becomes a number unless typed '2080505).
 * No Node APIs: plain TypeScript over `src/core/grid`.
 */
import type { ApplicationApi, ExcelContext, WorkbookApi, WorksheetCollectionApi } from '../../../src/excel/api';
import { type CellRange, type CellValue, type Grid, fromA1 } from '../../../src/core/grid';
import { type BatchRecord, FakeContextCore, type FakeLimits, PAYLOAD_LIMIT_BYTES } from './context';
import { type FakeChart, type FakeFill, type FakePageLayout, type FakeSheet, type FakeValue, FakeWorkbookState, type FormulaEvaluator, NO_FILL } from './model';
import { FakeWorksheetCollection } from './worksheet';
import { hasExcelApi } from './requirements';

export { FakeOfficeError } from './errors';
export type { BatchRecord, ContentWrite } from './context';
export type { FakeChart, FakeFill, FakePageLayout, FakeValue } from './model';
export { NO_FILL, PAYLOAD_LIMIT_BYTES };
export { EXCEL_API_OF } from './requirements';

/** A request context bound to a fake workbook; what `Excel.run` would hand a job. */
export class FakeRequestContext implements ExcelContext {
  readonly workbook: WorkbookApi;
  readonly application: ApplicationApi;
  private readonly core: FakeContextCore;

  constructor(state: FakeWorkbookState, limits: FakeLimits) {
    const core = new FakeContextCore(limits);
    this.core = core;
    const worksheets: WorksheetCollectionApi = new FakeWorksheetCollection(core, state, { resolved: state });
    this.workbook = { worksheets };
    const application = { id: core.newProxyId() };
    this.application = {
      suspendApiCalculationUntilNextSync(): void {
        core.enqueue(application, undefined, (batch) => {
          core.requireMember('Application.suspendApiCalculationUntilNextSync');
          batch.calculationSuspended = true;
        });
      },
    };
  }

  sync(): Promise<void> {
    return this.core.sync();
  }

  /** Every sync so far, in order. */
  get batches(): readonly BatchRecord[] {
    return this.core.batches;
  }

  get syncCount(): number {
    return this.core.batches.length;
  }

  /** Operations queued and not yet synced (a job should leave none). */
  get pendingOperations(): number {
    return this.core.pendingOperations;
  }
}

export interface FakeWorkbookOptions {
  readonly payloadBytes?: number;
  readonly evaluate?: FormulaEvaluator;
  /**
   * The newest ExcelApi set this Excel supports, e.g. "1.14" for Excel 2021, "1.7" for Office 2019,
   * "1.4" for the add-in's floor (default: all). Members newer than that fail with ApiNotFound.
   */
  readonly excelApi?: string;
}

/** A sheet's state as tests inspect it. */
export interface FakeSheetView {
  readonly name: string;
  readonly visibility: string;
  /** The value a cell shows (a formula's result), null when empty. */
  value(address: string): CellValue;
  formula(address: string): string | undefined;
  numberFormat(address: string): string;
  fill(address: string): FakeFill;
  /** Bold, size, alignment, wrap of a cell. */
  font(address: string): { readonly bold?: boolean; readonly size?: number };
  alignment(address: string): { readonly horizontal?: string; readonly vertical?: string; readonly wrap?: boolean };
  note(address: string): string | undefined;
  readonly notes: ReadonlyMap<string, string>;
  readonly merges: readonly CellRange[];
  readonly charts: readonly FakeChart[];
  readonly pageLayout: FakePageLayout;
  /** Column widths in points, by 0-based column. */
  readonly columnWidths: ReadonlyMap<number, number>;
  readonly hiddenRows: ReadonlySet<number>;
  readonly borders: FakeSheet['borders'];
  /** All values as a Grid-shaped matrix from A1 to the last used cell (null for empty). */
  valuesFromA1(): CellValue[][];
  /** A comparable dump of every cell's fill, for byte-for-byte comparisons. */
  fillSnapshot(): string;
}

function toCellValue(value: FakeValue | undefined): CellValue {
  return value === undefined ? null : value;
}

export class FakeWorkbook {
  readonly state: FakeWorkbookState;
  private readonly limits: FakeLimits;

  /** `state`: an existing workbook's (see `openedIn`); a new empty one by default. */
  constructor(options: FakeWorkbookOptions = {}, state?: FakeWorkbookState) {
    this.state = state ?? new FakeWorkbookState(options.evaluate);
    this.limits = {
      payloadBytes: options.payloadBytes ?? PAYLOAD_LIMIT_BYTES,
      ...(options.excelApi === undefined ? {} : { excelApi: options.excelApi }),
    };
  }

  /**
   * The same workbook opened in another Excel — say marked in Microsoft 365, then cleared in
   * Office 2019 (`{ excelApi: '1.7' }`): both see and change the one state.
   */
  openedIn(options: Omit<FakeWorkbookOptions, 'evaluate'>): FakeWorkbook {
    return new FakeWorkbook(options, this.state);
  }

  /**
   * A workbook holding these Grids as a user's file would: values stored as typed (text stays
   * text), formulas, number formats, merges, fills from styles, hidden sheets.
   */
  static fromGrids(grids: readonly Grid[], options: FakeWorkbookOptions = {}): FakeWorkbook {
    const book = new FakeWorkbook(options);
    for (const grid of grids) book.addGrid(grid);
    return book;
  }

  addGrid(grid: Grid): FakeSheet {
    const sheet = this.state.addSheet(grid.name);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c];
        const format = grid.numberFormats?.[r]?.[c];
        if (value === null && formula === undefined && format === undefined) return;
        const cell = sheet.cellForWrite(r, c);
        if (value !== null) cell.value = value;
        if (formula !== undefined) cell.formula = `=${formula}`;
        if (format !== undefined) cell.numberFormat = format;
      }),
    );
    sheet.merges = grid.merges.map((m) => ({ ...m }));
    for (const region of grid.styles ?? []) {
      if (!region.style.fill) continue;
      for (let r = region.range.top; r <= region.range.bottom; r++) {
        for (let c = region.range.left; c <= region.range.right; c++) {
          sheet.cellForWrite(r, c).fill = { pattern: 'Solid', color: region.style.fill.toUpperCase() };
        }
      }
    }
    if (grid.hidden) sheet.visibility = 'Hidden';
    return sheet;
  }

  /**
   * `Office.context.requirements` as this Excel answers it: ExcelApi up to `excelApi`; other sets
   * (SharedRuntime, CustomFunctionsRuntime) only when it plays a current Excel (no `excelApi`).
   */
  get requirements(): { isSetSupported(name: string, minVersion?: string): boolean } {
    const excelApi = this.limits.excelApi;
    return {
      isSetSupported: (name, minVersion = '1.1') => (name === 'ExcelApi' ? hasExcelApi(excelApi, minVersion) : excelApi === undefined),
    };
  }

  /** A fresh request context, as one `Excel.run` would get. */
  context(): FakeRequestContext {
    return new FakeRequestContext(this.state, this.limits);
  }

  /** Runs a job the way the task pane does with `Excel.run`. */
  async run<T>(job: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    const context = this.context();
    return job(context);
  }

  get sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  get activeSheet(): string | undefined {
    return this.state.activeSheet;
  }

  get selection(): { readonly sheet: string; readonly address: string } | undefined {
    return this.state.selection;
  }

  /** Sets a cell's fill directly (test setup: a user's own colours). */
  setFill(sheetName: string, address: string, fill: FakeFill): void {
    const { row, col } = fromA1(address);
    this.requireSheet(sheetName).cellForWrite(row, col).fill = fill.pattern === 'None' ? NO_FILL : { ...fill };
  }

  /** Puts a note on a cell directly (test setup: a user's own note). */
  setNote(sheetName: string, address: string, text: string): void {
    this.requireSheet(sheetName).notes.set(address, text);
  }

  sheet(name: string): FakeSheetView {
    const sheet = this.requireSheet(name);
    const at = (address: string): [number, number] => {
      const { row, col } = fromA1(address);
      return [row, col];
    };
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      value: (address) => toCellValue(sheet.valueAt(...at(address))),
      formula: (address) => sheet.cell(...at(address))?.formula,
      numberFormat: (address) => sheet.cell(...at(address))?.numberFormat ?? 'General',
      fill: (address) => sheet.cell(...at(address))?.fill ?? NO_FILL,
      font: (address) => {
        const cell = sheet.styleAt(...at(address));
        return { bold: cell.bold, size: cell.fontSize };
      },
      alignment: (address) => {
        const cell = sheet.styleAt(...at(address));
        return { horizontal: cell.horizontalAlignment, vertical: cell.verticalAlignment, wrap: cell.wrapText };
      },
      note: (address) => sheet.notes.get(address),
      notes: sheet.notes,
      merges: sheet.merges,
      charts: sheet.charts,
      pageLayout: sheet.pageLayout,
      columnWidths: sheet.columnWidths,
      hiddenRows: sheet.hiddenRows,
      borders: sheet.borders,
      valuesFromA1: () => {
        const used = sheet.usedRange(true);
        if (!used) return [];
        const rows: CellValue[][] = [];
        for (let r = 0; r <= used.bottom; r++) {
          const row: CellValue[] = [];
          for (let c = 0; c <= used.right; c++) row.push(toCellValue(sheet.valueAt(r, c)));
          rows.push(row);
        }
        return rows;
      },
      fillSnapshot: () =>
        JSON.stringify(
          [...sheet.cells.entries()]
            .filter(([, cell]) => cell.fill !== undefined && cell.fill.pattern !== 'None')
            .map(([key, cell]) => [key, cell.fill])
            .sort(([a], [b]) => String(a).localeCompare(String(b))),
        ),
    };
  }

  private requireSheet(name: string): FakeSheet {
    const sheet = this.state.findSheet(name);
    if (!sheet) throw new Error(`fake workbook has no sheet "${name}"`);
    return sheet;
  }
}
