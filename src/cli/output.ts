/**
 * 输出文件 — writing a result next to the user's files without ever losing one of them:
 * an existing file is replaced only with --force, and a missing folder is created. Every command
 * writes its output (.xlsx, .docx, .md/.txt, .html, .json) through here, so they all refuse and
 * report in the same words.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Grid } from '../core/grid';
import { UsageError } from './errors';

/**
 * Writes Grids to `file` as an .xlsx workbook; refuses to replace an existing file unless `force`.
 * @throws UsageError when the file exists (without force) or cannot be written.
 */
export async function writeOutputWorkbook(file: string, grids: readonly Grid[], force: boolean): Promise<void> {
  // ExcelJS takes most of the CLI's start-up time; load it only when a workbook is written, so --help stays quick.
  const { writeWorkbookBuffer } = await import('../xlsx');
  writeOutputFile(file, await writeWorkbookBuffer(grids), force);
}

/**
 * Writes `data` (bytes, or text as UTF-8) to `file`, creating its folder; an existing file is
 * replaced only with `force`.
 * @throws UsageError when the file exists (without force) or cannot be written.
 */
export function writeOutputFile(file: string, data: string | Uint8Array, force: boolean): void {
  const folder = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    // mkdir -p reports a file standing where the folder should be as EEXIST; it means "not a folder".
    const notFolder = (error as NodeJS.ErrnoException).code === 'EEXIST';
    throw outputError(file, notFolder ? Object.assign(new Error(`${folder} is a file, not a folder`), { code: 'ENOTDIR', cause: error }) : error);
  }
  try {
    fs.writeFileSync(file, data, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
  } catch (error) {
    throw outputError(file, error);
  }
}

/**
 * Refuses up front, before a long piece of work, when one of `files` exists and `force` is not
 * given — the write would refuse it anyway, but only after the work.
 * @throws UsageError naming the first existing file.
 */
export function refuseExistingOutputs(files: readonly string[], force: boolean): void {
  if (force) return;
  for (const file of files) {
    if (fs.existsSync(file)) throw existsError(file);
  }
}

/** A file-system failure while writing `file`, as a one-line zh-CN reason. */
export function outputError(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EEXIST':
      return existsError(file);
    case 'EACCES':
    case 'EPERM':
      return new UsageError(`没有权限写入“${file}”。`);
    case 'EISDIR':
      // The extension the command asked for (.xlsx, .docx, .md …), as its option parser checked it.
      return new UsageError(`“${file}”是一个文件夹，请给出 ${path.extname(file)} 文件名。`);
    case 'ENOTDIR':
      return new UsageError(`无法写入“${file}”：文件夹“${path.dirname(file)}”的路径上有同名的文件。`);
    case 'EBUSY':
      return new UsageError(`“${file}”正被其他程序占用（可能已在 Excel 中打开），请关闭后再试。`);
    default:
      return code === undefined ? (error as Error) : new UsageError(`无法写入“${file}”（${code}）。`);
  }
}

function existsError(file: string): UsageError {
  return new UsageError(`输出文件“${file}”已存在；如要覆盖，请加上 --force。`);
}
