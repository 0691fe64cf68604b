/**
 * The pane's core work goes to its worker as plain data and comes back as plain data: what a worker
 * answers (through structured cloning, as postMessage copies) is what the core computes in this
 * thread; without a worker, or when one cannot start or load, the job runs in this thread.
 */
import { paramsSheet, sampleParams } from '../../src/core/params';
import { prepareReport } from '../../src/core/report';
import { rollForward } from '../../src/core/rollforward';
import { sampleDisclosure, sampleWorkbook } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import { answer, type CoreReply, type CoreRequest } from '../../src/taskpane/coreJobs';
import { CoreJobError, offThread, type SpawnWorker } from '../../src/taskpane/offThread';
import { writeWorkbookBuffer } from '../../src/xlsx';

const sample = sampleDisclosure();
const workbook = [
  ...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }),
  paramsSheet(sampleParams()),
];
const expected = prepareReport(workbook, { policy: 'tight' });

type Behaviour = 'answer' | 'fail to load' | 'refuse the message';

/** A stand-in Worker that runs the job on a structured clone of each message, as a browser does. */
class CloningWorker {
  onmessage: ((event: MessageEvent<CoreReply>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: Event) => void) | null = null;
  posted = 0;
  terminated = false;
  constructor(private readonly behaviour: Behaviour) {}
  postMessage(request: CoreRequest): void {
    if (this.behaviour === 'refuse the message') throw new DOMException('could not be cloned', 'DataCloneError');
    this.posted += 1;
    const copy = structuredClone(request);
    setTimeout(() => {
      if (this.behaviour === 'fail to load') this.onerror?.(new Event('error'));
      else void answer(copy).then((reply) => this.onmessage?.(new MessageEvent('message', { data: structuredClone(reply) })));
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function spawning(behaviour: Behaviour) {
  const workers: CloningWorker[] = [];
  const spawn: SpawnWorker = () => {
    const worker = new CloningWorker(behaviour);
    workers.push(worker);
    return worker as unknown as Worker;
  };
  return { spawn, workers };
}

describe('offThread', () => {
  it('gives, through a worker, the review and the unfinished 情况说明 the core gives in this thread', async () => {
    const { spawn, workers } = spawning('answer');
    const { status } = await offThread({ kind: 'status', workbook, policy: 'tight' }, spawn);
    expect(status.findings).toEqual(expected.review.findings);
    expect(status.summary).toEqual(expected.review.summary);
    expect(status.unfinished).toEqual(expected.unfinished);
    expect(status.tables).toHaveLength(13);
    expect(status.paramsSheet).toBe('参数');
    expect(workers.map((worker) => [worker.posted, worker.terminated])).toEqual([[1, true]]);
  });

  it('generates the 情况说明 and the report through a worker: plain data that survives the copy', async () => {
    const { spawn } = spawning('answer');
    const { narrative, status } = await offThread({ kind: 'narrative', workbook, policy: 'tight' }, spawn);
    expect(status.unfinished).toEqual(expected.unfinished);
    expect(narrative.title).toBe(expected.narrative.title);
    expect(narrative.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.segments)).some((segment) => segment.text === '4,510.52万元' && segment.kind === 'number')).toBe(true);
    const { document } = await offThread({ kind: 'report', workbook, policy: 'tight' }, spawn);
    expect(document.draft).toEqual({ unfinished: 1, errors: 0 });
    expect(document.sheet.name).toBe('公开文本');
    expect(Buffer.from(document.docx.subarray(0, 2)).toString('latin1')).toBe('PK');
  });

  it('carries last year\'s file (a Blob) to the worker, which reads it: the same comparison as in this thread, also when the worker fails to load', async () => {
    const file = new Blob([new Uint8Array(await writeWorkbookBuffer(sampleWorkbook()))]);
    const rolled = rollForward(sampleWorkbook());
    if (rolled.kind !== 'rolled') throw new Error(rolled.reason);
    const next = [...layoutWorkbook({ family: 'budget13', department: sample.department, year: 2025, unit: sample.unit, codeLayout: 'single', data: sample.data }), paramsSheet(rolled.params)];
    const request = { kind: 'status', workbook: next, policy: 'tight', previous: { name: '2024.xlsx', file } } as const;
    const inThread = (await offThread(request)).status;
    expect(inThread.previous?.figures.length).toBeGreaterThan(0);
    expect((await offThread(request, spawning('answer').spawn)).status).toEqual(inThread);
    expect((await offThread(request, spawning('fail to load').spawn)).status).toEqual(inThread);
  });

  it('works in this thread when there is no worker, when it cannot start, its script cannot load or the workbook cannot be posted', async () => {
    const failing = spawning('fail to load');
    const refusing = spawning('refuse the message');
    const refused: SpawnWorker = () => {
      throw new DOMException('workers are not allowed here', 'SecurityError');
    };
    const request = { kind: 'status', workbook, policy: 'tight' } as const;
    const replies = [await offThread(request), await offThread(request, failing.spawn), await offThread(request, refused), await offThread(request, refusing.spawn)];
    expect(replies.map((reply) => reply.status.summary)).toEqual(Array(4).fill(expected.review.summary));
    expect([...failing.workers, ...refusing.workers].map((worker) => worker.terminated)).toEqual([true, true]);
  });

  it('reports the core\'s misuse error from the worker as a CoreJobError with its message', async () => {
    const { spawn } = spawning('answer');
    const request = { kind: 'status', workbook, policy: 'loose' } as unknown as CoreRequest;
    await expect(offThread(request, spawn)).rejects.toThrow(CoreJobError);
    expect(await answer(request)).toEqual({ kind: 'failed', message: expect.stringContaining('loose') });
  });
});
