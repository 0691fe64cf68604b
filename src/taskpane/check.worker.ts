/**
 * The check worker (a webpack entry of its own, dist/check-worker.js): answers each CheckRequest
 * posted to it with a CheckReply, off the pane's UI thread, so a large workbook never freezes the
 * pane (issue 6: "never freezes the pane").
 */
import { answerCheck, type CheckReply, type CheckRequest } from './checkJob';

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(reply: CheckReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(answerCheck(event.data));
