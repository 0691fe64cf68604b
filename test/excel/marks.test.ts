import { clearMarks, markFindings, NOTE_PREFIX, SEVERITY_FILL, SUSPECT_FILL, type MarkableFinding } from '../../src/excel/marks';
import { MARK_RECORD_SHEET } from '../../src/excel/marks-record';
import { layOutGrids } from '../../src/excel/layout';
import { readWorkbook } from '../../src/excel/read';
import { checkWorkbook } from '../../src/core/check';
import { layoutWorkbook } from '../../src/core/templates';
import { sampleDisclosure } from '../../src/core/sample';
import { FakeWorkbook } from '../support/fake-excel';
import { reviewWorkbook } from '../../src/core/review';
import { buildSeedWorkbook, mutateSeedCell } from '../support/seedGrids';

/** The seed workbook with a user's own colours and a note on some cells. */
function userWorkbook(options: { excelApi?: string } = {}): FakeWorkbook {
  const book = FakeWorkbook.fromGrids(buildSeedWorkbook().workbook, options);
  book.setFill('表2', 'C5', { pattern: 'Solid', color: '#00B050' });
  book.setFill('表2', 'D5', { pattern: 'Gray25', color: '#FFFF00', patternColor: '#000000' });
  book.setNote('表2', 'E5', '财务科：已核对');
  return book;
}

const findings: MarkableFinding[] = [
  { severity: 'error', sheet: '表2', cell: 'C5', message: '合计不等于各列之和' },
  { severity: 'warning', sheet: '表2', cell: 'D5', message: '机关运行经费与公用经费不一致' },
  { severity: 'info', sheet: '表2', cell: 'E5', message: '尾差0.01' },
  { severity: 'info', sheet: '表3', cell: 'C6', message: '尾差0.01' },
  { severity: 'error', sheet: '表3', cell: 'C6', message: '与表2不符' },
];

/** Every user sheet's values and fills, for before/after comparisons. */
function snapshot(book: FakeWorkbook): { values: string; fills: string; notes: string } {
  const sheets = book.sheetNames.filter((n) => n !== MARK_RECORD_SHEET).map((n) => book.sheet(n));
  return {
    values: JSON.stringify(sheets.map((s) => s.valuesFromA1())),
    fills: JSON.stringify(sheets.map((s) => s.fillSnapshot())),
    notes: JSON.stringify(sheets.map((s) => [...s.notes])),
  };
}

