import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { factsFromTables, generateNarrative, renderNarrative } from '../../src/core/narrative';
import { paramsSheet, sampleParams } from '../../src/core/params';
import { recognizeWorkbook } from '../../src/core/recognize';
import { writeWorkbookFile } from '../../src/xlsx';
import { ensureCliBuilt, runCli } from '../support/cli';
import { buildSeedWorkbook } from '../support/seedGrids';
import { seedPart3 } from '../core/narrative/seedText';

let dir: string;
let withParams: string;
let withoutParams: string;
const seed = buildSeedWorkbook();

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-narrative-'));
  withParams = path.join(dir, '带参数.xlsx');
  withoutParams = path.join(dir, '无参数.xlsx');
  await writeWorkbookFile(withParams, [...seed.workbook, paramsSheet(sampleParams())]);
  await writeWorkbookFile(withoutParams, seed.workbook);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('budget-disclosure narrative', () => {
  it('writes the 情况说明 as Markdown, the same text the core generates, and lists the one missing input', () => {
    const out = path.join(dir, '情况说明.md');
    const { status, stdout, stderr } = runCli(['narrative', withParams, '-o', out]);
    expect(status).toBe(0);
    expect(stdout).toContain(out);
    const expected = renderNarrative(generateNarrative(factsFromTables(recognizeWorkbook(seed.workbook).tables), sampleParams()), 'markdown');
    expect(fs.readFileSync(out, 'utf8')).toBe(expected);
    expect(stderr).toContain('一般公共预算当年支出变动原因');
    expect(stderr).toContain('参数!B');
  });

  it('prints plain text to the screen without -o, with placeholders when there is no 参数 sheet', () => {
    const { status, stdout, stderr } = runCli(['narrative', withoutParams]);
    expect(status).toBe(0);
    expect(stdout).toContain('2024年度阳城县应急管理局预算收入总计4,510.52万元');
    expect(stdout).toContain('【待填写：上年收入总计】');
    expect(stderr).toContain('上年收入总计');
  });

  it('writes .txt as plain text and refuses to overwrite it without --force', () => {
    const out = path.join(dir, '情况说明.txt');
    expect(runCli(['narrative', withParams, '-o', out]).status).toBe(0);
    expect(fs.readFileSync(out, 'utf8').startsWith('第三部分 2024年度部门预算情况说明\n')).toBe(true);
    const again = runCli(['narrative', withParams, '-o', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(runCli(['narrative', withParams, '-o', out, '--force']).status).toBe(0);
  });

  it('refuses an output that is neither .md nor .txt, and a file without tables', async () => {
    const bad = runCli(['narrative', withParams, '-o', path.join(dir, 'x.docx')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('.md 或 .txt');
    const empty = path.join(dir, '空.xlsx');
    await writeWorkbookFile(empty, [{ name: 'Sheet1', values: [['备注']], merges: [] }]);
    const none = runCli(['narrative', empty]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('没有找到预算公开表格');
  });
});

describe('budget-disclosure check --narrative', () => {
  it('checks a narrative text file against the tables, quoting the wrong sentence, and fails on it', () => {
    const doctored = path.join(dir, '情况说明-改.txt');
    fs.writeFileSync(doctored, seedPart3().replace('人员经费1,387.48万元', '人员经费1,837.48万元'));
    const { status, stdout } = runCli(['check', withoutParams, '--narrative', doctored]);
    expect(status).toBe(1);
    expect(stdout).toContain("'情况说明-改.txt'!第");
    expect(stdout).toContain('人员经费1,837.48万元');
  });

  it('finds no narrative error in the seed\'s own text', () => {
    const own = path.join(dir, '情况说明.txt');
    fs.writeFileSync(own, seedPart3());
    const { status, stdout } = runCli(['check', withoutParams, '--narrative', own, '--json']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as {
      findings: { rule: string; severity: string }[];
      summary: { narrative: { source: string; figures: number; checked: number; unverifiable: number; unbound: number } };
    };
    expect(json.findings.filter((f) => f.rule.startsWith('narrative.') && f.severity !== 'info')).toEqual([]);
    // Nothing passes silently: every figure of the text is counted as checked, 无法核对 or 未识别.
    const { source, figures, checked, unverifiable, unbound } = json.summary.narrative;
    expect(source).toBe('情况说明.txt');
    expect(figures).toBeGreaterThan(100);
    expect(checked + unverifiable + unbound).toBe(figures);
    expect(checked).toBeGreaterThan(figures / 2);
    const infos = json.findings.filter((f) => f.rule === 'narrative.unverifiable' || f.rule === 'narrative.unbound');
    expect(infos.length).toBeGreaterThan(0);
  });

  it('says in the text output what became of the text\'s figures', () => {
    const own = path.join(dir, '情况说明.txt');
    fs.writeFileSync(own, seedPart3());
    const { stdout } = runCli(['check', withoutParams, '--narrative', own]);
    expect(stdout).toMatch(/情况说明（情况说明\.txt）：说明中 \d+ 个数字：已核对 \d+，无法核对 \d+，未识别 \d+/);
  });

  it('checks the workbook\'s own 情况说明 sheet without --narrative, naming its cell', async () => {
    const doctored = seedPart3().replace('占89.84%', '占89.48%');
    const file = path.join(dir, '含说明.xlsx');
    await writeWorkbookFile(file, [...seed.workbook, { name: '情况说明', values: doctored.split('\n').map((line) => [line]), merges: [] }]);
    const { status, stdout } = runCli(['check', file]);
    expect(status).toBe(1);
    const row = doctored.split('\n').findIndex((line) => line.includes('占89.48%')) + 1;
    expect(stdout).toContain(`'情况说明'!A${row}`);
  });

  it('says so when the narrative file does not exist', () => {
    const { status, stderr } = runCli(['check', withoutParams, '--narrative', path.join(dir, '没有.txt')]);
    expect(status).toBe(2);
    expect(stderr).toContain('找不到情况说明文件');
  });
});
