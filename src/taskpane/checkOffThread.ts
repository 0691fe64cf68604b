/**
 * Runs a check's core work in the check worker, or in this thread where no worker can start (no
 * Worker in the host's browser, or the worker script cannot load): the same CheckReply either way.
 */
import type { CheckReply, CheckReport, CheckRequest } from './checkJob';

/**
 * The worker's script, relative to taskpane.html (webpack.config.js builds it as an entry of its
 * own). The page's CSP allows it: worker-src 'self'.
 */
export const CHECK_WORKER_SCRIPT = 'check-worker.js';

/** Starts a check worker; in the pane `() => new Worker(CHECK_WORKER_SCRIPT)`. */
export type SpawnWorker = () => Worker;

/** The core threw while checking: a programming error, shown to the user as its message. */
export class CheckFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckFailedError';
  }
}

/**
 * The report of a check, computed in a worker when `spawn` is given and the worker starts,
 * else in this thread.
 * @throws CheckFailedError when the core threw (never for a user's workbook)
 */
export async function checkOffThread(request: CheckRequest, spawn?: SpawnWorker): Promise<CheckReport> {
  const reply = (spawn ? await askWorker(request, spawn) : undefined) ?? (await inThread(request));
  if (reply.kind === 'failed') throw new CheckFailedError(reply.message);
  return reply.report;
}

async function inThread(request: CheckRequest): Promise<CheckReply> {
  const { answerCheck } = await import(/* webpackChunkName: "core-check" */ './checkJob');
  return answerCheck(request);
}

/** The worker's reply, or undefined when it could not start or load (the caller then works in-thread). */
function askWorker(request: CheckRequest, spawn: SpawnWorker): Promise<CheckReply | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = spawn();
    } catch {
      // A host that refuses workers (SecurityError) still gets its check, in this thread.
      resolve(undefined);
      return;
    }
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    const fallBack = (event: Event) => {
      // The script failed to load or a message could not be cloned: not the user's concern.
      event.preventDefault();
      worker.terminate();
      resolve(undefined);
    };
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
    try {
      worker.postMessage(request);
    } catch {
      // DataCloneError: a value the host's reader gave that cannot be copied; this thread can use it as is.
      worker.terminate();
      resolve(undefined);
    }
  });
}