describe('markFindings and clearMarks', () => {
  it('marks in two syncs: fill by severity, our note with the message, the worst severity per cell', async () => {
    const book = userWorkbook();
    const context = book.context();
    const result = await markFindings(context, findings);
    expect(context.syncCount).toBe(2);
    expect(result).toEqual({ marked: 4, skipped: [] });
    const sheet2 = book.sheet('表2');
    expect(sheet2.fill('C5')).toMatchObject({ pattern: 'Solid', color: SEVERITY_FILL.error });
    expect(sheet2.fill('E5')).toMatchObject({ color: SEVERITY_FILL.info });
    expect(sheet2.note('C5')).toBe(`${NOTE_PREFIX}合计不等于各列之和`);
    expect(sheet2.note('E5')).toBe('财务科：已核对');
    expect(book.sheet('表3').fill('C6')).toMatchObject({ color: SEVERITY_FILL.error });
    expect(book.sheet('表3').note('C6')).toBe(`${NOTE_PREFIX}尾差0.01\n与表2不符`);
    expect(book.sheet(MARK_RECORD_SHEET).visibility).toBe('Hidden');
  });

  it('never writes a value into a user cell while marking or clearing', async () => {
    const book = userWorkbook();
    const before = snapshot(book).values;
    const marking = book.context();
    await markFindings(marking, findings);
    const clearing = book.context();
    await clearMarks(clearing);
    const writes = [...marking.batches, ...clearing.batches].flatMap((b) => b.contentWrites);
    expect(writes.every((w) => w.sheet === MARK_RECORD_SHEET)).toBe(true);
    expect(snapshot(book).values).toBe(before);
  });

  it('clears in two syncs and restores every fill byte for byte, no fill included, and only our notes', async () => {
    const book = userWorkbook();
    const before = snapshot(book);
    await book.run((context) => markFindings(context, findings));
    expect(snapshot(book).fills).not.toBe(before.fills);
    const context = book.context();
    const restored = await clearMarks(context);
    expect(restored).toBe(4);
    expect(context.syncCount).toBe(2);
    expect(snapshot(book)).toEqual(before);
    expect(book.sheetNames).not.toContain(MARK_RECORD_SHEET);
  });

  it('keeps each original fill as readable text in the hidden record sheet, so clearing survives a reload', async () => {
    const book = userWorkbook();
    await book.run((context) => markFindings(context, findings));
    const record = book.sheet(MARK_RECORD_SHEET).valuesFromA1();
    expect(record[0]).toEqual(['工作表', '单元格', '原填充图案', '原填充颜色', '原图案颜色', '批注为本工具所加', '级别', '说明']);
    expect(record.slice(1).map((row) => row.slice(0, 7))).toEqual([
      ['表2', 'C5', 'Solid', '#00B050', null, '是', 'error'],
      ['表2', 'D5', 'Gray25', '#FFFF00', '#000000', '是', 'warning'],
      ['表2', 'E5', 'None', null, null, '否', 'info'],
      ['表3', 'C6', 'None', null, null, '是', 'error'],
    ]);
  });

  it('marking again keeps the first original, and restores cells whose findings are gone', async () => {
    const book = userWorkbook();
    const before = snapshot(book);
    await book.run((context) => markFindings(context, findings));
    const second = book.context();
    await markFindings(second, findings.slice(0, 1));
    expect(second.syncCount).toBe(2);
    expect(book.sheet('表2').fill('D5')).toEqual({ pattern: 'Gray25', color: '#FFFF00', patternColor: '#000000' });
    expect(book.sheet('表3').note('C6')).toBeUndefined();
    await book.run((context) => clearMarks(context));
    expect(snapshot(book)).toEqual(before);
  });

  it('skips findings on sheets that no longer exist and says why', async () => {
    const book = userWorkbook();
    const result = await book.run((context) =>
      markFindings(context, [
        { severity: 'error', sheet: '已删除', cell: 'A1', message: 'x' },
        { severity: 'error', sheet: '表2', cell: '不是地址', message: 'y' },
      ]),
    );
    expect(result.marked).toBe(0);
    expect(result.skipped.map((s) => s.reason)).toEqual(['“不是地址”不是单元格地址', '工作表“已删除”不存在']);
    expect(book.sheetNames).not.toContain(MARK_RECORD_SHEET);
  });

  it('marks and clears without notes in an Excel without the note API (Excel 2021: ExcelApi 1.14), the cellNotes feature off', async () => {
    const book = userWorkbook({ excelApi: '1.14' });
    const before = snapshot(book);
    // What the task pane would do without the isSetSupported('ExcelApi', '1.18') check:
    await expect(book.run((context) => markFindings(context, findings))).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(snapshot(book)).toEqual(before);
    const result = await book.run((context) => markFindings(context, findings, { notes: false }));
    expect(result.marked).toBe(4);
    expect(book.sheet('表2').note('C5')).toBeUndefined();
    expect(book.sheet('表2').note('E5')).toBe('财务科：已核对');
    expect(book.sheet('表2').fill('C5')).toMatchObject({ color: SEVERITY_FILL.error });
    expect(await book.run((context) => clearMarks(context))).toBe(4);
    expect(snapshot(book)).toEqual(before);
  });

  it('clearing with nothing marked takes one sync and changes nothing', async () => {
    const book = userWorkbook();
    const before = snapshot(book);
    const context = book.context();
    expect(await clearMarks(context)).toBe(0);
    expect(context.syncCount).toBe(1);
    expect(snapshot(book)).toEqual(before);
  });

  it('runs the task pane journey: lay out the sample, read, check, mark the findings, clear', async () => {
    const book = new FakeWorkbook();
    const sample = sampleDisclosure();
    await book.run((context) => layOutGrids(context, layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sample })));
    const before = snapshot(book);
    const workbook = await book.run((context) => readWorkbook(context));
    const { findings: found } = checkWorkbook(workbook);
    expect(found.length).toBeGreaterThan(0);
    const marking = book.context();
    const result = await markFindings(marking, found);
    expect(marking.syncCount).toBe(2);
    expect(result.skipped).toEqual([]);
    expect(result.marked).toBeGreaterThan(0);
    const clearing = book.context();
    await clearMarks(clearing);
    expect(clearing.syncCount).toBe(2);
    expect(snapshot(book)).toEqual(before);
  });
});

