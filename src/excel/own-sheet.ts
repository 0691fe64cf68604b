/**
 * 本工具的工作表 — replaces the contents of a sheet that belongs to the add-in, such as the hidden
 * `_校验说明` where accepted findings are kept (core/rules/acceptances.ts). Only those names are
 * accepted: a user's sheet is never overwritten (layOutGrids writes new sheets instead).
 *
 * Two syncs: whether the sheet exists; then clear it (or add it) and write the Grid.
 */
import type { ExcelContext } from './api';
import type { Grid } from '../core/grid';
import { ACCEPTANCE_SHEET } from '../core/rules/acceptances';
import { type CapabilityOptions, hostCapabilities } from './capabilities';
import { writeGrid } from './layout';

/** Sheets the add-in owns and may rewrite. */
export const OWN_SHEETS: readonly string[] = [ACCEPTANCE_SHEET];

/** Misuse: asked to rewrite a sheet the add-in does not own. */
export class NotOwnSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`"${sheet}" is not one of the add-in's own sheets (${OWN_SHEETS.join(', ')}); lay it out as a new sheet instead`);
    this.name = 'NotOwnSheetError';
  }
}

/**
 * Writes the Grid over the add-in's own sheet of the same name, creating it when missing.
 * @example await Excel.run((context) => writeOwnSheet(context, acceptanceSheet(acceptances)));
 * @throws NotOwnSheetError for any other sheet name
 */
export async function writeOwnSheet(context: ExcelContext, grid: Grid, options: CapabilityOptions = {}): Promise<void> {
  if (!OWN_SHEETS.includes(grid.name)) throw new NotOwnSheetError(grid.name);
  const existing = context.workbook.worksheets.getItemOrNullObject(grid.name);
  await context.sync();
  let sheet = existing;
  if (existing.isNullObject) {
    sheet = context.workbook.worksheets.add(grid.name);
  } else {
    sheet.getRange().clear('All');
  }
  writeGrid(sheet, grid, options.capabilities ?? hostCapabilities());
  await context.sync();
}
