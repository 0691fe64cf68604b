import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Decimal, type DecimalInput } from '../../src/core/amount';
import type { CellValue, Grid } from '../../src/core/grid';
import { readPerformanceTargets, targetValue } from '../../src/core/performance';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import { readWorkbookFile } from '../../src/xlsx';
import { ensureCliBuilt, runCli, trimmedValues } from '../support/cli';
import { loadSeed } from '../support/seed';

let dir: string;
beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-sample-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The amounts a seed table prints ("4,052.12"), as sorted decimal strings. */
function seedAmounts(rows: readonly (readonly string[])[], scale: DecimalInput = 1): string[] {
  return rows
    .flat()
    .filter((cell) => /^-?[\d,]+\.\d+$/.test(cell.trim()))
    .map((cell) => new Decimal(cell.replace(/,/g, '')).times(scale).toString())
    .sort();
}

/** The numbers a sheet holds, as sorted decimal strings. */
function sheetNumbers(grid: Grid): string[] {
  return grid.values
    .flat()
    .filter((value: CellValue): value is number => typeof value === 'number')
    .map((value) => new Decimal(value).toString())
    .sort();
}

function trimmedText(grid: Grid): string[] {
  return grid.values.flat().filter((v): v is string => typeof v === 'string').map((v) => v.trim());
}

describe('budget-disclosure sample', () => {
  let written: readonly Grid[];
  beforeAll(async () => {
    const file = path.join(dir, '阳城县应急管理局-2024-示例.xlsx');
    const { status, stdout, stderr } = runCli(['sample', '-o', file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('阳城县应急管理局');
    written = await readWorkbookFile(file);
  });

  it('writes one sheet per seed table, in the seed’s order, then 参数, the 绩效目标表 and 名词解释', () => {
    const tables = Object.keys(loadSeed().tables).length;
    expect(written).toHaveLength(tables + 4);
    expect(written[0]?.name).toBe('表1 收支总表');
    expect(written.slice(tables).map((g) => g.name)).toEqual(['参数', '部门整体绩效目标表', '项目支出绩效目标表', '名词解释']);
    expect(written[tables]?.values.flat()).toContain('2024年航空应急救援服务');
  });

  it('holds the seed’s 绩效目标表 as its reader reads them back: the 整体 table and 26 projects with their 元', () => {
    const targets = readPerformanceTargets(written);
    expect(targets.departments.map((d) => d.department)).toEqual(['217-阳城县应急管理局']);
    expect(targets.projects).toHaveLength(26);
    const fire = targets.projects.find((p) => p.name === '乡镇专职消防队经费')!;
    expect(targetValue(fire.annualFunds.total)?.toString()).toBe('3184056');
  });

  it('holds every amount of each seed table, and no other number', () => {
    Object.values(loadSeed().tables).forEach((table, i) => {
      expect(sheetNumbers(written[i]!)).toEqual(seedAmounts(table.rows));
    });
  });

  it('prints every seed label (codes, names, headers) on the matching sheet', () => {
    Object.values(loadSeed().tables).forEach((table, i) => {
      const texts = new Set(trimmedText(written[i]!));
      const labels = table.rows.flat().map((cell) => cell.trim()).filter((cell) => cell !== '' && !/^-?[\d,]+\.\d+$/.test(cell));
      const missing = labels.filter((label) => !texts.has(label) && ![...texts].some((text) => text.includes(label)));
      expect({ sheet: written[i]!.name, missing }).toEqual({ sheet: written[i]!.name, missing: [] });
    });
  });

  it('is what layoutWorkbook lays out from the embedded sample', () => {
    const sample = sampleDisclosure();
    const expected = layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data });
    const tables = written.slice(0, expected.length);
    expect(tables.map((g) => g.name)).toEqual(expected.map((g) => g.name));
    tables.forEach((grid, i) => expect(trimmedValues(grid.values)).toEqual(trimmedValues(expected[i]!.values)));
  });

  it('converts every amount exactly to 元 with --unit 元', async () => {
    const file = path.join(dir, '元.xlsx');
    expect(runCli(['sample', '-o', file, '--unit', '元']).status).toBe(0);
    const inYuan = await readWorkbookFile(file);
    Object.values(loadSeed().tables).forEach((table, i) => {
      expect(sheetNumbers(inYuan[i]!)).toEqual(seedAmounts(table.rows, 10000));
    });
    expect(inYuan[0]?.values.flat()).toContain('单位：元');
  });

  it('refuses an unknown unit with exit 2', () => {
    const { status, stderr } = runCli(['sample', '-o', path.join(dir, 'x.xlsx'), '--unit', 'yuan']);
    expect(status).toBe(2);
    expect(stderr).toContain('--unit');
  });
});
