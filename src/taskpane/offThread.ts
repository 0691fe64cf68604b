/**
 * Runs the pane's core jobs (coreJobs.ts) in the pane's worker, or in this thread where no worker
 * can start (no Worker in the host's browser, or the worker script cannot load): the same reply
 * either way. Heavy work — the review, the 情况说明, the report and its Word file — never blocks the
 * pane (issue 15 item 11).
 */
import type { CoreReply, CoreRequest } from './coreJobs';

/**
 * The worker's script, relative to taskpane.html (webpack.config.js builds it as an entry of its
 * own). The page's CSP allows it: worker-src 'self'.
 */
export const CHECK_WORKER_SCRIPT = 'check-worker.js';

/** Starts a worker; in the pane `() => new Worker(CHECK_WORKER_SCRIPT)`. */
export type SpawnWorker = () => Worker;

/** The core threw: a programming error, never a user's workbook. */
export class CoreJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoreJobError';
  }
}

/** The reply of the kind asked for. */
type ReplyTo<K extends CoreRequest['kind']> = Extract<CoreReply, { kind: K }>;

/**
 * The answer to `request`, computed in a worker when `spawn` is given and the worker starts, else
 * in this thread.
 * @throws CoreJobError when the core threw
 */
export async function offThread<R extends CoreRequest>(request: R, spawn?: SpawnWorker): Promise<ReplyTo<R['kind']>> {
  const reply = (spawn ? await askWorker(request, spawn) : undefined) ?? (await inThread(request));
  if (reply.kind === 'failed') throw new CoreJobError(reply.message);
  return reply as ReplyTo<R['kind']>;
}

async function inThread(request: CoreRequest): Promise<CoreReply> {
  const { answer } = await import(/* webpackChunkName: "core-jobs" */ './coreJobs');
  return answer(request);
}

/** The worker's reply, or undefined when it could not start or load (the caller then works in-thread). */
function askWorker(request: CoreRequest, spawn: SpawnWorker): Promise<CoreReply | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = spawn();
    } catch {
      // A host that refuses workers (SecurityError) still gets its answer, in this thread.
      resolve(undefined);
      return;
    }
    worker.onmessage = (event: MessageEvent<CoreReply>) => {
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
