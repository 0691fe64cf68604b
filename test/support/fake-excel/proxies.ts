/**
 * Proxy objects of the fake Excel, implementing the subset interfaces of `src/excel/api.ts`.
 *
 * As in Office.js, a proxy is a placeholder: creating one, setting a property, calling a method or
 * `load()` only queues an operation; `context.sync()` runs the queue in order against the state.
 * Reading a property that was not loaded and synced throws PropertyNotLoaded. `*OrNullObject`
 * proxies whose object does not exist are null objects: their methods do nothing, proxies derived
 * from them are null objects too, and their loaded properties read null.
 */
import type {
  BorderEdge,
  ChartApi,
  ChartCollectionApi,
  ChartTitleApi,
  ChartTypeName,
  NoteApi,
  NoteCollectionApi,
  PageLayoutApi,
  RangeApi,
  RangeAreasApi,
  RangeBorderApi,
  RangeBorderCollectionApi,
  RangeFillApi,
  RangeFontApi,
  RangeFormatApi,
  RangeLoadKey,
  WorksheetApi,
  WorksheetCollectionApi,
  WorksheetLoadKey,
} from '../../../src/excel/api';
import { EXCEL_ERRORS } from '../../../src/core/amount';
import { type CellRange, rangeToA1, toA1 } from '../../../src/core/grid';
import { type BatchRun, type FakeContextCore, jsonBytes } from './context';
import { FakeOfficeError } from './errors';
import {
  type FakeCell,
  type FakeChart,
  type FakeFill,
  FakeSheet,
  type FakeValue,
  type FakeWorkbookState,
  MAX_COLUMNS,
  MAX_ROWS,
  NO_FILL,
  parseRangeAddress,
  qualifiedAddress,
} from './model';

/** Resolves a proxy's object when its creating operation runs; null for a null object. */
type Resolver<T> = () => T | null;

/**
 * How a proxy finds its object: `queued` — a method created it (getItem, getRange, add …), so
 * the lookup is an operation of the batch, run in order; `derived` — a navigation property
 * (range.format, format.fill, sheet.notes …), which is its parent's object seen through a lens;
 * `resolved` — a collection's item, which arrives with the collection.
 */
type Origin<T> = { readonly queued: Resolver<T> } | { readonly derived: Resolver<T> } | { readonly resolved: T };

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function splitLoadNames(names: string | readonly string[]): string[] {
  const list = typeof names === 'string' ? names.split(',') : names;
  return list.map((n) => n.trim()).filter((n) => n !== '');
}

abstract class FakeProxy<T> {
  readonly id: number;
  private target: T | null | undefined;
  private readonly derive: Resolver<T> | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown = false;

  constructor(
    protected readonly core: FakeContextCore,
    protected readonly state: FakeWorkbookState,
    origin: Origin<T>,
  ) {
    this.id = core.newProxyId();
    if ('queued' in origin) {
      core.enqueue(this, undefined, () => {
        this.target = origin.queued();
        this.nullKnown = true;
      });
    } else if ('derived' in origin) {
      this.derive = origin.derived;
    } else {
      this.target = origin.resolved;
      this.nullKnown = true;
    }
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw notLoaded('isNullObject');
    return this.target === null;
  }

