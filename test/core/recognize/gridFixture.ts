/** Builds small Grids for recognition tests from rows of cells and A1 merge ranges. */
import { rangeFromA1 } from '../../../src/core/grid';
import type { CellValue, Grid } from '../../../src/core/grid';

/**
 * A sheet from rows as a finance user would type them; '' is a blank cell.
 * @example sheet('表', [['2024年预算收入总表'], ['单位：万元']], ['A1:C1'])
 */
export function sheet(name: string, rows: readonly (readonly CellValue[])[], merges: readonly string[] = []): Grid {
  return {
    name,
    values: rows.map((row) => row.map((v) => (v === '' ? null : v))),
    merges: merges.map(rangeFromA1),
  };
}
