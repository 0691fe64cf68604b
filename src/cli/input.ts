/**
 * 读取工作簿 — the user's workbook, read the same way by every command that takes one.
 */
import type { Workbook } from '../core/grid';

/**
 * Reads the .xlsx `file` as Grids.
 * @throws UnusableInputError with a zh-CN reason when the file is missing or not a workbook
 *   (main.ts prints it on one line, exit code 2).
 */
export async function readInputWorkbook(file: string): Promise<Workbook> {
  // ExcelJS takes most of the CLI's start-up time; load it only when a file is read, so --help stays quick.
  const { readWorkbookFile } = await import('../xlsx');
  return readWorkbookFile(file);
}