describe('clearMarks after the workbook changed', () => {
  it('restores what is still there when a marked sheet was deleted since', async () => {
    const book = userWorkbook();
    const before = book.sheet('表2').fillSnapshot();
    await book.run((context) => markFindings(context, findings));
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('表3').delete();
      await context.sync();
    });
    const context = book.context();
    expect(await clearMarks(context)).toBe(3);
    expect(context.syncCount).toBe(2);
    expect(book.sheet('表2').fillSnapshot()).toBe(before);
  });
});

describe('markFindings with suspects (error localisation)', () => {
  const suspects = [{ sheet: '表3', cell: 'C5', current: '4,610.52', suggested: '4,510.52' }];
  const consequences: MarkableFinding[] = [
    { severity: 'error', sheet: '表1', cell: 'D35', message: '表1 本年支出合计：合计 4,510.52 与表3 合计行 合计 4,610.52 相差 100.00', cause: 0 },
    { severity: 'error', sheet: '表3', cell: 'C5', message: '表3 合计：合计 4,610.52 与各类之和 4,510.52 相差 100.00', cause: 0 },
    { severity: 'info', sheet: '表2', cell: 'C21', message: '尾差0.01' },
  ];

  it('marks the suspect with its own fill and a note saying what it should be; a consequence keeps the error fill and names the suspect, without “应为”', async () => {
    const book = FakeWorkbook.fromGrids(buildSeedWorkbook().workbook);
    const context = book.context();
    const result = await markFindings(context, consequences, { suspects });
    expect(context.syncCount).toBe(2);
    expect(result).toEqual({ marked: 3, skipped: [] });
    expect(SUSPECT_FILL).not.toBe(SEVERITY_FILL.error);
    expect(book.sheet('表3').fill('C5')).toMatchObject({ pattern: 'Solid', color: SUSPECT_FILL });
    expect(book.sheet('表3').note('C5')).toBe(`${NOTE_PREFIX}很可能填错：现为 4,610.52，应为 4,510.52\n表3 合计：合计 4,610.52 与各类之和 4,510.52 相差 100.00`);
    expect(book.sheet('表1').fill('D35')).toMatchObject({ color: SEVERITY_FILL.error });
    expect(book.sheet('表1').note('D35')).toBe(`${NOTE_PREFIX}表1 本年支出合计：合计 4,510.52 与表3 合计行 合计 4,610.52 相差 100.00（很可能由 '表3'!C5 填错引起）`);
    expect(book.sheet('表1').note('D35')).not.toContain('应为');
    expect(book.sheet('表2').note('C21')).toBe(`${NOTE_PREFIX}尾差0.01`);
  });

  it('without notes (older Excel) the suspect still has its own fill; marking again and clearing restore the original fills', async () => {
    const book = FakeWorkbook.fromGrids(buildSeedWorkbook().workbook);
    book.setFill('表3', 'C5', { pattern: 'Solid', color: '#00B050' });
    const before = snapshot(book);
    await book.run((context) => markFindings(context, consequences, { suspects, notes: false }));
    expect(book.sheet('表3').fill('C5')).toMatchObject({ color: SUSPECT_FILL });
    expect(book.sheet('表3').note('C5')).toBeUndefined();
    await book.run((context) => markFindings(context, consequences, { suspects, notes: false }));
    await book.run((context) => clearMarks(context));
    expect(snapshot(book)).toEqual(before);
  });

  it('marks the suspects the review of a doctored sample names', async () => {
    const built = buildSeedWorkbook();
    const doctored = mutateSeedCell(built, 3, '合计', 2, 4610.52);
    const review = reviewWorkbook(doctored.workbook);
    const book = FakeWorkbook.fromGrids(doctored.workbook);
    await book.run((context) => markFindings(context, review.findings, { suspects: review.suspects }));
    const place = built.cellOf(3, '合计', 2);
    expect(book.sheet(place.sheet).fill(place.cell)).toMatchObject({ color: SUSPECT_FILL });
    expect(book.sheet(place.sheet).note(place.cell)).toContain('应为 4,510.52');
  });
});
