/** Range proxies: values, formulas, number formats, merges, navigation and selection. */
import type { RangeApi, RangeAreasApi, RangeFormatApi, RangeLoadKey } from '../../../src/excel/api';
import { EXCEL_ERRORS } from '../../../src/core/amount';
import { type CellRange, rangeToA1 } from '../../../src/core/grid';
import type { FakeContextCore } from './context';
import { FakeOfficeError } from './errors';
import { FakeRangeFormat } from './format';
import { type FakeCell, type FakeSheet, type FakeValue, type FakeWorkbookState, MAX_COLUMNS, MAX_ROWS, qualifiedAddress } from './model';
import { FakeProxy, notLoaded, type Origin } from './proxy';
import type { RangeTarget } from './target';

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
    }, 'Range.rowHidden');
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
      this.core.requireMember('Range.getResizedRange');
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
      this.core.requireMember('Range.getMergedAreasOrNullObject');
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
    }, 'Range.merge');
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
    this.queueLoad(
      propertyNames,
      ['address', 'areaCount'],
      (target, property) =>
        property === 'address' ? target.areas.map((a) => qualifiedAddress(target.sheet.name, a)).join(', ') : target.areas.length,
      { address: 'RangeAreas.address', areaCount: 'RangeAreas.areaCount' },
    );
    return this;
  }
}

