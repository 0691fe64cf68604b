/**
 * 审核子线程 — a worker thread of the review pool: receives { index, file, policy }, answers
 * { index, review }. A defect while reviewing one file is answered as that file's failure, so the
 * pool goes on with the others.
 */
import { parentPort } from 'node:worker_threads';
import type { RoundingPolicy } from '../../core/rules/rounding';
import { internalFailure } from './pool';
import { reviewWorkbookFile } from './review-one';

const port = parentPort;
if (port) {
  port.on('message', (task: { index: number; file: string; policy: RoundingPolicy }) => {
    reviewWorkbookFile(task.file, task.policy)
      .catch((error: unknown) => internalFailure(task.file, error))
      .then((review) => port.postMessage({ index: task.index, review }));
  });
}
