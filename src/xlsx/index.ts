/**
 * xlsx 适配器 — reads .xlsx files into host-agnostic Grids and writes Grids to .xlsx, with ExcelJS.
 * The CLI and tests use it; inside Excel the Office.js adapter (src/excel) plays the same part.
 */
export { UnusableInputError } from './errors';
export { readWorkbookBuffer, readWorkbookFile } from './read';
export { writeWorkbookBuffer, writeWorkbookFile } from './write';
