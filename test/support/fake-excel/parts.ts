/** Proxies hanging off a worksheet: cell notes, charts (recorded only) and page layout. */
import type {
  ChartApi,
  ChartCollectionApi,
  ChartTitleApi,
  ChartTypeName,
  NoteApi,
  NoteCollectionApi,
  PageLayoutApi,
  RangeApi,
} from '../../../src/excel/api';
import { toA1 } from '../../../src/core/grid';
import type { FakeContextCore } from './context';
import { FakeOfficeError } from './errors';
import { type FakeChart, type FakeSheet, type FakeWorkbookState, parseRangeAddress, qualifiedAddress } from './model';
import { FakeProxy, type Origin } from './proxy';
import { FakeRange } from './range';


interface NoteTarget {
  readonly sheet: FakeSheet;
  readonly address: string;
}

class FakeNote extends FakeProxy<NoteTarget> implements NoteApi {
  get content(): string {
    return this.read('content');
  }
  set content(text: string) {
    this.queue(text, (target) => target.sheet.notes.set(target.address, text), 'Note.content');
  }
  load(propertyNames: 'content'[]): NoteApi {
    this.queueLoad(propertyNames, ['content'], (target) => target.sheet.notes.get(target.address) ?? null);
    return this;
  }
  delete(): void {
    this.queue(undefined, (target) => target.sheet.notes.delete(target.address), 'Note.delete');
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

export class FakeNoteCollection extends FakeProxy<FakeSheet> implements NoteCollectionApi {
  add(cellAddress: string, content: string): NoteApi {
    return new FakeNote(this.core, this.state, { queued: () => {
      this.core.requireMember('Worksheet.notes');
      this.core.requireMember('NoteCollection.add');
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
      this.core.requireMember('Worksheet.notes');
      this.core.requireMember('NoteCollection.getItemOrNullObject');
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

export class FakeChartCollection extends FakeProxy<FakeSheet> implements ChartCollectionApi {
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

/** Page layout is ExcelApi 1.9: each change needs the sheet's pageLayout and the member itself. */
export class FakePageLayout extends FakeProxy<FakeSheet> implements PageLayoutApi {
  private change(member: string, payload: unknown, apply: (sheet: FakeSheet) => void): void {
    this.queue(payload, (sheet) => {
      this.core.requireMember('Worksheet.pageLayout');
      this.core.requireMember(member);
      apply(sheet);
    });
  }
  get orientation(): Excel.PageLayout['orientation'] {
    return this.read('orientation');
  }
  set orientation(value: Excel.PageLayout['orientation']) {
    this.change('PageLayout.orientation', value, (sheet) => (sheet.pageLayout.orientation = String(value)));
  }
  get paperSize(): Excel.PageLayout['paperSize'] {
    return this.read('paperSize');
  }
  set paperSize(value: Excel.PageLayout['paperSize']) {
    this.change('PageLayout.paperSize', value, (sheet) => (sheet.pageLayout.paperSize = String(value)));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read('zoom');
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.change('PageLayout.zoom', value, (sheet) => (sheet.pageLayout.zoom = { ...value }));
  }
  get centerHorizontally(): boolean {
    return this.read('centerHorizontally');
  }
  set centerHorizontally(value: boolean) {
    this.change('PageLayout.centerHorizontally', value, (sheet) => (sheet.pageLayout.centerHorizontally = value));
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.change('PageLayout.setPrintTitleRows', printTitleRows, (sheet) => {
      if (!/^\$?\d+:\$?\d+$/.test(printTitleRows)) throw new FakeOfficeError('InvalidArgument', `"${printTitleRows}" is not a row range.`);
      sheet.pageLayout.printTitleRows = printTitleRows;
    });
  }
}

