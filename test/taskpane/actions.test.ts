/**
 * The dispatcher runs each job of src/excel inside one `run` (Excel.run in Excel; the fake workbook here)
 * with the core in between: what the panels get is what the core computes on what the adapter read.
 */
import { createActions, localDate } from '../../src/taskpane/actions';
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
