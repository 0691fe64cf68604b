/**
 * 参数定位 — where a field's value is entered in a 参数 sheet as the user has it: the row whose label
 * (or a declared alias) names the field, in the value column; the default layout's cell when the
 * sheet has no such row. The task pane's “定位” buttons select this cell (issue 15).
 */
import { cellAt, cellText, toA1, type CellRef, type Grid } from '../grid';
import { paramField } from './schema';
import { defaultParamCell, labelKey } from './sheet';

/** The label column and the value column of the 参数 sheet (paramsSheet lays them out in A and B). */
const LABEL_COL = 0;
const VALUE_COL = 1;

/**
 * The value cell of field `id` in `grid` (a 参数 sheet).
 * @example paramValueCell(paramsSheet(), 'department') // { sheet: '参数', cell: 'B8' }
 * @throws UnknownParamError when `id` is not a declared field
 */
export function paramValueCell(grid: Grid, id: string): CellRef {
  const field = paramField(id);
  const keys = new Set([field.label, ...(field.aliases ?? [])].map(labelKey));
  const row = grid.values.findIndex((_, r) => keys.has(labelKey(cellText(cellAt(grid, r, LABEL_COL)))));
  return row < 0 ? { ...defaultParamCell(id), sheet: grid.name } : { sheet: grid.name, cell: toA1(row, VALUE_COL) };
}
