/**
 * 定位参数 — selects where a 参数 field is filled in: the workbook's 参数 sheet (named 参数, or
 * titled 情况说明参数 in A1, as core/params finds it), the row that names the field (a user may have
 * moved rows), its value cell. Four syncs, each small: the sheet names; each sheet's A1; the 参数
 * sheet's used range; the selection.
 */
import type { ExcelContext } from './api';
import type { CellValue, Grid } from '../core/grid';
import { findParamsSheet } from '../core/params/sheet';
import { paramValueCell } from '../core/params/locate';
import { fromExcel } from './cells';

/**
 * Selects the value cell of 参数 field `id`. Returns the cell selected, or undefined (nothing
 * selected) when the workbook has no 参数 sheet.
 * @example await Excel.run((context) => selectParamField(context, 'lastYear.incomeTotal')) // { sheet: '参数', cell: 'B12' }
 */
export async function selectParamField(context: ExcelContext, id: string): Promise<{ sheet: string; cell: string } | undefined> {
  const collection = context.workbook.worksheets.load(['items/name']);
  await context.sync();
  const firsts = collection.items.map((sheet) => ({ name: sheet.name, a1: sheet.getRange('A1').load(['values', 'valueTypes']) }));
  await context.sync();
  const found = findParamsSheet(firsts.map(({ name, a1 }) => ({ name, values: [[fromExcel(a1.values[0]?.[0], a1.valueTypes[0]?.[0])]], merges: [] })));
  if (!found) return undefined;

  const sheet = context.workbook.worksheets.getItem(found.name);
  const used = sheet.getUsedRangeOrNullObject(true).load(['values', 'valueTypes', 'rowIndex', 'columnIndex']);
  await context.sync();
  // Cells placed at their A1 positions, so that the row found is the sheet's row.
  const values: CellValue[][] = used.isNullObject
    ? []
    : [
        ...Array.from({ length: used.rowIndex }, () => []),
        ...used.values.map((row, r) => [...Array.from({ length: used.columnIndex }, () => null), ...row.map((value, c) => fromExcel(value, used.valueTypes[r]?.[c]))]),
      ];
  const grid: Grid = { name: found.name, values, merges: [] };
  const target = paramValueCell(grid, id);
  sheet.activate();
  sheet.getRange(target.cell).select();
  await context.sync();
  return target;
}
