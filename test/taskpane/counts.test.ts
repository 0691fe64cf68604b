/**
 * One review, the same counts everywhere (issue 14 item 3, “Counts”): for the sample, a doctored
 * sample, a 决算 example and a corpus workbook, the CLI's `check --json`, the task pane's 校验 (its
 * actions on the fake Excel host, the worker's job run in this thread) and the report's appendix
 * (审核稿, as `report --review` prepares it from the same .xlsx) list the same open findings — the
 * same severity, sheet, cell and message — and so show the same counts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Decimal } from '../../src/core/amount';
import type { Workbook } from '../../src/core/grid';
import { paramsSheet, sampleParams } from '../../src/core/params';
import { prepareReport } from '../../src/core/report';
import type { ReportFinding } from '../../src/core/report/model';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import { createActions } from '../../src/taskpane/actions';
import { readWorkbookFile, writeWorkbookFile } from '../../src/xlsx';
import { finalWorkbook } from '../core/narrative/final/finalWorkbook';
import { ensureCliBuilt, runCli } from '../support/cli';
import { corpusWorkbook, loadCorpusDocument } from '../support/corpus';
import { FakeWorkbook } from '../support/fake-excel';

type Counted = { severity: string; sheet: string; cell: string; message: string };

/** The sample as the pane's 填入示例数据 lays it out: the seed's 13 tables and 参数. */
function sampleWorkbook(): Workbook {
  const sample = sampleDisclosure();
  return [
    ...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }),
    paramsSheet(sampleParams()),
  ];
}

/** The sample with 表3's 2240101 行政运行 (合计 column) typed 1.00 too high. */
function doctoredSample(): Workbook {
  return sampleWorkbook().map((grid) => {
    if (!grid.name.startsWith('表3')) return grid;
    const values = grid.values.map((row) => (String(row[0]) === '2240101' ? [row[0]!, row[1]!, new Decimal(String(row[2])).plus(1).toNumber(), ...row.slice(3)] : row));
    return { ...grid, values };
  });
}

const WORKBOOKS: readonly [string, () => Workbook][] = [
  ['the sample', sampleWorkbook],
  ['a doctored sample', doctoredSample],
  ['a 决算 example', finalWorkbook],
  ['a corpus workbook (普陀区商务委 2025, with its published 情况说明)', () => corpusWorkbook(loadCorpusDocument('sh-putuo-commerce-budget-2025.json'), { narrative: true })],
];

/** In one order, to compare lists the hosts order differently (the appendix by severity). */
const sorted = (findings: readonly Counted[]): Counted[] =>
  findings
    .map(({ severity, sheet, cell, message }) => ({ severity, sheet, cell, message }))
    .sort((a, b) => `${a.severity}|${a.sheet}|${a.cell}|${a.message}`.localeCompare(`${b.severity}|${b.sheet}|${b.cell}|${b.message}`));

const countOf = (findings: readonly Counted[]) => ({
  error: findings.filter((f) => f.severity === 'error').length,
  warning: findings.filter((f) => f.severity === 'warning').length,
  info: findings.filter((f) => f.severity === 'info').length,
});

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'counts-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(WORKBOOKS)('%s: the CLI, the task pane and the report appendix', (name, build) => {
  it('list the same open findings and show the same counts', async () => {
    const workbook = build();
    const file = path.join(dir, `${name.replace(/[^\w]/g, '_')}.xlsx`);
    await writeWorkbookFile(file, workbook);

    const { stdout } = runCli(['check', file, '--json']);
    const cli = JSON.parse(stdout) as { findings: Counted[]; summary: { error: number; warning: number; info: number } };

    const book = FakeWorkbook.fromGrids(await readWorkbookFile(file));
    const { status } = await createActions({ run: (job) => book.run(job), notesSupported: true }).check('tight');
    const pane = status.findings.filter((finding) => !finding.accepted);

    const document = prepareReport(await readWorkbookFile(file), { review: true }).document;
    const block = document.blocks.find((b): b is Extract<typeof b, { kind: 'findings' }> => b.kind === 'findings');
    const appendix: readonly ReportFinding[] = block?.findings ?? [];

    expect(cli.findings.length).toBeGreaterThan(0);
    expect(sorted(pane)).toEqual(sorted(cli.findings));
    expect(sorted(appendix)).toEqual(sorted(cli.findings));
    const counts = countOf(cli.findings);
    expect({ error: cli.summary.error, warning: cli.summary.warning, info: cli.summary.info }).toEqual(counts);
    expect(status.summary).toEqual(counts);
    const heading = document.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('本次审核共发现'));
    expect(heading).toMatchObject({ text: expect.stringContaining(`错误${counts.error}条、提示${counts.warning}条、信息${counts.info}条`) });
  });
});
