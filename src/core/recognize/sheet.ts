/**
 * 工作表读取 — small read helpers over a Grid that recognition shares: the text a cell shows
 * (a merged region shows its top-left value everywhere), blank rows, row contents.
 */
import { cellAt, cellText, isBlank, mergeAt } from '../grid';
import type { CellValue, Grid } from '../grid';

/** The value a cell holds, or its merged region's top-left value. */
export function shownValue(grid: Grid, row: number, col: number): CellValue {
  const merge = mergeAt(grid, row, col);
  return merge ? cellAt(grid, merge.top, merge.left) : cellAt(grid, row, col);
}

/** The text a cell holds (not the merged region's), trimmed; '' for blank. */
export function textAt(grid: Grid, row: number, col: number): string {
  return cellText(cellAt(grid, row, col));
}

/** Columns of the row holding something, between `left` and `right` inclusive. */
export function filledColumns(grid: Grid, row: number, left = 0, right = Number.MAX_SAFE_INTEGER): number[] {
  const cols: number[] = [];
  const values = grid.values[row] ?? [];
  const last = Math.min(right, values.length - 1);
  for (let c = Math.max(0, left); c <= last; c++) if (!isBlank(values[c] ?? null)) cols.push(c);
  return cols;
}

/** True when the row holds nothing between `left` and `right`. */
export function isBlankRow(grid: Grid, row: number, left = 0, right = Number.MAX_SAFE_INTEGER): boolean {
  return filledColumns(grid, row, left, right).length === 0;
}
