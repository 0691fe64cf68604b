/** What a range proxy points at, and how format writes and reads spread over its cells. */
import type { CellRange } from '../../../src/core/grid';
import { type FakeCell, type FakeSheet, MAX_ROWS } from './model';

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: CellRange;
}

export function forEachCell(target: RangeTarget, apply: (cell: FakeCell) => void): void {
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
export function common<V>(target: RangeTarget, read: (cell: FakeCell | undefined) => V): V | null {
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

