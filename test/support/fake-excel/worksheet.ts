/** Worksheet proxies and the worksheet collection. */
import type { NoteCollectionApi, ChartCollectionApi, PageLayoutApi, RangeApi, WorksheetApi, WorksheetCollectionApi, WorksheetLoadKey } from '../../../src/excel/api';
import { type FakeContextCore, jsonBytes } from './context';
import { FakeOfficeError } from './errors';
import { type FakeSheet, type FakeWorkbookState, MAX_COLUMNS, MAX_ROWS, parseRangeAddress } from './model';
import { FakeChartCollection, FakeNoteCollection, FakePageLayout } from './parts';
import { FakeProxy, type Origin, splitLoadNames } from './proxy';
import { FakeRange } from './range';


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
    }, 'Worksheet.visibility');
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
      this.core.requireMember('Worksheet.getUsedRangeOrNullObject');
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
    return new FakeWorksheet(this.core, this.state, { queued: () => {
      this.core.requireMember('WorksheetCollection.getItemOrNullObject');
      return this.state.findSheet(key) ?? null;
    } });
  }
}

