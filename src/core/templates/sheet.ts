/**
 * A Grid under construction: rows are appended top to bottom, each as wide as the table; merges
 * and styled regions are collected as they are declared. Used only by the layout.
 */
import type { CellRange, CellStyle, CellValue, Grid, PrintSetup, StyledRegion } from '../grid';

export class SheetBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | undefined)[][] = [];
  private readonly merges: CellRange[] = [];
  private readonly styles: StyledRegion[] = [];

  constructor(readonly width: number) {}

  /** Index of the next row to be added. */
  get rowCount(): number {
    return this.values.length;
  }

  /** Appends a blank row and returns its index. */
  addRow(): number {
    this.values.push(Array.from({ length: this.width }, () => null));
    this.formats.push(Array.from({ length: this.width }, () => undefined));
    return this.values.length - 1;
  }

  set(row: number, col: number, value: CellValue, numberFormat?: string): void {
    this.values[row]![col] = value;
    if (numberFormat !== undefined) this.formats[row]![col] = numberFormat;
  }

  /** Rows `top`…`bottom` across columns `left`…`right` (the whole width by default). */
  span(top: number, bottom: number, left = 0, right = this.width - 1): CellRange {
    return { top, bottom, left, right };
  }

  merge(range: CellRange): void {
    this.merges.push(range);
  }

  style(range: CellRange, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  toGrid(name: string, columnWidths: readonly number[], print: PrintSetup): Grid {
    return { name, values: this.values, numberFormats: this.formats, merges: this.merges, columnWidths, styles: this.styles, print };
  }
}
