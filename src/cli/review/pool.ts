/**
 * 并行审核 — reviews many files on every core with worker threads, a few in-process.
 *
 * Checking is CPU-bound (recognition, rules) and ExcelJS parsing too, so a county's folder of
 * dozens of workbooks goes faster on two cores; for a handful of files starting workers costs more
 * than it saves. Results come back in input order whatever order the workers finish in.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RoundingPolicy } from '../../core/rules/rounding';
import { reviewWorkbookFile } from './review-one';
import type { UnusableFile, WorkbookReview } from './types';

/** Above this many files the pool uses worker threads. */
export const WORKER_THRESHOLD = 8;

/** Options of {@link reviewFiles}. */
export interface ReviewPoolOptions {
  readonly policy: RoundingPolicy;
  /** Worker threads to use; default: the machine's cores when there are more than 8 files, else none. */
  readonly jobs?: number;
  /** Called after each file, in completion order. */
  readonly onProgress?: (done: number, total: number, review: WorkbookReview) => void;
}

/** The compiled worker beside this module (lib/cli/review/worker.js); absent when running from the TS sources. */
const WORKER_FILE = path.join(__dirname, 'worker.js');

/** A defect of this program while reviewing one file, recorded as that file's row so that the batch goes on. */
export function internalFailure(file: string, error: unknown): UnusableFile {
  const message = error instanceof Error ? error.message : String(error);
  return { status: 'unusable', file, reason: `内部错误：${message}（这是程序缺陷，不是文件的问题；请报告此问题）` };
}

/** How many worker threads a batch of `count` files gets (0: review in this thread). */
export function workerCount(count: number, jobs: number | undefined): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const wanted = jobs ?? (count > WORKER_THRESHOLD ? cores : 0);
  if (wanted <= 1 || !fs.existsSync(WORKER_FILE)) return 0;
  return Math.min(wanted, count);
}

/** The reviews in input order, and how many worker threads did them (0: this thread). */
export interface PoolResult {
  readonly reviews: WorkbookReview[];
  readonly threads: number;
}

/**
 * Reviews every file, in worker threads when there are many.
 * @example const { reviews } = await reviewFiles(['a.xlsx', 'b.xlsx'], { policy: 'tight' });
 */
export async function reviewFiles(files: readonly string[], options: ReviewPoolOptions): Promise<PoolResult> {
  const results: WorkbookReview[] = new Array<WorkbookReview>(files.length);
  let done = 0;
  const finish = (index: number, review: WorkbookReview): void => {
    results[index] = review;
    done++;
    options.onProgress?.(done, files.length, review);
  };
  const threads = workerCount(files.length, options.jobs);
  if (threads === 0) {
    for (const [index, file] of files.entries()) {
      finish(index, await reviewWorkbookFile(file, options.policy).catch((error: unknown) => internalFailure(file, error)));
    }
    return { reviews: results, threads: 0 };
  }

  let next = 0;
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = (): void => {
      const worker = new Worker(WORKER_FILE);
      let current: number | undefined;
      running++;
      const feed = (): void => {
        if (next >= files.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, file: files[current], policy: options.policy });
      };
      worker.on('message', (message: { index: number; review: WorkbookReview }) => {
        finish(message.index, message.review);
        feed();
      });
      // A worker that dies (out of memory on a huge file) fails its file only; a fresh worker takes over.
      worker.on('error', (error) => {
        if (current !== undefined) finish(current, internalFailure(files[current] ?? '', error));
        current = undefined;
        if (next < files.length) start();
      });
      worker.on('exit', () => {
        running--;
        if (running === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
  return { reviews: results, threads };
}
