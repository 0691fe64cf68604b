/**
 * 定位 — shows a finding's (or a narrative figure's) source cell: activates its sheet and selects
 * the cell. One sync.
 */
import type { ExcelContext } from './api';

/**
 * Selects `address` on `sheet`. Returns false when the sheet no longer exists (renamed or deleted
 * since the check), so the task pane can say so; nothing is changed then.
 * @example await Excel.run((context) => selectCell(context, '表2 收入总表', 'C8'));
 */
export async function selectCell(context: ExcelContext, sheet: string, address: string): Promise<boolean> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
  // Methods on a null object do nothing: the whole job stays one sync.
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
  return !worksheet.isNullObject;
}
