/**
 * 图表 — a generic Excel chart from a spec (the narrative's 一般公共预算当年拨款结构图 and
 * 三公经费分布图 are pie charts of categories and amounts). The data block is written next to
 * the chart, since an Excel chart draws from cells.
 */
import type { ChartTypeName, ExcelContext, WorksheetApi } from './api';
import { columnLetters, fromA1, rangeToA1, toA1 } from '../core/grid';
import { asLiteralText } from './cells';

export type ChartKind = 'pie' | 'doughnut' | 'column' | 'bar';

export interface ChartSpec {
  readonly kind: ChartKind;
  readonly title: string;
  readonly categories: readonly string[];
  /** One value per category: numbers or decimal strings (e.g. "1507.00"). */
  readonly values: readonly (number | string)[];
  /** Header of the value column (default 金额（万元）). */
  readonly seriesName?: string;
}

export interface PlacedChart {
  /** Where the data block was written, e.g. "D2:E7". */
  readonly dataAddress: string;
  /** Where the chart sits, e.g. "G2:N17". */
  readonly chartAddress: string;
}

/** Misuse: a spec whose categories and values do not pair up, or a value that is not a number. */
export class ChartSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChartSpecError';
  }
}

const CHART_TYPES: Readonly<Record<ChartKind, ChartTypeName>> = {
  pie: 'Pie',
  doughnut: 'Doughnut',
  column: 'ColumnClustered',
  bar: 'BarClustered',
};

/** Chart size in cells: 8 columns × 16 rows, a readable pie next to its data. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 16;

/**
 * Adds a chart on an existing sheet with its data block at `at` (top-left). One sync.
 * @throws ChartSpecError for a malformed spec
 */
export async function addChart(context: ExcelContext, sheet: string, at: string, spec: ChartSpec): Promise<PlacedChart> {
  const placed = queueChart(context.workbook.worksheets.getItem(sheet), at, spec);
  await context.sync();
  return placed;
}

/** Queues the data block and the chart on a sheet proxy; no sync (for jobs that batch more). */
export function queueChart(sheet: WorksheetApi, at: string, spec: ChartSpec): PlacedChart {
  const numbers = checkedValues(spec);
  const origin = fromA1(at);
  const rows: (string | number)[][] = [
    [asLiteralText('项目'), asLiteralText(spec.seriesName ?? '金额（万元）')],
    ...spec.categories.map((category, i): (string | number)[] => [asLiteralText(category), numbers[i]!]),
  ];
  const data = { top: origin.row, left: origin.col, bottom: origin.row + rows.length - 1, right: origin.col + 1 };
  const block = sheet.getRange(rangeToA1(data));
  block.values = rows;
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], block, 'Columns');
  chart.title.text = spec.title;
  const start = toA1(origin.row, origin.col + 3);
  const end = `${columnLetters(origin.col + 3 + CHART_COLUMNS - 1)}${origin.row + CHART_ROWS}`;
  chart.setPosition(start, end);
  return { dataAddress: rangeToA1(data), chartAddress: `${start}:${end}` };
}

function checkedValues(spec: ChartSpec): number[] {
  if (spec.categories.length === 0 || spec.categories.length !== spec.values.length) {
    throw new ChartSpecError(`chart "${spec.title}" needs one value per category (${spec.categories.length} categories, ${spec.values.length} values)`);
  }
  return spec.values.map((value) => {
    // The host's edge: Excel charts take JS numbers.
    const number = typeof value === 'number' ? value : Number(value.replace(/,/g, ''));
    if (!Number.isFinite(number)) throw new ChartSpecError(`chart "${spec.title}": "${value}" is not a number`);
    return number;
  });
}
