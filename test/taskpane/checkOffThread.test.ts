/**
 * 校验's core work goes to the check worker as plain data and comes back as plain data: what a worker
 * answers (through structured cloning, as postMessage copies) is what the core computes in this
 * thread; without a worker, or when one cannot start or load, the check runs in this thread.
 */
import { checkWorkbook } from '../../src/core/check';
import { paramsSheet, sampleParams } from '../../src/core/params';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import { answerCheck, type CheckReply, type CheckRequest } from '../../src/taskpane/checkJob';
import { CheckFailedError, checkOffThread, type SpawnWorker } from '../../src/taskpane/checkOffThread';

const sample = sampleDisclosure();
const workbook = [
  ...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }),
  paramsSheet(sampleParams()),
];
const expected = checkWorkbook(workbook, { policy: 'tight' });

type Behaviour = 'answer' | 'fail to load' | 'refuse the message';

/** A stand-in Worker that runs the check job on a structured clone of each message, as a browser does. */
class CloningWorker {
  onmessage: ((event: MessageEvent<CheckReply>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: Event) => void) | null = null;
  posted = 0;
  terminated = false;
  constructor(private readonly behaviour: Behaviour) {}
  postMessage(request: CheckRequest): void {
    if (this.behaviour === 'refuse the message') throw new DOMException('could not be cloned', 'DataCloneError');
    this.posted += 1;
    const copy = structuredClone(request);
    setTimeout(() => {
      if (this.behaviour === 'fail to load') this.onerror?.(new Event('error'));
      else this.onmessage?.(new MessageEvent('message', { data: structuredClone(answerCheck(copy)) }));
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

describe('checkOffThread', () => {
  it('gives, through a worker, the counts and findings the core gives in this thread', async () => {
    const { spawn, workers } = spawning('answer');
    const report = await checkOffThread({ workbook, policy: 'tight' }, spawn);
    expect(report).toEqual({ tables: expected.recognition.tables.length, findings: expected.findings, summary: expected.summary });
    expect(report.summary.info).toBeGreaterThan(0);
    expect(workers.map((worker) => [worker.posted, worker.terminated])).toEqual([[1, true]]);
  });

  it('checks in this thread when there is no worker', async () => {
    const report = await checkOffThread({ workbook, policy: 'tight' });
    expect(report.summary).toEqual(expected.summary);
    expect(report.findings).toEqual(expected.findings);
  });

  it('checks in this thread when the worker cannot start, its script cannot load or the workbook cannot be posted', async () => {
    const failing = spawning('fail to load');
    const refusing = spawning('refuse the message');
    const refused: SpawnWorker = () => {
      throw new DOMException('workers are not allowed here', 'SecurityError');
    };
    const reports = [
      await checkOffThread({ workbook, policy: 'tight' }, failing.spawn),
      await checkOffThread({ workbook, policy: 'tight' }, refused),
      await checkOffThread({ workbook, policy: 'tight' }, refusing.spawn),
    ];
    expect(reports.map((report) => report.summary)).toEqual([expected.summary, expected.summary, expected.summary]);
    expect([...failing.workers, ...refusing.workers].map((worker) => worker.terminated)).toEqual([true, true]);
  });

  it('reports the core\'s misuse error from the worker as a CheckFailedError with its message', async () => {
    const { spawn } = spawning('answer');
    const request = { workbook, policy: 'loose' } as unknown as CheckRequest;
    await expect(checkOffThread(request, spawn)).rejects.toThrow(CheckFailedError);
    expect(answerCheck(request)).toEqual({ kind: 'failed', message: expect.stringContaining('loose') });
  });
});
