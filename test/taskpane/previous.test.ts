/**
 * 选择上年工作簿 in the pane, through its core jobs (issue 14 item 4, "Done when": previous year; bad
 * input): the file the user chose goes with the request as a Blob and is read where the review runs.
 * The sample rolled forward to 2025 and filled, checked against the 2024 sample's .xlsx → no
 * previous.* error, the 上年 figures with their cells in 2024's workbook, those 参数 leaves empty
 * filled (so 填写 and the 情况说明 no longer ask for them); a doctored 2024 total → an error naming
 * both workbooks' cells; a corrupt or unrelated file → a Chinese reason, the check itself unchanged.
 */
import type { Grid, Workbook } from '../../src/core/grid';
import { paramsSheet, readParams, type ParamValue } from '../../src/core/params';
import { rollForward } from '../../src/core/rollforward';
import { sampleDisclosure, sampleWorkbook } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import { answer, type CoreReply, type CoreRequest, type WorkbookStatus } from '../../src/taskpane/coreJobs';
import { writeWorkbookBuffer } from '../../src/xlsx';

const sample = sampleDisclosure();
const last = sampleWorkbook();
const rolled = rollForward(last);
if (rolled.kind !== 'rolled') throw new Error(rolled.reason);
const tables2025 = layoutWorkbook({ family: 'budget13', department: sample.department, year: 2025, unit: sample.unit, codeLayout: 'single', data: sample.data });
/** 2025 with its 参数 as rolled forward: the 上年 figures typed in. */
const filled2025: Workbook = [...tables2025, paramsSheet(rolled.params)];
/** 2025 with the 上年 fields of 参数 left empty. */
const bare2025: Workbook = [...tables2025, paramsSheet(Object.fromEntries(Object.entries(rolled.params).filter(([id]) => !id.startsWith('lastYear.'))) as Record<string, ParamValue>)];

const summarySheet = last.find((grid) => grid.name.startsWith('表1'))!;
const incomeRow = summarySheet.values.findIndex((r) => typeof r[0] === 'string' && r[0].replace(/\s+/g, '').endsWith('收入总计'));
/** Where 2024 prints its 收入总计. */
const incomeCell = { sheet: summarySheet.name, cell: `B${incomeRow + 1}` };

const doctored: Grid[] = last.map((grid) => {
  if (grid !== summarySheet) return grid;
  const values = grid.values.map((r) => [...r]);
  values[incomeRow]![1] = 4610.52;
  return { ...grid, values };
});

/** The file as the pane's file input gives it. */
const fileOf = async (workbook: Workbook) => new Blob([new Uint8Array(await writeWorkbookBuffer(workbook))]);

async function status(workbook: Workbook, previous?: { name: string; file: Blob }): Promise<WorkbookStatus> {
  const request: CoreRequest = { kind: 'status', workbook, policy: 'tight', ...(previous ? { previous } : {}) };
  const reply: CoreReply = await answer(request);
  if (reply.kind !== 'status') throw new Error(reply.kind === 'failed' ? reply.message : reply.kind);
  return reply.status;
}

const previousFindings = (s: WorkbookStatus) => s.findings.filter((finding) => finding.rule.startsWith('previous.'));

