/** Range format proxies: alignment, widths, wrap, fill, font and borders. */
import type {
  BorderEdge,
  RangeBorderApi,
  RangeBorderCollectionApi,
  RangeFillApi,
  RangeFontApi,
  RangeFormatApi,
} from '../../../src/excel/api';
import { rangeToA1 } from '../../../src/core/grid';
import type { FakeContextCore } from './context';
import { type FakeFill, type FakeWorkbookState, NO_FILL } from './model';
import { FakeProxy, type Origin } from './proxy';
import { common, forEachCell, type RangeTarget } from './target';


export class FakeRangeFormat extends FakeProxy<RangeTarget> implements RangeFormatApi {
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
    }, 'RangeFormat.columnWidth');
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
      'RangeFill.pattern',
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
      'RangeFill.patternColor',
    );
  }
  clear(): void {
    this.queue(undefined, (target) => forEachCell(target, (cell) => delete cell.fill));
  }
  load(propertyNames: ('color' | 'pattern' | 'patternColor')[]): RangeFillApi {
    this.queueLoad(
      propertyNames,
      ['color', 'pattern', 'patternColor'],
      (target, property) =>
        common(target, (cell) => {
          const fill: FakeFill = cell?.fill ?? NO_FILL;
          // The real API reports white for a cell without fill.
          if (property === 'color') return fill.pattern === 'None' ? '#FFFFFF' : (fill.color ?? '#FFFFFF');
          if (property === 'pattern') return fill.pattern;
          return fill.patternColor ?? null;
        }),
      { pattern: 'RangeFill.pattern', patternColor: 'RangeFill.patternColor' },
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

