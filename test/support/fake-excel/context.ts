/**
 * The fake request context: queues operations like Office.js does, runs them in order on
 * `sync()`, and records each batch — operations, distinct proxy objects touched, request and
 * response payload sizes, whether calculation was suspended, and every write to cell contents.
 *
 * Like Excel on the web it refuses a request or a response over 5 MB
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
import { FakeOfficeError } from './errors';
import { requireMember } from './requirements';

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

const utf8 = new TextEncoder();

/** Size of a value as it would travel: its JSON in UTF-8 (a Chinese character is 3 bytes). */
export function jsonBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value ?? null)).length;
}

/** One write to cell contents (values or formulas, or a clear of contents). */
export interface ContentWrite {
  readonly sheet: string;
  readonly address: string;
  readonly property: 'values' | 'formulas' | 'clear';
}

/** What one `context.sync()` carried. */
export interface BatchRecord {
  readonly operations: number;
  /** Distinct proxy objects the batch created or acted on. */
  readonly proxies: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly calculationSuspended: boolean;
  readonly contentWrites: readonly ContentWrite[];
}

/** A proxy object as the context sees it: an identity for counting. */
export interface QueuedBy {
  readonly id: number;
}

/** Filled in by operations while a batch runs. */
export interface BatchRun {
  responseBytes: number;
  calculationSuspended: boolean;
  readonly contentWrites: ContentWrite[];
}

interface Operation {
  readonly proxy: QueuedBy;
  readonly requestBytes: number;
  readonly run: (batch: BatchRun) => void;
}

export interface FakeLimits {
  /** Largest request or response payload, in bytes (5 MB as in Excel on the web). */
  readonly payloadBytes: number;
  /**
   * The newest ExcelApi requirement set this Excel supports, e.g. "1.14" for Excel 2021 or "1.7"
   * for Office 2019 (default: all). A member newer than that (requirements.ts) fails the batch
   * with ApiNotFound, as an older Excel does.
   */
  readonly excelApi?: string;
}

export class FakeContextCore {
  readonly batches: BatchRecord[] = [];
  private queue: Operation[] = [];
  private nextId = 1;

  constructor(readonly limits: FakeLimits = { payloadBytes: PAYLOAD_LIMIT_BYTES }) {}

  /** ApiNotFound when this Excel is older than `member` needs (requirements.ts); call it in an operation. */
  requireMember(member: string): void {
    requireMember(this.limits.excelApi, member);
  }

  newProxyId(): number {
    return this.nextId++;
  }

  /** Queues an operation; `payload` is what would travel in the request (for its size). */
  enqueue(proxy: QueuedBy, payload: unknown, run: (batch: BatchRun) => void): void {
    const requestBytes = 32 + (payload === undefined ? 0 : jsonBytes(payload));
    this.queue.push({ proxy, requestBytes, run });
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    // Like the real context, nothing loaded is readable before the promise settles.
    await Promise.resolve();
    const operations = this.queue;
    this.queue = [];
    const requestBytes = operations.reduce((sum, op) => sum + op.requestBytes, 0);
    const run: BatchRun = { responseBytes: 0, calculationSuspended: false, contentWrites: [] };
    const record = (): void => {
      this.batches.push({
        operations: operations.length,
        proxies: new Set(operations.map((op) => op.proxy.id)).size,
        requestBytes,
        responseBytes: run.responseBytes,
        calculationSuspended: run.calculationSuspended,
        contentWrites: run.contentWrites,
      });
    };
    if (requestBytes > this.limits.payloadBytes) {
      record();
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload (${requestBytes} bytes) exceeds the limit.`);
    }
    try {
      for (const op of operations) op.run(run);
    } finally {
      record();
    }
    if (run.responseBytes > this.limits.payloadBytes) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload (${run.responseBytes} bytes) exceeds the limit.`);
    }
  }
}