describe('the 校验 request with last year\'s workbook chosen', () => {
  let file2024: Blob;
  beforeAll(async () => {
    file2024 = await fileOf(last);
  });

  it('checks 2025 against the 2024 file: no previous.* finding, every 上年 figure with its cell in 2024.xlsx', async () => {
    const checked = await status(filled2025, { name: '2024.xlsx', file: file2024 });
    expect(previousFindings(checked)).toEqual([]);
    expect(checked.summary).toEqual((await status(filled2025)).summary);
    expect(checked.previous).toMatchObject({ name: '2024.xlsx', year: 2024 });
    expect(checked.previous?.reason).toBeUndefined();
    expect(checked.previous?.figures).toHaveLength(10);
    expect(checked.previous?.figures[0]).toEqual({ field: 'lastYear.incomeTotal', label: '上年收入总计', value: '4,510.52', sources: [incomeCell], filled: false });
    // Filled are exactly the fields the rolled-forward 参数 leaves empty.
    expect(checked.previous?.figures.filter((figure) => figure.filled).map((figure) => figure.field)).toEqual(
      checked.previous?.figures.map((figure) => figure.field).filter((field) => rolled.params[field] === undefined),
    );
  });

  it('fills the 上年 fields 2025\'s 参数 leaves empty, so that 填写 and the 情况说明 stop asking for them', async () => {
    const without = await status(bare2025);
    expect(without.unfinished.map((finding) => finding.message).join('\n')).toContain('上年收入总计');
    const checked = await status(bare2025, { name: '2024.xlsx', file: file2024 });
    expect(previousFindings(checked).filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(checked.previous?.figures.map((figure) => [figure.label, figure.filled])).toEqual(checked.previous?.figures.map((figure) => [figure.label, true]));
    expect(checked.previous?.figures.find((figure) => figure.field === 'lastYear.incomeTotal')).toMatchObject({ value: '4,510.52', sources: [incomeCell] });
    expect(checked.unfinished.map((finding) => finding.message).join('\n')).not.toMatch(/上年/);
    expect(checked.missingParams.flatMap((section) => section.fields.map(({ field }) => field.id)).filter((id) => id.startsWith('lastYear.'))).toEqual([]);
  });

  it('the 情况说明 generated with it says 比上年 from 2024\'s figures, with no 【待填写】 上年', async () => {
    const reply = await answer({ kind: 'narrative', workbook: bare2025, policy: 'tight', previous: { name: '2024.xlsx', file: file2024 } });
    if (reply.kind !== 'narrative') throw new Error(reply.kind);
    const text = reply.narrative.lines.map((line) => (typeof line === 'string' ? line : line.text)).join('\n');
    expect(text).not.toMatch(/【待填写：上年/);
    expect(text).toMatch(/预算收入总计4,510\.52万元[^。]*与上年持平/);
  });

  it('the report made with it: its 情况说明 takes 上年 from 2024, its review compares with it, as 校验 does', async () => {
    const report = async (workbook: Workbook, previous?: { name: string; file: Blob }) => {
      const reply = await answer({ kind: 'report', workbook, policy: 'tight', ...(previous ? { previous } : {}) });
      if (reply.kind !== 'report') throw new Error(reply.kind === 'failed' ? reply.message : reply.kind);
      return reply.document;
    };
    const sheetText = (document: { sheet: Grid }) => document.sheet.values.flat().filter((value) => typeof value === 'string').join('\n');
    const without = await report(bare2025);
    expect(sheetText(without)).toContain('【待填写：上年收入总计】');
    const made = await report(bare2025, { name: '2024.xlsx', file: file2024 });
    expect(sheetText(made)).not.toMatch(/【待填写：上年/);
    expect(made.status.previous?.figures.every((figure) => figure.filled)).toBe(true);
    expect(made.status.summary).toEqual((await status(bare2025, { name: '2024.xlsx', file: file2024 })).summary);
    const doctoredReport = await report(filled2025, { name: '2024-doctored.xlsx', file: await fileOf(doctored) });
    expect(doctoredReport.draft?.errors).toBe(1);
    expect(previousFindings(doctoredReport.status).map((finding) => finding.rule)).toEqual(['previous.figureMismatch']);
  });

  it('reports a doctored 2024 收入总计 as an error naming 2025\'s 参数 cell and 2024\'s cell', async () => {
    const checked = await status(filled2025, { name: '2024-doctored.xlsx', file: await fileOf(doctored) });
    const at = readParams(filled2025).sources['lastYear.incomeTotal']!;
    const errors = previousFindings(checked).filter((finding) => finding.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'previous.figureMismatch', sheet: at.sheet, cell: at.cell, compared: [{ sheet: `[2024-doctored.xlsx]${incomeCell.sheet}`, cell: incomeCell.cell }] });
    expect(errors[0]!.message).toContain(`本年工作簿'${at.sheet}'!${at.cell}为4,510.52万元，上年工作簿“2024-doctored.xlsx”'${incomeCell.sheet}'!${incomeCell.cell}为4,610.52万元`);
    expect(checked.summary.error).toBe((await status(filled2025)).summary.error + 1);
  });

  describe('a file that cannot be used: its reason in Chinese, and this year\'s check as without it', () => {
    it('a corrupt file', async () => {
      const checked = await status(filled2025, { name: 'corrupt.xlsx', file: new Blob(['这不是一个 Excel 文件']) });
      expect(checked.previous).toEqual({ name: 'corrupt.xlsx', reason: expect.stringMatching(/^“corrupt\.xlsx”不是 \.xlsx 工作簿/) as unknown, figures: [] });
      expect(checked.findings).toEqual((await status(filled2025)).findings);
    });

    it('a damaged xlsx', async () => {
      const bytes = new Uint8Array(await file2024.arrayBuffer());
      const checked = await status(filled2025, { name: '坏.xlsx', file: new Blob([bytes.subarray(0, bytes.length >> 1)]) });
      expect(checked.previous?.reason).toBe('“坏.xlsx”已损坏或不是 Excel 工作簿，无法读取。');
    });

    it('a workbook without disclosure tables', async () => {
      const notes = await fileOf([{ name: '随便写写', values: [['会议纪要'], ['今天讨论了预算编制的进度。']], merges: [] }]);
      const checked = await status(filled2025, { name: 'notes.xlsx', file: notes });
      expect(checked.previous?.reason).toContain('其中没有识别出预算或决算公开表');
      expect(previousFindings(checked).map((finding) => [finding.rule, finding.severity])).toEqual([['previous.unusable', 'warning']]);
    });

    it('this year\'s own workbook', async () => {
      const checked = await status(filled2025, { name: '2025.xlsx', file: await fileOf(filled2025) });
      expect(checked.previous?.reason).toContain('可能选择了本年工作簿本身');
    });
  });
});