  /** The object, for derived proxies' resolvers; only valid while operations run. */
  resolvedTarget(): T | null {
    if (this.derive) return this.derive();
    if (this.target === undefined) throw new FakeOfficeError('InvalidOperation', 'proxy used before its creation ran');
    return this.target;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** Marks properties as loaded with these values (collections' items are born loaded). */
  protected setLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  protected queueLoad(names: string | readonly string[], allowed: readonly string[], snapshot: (target: T, property: string) => unknown): void {
    const properties = splitLoadNames(names);
    this.core.enqueue(this, properties, (batch) => {
      for (const property of properties) {
        if (!allowed.includes(property)) throw new FakeOfficeError('InvalidArgument', `Unknown property '${property}'.`);
        const target = this.resolvedTarget();
        const value = target === null ? null : snapshot(target, property);
        batch.responseBytes += jsonBytes(value) + property.length + 4;
        this.loaded.set(property, value);
      }
    });
  }

  /** Queues a change to the object; nothing happens on a null object. */
  protected queue(payload: unknown, apply: (target: T, batch: BatchRun) => void): void {
    this.core.enqueue(this, payload, (batch) => {
      const target = this.resolvedTarget();
      if (target !== null) apply(target, batch);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: CellRange;
}

const RANGE_KEYS: readonly RangeLoadKey[] = [
  'address', 'values', 'formulas', 'numberFormat', 'valueTypes', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount',
];

function matrix<V>(rect: CellRange, cell: (row: number, col: number) => V): V[][] {
  const rows: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(cell(r, c));
    rows.push(row);
  }
  return rows;
}

function checkShape(rect: CellRange, input: unknown, property: string): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`,
    );
  }
  return input as unknown[][];
}

/** How Excel stores what is typed (or assigned to `values`/`formulas`) into a cell. */
function storeEntry(cell: FakeCell, entry: unknown): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (entry === '') {
    delete cell.value;
    return;
  }
  if (typeof entry === 'number' || typeof entry === 'boolean') {
    cell.value = entry;
    return;
  }
  const text = String(entry);
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    cell.quotePrefix = true;
  } else if (text.startsWith('=') && text.length > 1) {
    cell.formula = text;
    delete cell.value;
  } else if (cell.numberFormat === '@') {
    cell.value = text;
  } else if (/^[+-]?(\d+(,\d{3})*|\d*)(\.\d+)?%?$/.test(text.trim()) && /\d/.test(text)) {
    // Excel turns number-looking text into a number (a code "2080505" loses its text-ness).
    const trimmed = text.trim().replace(/,/g, '');
    cell.value = trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
  } else if (/^(true|false)$/i.test(text)) {
    cell.value = text.toLowerCase() === 'true';
  } else if (EXCEL_ERRORS.includes(text.trim().toUpperCase())) {
    cell.value = { error: text.trim().toUpperCase() };
  } else {
    cell.value = text;
  }
}

function valueForResponse(value: FakeValue | undefined): string | number | boolean {
  if (value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return value;
}

function valueType(value: FakeValue | undefined): string {
  if (value === undefined || value === '') return 'Empty';
  if (typeof value === 'object') return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

function forEachCell(target: RangeTarget, apply: (cell: FakeCell) => void): void {
  const { rect, sheet } = target;
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) {
    // Whole columns: Excel keeps a column format rather than a million cell formats.
    for (let c = rect.left; c <= rect.right; c++) apply(sheet.columnStyle(c));
    return;
  }
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) apply(sheet.cellForWrite(r, c));
  }
}

/** A format property read over a range: the common value, or null when cells differ. */
function common<V>(target: RangeTarget, read: (cell: FakeCell | undefined) => V): V | null {
  let first = true;
  let value: V | null = null;
  const { rect, sheet } = target;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const v = read(sheet.cell(r, c));
      if (first) {
        value = v;
        first = false;
      } else if (JSON.stringify(v) !== JSON.stringify(value)) {
        return null;
      }
    }
  }
  return value;
}

export class FakeRange extends FakeProxy<RangeTarget> implements RangeApi {
  readonly format: RangeFormatApi;

  constructor(core: FakeContextCore, state: FakeWorkbookState, origin: Origin<RangeTarget>) {
    super(core, state, origin);
    this.format = new FakeRangeFormat(core, state, { derived: () => this.resolvedTarget() });
  }

  get address(): string {
    return this.read('address');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(input: unknown[][]) {
    this.writeContents('values', input);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(input: unknown[][]) {
    this.writeContents('formulas', input);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.queue(input, (target) => {
      const rows = checkShape(target.rect, input, 'numberFormat');
      rows.forEach((row, i) =>
        row.forEach((format, j) => {
          // null leaves a cell as it is (the real API's rule for 2-D input).
          if (format === null || format === undefined) return;
          const cell = target.sheet.cellForWrite(target.rect.top + i, target.rect.left + j);
          if (format === '' || format === 'General') delete cell.numberFormat;
          else cell.numberFormat = String(format);
        }),
      );
    });
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read('valueTypes');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowHidden(): boolean {
    throw notLoaded('rowHidden');
  }
  set rowHidden(hidden: boolean) {
    this.queue(hidden, (target) => {
      for (let r = target.rect.top; r <= target.rect.bottom; r++) {
        if (hidden) target.sheet.hiddenRows.add(r);
        else target.sheet.hiddenRows.delete(r);
      }
    });
  }

  private writeContents(property: 'values' | 'formulas', input: unknown[][]): void {
    this.queue(input, (target, batch) => {
      const rows = checkShape(target.rect, input, property);
      batch.contentWrites.push({ sheet: target.sheet.name, address: rangeToA1(target.rect), property });
      rows.forEach((row, i) =>
        row.forEach((entry, j) => {
          if (entry === null || entry === undefined) return;
          storeEntry(target.sheet.cellForWrite(target.rect.top + i, target.rect.left + j), entry);
        }),
      );
    });
  }

  load(propertyNames: RangeLoadKey[]): RangeApi {
    this.queueLoad(propertyNames, RANGE_KEYS, (target, property) => {
      const { sheet, rect } = target;
      switch (property as RangeLoadKey) {
        case 'address':
          return qualifiedAddress(sheet.name, rect);
        case 'values':
          return matrix(rect, (r, c) => valueForResponse(sheet.valueAt(r, c)));
        case 'formulas':
          return matrix(rect, (r, c) => sheet.cell(r, c)?.formula ?? valueForResponse(sheet.cell(r, c)?.value));
        case 'numberFormat':
          return matrix(rect, (r, c) => sheet.cell(r, c)?.numberFormat ?? 'General');
        case 'valueTypes':
          return matrix(rect, (r, c) => valueType(sheet.valueAt(r, c)));
        case 'rowIndex':
          return rect.top;
        case 'columnIndex':
          return rect.left;
        case 'rowCount':
          return rect.bottom - rect.top + 1;
        case 'columnCount':
          return rect.right - rect.left + 1;
      }
    });
    return this;
  }

  getCell(row: number, column: number): RangeApi {
    return new FakeRange(this.core, this.state, { queued: () => {
      const parent = this.resolvedTarget();
      if (parent === null) return null;
      const top = parent.rect.top + row;
      const left = parent.rect.left + column;
      return { sheet: parent.sheet, rect: { top, left, bottom: top, right: left } };
    } });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi {
    return new FakeRange(this.core, this.state, { queued: () => {
      const parent = this.resolvedTarget();
      if (parent === null) return null;
      const rect = { ...parent.rect, bottom: parent.rect.bottom + deltaRows, right: parent.rect.right + deltaColumns };
      if (rect.bottom < rect.top || rect.right < rect.left || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) {
        throw new FakeOfficeError('InvalidArgument', 'The resized range is outside the sheet.');
      }
      return { sheet: parent.sheet, rect };
    } });
  }

  getMergedAreasOrNullObject(): RangeAreasApi {
    return new FakeRangeAreas(this.core, this.state, { queued: () => {
      const parent = this.resolvedTarget();
      if (parent === null) return null;
      const { rect } = parent;
      const areas = parent.sheet.merges.filter(
        (m) => m.top <= rect.bottom && m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left,
      );
      return areas.length === 0 ? null : { sheet: parent.sheet, areas };
    } });
  }

  merge(across = false): void {
    this.queue({ across }, (target) => {
      const { rect, sheet } = target;
      const pieces: CellRange[] = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      for (const piece of pieces) {
        if (piece.top === piece.bottom && piece.left === piece.right) continue;
        sheet.merges = sheet.merges.filter(
          (m) => m.top > piece.bottom || m.bottom < piece.top || m.left > piece.right || m.right < piece.left,
        );
        sheet.merges.push(piece);
        // Merging keeps only the upper-left value.
        for (const [r, c, cell] of sheet.cellsIn(piece)) {
          if (r === piece.top && c === piece.left) continue;
          delete cell.value;
          delete cell.formula;
        }
      }
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.queue({ applyTo }, (target, batch) => {
      const { sheet, rect } = target;
      if (applyTo !== 'Formats') batch.contentWrites.push({ sheet: sheet.name, address: rangeToA1(rect), property: 'clear' });
      for (const [r, c, cell] of [...sheet.cellsIn(rect)]) {
        if (applyTo === 'All') {
          sheet.cells.delete(`${r},${c}`);
        } else if (applyTo === 'Contents') {
          delete cell.value;
          delete cell.formula;
          delete cell.quotePrefix;
        } else {
          const { value, formula, quotePrefix } = cell;
          sheet.cells.set(`${r},${c}`, { value, formula, quotePrefix });
        }
      }
      if (applyTo !== 'Contents') {
        sheet.merges = sheet.merges.filter(
          (m) => m.top > rect.bottom || m.bottom < rect.top || m.left > rect.right || m.right < rect.left,
        );
      }
    });
  }

  select(): void {
    this.queue(undefined, (target) => {
      this.state.activeSheet = target.sheet.name;
      this.state.selection = { sheet: target.sheet.name, address: rangeToA1(target.rect) };
    });
  }
}

export interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly areas: readonly CellRange[];
}

export class FakeRangeAreas extends FakeProxy<AreasTarget> implements RangeAreasApi {
  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  load(propertyNames: ('address' | 'areaCount')[]): RangeAreasApi {
    this.queueLoad(propertyNames, ['address', 'areaCount'], (target, property) =>
      property === 'address'
        ? target.areas.map((a) => qualifiedAddress(target.sheet.name, a)).join(', ')
        : target.areas.length,
    );
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Formats

class FakeRangeFormat extends FakeProxy<RangeTarget> implements RangeFormatApi {
  readonly fill: RangeFillApi;
  readonly font: RangeFontApi;
  readonly borders: RangeBorderCollectionApi;

  constructor(core: FakeContextCore, state: FakeWorkbookState, origin: Origin<RangeTarget>) {
    super(core, state, origin);
    const derived = (): RangeTarget | null => this.resolvedTarget();
    this.fill = new FakeRangeFill(core, state, { derived });
    this.font = new FakeRangeFont(core, state, { derived });
    this.borders = new FakeBorders(core, state, { derived });
  }

  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(points: number) {
    this.queue(points, (target) => {
      for (let c = target.rect.left; c <= target.rect.right; c++) target.sheet.columnWidths.set(c, points);
    });
  }
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(value: Excel.RangeFormat['horizontalAlignment']) {
    this.queue(value, (target) => forEachCell(target, (cell) => (cell.horizontalAlignment = String(value))));
  }
  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(value: Excel.RangeFormat['verticalAlignment']) {
    this.queue(value, (target) => forEachCell(target, (cell) => (cell.verticalAlignment = String(value))));
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(value: boolean) {
    this.queue(value, (target) => forEachCell(target, (cell) => (cell.wrapText = value)));
  }
}

class FakeRangeFill extends FakeProxy<RangeTarget> implements RangeFillApi {
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.queue(color, (target) =>
      forEachCell(target, (cell) => {
        const previous = cell.fill ?? NO_FILL;
        // Setting a colour on an unfilled cell makes a solid fill; a patterned cell keeps its pattern.
        cell.fill = { ...previous, pattern: previous.pattern === 'None' ? 'Solid' : previous.pattern, color: normaliseColor(color) };
      }),
    );
  }
  get pattern(): Excel.RangeFill['pattern'] {
    return this.read('pattern');
  }
  set pattern(pattern: Excel.RangeFill['pattern']) {
    this.queue(pattern, (target) =>
      forEachCell(target, (cell) => {
        cell.fill = String(pattern) === 'None' ? NO_FILL : { ...(cell.fill ?? NO_FILL), pattern: String(pattern) };
      }),
    );
  }
  get patternColor(): string {
    return this.read('patternColor');
  }
  set patternColor(color: string) {
    this.queue(color, (target) =>
      forEachCell(target, (cell) => {
        cell.fill = { ...(cell.fill ?? NO_FILL), patternColor: normaliseColor(color) };
      }),
    );
  }
  clear(): void {
    this.queue(undefined, (target) => forEachCell(target, (cell) => delete cell.fill));
  }
  load(propertyNames: ('color' | 'pattern' | 'patternColor')[]): RangeFillApi {
    this.queueLoad(propertyNames, ['color', 'pattern', 'patternColor'], (target, property) =>
      common(target, (cell) => {
        const fill: FakeFill = cell?.fill ?? NO_FILL;
        // The real API reports white for a cell without fill.
        if (property === 'color') return fill.pattern === 'None' ? '#FFFFFF' : (fill.color ?? '#FFFFFF');
        if (property === 'pattern') return fill.pattern;
        return fill.patternColor ?? null;
      }),
    );
    return this;
  }
}

/** Excel answers colours as upper-case #RRGGBB. */
function normaliseColor(color: string): string {
  return /^#?[0-9a-f]{6}$/i.test(color) ? `#${color.replace('#', '').toUpperCase()}` : color;
}

class FakeRangeFont extends FakeProxy<RangeTarget> implements RangeFontApi {
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.queue(value, (target) => forEachCell(target, (cell) => (cell.bold = value)));
  }
  get size(): number {
    return this.read('size');
  }
  set size(value: number) {
    this.queue(value, (target) => forEachCell(target, (cell) => (cell.fontSize = value)));
  }
}

class FakeBorders extends FakeProxy<RangeTarget> implements RangeBorderCollectionApi {
  getItem(index: BorderEdge): RangeBorderApi {
    return new FakeBorder(this.core, this.state, { queued: () => {
      const parent = this.resolvedTarget();
      return parent === null ? null : { ...parent, edge: index };
    } });
  }
}

class FakeBorder extends FakeProxy<RangeTarget & { readonly edge: BorderEdge }> implements RangeBorderApi {
  private set(property: 'style' | 'weight' | 'color', value: string): void {
    this.queue(value, (target) =>
      target.sheet.borders.push({ range: rangeToA1(target.rect), edge: target.edge, property, value }),
    );
  }
  get style(): Excel.RangeBorder['style'] {
    return this.read('style');
  }
  set style(value: Excel.RangeBorder['style']) {
    this.set('style', String(value));
  }
  get weight(): Excel.RangeBorder['weight'] {
    return this.read('weight');
  }
  set weight(value: Excel.RangeBorder['weight']) {
    this.set('weight', String(value));
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.set('color', value);
  }
}

// ---------------------------------------------------------------------------------------------
// Notes, charts, page layout

interface NoteTarget {
  readonly sheet: FakeSheet;
  readonly address: string;
}

class FakeNote extends FakeProxy<NoteTarget> implements NoteApi {
  get content(): string {
    return this.read('content');
  }
  set content(text: string) {
    this.queue(text, (target) => target.sheet.notes.set(target.address, text));
  }
  load(propertyNames: 'content'[]): NoteApi {
    this.queueLoad(propertyNames, ['content'], (target) => target.sheet.notes.get(target.address) ?? null);
    return this;
  }
  delete(): void {
    this.queue(undefined, (target) => target.sheet.notes.delete(target.address));
  }
}

/** A single-cell address as the note collection keys it ("B3"). */
function noteKey(address: string): string {
  const rect = parseRangeAddress(address);
  if (rect.top !== rect.bottom || rect.left !== rect.right) {
    throw new FakeOfficeError('InvalidArgument', `InvalidCellAddress: a note belongs to one cell, not "${address}".`);
  }
  return toA1(rect.top, rect.left);
}

class FakeNoteCollection extends FakeProxy<FakeSheet> implements NoteCollectionApi {
  add(cellAddress: string, content: string): NoteApi {
    return new FakeNote(this.core, this.state, { queued: () => {
      const sheet = this.resolvedTarget();
      if (sheet === null) return null;
      const address = noteKey(cellAddress);
      if (sheet.notes.has(address)) throw new FakeOfficeError('InvalidArgument', `Cell ${address} already has a note.`);
      sheet.notes.set(address, content);
      return { sheet, address };
    } });
  }
  getItemOrNullObject(key: string): NoteApi {
    return new FakeNote(this.core, this.state, { queued: () => {
      const sheet = this.resolvedTarget();
      if (sheet === null) return null;
      const address = noteKey(key);
      return sheet.notes.has(address) ? { sheet, address } : null;
    } });
  }
}

class FakeChartTitle extends FakeProxy<FakeChart> implements ChartTitleApi {
  get text(): string {
    return this.read('text');
  }
  set text(value: string) {
    this.queue(value, (chart) => (chart.title = value));
  }
}

class FakeChartProxy extends FakeProxy<FakeChart> implements ChartApi {
  readonly title: ChartTitleApi;
  constructor(core: FakeContextCore, state: FakeWorkbookState, origin: Origin<FakeChart>) {
    super(core, state, origin);
    this.title = new FakeChartTitle(core, state, { derived: () => this.resolvedTarget() });
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.queue(value, (chart) => (chart.name = value));
  }
  setPosition(startCell: string, endCell?: string): void {
    this.queue([startCell, endCell], (chart) => {
      chart.position = endCell === undefined ? { start: startCell } : { start: startCell, end: endCell };
    });
  }
}

class FakeChartCollection extends FakeProxy<FakeSheet> implements ChartCollectionApi {
  add(type: ChartTypeName, sourceData: RangeApi, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): ChartApi {
    if (!(sourceData instanceof FakeRange)) throw new FakeOfficeError('InvalidArgument', 'sourceData is not a range of this context.');
    return new FakeChartProxy(this.core, this.state, { queued: () => {
      const sheet = this.resolvedTarget();
      const source = sourceData.resolvedTarget();
      if (sheet === null || source === null) return null;
      const chart: FakeChart = {
        type,
        source: qualifiedAddress(source.sheet.name, source.rect),
        seriesBy,
        name: `Chart ${sheet.charts.length + 1}`,
      };
      sheet.charts.push(chart);
      return chart;
    } });
  }
}

class FakePageLayout extends FakeProxy<FakeSheet> implements PageLayoutApi {
  get orientation(): Excel.PageLayout['orientation'] {
    return this.read('orientation');
  }
  set orientation(value: Excel.PageLayout['orientation']) {
    this.queue(value, (sheet) => (sheet.pageLayout.orientation = String(value)));
  }
  get paperSize(): Excel.PageLayout['paperSize'] {
    return this.read('paperSize');
  }
  set paperSize(value: Excel.PageLayout['paperSize']) {
    this.queue(value, (sheet) => (sheet.pageLayout.paperSize = String(value)));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read('zoom');
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.queue(value, (sheet) => (sheet.pageLayout.zoom = { ...value }));
  }
  get centerHorizontally(): boolean {
    return this.read('centerHorizontally');
  }
  set centerHorizontally(value: boolean) {
    this.queue(value, (sheet) => (sheet.pageLayout.centerHorizontally = value));
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.queue(printTitleRows, (sheet) => {
      if (!/^\$?\d+:\$?\d+$/.test(printTitleRows)) throw new FakeOfficeError('InvalidArgument', `"${printTitleRows}" is not a row range.`);
      sheet.pageLayout.printTitleRows = printTitleRows;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

const WORKSHEET_KEYS: readonly WorksheetLoadKey[] = ['name', 'visibility', 'position'];

function worksheetProperty(sheet: FakeSheet, property: string): unknown {
  if (property === 'name') return sheet.name;
  if (property === 'visibility') return sheet.visibility;
  return sheet.workbook.sheets.indexOf(sheet);
}

export class FakeWorksheet extends FakeProxy<FakeSheet> implements WorksheetApi {
  readonly notes: NoteCollectionApi;
  readonly charts: ChartCollectionApi;
  readonly pageLayout: PageLayoutApi;

  constructor(core: FakeContextCore, state: FakeWorkbookState, origin: Origin<FakeSheet>) {
    super(core, state, origin);
    const derived = (): FakeSheet | null => this.resolvedTarget();
    this.notes = new FakeNoteCollection(core, state, { derived });
    this.charts = new FakeChartCollection(core, state, { derived });
    this.pageLayout = new FakePageLayout(core, state, { derived });
  }

  /** For collection items, which arrive loaded. */
  markLoaded(properties: readonly string[]): void {
    const sheet = this.resolvedTarget();
    for (const p of properties) this.setLoaded(p, sheet === null ? null : worksheetProperty(sheet, p));
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.queue(value, (sheet) => {
      const clash = this.state.findSheet(value);
      if (clash && clash !== sheet) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${value}" already exists.`);
      sheet.name = value;
    });
  }
  get visibility(): Excel.Worksheet['visibility'] {
    return this.read('visibility');
  }
  set visibility(value: Excel.Worksheet['visibility']) {
    this.queue(value, (sheet) => {
      if (String(value) !== 'Visible' && this.state.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      sheet.visibility = String(value);
    });
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.queue(value, (sheet) => {
      const sheets = this.state.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, sheet);
    });
  }

  load(propertyNames: WorksheetLoadKey[]): WorksheetApi {
    this.queueLoad(propertyNames, WORKSHEET_KEYS, worksheetProperty);
    return this;
  }

  getRange(address?: string): RangeApi {
    return new FakeRange(this.core, this.state, { queued: () => {
      const sheet = this.resolvedTarget();
      if (sheet === null) return null;
      const rect = address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : parseRangeAddress(address);
      return { sheet, rect };
    } });
  }

  getUsedRange(valuesOnly = false): RangeApi {
    return new FakeRange(this.core, this.state, { queued: () => {
      const sheet = this.resolvedTarget();
      if (sheet === null) return null;
      // An empty sheet's used range is A1.
      return { sheet, rect: sheet.usedRange(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    } });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return new FakeRange(this.core, this.state, { queued: () => {
      const sheet = this.resolvedTarget();
      const rect = sheet?.usedRange(valuesOnly);
      return sheet && rect ? { sheet, rect } : null;
    } });
  }

  activate(): void {
    this.queue(undefined, (sheet) => {
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.state.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.queue(undefined, (sheet) => {
      const sheets = this.state.sheets;
      if (sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'The only sheet of a workbook cannot be deleted.');
      sheets.splice(sheets.indexOf(sheet), 1);
      if (this.state.activeSheet === sheet.name) this.state.activeSheet = sheets[0]?.name;
    });
  }
}

export class FakeWorksheetCollection extends FakeProxy<FakeWorkbookState> implements WorksheetCollectionApi {
  get items(): WorksheetApi[] {
    return this.read('items');
  }

  load(propertyNames: `items/${WorksheetLoadKey}`[]): WorksheetCollectionApi {
    const properties = splitLoadNames(propertyNames).map((p) => p.replace(/^items\//, ''));
    for (const p of properties) {
      if (!(WORKSHEET_KEYS as readonly string[]).includes(p)) throw new FakeOfficeError('InvalidArgument', `Unknown property 'items/${p}'.`);
    }
    this.core.enqueue(this, propertyNames, (batch) => {
      const items = this.state.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.core, this.state, { resolved: sheet });
        proxy.markLoaded(properties);
        return proxy;
      });
      batch.responseBytes += jsonBytes(this.state.sheets.map((s) => properties.map((p) => worksheetProperty(s, p))));
      this.setLoaded('items', items);
    });
    return this;
  }

  add(name?: string): WorksheetApi {
    return new FakeWorksheet(this.core, this.state, { queued: () => this.state.addSheet(name ?? this.state.nextDefaultName()) });
  }

  getItem(key: string): WorksheetApi {
    return new FakeWorksheet(this.core, this.state, { queued: () => {
      const sheet = this.state.findSheet(key);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', `The requested resource (worksheet "${key}") doesn't exist.`);
      return sheet;
    } });
  }

  getItemOrNullObject(key: string): WorksheetApi {
    return new FakeWorksheet(this.core, this.state, { queued: () => this.state.findSheet(key) ?? null });
  }
}

export { FakeSheet };
