/**
 * The dispatcher runs each job of src/excel inside one `run` (Excel.run in Excel; the fake workbook here)
 * with the core in between: what the panels get is what the core computes on what the adapter read.
 */
import { createActions, localDate } from '../../src/taskpane/actions';
import { sampleDisclosure } from '../../src/core/sample';
import { FAMILIES } from '../../src/core/templates';
import { FakeWorkbook } from '../support/fake-excel';

function actionsOn(book: FakeWorkbook) {
  let runs = 0;
  const actions = createActions({
    run: (job) => {
      runs += 1;
      return book.run(job);
    },
    notesSupported: true,
  });
  return { actions, runs: () => runs };
}

describe('createActions', () => {
  it('lays out the blank tables and the 参数 sheet in one run', async () => {
    const book = new FakeWorkbook();
    const { actions, runs } = actionsOn(book);
    const sheets = await actions.layOutTemplates({ family: 'budget13', department: '测试局', year: 2025, unit: '元', codeLayout: 'split' });
    expect(sheets).toEqual(book.sheetNames);
    expect(sheets).toHaveLength(14);
    expect(sheets[sheets.length - 1]).toBe('参数');
    expect(runs()).toBe(1);
  });

  it('checks the laid-out sample, marks its findings and accepts one with a 说明', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    await actions.layOutSample('single');
    const first = await actions.check('tight');
    const info = first.result.findings.find((finding) => finding.severity === 'info');
    expect(info).toBeDefined();
    expect(first.marks.marked).toBeGreaterThan(0);
    if (!info) return;
    await actions.acceptFinding(info, '尾差');
    const second = await actions.check('tight');
    expect(second.result.summary.info).toBe(first.result.summary.info - 1);
    expect(second.result.findings.find((finding) => finding.rule === info.rule && finding.cell === info.cell && finding.sheet === info.sheet)?.accepted).toEqual({ note: '尾差' });
  });

  it('refuses to accept an error, before touching the workbook', async () => {
    const book = new FakeWorkbook();
    const { actions, runs } = actionsOn(book);
    await expect(actions.acceptFinding({ rule: 'r', severity: 'error', sheet: '表1', cell: 'B2', message: '' }, '说明')).rejects.toThrow('cannot be accepted');
    expect(runs()).toBe(0);
  });
});

describe('localDate', () => {
  it('writes the date as YYYY-MM-DD in local time', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('createActions: families and roll-forward', () => {
  it('lays out the family chosen, with the 参数 sheet after its tables', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    const sheets = await actions.layOutTemplates({ family: 'budget9', department: '测试局', year: 2025, unit: '元', codeLayout: 'split' });
    expect(sheets).toEqual([...FAMILIES.budget9.tables.map((table) => table.sheetName), '参数']);
    expect(book.sheetNames).toEqual(sheets);
  });

  it('rolls the laid-out sample forward into new sheets for the next year, keeping this year\'s sheets', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    const thisYear = await actions.layOutSample('single');
    const before = thisYear.map((name) => book.sheet(name).valuesFromA1());
    const outcome = await actions.rollForward();
    expect(outcome.kind).toBe('rolled');
    if (outcome.kind !== 'rolled') return;
    const sample = sampleDisclosure();
    expect(outcome.year).toBe(sample.year + 1);
    expect(outcome.sheets).toHaveLength(thisYear.length);
    expect(outcome.sheets.filter((name) => thisYear.includes(name))).toEqual([]);
    expect(book.sheetNames).toEqual([...thisYear, ...outcome.sheets]);
    expect(thisYear.map((name) => book.sheet(name).valuesFromA1())).toEqual(before);
    const titles = book.sheet(outcome.sheets[0] ?? '').valuesFromA1().flat();
    expect(titles.some((value) => typeof value === 'string' && value.includes(`${sample.year + 1}年`))).toBe(true);
    const params = book.sheet(outcome.sheets[outcome.sheets.length - 1] ?? '').valuesFromA1().flat();
    expect(params).toContain(4510.52);
  });

  it('tells why a workbook without disclosure tables cannot be rolled forward, and writes nothing', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    await book.run(async (context) => {
      context.workbook.worksheets.add('笔记').getRange('A1').values = [['备忘']];
      await context.sync();
    });
    const outcome = await actions.rollForward();
    expect(outcome).toEqual({ kind: 'unusable', reason: expect.stringContaining('没有识别出') });
    expect(book.sheetNames).toEqual(['笔记']);
  });
});

describe('createActions: checking', () => {
  it('reads, checks, then marks, telling each step as it starts', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    await actions.layOutSample('single');
    const stages: string[] = [];
    const outcome = await actions.check('tight', (stage) => stages.push(stage));
    expect(stages).toEqual(['reading', 'checking', 'marking']);
    expect(outcome.result.tables).toBeGreaterThan(0);
    expect(outcome.marks.marked).toBe(outcome.result.findings.filter((finding) => !finding.accepted).length);
  });
});
