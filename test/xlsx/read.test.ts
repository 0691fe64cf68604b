import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { readWorkbookBuffer, readWorkbookFile, UnusableInputError } from '../../src/xlsx';

/** Builds an .xlsx in memory with ExcelJS directly, as another program would have saved it. */
async function xlsxOf(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-read-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('readWorkbookBuffer: what cells store', () => {
  it('reads stored values, not displayed text: a number formatted with two places stays the number', async () => {
    const [grid] = await readWorkbookBuffer(await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('表1 收支总表');
      sheet.getCell('A1').value = '一般公共预算';
      sheet.getCell('B1').value = 4052.115;
      sheet.getCell('B1').numFmt = '#,##0.00';
    }));
    expect(grid?.name).toBe('表1 收支总表');
    expect(grid?.values).toEqual([['一般公共预算', 4052.115]]);
    expect(grid?.numberFormats?.[0]?.[1]).toBe('#,##0.00');
    expect(grid?.numberFormats?.[0]?.[0]).toBeUndefined();
  });

  it('reads a formula cell as its cached result and keeps the formula', async () => {
    const [grid] = await readWorkbookBuffer(await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('表3');
      sheet.getCell('A1').value = 1982.73;
      sheet.getCell('A2').value = 562.39;
      sheet.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 2545.12 };
      sheet.getCell('A4').value = { formula: 'A1*2' };
    }));
    expect(grid?.values.map((row) => row[0])).toEqual([1982.73, 562.39, 2545.12, null]);
    expect(grid?.formulas?.[2]?.[0]).toBe('SUM(A1:A2)');
    expect(grid?.formulas?.[3]?.[0]).toBe('A1*2');
    expect(grid?.formulas?.[0]?.[0]).toBeUndefined();
  });

  it('reads a shared formula as the formula of its own cell', async () => {
    const [grid] = await readWorkbookBuffer(await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('表');
      sheet.getCell('A1').value = 1;
      sheet.getCell('A2').value = 2;
      sheet.getCell('B1').value = { formula: 'A1*10', result: 10, shareType: 'shared', ref: 'B1:B2' } as ExcelJS.CellFormulaValue;
      sheet.getCell('B2').value = { sharedFormula: 'B1', result: 20 };
    }));
    expect(grid?.values).toEqual([[1, 10], [2, 20]]);
    expect(grid?.formulas?.[1]?.[1]).toBe('A2*10');
  });

  it('reads error values as errors, also as a formula result', async () => {
    const [grid] = await readWorkbookBuffer(await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('表');
      sheet.getCell('A1').value = { error: '#REF!' };
      sheet.getCell('B1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    }));
    expect(grid?.values).toEqual([[{ error: '#REF!' }, { error: '#DIV/0!' }]]);
  });

  it('reads rich text and hyperlinks as their plain text, dates as ISO text, booleans as booleans', async () => {
    const [grid] = await readWorkbookBuffer(await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('表');
      sheet.getCell('A1').value = { richText: [{ text: '部门名称：', font: { bold: true } }, { text: '阳城县应急管理局' }] };
      sheet.getCell('B1').value = { text: '财政部', hyperlink: 'https://www.mof.gov.cn' };
      sheet.getCell('C1').value = new Date(Date.UTC(2024, 1, 7));
      sheet.getCell('D1').value = new Date(Date.UTC(2024, 1, 7, 9, 30));
      sheet.getCell('E1').value = true;
    }));
    expect(grid?.values).toEqual([['部门名称：阳城县应急管理局', '财政部', '2024-02-07', '2024-02-07T09:30:00.000Z', true]]);
  });

  it('reads text that looks like a formula or a number as the text it is', async () => {
    const [grid] = await readWorkbookBuffer(await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('表');
      sheet.getRow(1).values = ['=SUM(A1)', '4,052.12', '0.00', '-'];
    }));
    expect(grid?.values).toEqual([['=SUM(A1)', '4,052.12', '0.00', '-']]);
    expect(grid?.formulas).toBeUndefined();
  });

  it('pads the used range so that values[0][0] is A1 and reads a merge as one value in its first cell', async () => {
    const [grid] = await readWorkbookBuffer(await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('表');
      sheet.getCell('C3').value = '预算收支总表';
      sheet.mergeCells('C3:F3');
      sheet.getCell('D5').value = 1;
    }));
    expect(grid?.values).toEqual([[], [], [null, null, '预算收支总表'], [], [null, null, null, 1]]);
    expect(grid?.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 5 }]);
  });

  it('reports hidden rows, column widths, hidden sheets and an A4 print setup', async () => {
    const grids = await readWorkbookBuffer(await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('表1', {
        pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:4' },
      });
      for (let r = 1; r <= 3; r += 1) sheet.getCell(r, 1).value = r;
      sheet.getRow(2).hidden = true;
      sheet.getColumn(1).width = 30;
      sheet.getColumn(2).width = 14;
      sheet.getCell('B1').value = 'x';
      wb.addWorksheet('校验说明', { state: 'hidden' }).getCell('A1').value = '说明';
      wb.addWorksheet('隐藏', { state: 'veryHidden' }).getCell('A1').value = '很隐藏';
      wb.addWorksheet('Letter').getCell('A1').value = 1;
    }));
    expect(grids.map((g) => [g.name, g.hidden ?? false])).toEqual([['表1', false], ['校验说明', true], ['隐藏', true], ['Letter', false]]);
    expect(grids[0]?.hiddenRows).toEqual([1]);
    expect(grids[0]?.columnWidths).toEqual([30, 14]);
    expect(grids[0]?.print).toEqual({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: { first: 0, last: 3 } });
    expect(grids[3]?.print).toBeUndefined();
    expect(grids[3]?.columnWidths).toBeUndefined();
  });

  it('ends a sheet at its last row with a value, even when later rows are formatted', async () => {
    const [grid] = await readWorkbookBuffer(await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('表');
      sheet.getCell('A1').value = '合计';
      sheet.getCell('A9').numFmt = '0.00';
    }));
    expect(grid?.values).toEqual([['合计']]);
  });
});

