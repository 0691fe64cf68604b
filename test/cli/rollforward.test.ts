/**
 * `budget-disclosure rollforward` run as a user runs it: the sample written by `sample` becomes the
 * next year's workbook, which `check` passes; a blank `template --family final9` rolls forward too;
 * unusable input exits 2 with one Chinese line.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatAmount } from '../../src/core/amount';
import type { Grid } from '../../src/core/grid';
import { readParams } from '../../src/core/params';
import { recognizeWorkbook } from '../../src/core/recognize';
import { sampleDisclosure } from '../../src/core/sample';
import { FAMILIES, type FixedData, type ProjectsData, type TwoSidedData, type UnitsData } from '../../src/core/templates';
import { readWorkbookFile, writeWorkbookFile } from '../../src/xlsx';
import { ensureCliBuilt, runCli } from '../support/cli';

let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-rollforward-'));
  const { status, stderr } = runCli(['sample', '-o', at('2024.xlsx')]);
  expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('budget-disclosure rollforward of the sample', () => {
  const sample = sampleDisclosure();
  let run: { status: number | null; stdout: string; stderr: string };
  let next: readonly Grid[];
  beforeAll(async () => {
    run = runCli(['rollforward', at('2024.xlsx'), '-o', at('2025.xlsx')]);
    next = await readWorkbookFile(at('2025.xlsx'));
  });

  it('writes the 2025 workbook and says what it holds, with 2024’s 收入总计, 三公 and 机关运行经费', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const incomeTotal = (sample.data.tables['budget.summary'] as TwoSidedData).income.incomeGrandTotal!.income!;
    const threePublic = (sample.data.tables['budget.threePublic'] as FixedData).rows.total!.total!;
    const operating = (sample.data.tables['budget.operating'] as UnitsData).total.total!;
    expect(run.stdout).toContain(`${sample.department} ${sample.year + 1} 年`);
    expect(run.stdout).toContain(`收入总计 ${formatAmount(incomeTotal)} 万元`);
    expect(run.stdout).toContain(`“三公”经费 ${formatAmount(threePublic)} 万元`);
    expect(run.stdout).toContain(`机关运行经费 ${formatAmount(operating)} 万元`);
    const params = readParams(next).values;
    expect(params['lastYear.incomeTotal']?.toString()).toBe(incomeTotal.toString());
    expect(params['lastYear.threePublic']?.toString()).toBe(threePublic.toString());
    expect(params['lastYear.operating']?.toString()).toBe(operating.toString());
  });

  it('holds the 13 templates of 2025 with the sample’s rows and no amount in any table', () => {
    const recognition = recognizeWorkbook(next.filter((grid) => grid.name !== '参数'));
    expect(recognition.tables.map((t) => t.kind)).toEqual(FAMILIES.budget13.tables.map((t) => t.kind));
    expect(recognition.tables.every((t) => t.title.startsWith('2025年'))).toBe(true);
    const projects = recognition.tables.find((t) => t.kind === 'budget.projects')!;
    const sampleProjects = sample.data.tables['budget.projects'] as ProjectsData;
    expect(projects.rows.filter((r) => r.role === 'item').map((r) => r.name)).toEqual(sampleProjects.units.flatMap((u) => u.projects.map((p) => p.name)));
    const tableNumbers = next.filter((grid) => grid.name !== '参数').flatMap((grid) => grid.values.flat()).filter((v) => typeof v === 'number');
    expect(tableNumbers).toEqual([]);
  });

  it('passes check', () => {
    const { status, stdout } = runCli(['check', at('2025.xlsx'), '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ summary: { error: 0, warning: 0 } });
  });

  it('refuses to replace the output without --force, and replaces it with --force', () => {
    const again = runCli(['rollforward', at('2024.xlsx'), '-o', at('2025.xlsx')]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(runCli(['rollforward', at('2024.xlsx'), '-o', at('2025.xlsx'), '--force']).status).toBe(0);
  });
});

describe('budget-disclosure rollforward of other workbooks', () => {
  it('rolls a blank 决算 template (template --family final9) forward to the next year’s 决算 templates', async () => {
    expect(runCli(['template', '--family', 'final9', '--year', '2023', '--department', '某县某局', '-o', at('final-2023.xlsx')]).status).toBe(0);
    const { status, stdout } = runCli(['rollforward', at('final-2023.xlsx'), '-o', at('final-2024.xlsx')]);
    expect(status).toBe(0);
    expect(stdout).toContain('某县某局 2024 年部门决算公开（9张表）');
    const recognition = recognizeWorkbook((await readWorkbookFile(at('final-2024.xlsx'))).filter((grid) => grid.name !== '参数'));
    expect(recognition.family).toBe('final9');
    expect(recognition.tables.map((t) => t.kind)).toEqual(FAMILIES.final9.tables.map((t) => t.kind));
  });

  it('exits 2 with one Chinese line for a workbook without disclosure tables', async () => {
    await writeWorkbookFile(at('notes.xlsx'), [{ name: '会议纪要', values: [['会议纪要'], ['下周再议。']], merges: [] }]);
    const { status, stdout, stderr } = runCli(['rollforward', at('notes.xlsx'), '-o', at('x.xlsx')]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('没有识别出');
  });

  it('exits 2 for an unknown --family of template, naming the families it accepts', () => {
    const { status, stderr } = runCli(['template', '--family', 'final13', '-o', at('y.xlsx')]);
    expect(status).toBe(2);
    expect(stderr).toContain('budget13');
    expect(stderr).toContain('final9');
  });
});
