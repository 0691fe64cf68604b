/**
 * 收集文件 — the files of a review batch: every file of each folder given (sub-folders included,
 * sorted by path), and each file given by name. Hidden files and Excel's lock files (~$名称.xlsx)
 * are not submissions; everything else is reviewed, so that a wrong file in the folder is listed
 * with its reason instead of being silently skipped.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

function isSubmission(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$');
}

function walk(dir: string): string[] {
  const files: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const entry of entries) {
    if (!isSubmission(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/**
 * The files to review, in a stable order; a missing path is kept (it is reported as unusable).
 * @example collectFiles(['submissions/']) // ['submissions/县财政局.xlsx', …]
 */
export function collectFiles(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false });
    if (stat?.isDirectory()) files.push(...walk(input));
    else files.push(input);
  }
  return [...new Set(files)];
}
