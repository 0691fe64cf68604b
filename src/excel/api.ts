/**
 * The slice of the Excel JavaScript API (Office.js) that the jobs in `src/excel` use.
 *
 * Every job takes an {@link ExcelContext}: inside Excel the task pane passes the real
 * `Excel.RequestContext` from `Excel.run`; tests (and the browser tests of the task pane) pass the
 * in-memory fake from `test/support/fake-excel`, which implements these interfaces.
 *
 * Property types are picked from `@types/office-js`, and the assertion at the end of the file
 * requires the real `Excel.RequestContext` to be assignable to `ExcelContext`: a member that is
 * misspelt here, or typed differently from the real API, fails to compile — and so does a fake
 * that does not implement what the jobs call.
 */

/** Properties of a range that the jobs load. */
export type RangeLoadKey =
  | 'address'
  | 'values'
  | 'formulas'
  | 'numberFormat'
  | 'valueTypes'
  | 'rowIndex'
  | 'columnIndex'
  | 'rowCount'
  | 'columnCount';

export type WorksheetLoadKey = 'name' | 'visibility' | 'position';

/** Border edges, as the real `RangeBorderCollection.getItem` names them. */
export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export type RangeBorderApi = Pick<Excel.RangeBorder, 'style' | 'weight' | 'color'>;

export interface RangeBorderCollectionApi {
  getItem(index: BorderEdge): RangeBorderApi;
}

/** 填充 — a range's fill. `pattern` is "None" for a cell without fill (its `color` then reads #FFFFFF). */
export interface RangeFillApi extends Pick<Excel.RangeFill, 'color' | 'pattern' | 'patternColor'> {
  clear(): void;
  load(propertyNames: ('color' | 'pattern' | 'patternColor')[]): RangeFillApi;
}

export type RangeFontApi = Pick<Excel.RangeFont, 'bold' | 'size'>;

export interface RangeFormatApi
  extends Pick<Excel.RangeFormat, 'columnWidth' | 'horizontalAlignment' | 'verticalAlignment' | 'wrapText'> {
  readonly fill: RangeFillApi;
  readonly font: RangeFontApi;
  readonly borders: RangeBorderCollectionApi;
}

/** 合并区域 — the merged areas of a range; `address` lists them comma-separated with sheet names. */
export interface RangeAreasApi extends Pick<Excel.RangeAreas, 'address' | 'areaCount' | 'isNullObject'> {
  load(propertyNames: ('address' | 'areaCount')[]): RangeAreasApi;
}

export interface RangeApi
  extends Pick<
    Excel.Range,
    | 'address'
    | 'values'
    | 'formulas'
    | 'numberFormat'
    | 'valueTypes'
    | 'rowIndex'
    | 'columnIndex'
    | 'rowCount'
    | 'columnCount'
    | 'rowHidden'
    | 'isNullObject'
  > {
  readonly format: RangeFormatApi;
  load(propertyNames: RangeLoadKey[]): RangeApi;
  getCell(row: number, column: number): RangeApi;
  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi;
  getMergedAreasOrNullObject(): RangeAreasApi;
  merge(across?: boolean): void;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  select(): void;
}

/** 批注 — a cell note (ExcelApi 1.18). */
export interface NoteApi extends Pick<Excel.Note, 'content' | 'isNullObject'> {
  load(propertyNames: 'content'[]): NoteApi;
  delete(): void;
}

export interface NoteCollectionApi {
  add(cellAddress: string, content: string): NoteApi;
  getItemOrNullObject(key: string): NoteApi;
}

export type ChartTitleApi = Pick<Excel.ChartTitle, 'text'>;

export interface ChartApi extends Pick<Excel.Chart, 'name'> {
  readonly title: ChartTitleApi;
  setPosition(startCell: string, endCell?: string): void;
}

/** Chart types the jobs create, as the real `ChartCollection.add` names them. */
export type ChartTypeName = 'Pie' | 'Doughnut' | 'ColumnClustered' | 'BarClustered';

export interface ChartCollectionApi {
  add(type: ChartTypeName, sourceData: RangeApi, seriesBy?: 'Auto' | 'Columns' | 'Rows'): ChartApi;
}

/** 页面设置 — print setup. */
export interface PageLayoutApi extends Pick<Excel.PageLayout, 'orientation' | 'paperSize' | 'zoom' | 'centerHorizontally'> {
  setPrintTitleRows(printTitleRows: string): void;
}

export interface WorksheetApi extends Pick<Excel.Worksheet, 'name' | 'visibility' | 'position' | 'isNullObject'> {
  readonly notes: NoteCollectionApi;
  readonly charts: ChartCollectionApi;
  readonly pageLayout: PageLayoutApi;
  load(propertyNames: WorksheetLoadKey[]): WorksheetApi;
  /** The whole sheet without an address. */
  getRange(address?: string): RangeApi;
  getUsedRange(valuesOnly?: boolean): RangeApi;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  activate(): void;
  delete(): void;
}

export interface WorksheetCollectionApi {
  readonly items: WorksheetApi[];
  load(propertyNames: `items/${WorksheetLoadKey}`[]): WorksheetCollectionApi;
  add(name?: string): WorksheetApi;
  getItem(key: string): WorksheetApi;
  getItemOrNullObject(key: string): WorksheetApi;
}

export interface WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
}

export interface ApplicationApi {
  /** Excel recalculates nothing until the next sync: set before bulk writes. */
  suspendApiCalculationUntilNextSync(): void;
}

/** What every job takes: the real `Excel.RequestContext` or the fake's context. */
export interface ExcelContext {
  readonly workbook: WorkbookApi;
  readonly application: ApplicationApi;
  sync(): Promise<void>;
}

/** Compile-time check that the real API fits the subset (the point of this file). */
type Fits<Real extends Subset, Subset> = Real extends Subset ? true : never;
export const REAL_EXCEL_FITS_SUBSET: Fits<Excel.RequestContext, ExcelContext> = true;
