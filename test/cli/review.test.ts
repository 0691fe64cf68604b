import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Decimal } from '../../src/core/amount';
import { isRounding } from '../../src/core/rules/finding';
import { checkWorkbook } from '../../src/core/check';
import type { CellValue, Grid } from '../../src/core/grid';
import { factsFromTables, generateNarrative, renderNarrative } from '../../src/core/narrative';
import { sampleParams } from '../../src/core/params';
import { layoutWorkbook } from '../../src/core/templates';
import { writeWorkbookFile } from '../../src/xlsx';
import type { ReviewSummary } from '../../src/cli/review/summary';
import type { CheckedWorkbook } from '../../src/cli/review/types';
import { reviewWorkbookFile } from '../../src/cli/review/review-one';
import { ensureCliBuilt, runCli, type CliResult } from '../support/cli';
import { buildSeedWorkbook, mutateSeedCell } from '../support/seedGrids';
import { sampleWorkbook } from '../report/fixture';

let dir: string;
const county = (): string => path.join(dir, 'county');
const out = (name: string): string => path.join(dir, name);
let sample: Grid[];
let doctored: readonly Grid[];
let result: CliResult;
let summary: ReviewSummary;
let html: string;

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-review-'));
  fs.mkdirSync(county());
  sample = sampleWorkbook();
  const seed = buildSeedWorkbook();
  doctored = mutateSeedCell(seed, 2, '2240101', 2, new Decimal('93.59').plus('5').toNumber()).workbook;
  await writeWorkbookFile(path.join(county(), '01-阳城县应急管理局.xlsx'), sample);
  await writeWorkbookFile(path.join(county(), '02-改动过的副本.xlsx'), doctored);
  await writeWorkbookFile(
    path.join(county(), '03-空白模板.xlsx'),
    layoutWorkbook({ family: 'budget13', department: '某县某局', year: 2025, unit: '万元', codeLayout: 'single' }),
  );
  fs.writeFileSync(path.join(county(), '04-说明.docx'), '这不是工作簿');
  result = runCli(['review', county(), '-o', out('summary.html'), '--json', out('summary.json')]);
  summary = JSON.parse(fs.readFileSync(out('summary.json'), 'utf8')) as ReviewSummary;
  html = fs.readFileSync(out('summary.html'), 'utf8');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('budget-disclosure review', () => {
  it('gives one row per file of the folder, in name order, and exits 1 because one has errors', () => {
    expect(result.status).toBe(1);
    expect(summary.workbooks.map((w) => path.basename(w.file))).toEqual(['01-阳城县应急管理局.xlsx', '02-改动过的副本.xlsx', '03-空白模板.xlsx', '04-说明.docx']);
    expect(summary.workbooks.map((w) => w.status)).toEqual(['checked', 'checked', 'checked', 'unusable']);
  });

  it('counts what checking each workbook finds: the sample and the blank template clean, the doctored copy with its errors', () => {
    const [first, second, third] = summary.workbooks as CheckedWorkbook[];
    const sampleCheck = checkWorkbook(sample).summary;
    // The sample's info findings are its 尾差 and the 绩效目标表 names that differ from 表12's (issue 16).
    const sampleRounding = checkWorkbook(sample).findings.filter((f) => f.accepted === undefined && isRounding(f)).length;
    const doctoredCheck = checkWorkbook(doctored).summary;
    expect(first!).toMatchObject({ department: '阳城县应急管理局', year: 2024, counts: { error: 0, warning: sampleCheck.warning, rounding: sampleRounding, narrative: null } });
    expect(first!.tables).toHaveLength(13);
    expect(doctoredCheck.error).toBeGreaterThan(0);
    expect(second!.counts.error).toBe(doctoredCheck.error);
    expect(second!.findings.filter((f) => f.level === 'error').every((f) => f.sheet !== '' && f.cell !== '')).toBe(true);
    expect(third!).toMatchObject({ department: '某县某局', year: 2025, counts: { error: 0, warning: 0, rounding: 0 } });
    expect(third!.tables).toHaveLength(13);
    expect([first!.figures > 100, third!.figures]).toEqual([true, 0]);
  });

  it('names the unusable file and its reason, on stdout and in the summary, without stopping the batch', () => {
    const bad = summary.workbooks[3]!;
    expect(bad.status === 'unusable' && bad.reason).toContain('04-说明.docx');
    expect(result.stdout).toContain(`无法使用：${path.join(county(), '04-说明.docx')}——`);
    expect(html).toContain('无法使用：');
  });

  it('adds the county totals', () => {
    const errors = (summary.workbooks[1] as CheckedWorkbook).counts.error;
    expect(summary.totals).toMatchObject({ files: 4, checked: 3, unusable: 1, withErrors: 1, tables: 39, error: errors });
    expect(html).toContain('全县合计（4 个文件）');
  });

  it('writes a self-contained Chinese page with a link from each checked row to its detailed findings', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    for (const n of [1, 2, 3]) {
      expect(html).toContain(`<a href="#wb-${n}">`);
      expect(html).toContain(`<h2 id="wb-${n}">`);
    }
    expect(html).not.toContain('id="wb-4"');
    expect((html.match(/<tr class="(ok|warn|bad|unusable)">/g) ?? []).length).toBe(4);
    expect(html).toContain('有错误，须更正');
    expect(html).toContain('表格未填数据');
  });

  it('shows progress on stderr, one line per file when not on a terminal', () => {
    expect(result.stderr.split('\n').filter((l) => /^\[\d\/4\] /.test(l))).toHaveLength(4);
  });

  it('refuses to overwrite the summary without --force', () => {
    const again = runCli(['review', county(), '-o', out('summary.html')]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('已存在');
  });
});