describe('readWorkbookBuffer: plain bytes, as the task pane\'s worker has them', () => {
  /** The bytes in a Uint8Array of their own (no Node Buffer), as a browser File's arrayBuffer() gives them. */
  const plain = (buffer: Buffer) => new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));

  it('reads a workbook from a plain Uint8Array as from a Buffer', async () => {
    const bytes = await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('表1 收支总表');
      sheet.getCell('A1').value = '收入总计';
      sheet.getCell('B1').value = 4510.52;
    });
    const fromPlain = await readWorkbookBuffer(plain(bytes), '2024.xlsx');
    expect(Buffer.isBuffer(plain(bytes))).toBe(false);
    expect(fromPlain).toEqual(await readWorkbookBuffer(bytes, '2024.xlsx'));
    expect(fromPlain[0]?.values).toEqual([['收入总计', 4510.52]]);
  });

  it('tells an OpenDocument spreadsheet from its plain bytes too', async () => {
    const header = Buffer.alloc(30);
    Buffer.from([0x50, 0x4b, 0x03, 0x04]).copy(header);
    const ods = plain(Buffer.concat([header, Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK')]));
    await expect(readWorkbookBuffer(ods, '预算.ods')).rejects.toThrow('OpenDocument 表格（.ods）');
  });
});

describe('readWorkbookBuffer and readWorkbookFile: unusable input', () => {
  async function reasonFor(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UnusableInputError);
    const reason = (error as UnusableInputError).reason;
    expect(reason).toMatch(/[\u4e00-\u9fff]/);
    expect(reason).not.toMatch(/\n|at .*\.js/);
    return reason;
  }

  it('names a missing file', async () => {
    const file = path.join(dir, '不存在.xlsx');
    expect(await reasonFor(readWorkbookFile(file))).toBe(`找不到文件“${file}”。`);
  });

  it('refuses a folder', async () => {
    expect(await reasonFor(readWorkbookFile(dir))).toContain('文件夹');
  });

  it('recognises a legacy .xls (an OLE2 file) by its bytes and asks for .xlsx', async () => {
    const file = path.join(dir, '旧表.xls');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const reason = await reasonFor(readWorkbookFile(file));
    expect(reason).toContain('.xls');
    expect(reason).toContain('另存为');
  });

  it('recognises a CSV, even one named .xlsx, by its bytes', async () => {
    const csv = path.join(dir, '表1.csv');
    fs.writeFileSync(csv, '项目,金额\n一般公共预算,4052.12\n');
    expect(await reasonFor(readWorkbookFile(csv))).toContain('CSV');
    const renamed = path.join(dir, '表1.xlsx');
    fs.writeFileSync(renamed, '项目,金额\n');
    expect(await reasonFor(readWorkbookFile(renamed))).toContain('CSV');
  });

  it('refuses a binary file that is not a zip', async () => {
    expect(await reasonFor(readWorkbookBuffer(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'logo.png'))).toBe(
      '“logo.png”不是 .xlsx 工作簿，请提供 Excel 2007 及以后版本的 .xlsx 文件。',
    );
  });

  it('refuses an empty file', async () => {
    expect(await reasonFor(readWorkbookBuffer(Buffer.alloc(0), '空.xlsx'))).toContain('空文件');
  });

  it('refuses a damaged xlsx that ExcelJS cannot read', async () => {
    const good = await xlsxOf((wb) => {
      wb.addWorksheet('表').getCell('A1').value = 1;
    });
    expect(await reasonFor(readWorkbookBuffer(good.subarray(0, Math.floor(good.length / 2)), '坏.xlsx'))).toBe(
      '“坏.xlsx”已损坏或不是 Excel 工作簿，无法读取。',
    );
  });

  it('recognises an OpenDocument spreadsheet (.ods) by its mimetype entry and asks for .xlsx', async () => {
    // An ODF package: a zip whose first entry, at byte 30, is the uncompressed "mimetype" file.
    const header = Buffer.alloc(30);
    Buffer.from([0x50, 0x4b, 0x03, 0x04]).copy(header);
    const ods = Buffer.concat([header, Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK')]);
    expect(await reasonFor(readWorkbookBuffer(ods, '预算.ods'))).toContain('OpenDocument 表格（.ods）');
  });

  it('refuses a Word document, which is a zip without worksheets', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('情况说明')] }] }));
    expect(await reasonFor(readWorkbookBuffer(docx, '情况说明.docx'))).toBe(
      '“情况说明.docx”中没有工作表，不是 Excel 工作簿（可能是 Word 文档或其他压缩文件）。',
    );
  });

  it('refuses a workbook with no data', async () => {
    const empty = await xlsxOf((wb) => {
      wb.addWorksheet('Sheet1');
      wb.addWorksheet('Sheet2').getCell('A1').numFmt = '0.00';
    });
    expect(await reasonFor(readWorkbookBuffer(empty, '空白.xlsx'))).toBe('“空白.xlsx”中没有任何数据（工作簿为空）。');
  });
});
