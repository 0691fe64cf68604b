/**
 * `budget-disclosure review DIR|FILES… -o summary.html [--json summary.json]` — 批量审核: the
 * finance bureau checks every workbook a county's departments handed in (issue 7, item 4).
 *
 * One row per file in the summary; an unusable file is listed with its reason and never stops the
 * batch. Many files are checked on every core (worker threads). Exit code: 1 when any workbook has
 * an error, else 2 when some file was unusable, else 0.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { ROUNDING_POLICIES } from '../../core/rules/rounding';
import { ExitCode, UsageError } from '../errors';
import { parseOutputPath, parsePolicy } from '../options';
import { refuseExistingOutputs, writeOutputFile } from '../output';
import { collectFiles } from '../review/collect';
import { reviewFiles } from '../review/pool';
import { hasErrors, renderReviewHtml, summarizeReviews } from '../review/summary';
import type { WorkbookReview } from '../review/types';

interface ReviewFlags {
  readonly output?: string;
  readonly json?: string;
  readonly jobs?: string;
  readonly policy?: string;
  readonly force?: boolean;
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = /^\d{1,2}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(jobs >= 1 && jobs <= 64)) throw new UsageError(`选项 --jobs 的值“${value}”无效：应为 1–64 之间的整数（1 表示不用多线程）。`);
  return jobs;
}

/** 进度 — a line that rewrites itself on a terminal, one line per file otherwise (logs, CI). */
function progressLine(done: number, total: number, review: WorkbookReview): string {
  const name = path.basename(review.file);
  const state =
    review.status === 'unusable' ? '无法使用' : `错误 ${review.counts.error}，提示 ${review.counts.warning}，尾差 ${review.counts.rounding}`;
  return `[${done}/${total}] ${name}：${state}`;
}

export function register(program: Command): void {
  program
    .command('review')
    .description('批量审核 (batch review)：检查文件夹中每个工作簿，写出 HTML 汇总（每个文件一行，附详细问题）')
    .argument('<inputs...>', '文件夹或 .xlsx 文件，可以多个 (folders or workbooks)')
    .requiredOption('-o, --output <summary.html>', '输出的 HTML 汇总 (summary page)')
    .option('--json <summary.json>', '另写出 JSON 汇总 (machine-readable summary)')
    .option('--jobs <n>', '并行线程数 (worker threads)；默认：文件多于 8 个时使用全部处理器核心')
    .option('--policy <policy>', `舍入口径 (rounding policy)：${ROUNDING_POLICIES.join('、')}，默认 tight`)
    .option('-f, --force', '覆盖已存在的输出文件 (overwrite existing output files)')
    .action(async (inputs: string[], flags: ReviewFlags) => {
      const output = parseOutputPath(flags.output, '-o, --output', /\.html?$/i, '.html');
      const json = flags.json === undefined ? undefined : parseOutputPath(flags.json, '--json', /\.json$/i, '.json');
      const jobs = parseJobs(flags.jobs);
      const policy = parsePolicy(flags.policy);
      refuseExistingOutputs([output, ...(json ? [json] : [])], flags.force === true);
      const files = collectFiles(inputs).filter((f) => path.resolve(f) !== path.resolve(output) && (!json || path.resolve(f) !== path.resolve(json)));
      if (files.length === 0) throw new UsageError(`在 ${inputs.join('、')} 中没有找到任何文件。`);

      const tty = process.stderr.isTTY === true;
      const { reviews, threads } = await reviewFiles(files, {
        policy,
        ...(jobs === undefined ? {} : { jobs }),
        onProgress: (done, total, review) => {
          const line = progressLine(done, total, review);
          process.stderr.write(tty ? `\r\x1b[K${line}${done === total ? '\n' : ''}` : `${line}\n`);
        },
      });
      const summary = summarizeReviews(reviews);
      const single = inputs.length === 1 && fs.statSync(inputs[0] ?? '', { throwIfNoEntry: false })?.isDirectory();
      writeOutputFile(output, renderReviewHtml(summary, single ? inputs[0] : undefined), flags.force === true);
      if (json) writeOutputFile(json, JSON.stringify(summary, null, 2) + '\n', flags.force === true);

      const { totals } = summary;
      process.stdout.write(
        `已审核 ${totals.files} 个文件${threads > 1 ? `（${threads} 个线程并行）` : ''}：已检查 ${totals.checked} 个，无法使用 ${totals.unusable} 个；` +
          `错误 ${totals.error} 项，提示 ${totals.warning} 项，尾差 ${totals.rounding} 项，情况说明问题 ${totals.narrative} 项。\n`,
      );
      for (const review of reviews) {
        if (review.status === 'unusable') process.stdout.write(`无法使用：${review.file}——${review.reason}\n`);
      }
      process.stdout.write(`汇总已写出 ${output}${json ? `，JSON 已写出 ${json}` : ''}\n`);
      if (reviews.some(hasErrors)) process.exitCode = ExitCode.findings;
      else if (totals.unusable > 0) process.exitCode = ExitCode.unusable;
    });
}
