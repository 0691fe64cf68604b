/**
 * 输出文件 — writing a result next to the user's files without ever losing one of them:
 * an existing file is replaced only with --force, and a missing folder is created.
 */
import * as path from 'node:path';
import type { Grid } from '../core/grid';
import { UsageError } from './errors';

/**
 * Writes Grids to `file`; refuses to replace an existing file unless `force`.
 * @throws UsageError when the file exists (without force) or cannot be written.
 */
export async function writeOutputWorkbook(file: string, grids: readonly Grid[], force: boolean): Promise<void> {
  // ExcelJS takes most of the CLI's start-up time; load it only when a workbook is written, so --help stays quick.
  const { writeWorkbookFile } = await import('../xlsx');
  try {
    await writeWorkbookFile(file, grids, { overwrite: force });
  } catch (error) {
    throw outputError(file, error);
  }
}

/** A file-system failure while writing `file`, as a one-line zh-CN reason. */
export function outputError(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EEXIST':
      return new UsageError(`输出文件“${file}”已存在；如要覆盖，请加上 --force。`);
    case 'EACCES':
    case 'EPERM':
      return new UsageError(`没有权限写入“${file}”。`);
    case 'EISDIR':
      return new UsageError(`“${file}”是一个文件夹，请给出 .xlsx 文件名。`);
    case 'ENOTDIR':
      return new UsageError(`无法写入“${file}”：文件夹“${path.dirname(file)}”的路径上有同名的文件。`);
    case 'EBUSY':
      return new UsageError(`“${file}”正被其他程序占用（可能已在 Excel 中打开），请关闭后再试。`);
    default:
      return code === undefined ? (error as Error) : new UsageError(`无法写入“${file}”（${code}）。`);
  }
}
