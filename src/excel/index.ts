/**
 * The Office.js adapter: the only code that touches Excel. Each job takes a request context (the
 * real one inside `Excel.run`, or the fake in tests) and documents its number of syncs.
 */
export type { ExcelContext } from './api';
export { readWorkbook, type ReadOptions, DEFAULT_MAX_CELLS_PER_SYNC } from './read';
export { layOutGrids, type LayOutOptions } from './layout';
export { markFindings, clearMarks, SEVERITY_FILL, NOTE_PREFIX, type MarkableFinding, type MarkOptions, type MarkResult } from './marks';
export { MARK_RECORD_SHEET } from './marks-record';
export { writeNarrativeSheet, narrativeLines, type NarrativeLine } from './narrative';
export { addChart, type ChartSpec, type ChartKind, type PlacedChart, ChartSpecError } from './chart';
export { selectCell } from './select';
export { writeOwnSheet, OWN_SHEETS, NotOwnSheetError } from './own-sheet';
export { writeBalance, type BalancedCell } from './balance';
export { uniqueSheetName, asLiteralText } from './cells';
