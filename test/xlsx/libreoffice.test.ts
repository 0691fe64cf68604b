/**
 * Another program's xlsx: LibreOffice opens what writeWorkbookFile wrote and saves it again as
 * .xlsx (its own XML: shared strings, its spelling of booleans, recalculated formulas); the reader
 * gets the same Grids back. One conversion for the whole file (LibreOffice is slow to start).
 */
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Grid } from '../../src/core/grid';
import { readWorkbookFile, writeWorkbookFile } from '../../src/xlsx';
import { trimmedValues } from '../support/cli';
import { buildSeedWorkbook } from '../support/seedGrids';

const CONVERT_TIMEOUT_MS = 120_000;

const totals: Grid = {
  name: '合计检查',
  values: [
    ['项目', '金额'],
    ['基本支出', 1507],
    ['项目支出', 3003.53],
    ['合计', 4510.53],
  ],
  formulas: [[], [], [], [undefined, 'SUM(B2:B3)']],
  numberFormats: [[], [undefined, '#,##0.00'], [undefined, '#,##0.00'], [undefined, '#,##0.00']],
  merges: [],
  hiddenRows: [2],
  print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: { first: 0, last: 0 } },
};
const store: Grid = { name: '校验说明', values: [['规则', '说明'], ['budget.operating', '事业单位不适用']], merges: [], hidden: true };

let dir: string;
let profile: string;
let original: readonly Grid[];
let resaved: readonly Grid[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-libreoffice-'));
  profile = path.join(os.tmpdir(), `lo-${crypto.randomUUID()}`);
  original = [...buildSeedWorkbook().workbook, totals, store];
  const written = path.join(dir, 'written', '工作簿.xlsx');
  await writeWorkbookFile(written, original);
  const outdir = path.join(dir, 'resaved');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outdir, written], {
    timeout: CONVERT_TIMEOUT_MS,
    stdio: 'pipe',
  });
  resaved = await readWorkbookFile(path.join(outdir, '工作簿.xlsx'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(profile, { recursive: true, force: true });
});

describe('a workbook saved again by LibreOffice', () => {
  it('keeps every sheet, value and merge', () => {
    expect(resaved.map((g) => g.name)).toEqual(original.map((g) => g.name));
    resaved.forEach((grid, i) => {
      expect(trimmedValues(grid.values)).toEqual(trimmedValues(original[i]!.values));
      expect(grid.merges).toHaveLength(original[i]!.merges.length);
    });
  });

  it('keeps formulas with their results, number formats, hidden rows and hidden sheets', () => {
    const back = resaved.find((g) => g.name === '合计检查')!;
    expect(back.formulas?.[3]?.[1]).toBe('SUM(B2:B3)');
    expect(back.values[3]?.[1]).toBe(4510.53);
    expect(back.numberFormats?.[3]?.[1]).toBe('#,##0.00');
    expect(back.hiddenRows).toEqual([2]);
    expect(resaved.find((g) => g.name === '校验说明')?.hidden).toBe(true);
  });

  it('keeps the print setup: A4 landscape, one page wide, header rows repeated', () => {
    expect(resaved.find((g) => g.name === '合计检查')?.print).toEqual(totals.print);
  });
});
