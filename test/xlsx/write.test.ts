import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid';
import { readWorkbookBuffer, readWorkbookFile, writeWorkbookBuffer, writeWorkbookFile } from '../../src/xlsx';
import { trimmedValues } from '../support/cli';
import { buildSeedWorkbook } from '../support/seedGrids';

async function excelJsOf(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-write-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('writeWorkbookBuffer → readWorkbookBuffer', () => {
  it.each([
    ['the seed, one table per sheet', {}],
    ['the seed in 元 with split codes as numbers', { unit: '元', codes: 'split', codeType: 'number' } as const],
    ['the seed stacked on one sheet', { layout: 'oneSheet' } as const],
  ])('gives back the values, merges and sheet names of %s', async (_title, options) => {
    const seed = buildSeedWorkbook(options).workbook;
    const back = await readWorkbookBuffer(await writeWorkbookBuffer(seed));
    expect(back.map((g) => g.name)).toEqual(seed.map((g) => g.name));
    back.forEach((grid, i) => {
      const original = seed[i]!;
      expect(trimmedValues(grid.values)).toEqual(trimmedValues(original.values));
      expect([...grid.merges].sort(byPosition)).toEqual([...original.merges].sort(byPosition));
    });
  });

  it('gives back number formats, formulas with their cached results, widths, hidden rows, hidden sheets and print setup', async () => {
    const grid: Grid = {
      name: '表10 三公经费',
      values: [
        ['财政拨款安排"三公"经费支出预算表'],
        ['项目', '合计'],
        ['公务接待费', 0.65],
        ['公务用车购置及运行费', 3.07],
        ['合计', 3.72],
      ],
      numberFormats: [[], [], [undefined, '#,##0.00'], [undefined, '#,##0.00'], [undefined, '#,##0.00']],
      formulas: [[], [], [], [], [undefined, 'SUM(B3:B4)']],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      columnWidths: [36, 14],
      hiddenRows: [3],
      print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: { first: 0, last: 1 } },
    };
    const store: Grid = { name: '校验说明', values: [['已接受的提示']], merges: [], hidden: true };
    const [table, hidden] = await readWorkbookBuffer(await writeWorkbookBuffer([grid, store]));
    expect(table?.values).toEqual(grid.values);
    expect(table?.numberFormats?.[4]?.[1]).toBe('#,##0.00');
    expect(table?.formulas?.[4]?.[1]).toBe('SUM(B3:B4)');
    expect(table?.columnWidths).toEqual([36, 14]);
    expect(table?.hiddenRows).toEqual([3]);
    expect(table?.print).toEqual(grid.print);
    expect(table?.hidden).toBeUndefined();
    expect(hidden?.hidden).toBe(true);
  });

  it('writes text that starts with = + - or @ as text, never as a formula', async () => {
    const texts = ['=SUM(A1:A9)', '+12', '-', '-12.50', '@user', '=1+1'];
    const buffer = await writeWorkbookBuffer([{ name: 'Sheet1', values: [texts], merges: [] }]);
    const [grid] = await readWorkbookBuffer(buffer);
    expect(grid?.values).toEqual([texts]);
    expect(grid?.formulas).toBeUndefined();
    const sheet = (await excelJsOf(buffer)).getWorksheet('Sheet1')!;
    texts.forEach((_text, c) => expect(sheet.getCell(1, c + 1).type).toBe(ExcelJS.ValueType.String));
  });

  it('writes error values as errors', async () => {
    const [grid] = await readWorkbookBuffer(await writeWorkbookBuffer([{ name: 'S', values: [[{ error: '#REF!' }, { error: '#N/A' }]], merges: [] }]));
    expect(grid?.values).toEqual([[{ error: '#REF!' }, { error: '#N/A' }]]);
  });
});

describe('writeWorkbookBuffer: how the tables print', () => {
  const grid: Grid = {
    name: '表1 收支总表',
    values: [['预算收支总表'], ['项目', '金额'], ['一般公共预算', 4052.12]],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    styles: [
      { range: { top: 0, left: 0, bottom: 0, right: 1 }, style: { bold: true, fontSize: 16, horizontal: 'center' } },
      { range: { top: 1, left: 0, bottom: 2, right: 1 }, style: { border: true, vertical: 'middle', wrap: true } },
      { range: { top: 1, left: 0, bottom: 1, right: 1 }, style: { fill: '#D9E1F2', bold: true } },
    ],
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: { first: 0, last: 1 } },
  };

  it('applies fonts, alignment, thin borders and fills, later regions adding to earlier ones', async () => {
    const sheet = (await excelJsOf(await writeWorkbookBuffer([grid]))).getWorksheet('表1 收支总表')!;
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(sheet.getCell('A2').font).toMatchObject({ bold: true });
    expect(sheet.getCell('A2').border.left?.style).toBe('thin');
    expect(sheet.getCell('A2').alignment).toMatchObject({ vertical: 'middle', wrapText: true });
    expect(sheet.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(sheet.getCell('B3').border.bottom?.style).toBe('thin');
    expect(sheet.getCell('B3').font).toMatchObject({ name: '宋体', size: 11 });
    expect(sheet.getCell('B3').font.bold).toBeFalsy();
    expect(sheet.getCell('B3').fill).not.toMatchObject({ pattern: 'solid' });
  });

  it('prints on A4 landscape, one page wide and as many pages high as needed, repeating the header rows', async () => {
    const sheet = (await excelJsOf(await writeWorkbookBuffer([grid]))).getWorksheet('表1 收支总表')!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
  });
});

describe('writeWorkbookFile', () => {
  const grids: Grid[] = [{ name: 'S', values: [['x']], merges: [] }];

  it('creates the folder when it is missing', async () => {
    const file = path.join(dir, '新建', '子目录', '输出.xlsx');
    await writeWorkbookFile(file, grids);
    expect((await readWorkbookFile(file))[0]?.values).toEqual([['x']]);
  });

  it('reports a file standing where a folder of the path should be as ENOTDIR', async () => {
    const blocker = path.join(dir, '挡路的文件');
    fs.writeFileSync(blocker, '');
    await expect(writeWorkbookFile(path.join(blocker, '输出.xlsx'), grids)).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(writeWorkbookFile(path.join(blocker, '子目录', '输出.xlsx'), grids)).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('refuses to replace an existing file unless told to overwrite', async () => {
    const file = path.join(dir, '已有.xlsx');
    fs.writeFileSync(file, 'keep me');
    await expect(writeWorkbookFile(file, grids)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
    await writeWorkbookFile(file, grids, { overwrite: true });
    expect((await readWorkbookFile(file))[0]?.values).toEqual([['x']]);
  });
});

function byPosition(a: { top: number; left: number }, b: { top: number; left: number }): number {
  return a.top - b.top || a.left - b.left;
}
