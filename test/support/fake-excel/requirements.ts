/**
 * 要求集 — the ExcelApi requirement set each member of the fake needs beyond ExcelApi 1.1, as the
 * `[Api set: …]` annotations of @types/office-js state it (for a property: the version that
 * writing it needs where reading needs less, e.g. `Worksheet.visibility`). A fake Excel created
 * with `excelApi` older than a member's version fails the batch that uses it with `ApiNotFound`,
 * as that Excel does (Excel.ErrorCodes.apiNotFound). test/excel/api-audit.test.ts holds this table
 * to the annotations, for every member here and every member the add-in uses.
 */
import { FakeOfficeError } from './errors';

export const EXCEL_API_OF: Readonly<Record<string, string>> = {
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.visibility': '1.2',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.notes': '1.18',
  'PageLayout.orientation': '1.9',
  'PageLayout.paperSize': '1.9',
  'PageLayout.zoom': '1.9',
  'PageLayout.centerHorizontally': '1.9',
  'PageLayout.setPrintTitleRows': '1.9',
  'Range.rowHidden': '1.2',
  'Range.merge': '1.2',
  'Range.getResizedRange': '1.2',
  'Range.getMergedAreasOrNullObject': '1.13',
  'RangeAreas.address': '1.9',
  'RangeAreas.areaCount': '1.9',
  'RangeFormat.columnWidth': '1.2',
  'RangeFill.pattern': '1.9',
  'RangeFill.patternColor': '1.9',
  'NoteCollection.add': '1.18',
  'NoteCollection.getItemOrNullObject': '1.18',
  'Note.content': '1.18',
  'Note.delete': '1.18',
};

/** `1.13` against `1.9`: requirement-set versions compared by their numbers. */
export function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** Whether an Excel whose newest ExcelApi set is `excelApi` (undefined: every set) has `version`. */
export function hasExcelApi(excelApi: string | undefined, version: string): boolean {
  return excelApi === undefined || compareVersions(excelApi, version) >= 0;
}

/**
 * Fails like an Excel without `member` (`Range.merge`) when `excelApi` is older than the set it
 * needs; call it inside the queued operation, so that the sync rejects.
 */
export function requireMember(excelApi: string | undefined, member: string): void {
  const version = EXCEL_API_OF[member];
  if (version === undefined) throw new Error(`the fake Excel has no requirement set for ${member}: add it to EXCEL_API_OF`);
  if (hasExcelApi(excelApi, version)) return;
  throw new FakeOfficeError('ApiNotFound', `The API you are trying to use could not be found (${member} needs ExcelApi ${version}; this Excel has ${excelApi}).`);
}
