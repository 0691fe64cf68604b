import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Grid } from '../../src/core/grid';
import { BUDGET_GLOSSARY } from '../../src/core/report';
import { layoutWorkbook } from '../../src/core/templates';
import { readWorkbookFile } from '../../src/xlsx';
import { ensureCliBuilt, runCli, trimmedValues } from '../support/cli';

let dir: string;
beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-template-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function expectSameWorkbook(written: readonly Grid[], expected: readonly Grid[]): void {
  expect(written.map((g) => g.name)).toEqual(expected.map((g) => g.name));
  written.forEach((grid, i) => {
    expect(trimmedValues(grid.values)).toEqual(trimmedValues(expected[i]!.values));
    expect(grid.merges).toHaveLength(expected[i]!.merges.length);
    expect(grid.print).toEqual(expected[i]!.print);
  });
}

/** Exit 2, nothing on stdout, one Chinese line on stderr naming what was wrong. */
function expectRefused(args: string[], ...mentions: string[]): void {
  const { status, stdout, stderr } = runCli(args);
  expect(status).toBe(2);
  expect(stdout).toBe('');
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^错误：/);
  expect(stderr).not.toMatch(/\s+at\s.+:\d+:\d+/);
  for (const mention of mentions) expect(stderr).toContain(mention);
}

describe('budget-disclosure template', () => {
  it('writes the 13 blank tables that layoutWorkbook lays out for the options given', async () => {
    const file = path.join(dir, '空白模板-2025.xlsx');
    const { status, stdout, stderr } = runCli(['template', '-o', file, '--department', '阳城县应急管理局', '--year', '2025']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(file);
    const written = await readWorkbookFile(file);
    expectSameWorkbook(written.slice(0, 13), layoutWorkbook({ family: 'budget13', department: '阳城县应急管理局', year: 2025, unit: '万元', codeLayout: 'single' }));
    expect(written).toHaveLength(15);
    expect(written[13]?.name).toBe('参数');
    // 名词解释 to edit, the seed's standard text to start from.
    expect(written[14]?.name).toBe('名词解释');
    expect(written[14]?.values[2]?.[0]).toBe(BUDGET_GLOSSARY[0]);
    expect(written[0]?.name).toBe('表1 收支总表');
    expect(written[0]?.values[0]?.[0]).toContain('2025');
    expect(written.slice(0, 13).every((g) => g.values.flat().some((v) => typeof v === 'string' && v.includes('阳城县应急管理局')))).toBe(true);
    expect(written.slice(0, 13).every((g) => g.print?.paperSize === 'A4' && g.print.orientation === 'landscape' && g.print.fitToWidth)).toBe(true);
  });

  it('prints amounts in 元 and codes in 类/款/项 columns when asked', async () => {
    const file = path.join(dir, '元-分列.xlsx');
    expect(runCli(['template', '-o', file, '--year', '2025', '--unit', '元', '--codes', 'split']).status).toBe(0);
    const written = await readWorkbookFile(file);
    expectSameWorkbook(written.slice(0, 13), layoutWorkbook({ family: 'budget13', department: '（部门名称）', year: 2025, unit: '元', codeLayout: 'split' }));
    expect(written[0]?.values.flat()).toContain('单位：元');
  });

  it('creates the output folder when it is missing', () => {
    const file = path.join(dir, '新文件夹', '下一层', '模板.xlsx');
    expect(runCli(['template', '-o', file]).status).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });

  it('never overwrites an existing file unless --force is given', () => {
    const file = path.join(dir, '已有.xlsx');
    fs.writeFileSync(file, '用户的文件');
    expectRefused(['template', '-o', file], '已存在', '--force');
    expect(fs.readFileSync(file, 'utf8')).toBe('用户的文件');
    expect(runCli(['template', '-o', file, '--force']).status).toBe(0);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it.each<[string, string[], string[]]>([
    ['an unknown unit', ['--unit', '美元'], ['--unit', '美元', '万元', '元']],
    ['a two-digit year', ['--year', '25'], ['--year', '25', '四位年份']],
    ['a year that is not a number', ['--year', '二〇二五'], ['--year']],
    ['an unknown code layout', ['--codes', 'three'], ['--codes', 'single', 'split']],
    ['an empty department', ['--department', '  '], ['--department', '不能为空']],
  ])('refuses %s, naming the option and what it accepts', (_title, options, mentions) => {
    const file = path.join(dir, 'refused.xlsx');
    expectRefused(['template', '-o', file, ...options], ...mentions);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses an output that is not an .xlsx file', () => {
    expectRefused(['template', '-o', path.join(dir, '模板.xls')], '-o, --output', '.xlsx');
    expectRefused(['template', '-o', path.join(dir, '模板.csv')], '.xlsx');
  });

  it('refuses an output it cannot write: a folder named like the file, or a file in the way of the folder', () => {
    const folder = path.join(dir, '是文件夹.xlsx');
    fs.mkdirSync(folder);
    expectRefused(['template', '-o', folder, '--force'], '是文件夹.xlsx');
    const blocker = path.join(dir, '挡路的文件');
    fs.writeFileSync(blocker, '');
    expectRefused(['template', '-o', path.join(blocker, '模板.xlsx')], '挡路的文件', '同名的文件');
    expectRefused(['template', '-o', path.join(blocker, '下一层', '模板.xlsx')], '同名的文件');
  });
});
