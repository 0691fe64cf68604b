import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Decimal } from '../../src/core/amount';
import { layoutWorkbook } from '../../src/core/templates';
import { writeWorkbookFile } from '../../src/xlsx';
import { ensureCliBuilt, runCli } from '../support/cli';
import { buildSeedWorkbook, mutateSeedCell } from '../support/seedGrids';

let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-check-'));
  const seed = buildSeedWorkbook();
  await writeWorkbookFile(file('seed.xlsx'), seed.workbook);
  const place = seed.cellOf(2, '2240101', 2);
  await writeWorkbookFile(file('doctored.xlsx'), mutateSeedCell(seed, 2, '2240101', 2, new Decimal('93.59').plus('0.05').toNumber()).workbook);
  fs.writeFileSync(file('doctored.cell'), `${place.sheet}!${place.cell}`);
  await writeWorkbookFile(file('blank.xlsx'), layoutWorkbook({ family: 'budget13', department: '阳城县应急管理局', year: 2025, unit: '万元', codeLayout: 'single' }));
  fs.writeFileSync(file('not-a-workbook.xlsx'), '这不是一个 Excel 文件');
  await writeWorkbookFile(file('empty.xlsx'), [{ name: 'Sheet1', values: [], merges: [] }]);
  await writeWorkbookFile(file('text.xlsx'), [{ name: '随便写写', values: [['会议纪要'], ['今天讨论了预算编制的进度。'], ['下周再议。']], merges: [] }]);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('budget-disclosure check', () => {
  it('reports the seed in Chinese: the 13 tables found, no errors, the 尾差 as 提示信息, exit 0', () => {
    const { status, stdout, stderr } = runCli(['check', file('seed.xlsx')]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('识别到 13 张表');
    expect(stdout).toContain('2024年预算收支总表');
    expect(stdout).toMatch(/错误（强制，须更正）：0 项/);
    expect(stdout).toContain("'表2'!C21  表2 22401 应急管理事务：合计 2,837.01 与其下各项之和 2,837.02 相差 0.01，在舍入误差内（尾差）");
    expect(stdout).toContain('结论：未发现错误');
  });

  it('prints exactly the JSON contract with --json', () => {
    const { status, stdout } = runCli(['check', file('seed.xlsx'), '--json']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown> & {
      tables: Record<string, unknown>[];
      findings: Record<string, unknown>[];
      summary: Record<string, number | null>;
    };
    expect(Object.keys(json)).toEqual(['file', 'tables', 'findings', 'suspects', 'summary']);
    expect(json.suspects).toEqual([]);
    expect(json.file).toBe(file('seed.xlsx'));
    expect(json.tables).toHaveLength(13);
    expect(Object.keys(json.tables[0]!)).toEqual(['kind', 'title', 'sheet', 'range', 'unit']);
    expect(json.tables[0]).toMatchObject({ kind: 'budget.summary', title: '2024年预算收支总表', unit: '万元' });
    expect(json.tables[0]!.range).toMatch(/^A1:[A-Z]+\d+$/);
    for (const finding of json.findings) {
      expect(Object.keys(finding)).toEqual(['rule', 'severity', 'sheet', 'cell', 'table', 'message', 'expected', 'actual', 'difference', 'tolerance', 'cause']);
    }
    expect(json.summary).toEqual({ error: 0, warning: 0, info: json.findings.length, narrative: null });
  });

  it('exits 1 on a doctored copy and names the cell', () => {
    const { status, stdout } = runCli(['check', file('doctored.xlsx'), '--json']);
    expect(status).toBe(1);
    const json = JSON.parse(stdout) as { findings: { severity: string; sheet: string; cell: string }[]; summary: { error: number } };
    expect(json.summary.error).toBeGreaterThan(0);
    const doctored = fs.readFileSync(file('doctored.cell'), 'utf8');
    expect(json.findings.some((f) => f.severity === 'error' && `${f.sheet}!${f.cell}` === doctored)).toBe(true);
  });

  it('names the cell most likely wrong first (--json): suspects ranked, each error finding with its cause', () => {
    const { stdout } = runCli(['check', file('doctored.xlsx'), '--json']);
    const json = JSON.parse(stdout) as {
      findings: { severity: string; cause: number | null }[];
      suspects: { sheet: string; cell: string; table: string; current: string; suggested: string; explains: number[] }[];
    };
    const [sheet, cell] = fs.readFileSync(file('doctored.cell'), 'utf8').split('!');
    expect(json.suspects[0]).toEqual({
      sheet,
      cell,
      table: '2024年预算收入总表',
      current: '93.64',
      suggested: '93.59',
      explains: json.findings.flatMap((f, index) => (f.severity === 'error' ? [index] : [])),
    });
    expect(json.findings.filter((f) => f.severity === 'error').every((f) => f.cause === 0)).toBe(true);
    expect(json.findings.filter((f) => f.severity !== 'error').every((f) => f.cause === null)).toBe(true);
  });

  it('names the cell most likely wrong first (text), the findings it explains indented under it', () => {
    const { stdout } = runCli(['check', file('doctored.xlsx')]);
    const lines = stdout.split('\n');
    const [sheet, cell] = fs.readFileSync(file('doctored.cell'), 'utf8').split('!');
    const head = lines.findIndex((line) => line.startsWith('很可能是'));
    expect(lines[head]).toMatch(new RegExp(`^很可能是 '${sheet}'!${cell} 填错：现为 93\\.64，应为 93\\.59（可解释以下 (\\d+) 项）$`));
    const count = Number(/以下 (\d+) 项/.exec(lines[head]!)![1]);
    expect(lines.slice(head + 1, head + 1 + count).every((line) => line.startsWith('    '))).toBe(true);
    expect(head).toBeLessThan(lines.findIndex((line) => line.startsWith('错误（强制')));
    expect(stdout).toContain(`（其中 ${count} 项由上述填错的单元格引起，已在上文列出）`);
  });

  it('under --policy strict the seed’s 尾差 are errors; calc11 tolerates them', () => {
    expect(runCli(['check', file('seed.xlsx'), '--policy', 'strict']).status).toBe(1);
    expect(runCli(['check', file('seed.xlsx'), '--policy', 'calc11']).status).toBe(0);
  });

  it('a blank template checks clean', () => {
    const { status, stdout } = runCli(['check', file('blank.xlsx'), '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ summary: { error: 0, warning: 0, info: 0 }, findings: [] });
  });

  it('checks several files into a JSON array', () => {
    const { status, stdout } = runCli(['check', file('seed.xlsx'), file('doctored.xlsx'), '--json']);
    expect(status).toBe(1);
    const json = JSON.parse(stdout) as { file: string }[];
    expect(json.map((r) => r.file)).toEqual([file('seed.xlsx'), file('doctored.xlsx')]);
  });

  it.each([
    ['not an xlsx', 'not-a-workbook.xlsx'],
    ['a missing file', 'no-such-file.xlsx'],
    ['an empty workbook', 'empty.xlsx'],
    ['a sheet of random text', 'text.xlsx'],
  ])('refuses %s with exit 2 and one Chinese line, no stack trace', (_, name) => {
    const { status, stdout, stderr } = runCli(['check', file(name)]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^错误：.*[\u4e00-\u9fff]/);
    expect(stderr).not.toMatch(/\s+at\s+\S+\s+\(/);
  });

  it('still reports the usable files when one of several is unusable, and exits 2', () => {
    const { status, stdout, stderr } = runCli(['check', file('seed.xlsx'), file('text.xlsx'), '--json']);
    expect(status).toBe(2);
    expect(stderr).toContain('text.xlsx');
    expect((JSON.parse(stdout) as unknown[]).length).toBe(1);
  });

  it('refuses an unknown --policy naming what it accepts', () => {
    const { status, stderr } = runCli(['check', file('seed.xlsx'), '--policy', 'loose']);
    expect(status).toBe(2);
    expect(stderr).toContain('--policy');
    expect(stderr).toContain('tight');
  });
});
