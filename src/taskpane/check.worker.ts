/**
 * The pane's worker (a webpack entry of its own, dist/check-worker.js): answers each CoreRequest
 * posted to it — the review, the 情况说明, the report with its Word file — off the pane's UI thread,
 * so a large workbook never freezes the pane. The Word file's bytes are transferred, not copied.
 */
import { answer, type CoreReply, type CoreRequest } from './coreJobs';

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CoreRequest>) => void) | null;
  postMessage(reply: CoreReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) =>
  void answer(event.data).then((reply) => scope.postMessage(reply, reply.kind === 'report' ? [reply.document.docx.buffer as ArrayBuffer] : []));
