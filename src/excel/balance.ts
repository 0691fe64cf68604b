/**
 * 舍位平衡, confirmed — writes the adjusted figures into their cells and records each change with
 * before and after in the add-in's own `_校验说明` sheet. The one job that writes a value into a
 * user's cell: only what the user confirmed from the list the task pane showed (core/balance).
 *
 * Two syncs: the figures go with writeOwnSheet's first sync (whether `_校验说明` exists), the
 * record with its second.
 */
import type { ExcelContext, WorksheetApi } from './api';
import type { CellValue, Grid } from '../core/grid';
import type { CapabilityOptions } from './capabilities';
import { toWritable } from './cells';
import { writeOwnSheet } from './own-sheet';

/** A figure to write: a number, or text where the cell held the figure as text. */
export interface BalancedCell {
  readonly sheet: string;
  readonly cell: string;
  readonly value: CellValue;
}

/**
 * Writes the balanced figures and the record (`acceptanceSheet` with the changes added).
 * @example await Excel.run((context) => writeBalance(context, write.cells, write.record));
 * @throws NotOwnSheetError when `record` is not the add-in's own sheet
 */
export async function writeBalance(context: ExcelContext, cells: readonly BalancedCell[], record: Grid, options: CapabilityOptions = {}): Promise<void> {
  const sheets = new Map<string, WorksheetApi>();
  for (const { sheet, cell, value } of cells) {
    const worksheet = sheets.get(sheet) ?? context.workbook.worksheets.getItem(sheet);
    sheets.set(sheet, worksheet);
    worksheet.getRange(cell).values = [[toWritable(value)]];
  }
  await writeOwnSheet(context, record, options);
}