describe('budget-disclosure review with many files', () => {
  it('uses worker threads and gives the same summary as one thread', async () => {
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (const name of fs.readdirSync(county())) {
      for (const copy of ['a', 'b', 'c']) fs.copyFileSync(path.join(county(), name), path.join(many, `${copy}-${name}`));
    }
    const parallel = runCli(['review', many, '-o', out('many-2.html'), '--json', out('many-2.json'), '--jobs', '2']);
    const serial = runCli(['review', many, '-o', out('many-1.html'), '--json', out('many-1.json'), '--jobs', '1']);
    expect(parallel.stdout).toContain('已审核 12 个文件（2 个线程并行）');
    expect(serial.stdout).not.toContain('线程并行');
    expect([parallel.status, serial.status]).toEqual([1, 1]);
    expect(fs.readFileSync(out('many-2.json'), 'utf8')).toBe(fs.readFileSync(out('many-1.json'), 'utf8'));
  });
});

describe('reviewWorkbookFile', () => {
  it('checks the 情况说明 a workbook holds: its findings count with the tables\' and are also counted apart', async () => {
    const tables = checkWorkbook(sample).recognition.tables;
    const text = renderNarrative(generateNarrative(factsFromTables(tables), sampleParams()));
    const honest = text.split('\n').map((line): CellValue[] => [line]);
    const doctoredText = text.replace('4,510.52万元', '4,150.52万元').split('\n').map((line): CellValue[] => [line]);
    await writeWorkbookFile(out('honest.xlsx'), [...sample, { name: '情况说明', values: honest, merges: [] }]);
    await writeWorkbookFile(out('misstated.xlsx'), [...sample, { name: '情况说明', values: doctoredText, merges: [] }]);

    const clean = (await reviewWorkbookFile(out('honest.xlsx'), 'tight')) as CheckedWorkbook;
    const wrong = (await reviewWorkbookFile(out('misstated.xlsx'), 'tight')) as CheckedWorkbook;
    // The sample's 参数 leave one reason open, so the generated text keeps one 【待填写】 — rightly reported;
    // figures in the reasons are told apart as 无法核对 (info), never as problems.
    const notPlaceholders = (r: CheckedWorkbook): string[] =>
      r.findings.filter((f) => f.narrative && f.level !== 'info' && f.rule !== 'narrative.placeholder').map((f) => f.rule);
    expect([clean.narrativeSheet, notPlaceholders(clean)]).toEqual(['情况说明', []]);
    expect(notPlaceholders(wrong).length).toBeGreaterThan(0);
    expect(wrong.counts.narrative).toBe(clean.counts.narrative! + notPlaceholders(wrong).length);
    // One review of the workbook: the text's errors are errors of the workbook, as 校验 and check count them.
    const errors = (r: CheckedWorkbook): number => r.findings.filter((f) => f.narrative && f.level === 'error').length;
    expect(wrong.counts.error - clean.counts.error).toBe(errors(wrong) - errors(clean));
    expect(errors(wrong)).toBeGreaterThan(errors(clean));
    const stated = wrong.findings.filter((f) => f.narrative);
    expect(stated.every((f) => f.sheet === '情况说明')).toBe(true);
    expect(stated.some((f) => f.message.includes('4,150.52'))).toBe(true);
  });

  it('answers an unreadable file with its reason instead of throwing', async () => {
    const review = await reviewWorkbookFile(out('no-such-file.xlsx'), 'tight');
    expect(review).toEqual({ status: 'unusable', file: out('no-such-file.xlsx'), reason: `找不到文件“${out('no-such-file.xlsx')}”。` });
  });
});
