import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readWorkbookFile, writeWorkbookFile } from '../../src/xlsx';
import { tableFindings } from '../../src/core/check';
import { readAcceptances } from '../../src/core/rules/acceptances';
import { ensureCliBuilt, runCli } from '../support/cli';
import { buildSeedWorkbook, mutateSeedCell } from '../support/seedGrids';

let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-balance-'));
  const seed = buildSeedWorkbook();
  await writeWorkbookFile(file('seed.xlsx'), seed.workbook);
  await writeWorkbookFile(file('seed-yuan.xlsx'), buildSeedWorkbook({ unit: '元' }).workbook);
  await writeWorkbookFile(file('doctored.xlsx'), mutateSeedCell(seed, 3, '合计', 2, 4610.52).workbook);
  fs.writeFileSync(file('not-a-workbook.xlsx'), '这不是一个 Excel 文件');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('budget-disclosure balance', () => {
  it('without -o lists the adjustments (cell, from → to, why) and writes nothing', () => {
    const before = fs.readdirSync(dir);
    const { status, stdout, stderr } = runCli(['balance', file('seed.xlsx')]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^舍位平衡建议：共 \d+ 处，每处调整 1 个末位单位：$/m);
    expect(stdout).toMatch(/^ {2}'表\d+'!E5 {2}3,003\.53 → 3,003\.52 {2}消除尾差：表3 合计：/m);
    expect(stdout).toContain('没有写出任何文件');
    expect(fs.readdirSync(dir)).toEqual(before);
  });

  it('with -o writes a balanced copy: every total ties exactly, each adjustment recorded in _校验说明; the input is unchanged', async () => {
    const input = fs.readFileSync(file('seed.xlsx'));
    const { status, stdout } = runCli(['balance', file('seed.xlsx'), '-o', file('balanced.xlsx')]);
    expect(status).toBe(0);
    const count = Number(/共 (\d+) 处/.exec(stdout)![1]);
    expect(stdout).toContain(`已写出 ${file('balanced.xlsx')}：${count} 处调整均记录在隐藏的“_校验说明”表中`);
    expect(fs.readFileSync(file('seed.xlsx')).equals(input)).toBe(true);
    const balanced = await readWorkbookFile(file('balanced.xlsx'));
    expect(tableFindings(balanced).relations.filter((r) => r.status !== 'exact')).toEqual([]);
    expect(readAcceptances(balanced).filter((a) => a.rule === '舍位平衡')).toHaveLength(count);
    expect(runCli(['check', file('balanced.xlsx')]).stdout).toContain('提示信息（尾差、未能核实的科目）：0 项');
  });

  it('--unit 万元 converts the tables printed in 元 and balances them', async () => {
    const { status, stdout } = runCli(['balance', file('seed-yuan.xlsx'), '--unit', '万元', '-o', file('wan.xlsx')]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^单位折算：\d+ 张表由元折算为万元/m);
    const converted = await readWorkbookFile(file('wan.xlsx'));
    const { recognition, relations } = tableFindings(converted);
    expect(recognition.tables.every((t) => t.unit === '万元')).toBe(true);
    expect(relations.filter((r) => r.status !== 'exact')).toEqual([]);
  });

  it('refuses to balance a real error (exit 1) and writes nothing', () => {
    const { status, stdout } = runCli(['balance', file('doctored.xlsx'), '-o', file('never.xlsx')]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^未做舍位平衡：工作簿中有 \d+ 处勾稽关系超出尾差/);
    expect(fs.existsSync(file('never.xlsx'))).toBe(false);
  });

  it.each([
    ['an existing output without --force', ['balance', 'seed.xlsx', '-o', 'balanced-twice.xlsx'], '已存在'],
    ['the input as output', ['balance', 'seed.xlsx', '-o', 'seed.xlsx', '--force'], '不覆盖原文件'],
    ['a file that is not a workbook', ['balance', 'not-a-workbook.xlsx'], ''],
    ['万元 figures asked in 元', ['balance', 'seed.xlsx', '--unit', '元'], '不能折算为元'],
  ])('exits 2 for %s, with one Chinese line', (_, args, words) => {
    if (args.includes('balanced-twice.xlsx')) fs.writeFileSync(file('balanced-twice.xlsx'), 'x');
    const { status, stdout, stderr } = runCli(args.map((a) => (a.endsWith('.xlsx') ? file(a) : a)));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^错误：/);
    expect(stderr).toContain(words);
  });
});
