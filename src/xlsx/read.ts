/**
 * 读取工作簿文件 — an .xlsx file on disk → Grids: the CLI's reader. The bytes are read as
 * read-buffer.ts reads them, which is all the task pane uses.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Workbook } from '../core/grid';
import { UnusableInputError } from './errors';
import { readWorkbookBuffer } from './read-buffer';

/**
 * Reads an .xlsx file into Grids, one per worksheet in workbook order.
 *
 * @throws UnusableInputError when the file is missing, is not an .xlsx (e.g. .xls, .csv), cannot be
 *   read by ExcelJS, or holds no data — with a zh-CN reason naming the file.
 * @example const workbook = await readWorkbookFile('阳城县应急管理局-2024.xlsx');
 */
export async function readWorkbookFile(file: string): Promise<Workbook> {
  const name = path.basename(file);
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnusableInputError(`找不到文件“${file}”。`, { cause: error });
    if (code === 'EISDIR') throw new UnusableInputError(`“${file}”是一个文件夹，不是 .xlsx 文件。`, { cause: error });
    if (code === 'EACCES' || code === 'EPERM') throw new UnusableInputError(`没有权限读取文件“${file}”。`, { cause: error });
    throw new UnusableInputError(`无法读取文件“${file}”（${code ?? '未知原因'}）。`, { cause: error });
  }
  return readWorkbookBuffer(buffer, name);
}
