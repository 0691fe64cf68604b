/**
 * `budget-disclosure check THIS.xlsx --previous LAST.xlsx` run as a user runs it (issue 14 item 4,
 * "Done when": previous year; bad input): 2025 rolled forward from the sample and filled, checked
 * against the 2024 sample; a doctored 2024 total; and a --previous that is the file itself, a later
 * year, an unrelated workbook, a corrupt or missing file — one Chinese line, exit 2, nothing written.
 * `narrative --previous` and `report --previous` take the 上年 figures 参数 leaves empty from it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Grid } from '../../src/core/grid';
import { paramsSheet, readParams } from '../../src/core/params';
import { rollForward } from '../../src/core/rollforward';
import { sampleDisclosure, sampleWorkbook } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import { readWorkbookFile, writeWorkbookFile } from '../../src/xlsx';
import { ensureCliBuilt, runCli } from '../support/cli';

let dir: string;
const at = (name: string): string => path.join(dir, name);
const sample = sampleDisclosure();
/** Where the sample prints 2024's 收入总计 (表1, 收入总计 row). */
let incomeCell: string;

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-previous-'));
  const last = sampleWorkbook();
  await writeWorkbookFile(at('2024.xlsx'), last);
  const rolled = rollForward(last);
  if (rolled.kind !== 'rolled') throw new Error(rolled.reason);
  const tables = layoutWorkbook({ family: 'budget13', department: sample.department, year: 2025, unit: sample.unit, codeLayout: 'single', data: sample.data });
  await writeWorkbookFile(at('2025.xlsx'), [...tables, paramsSheet(rolled.params)]);
  const bare = Object.fromEntries(Object.entries(rolled.params).filter(([id]) => !id.startsWith('lastYear.')));
  await writeWorkbookFile(at('2025-blank-params.xlsx'), [...tables, paramsSheet(bare)]);
  const summary = last.find((grid) => grid.name.startsWith('表1'))!;
  const row = summary.values.findIndex((r) => typeof r[0] === 'string' && r[0].replace(/\s+/g, '').endsWith('收入总计'));
  incomeCell = `'${summary.name}'!B${row + 1}`;
  const doctored: Grid[] = last.map((grid) => {
    if (grid !== summary) return grid;
    const values = grid.values.map((r) => [...r]);
    values[row]![1] = 4610.52;
    return { ...grid, values };
  });
  await writeWorkbookFile(at('2024-doctored.xlsx'), doctored);
  await writeWorkbookFile(at('notes.xlsx'), [{ name: '随便写写', values: [['会议纪要'], ['今天讨论了预算编制的进度。']], merges: [] }]);
  fs.writeFileSync(at('corrupt.xlsx'), '这不是一个 Excel 文件');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('check --previous', () => {
  it('checks 2025 against 2024: no error, each 上年 figure listed with its cell in 2024.xlsx', () => {
    const { status, stdout, stderr } = runCli(['check', at('2025.xlsx'), '--previous', at('2024.xlsx')]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('上年数取自“2024.xlsx”（2024年）：');
    expect(stdout).toContain(`上年收入总计 4,510.52 万元  ${incomeCell}`);
    expect(stdout).toMatch(/上年机关运行经费 119\.52 万元 {2}'表11 机关运行经费表'!B\d+/);
    expect(stdout).toMatch(/错误（强制，须更正）：0 项/);
  });

  it('fills the 上年 fields 2025’s 参数 leaves empty (--json: previous.figures, filled, with the cells)', () => {
    const { status, stdout } = runCli(['check', at('2025-blank-params.xlsx'), '--previous', at('2024.xlsx'), '--json']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as { previous: { file: string; year: number; figures: { field: string; value: string; sources: string[]; filled: boolean }[] } };
    expect(json.previous).toMatchObject({ file: '2024.xlsx', year: 2024 });
    expect(json.previous.figures).toHaveLength(10);
    expect(json.previous.figures.every((figure) => figure.filled)).toBe(true);
    expect(json.previous.figures[0]).toEqual({ field: 'lastYear.incomeTotal', label: '上年收入总计', value: '4510.52', sources: [incomeCell.replace(/^'/, "'[2024.xlsx]")], filled: true });
  });

  it('exits 1 on a doctored 2024 收入总计, naming 2025’s 参数 cell and 2024’s cell', async () => {
    const { status, stdout } = runCli(['check', at('2025.xlsx'), '--previous', at('2024-doctored.xlsx')]);
    expect(status).toBe(1);
    const params = readParams(await readWorkbookFile(at('2025.xlsx')));
    const cell = params.sources['lastYear.incomeTotal']!;
    expect(stdout).toContain(
      `'${cell.sheet}'!${cell.cell}  “上年收入总计”：本年工作簿'${cell.sheet}'!${cell.cell}为4,510.52万元，上年工作簿“2024-doctored.xlsx”${incomeCell}为4,610.52万元，相差-100.00万元`,
    );
    expect(stdout).toContain('结论：发现 1 项错误');
  });

  it('narrative --previous: the 上年 figures 参数 leaves empty come from 2024, so no 上年 is left 【待填写】', () => {
    const without = runCli(['narrative', at('2025-blank-params.xlsx')]);
    expect(without.stdout).toContain('【待填写：上年收入总计】');
    const run = runCli(['narrative', at('2025-blank-params.xlsx'), '--previous', at('2024.xlsx')]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/【待填写：上年/);
    expect(run.stdout).toContain(`2025年度${sample.department}预算收入总计4,510.52万元`);
    expect(run.stdout).toMatch(/预算收入总计4,510\.52万元[^。]*与上年持平/);
    expect(runCli(['narrative', at('2025.xlsx'), '--previous', at('2024-doctored.xlsx')]).status).toBe(1);
    expect(runCli(['narrative', at('2024.xlsx'), '--previous', at('2024.xlsx')]).status).toBe(2);
  });

  it('report --previous: the document takes the 上年 figures 参数 leaves empty from 2024, and nothing is left 【待填写：上年…】', () => {
    const without = runCli(['report', at('2025-blank-params.xlsx'), '-o', at('without.docx')]);
    expect(without.stdout).toMatch(/上年收入总计/);
    const run = runCli(['report', at('2025-blank-params.xlsx'), '-o', at('with.docx'), '--previous', at('2024.xlsx')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/上年/);
    const text = execFileSync('unzip', ['-p', at('with.docx'), 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 }).replace(/<[^>]+>/g, '');
    expect(text).toContain(`2025年度${sample.department}预算收入总计4,510.52万元`);
    expect(text).not.toMatch(/待填写：上年/);
  });

  it('report --previous with a doctored 2024 total: the document is written, exit 1, the difference counted as an error', () => {
    const run = runCli(['report', at('2025.xlsx'), '-o', at('doctored.docx'), '--previous', at('2024-doctored.xlsx'), '--review']);
    expect(run.status).toBe(1);
    expect(fs.existsSync(at('doctored.docx'))).toBe(true);
    expect(run.stdout).toMatch(/检查：错误 1 项/);
  });

  it('report --previous refuses a later year’s workbook before writing anything (exit 2)', () => {
    const run = runCli(['report', at('2024.xlsx'), '-o', at('later.docx'), '--previous', at('2025.xlsx')]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('错误：上年工作簿“2025.xlsx”无法使用：它是2025年的工作簿，晚于本年（2024年）；请选择2023年的工作簿。');
    expect(fs.existsSync(at('later.docx'))).toBe(false);
  });

  describe('refuses a --previous that is not last year’s workbook: one Chinese line, exit 2, nothing written', () => {
    const refused = (file: string, previous: string) => {
      const before = fs.readdirSync(dir).sort();
      const run = runCli(['check', at(file), '--previous', at(previous)]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(fs.readdirSync(dir).sort()).toEqual(before);
      return run.stderr.trim();
    };

    it('the file itself', () => {
      expect(refused('2024.xlsx', '2024.xlsx')).toBe('错误：上年工作簿“2024.xlsx”就是要检查的文件本身；--previous 应指向上一年度的公开工作簿。');
    });

    it('a later year', () => {
      expect(refused('2024.xlsx', '2025.xlsx')).toBe('错误：上年工作簿“2025.xlsx”无法使用：它是2025年的工作簿，晚于本年（2024年）；请选择2023年的工作簿。');
    });

    it('an unrelated workbook', () => {
      expect(refused('2025.xlsx', 'notes.xlsx')).toContain('上年工作簿“notes.xlsx”无法使用：其中没有识别出预算或决算公开表');
    });

    it('a corrupt file', () => {
      expect(refused('2025.xlsx', 'corrupt.xlsx')).toMatch(/^错误：上年工作簿（--previous）无法读取：“corrupt\.xlsx”不是 \.xlsx 工作簿/);
    });

    it('a missing file', () => {
      expect(refused('2025.xlsx', 'missing.xlsx')).toBe(`错误：上年工作簿（--previous）无法读取：找不到文件“${at('missing.xlsx')}”。`);
    });
  });
});
