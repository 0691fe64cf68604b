/**
 * xlsx 适配器 — reads .xlsx files into host-agnostic Grids and writes Grids to .xlsx, with ExcelJS.
 * The CLI and tests use it; inside Excel the Office.js adapter (src/excel) plays the same part, and
 * the task pane's worker reads last year's workbook with read-buffer.ts alone (free of Node APIs).
 */
export { UnusableInputError } from './errors';
export { readWorkbookFile } from './read';
export { readWorkbookBuffer } from './read-buffer';
export { writeWorkbookBuffer, writeWorkbookFile } from './write';
