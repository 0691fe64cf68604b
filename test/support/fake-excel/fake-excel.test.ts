import { FakeOfficeError, FakeWorkbook } from './index';

/** The error a rejected promise or throwing call produced, for asserting its code. */
async function errorOf(action: () => unknown): Promise<FakeOfficeError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error('expected the action to fail');
}

function bookWithSheet(name = 'Sheet1'): FakeWorkbook {
  return FakeWorkbook.fromGrids([{ name, values: [['合计', 4510.52]], merges: [] }]);
}

describe('the fake Excel behaves like Office.js where adapter code could go wrong', () => {
  it('refuses to read a property that was not loaded, or loaded but not yet synced', async () => {
    const context = bookWithSheet().context();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
    expect((await errorOf(() => range.values)).code).toBe('PropertyNotLoaded');
    range.load(['values']);
    expect((await errorOf(() => range.values)).code).toBe('PropertyNotLoaded');
    await context.sync();
    expect(range.values).toEqual([['合计', 4510.52]]);
    expect((await errorOf(() => range.address)).code).toBe('PropertyNotLoaded');
  });

  it('does not apply a queued write until sync, and counts each sync with its proxies and payload', async () => {
    const book = bookWithSheet();
    const context = book.context();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A2:B2').values = [['一般公共预算', 3003.53]];
    expect(book.sheet('Sheet1').value('A2')).toBeNull();
    await context.sync();
    expect(book.sheet('Sheet1').value('A2')).toBe('一般公共预算');
    expect(context.syncCount).toBe(1);
    const [batch] = context.batches;
    expect(batch?.proxies).toBe(2);
    expect(batch?.operations).toBe(3);
    expect(batch?.requestBytes).toBeGreaterThan(JSON.stringify([['一般公共预算', 3003.53]]).length);
    expect(batch?.contentWrites).toEqual([{ sheet: 'Sheet1', address: 'A2:B2', property: 'values' }]);
  });

  it('stores assigned text the way Excel parses typing: numbers, booleans, formulas, quote-prefixed text', async () => {
    const book = bookWithSheet();
    const context = book.context();
    context.workbook.worksheets.getItem('Sheet1').getRange('A3:F3').values = [
      ['2080505', "'2080505", '=B1*2', "'=B1", 'TRUE', '#N/A'],
    ];
    await context.sync();
    const sheet = book.sheet('Sheet1');
    expect(sheet.value('A3')).toBe(2080505);
    expect(sheet.value('B3')).toBe('2080505');
    expect(sheet.formula('C3')).toBe('=B1*2');
    expect(sheet.value('D3')).toBe('=B1');
    expect(sheet.value('E3')).toBe(true);
    expect(sheet.value('F3')).toEqual({ error: '#N/A' });
  });

  it('evaluates SUM and +/- formulas so read-backs see results, and reports others as #NAME?', async () => {
    const book = FakeWorkbook.fromGrids([{ name: 'S', values: [[1, 2, 3]], merges: [] }]);
    const context = book.context();
    context.workbook.worksheets.getItem('S').getRange('A2:C2').formulas = [['=SUM(A1:C1)', '=A1+C1-B1', '=B1*2']];
    await context.sync();
    expect([book.sheet('S').value('A2'), book.sheet('S').value('B2'), book.sheet('S').value('C2')]).toEqual([6, 2, { error: '#NAME?' }]);
  });

  it('rejects a 2-D assignment whose shape differs from the range', async () => {
    const context = bookWithSheet().context();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').values = [['x', 'y']];
    expect((await errorOf(() => context.sync())).code).toBe('InvalidArgument');
  });

  it('fails the sync on getItem of a missing sheet, and gives a null object for getItemOrNullObject', async () => {
    const book = bookWithSheet();
    const failing = book.context();
    failing.workbook.worksheets.getItem('不存在').getRange('A1').select();
    expect((await errorOf(() => failing.sync())).code).toBe('ItemNotFound');

    const context = book.context();
    const missing = context.workbook.worksheets.getItemOrNullObject('不存在');
    expect((await errorOf(() => missing.isNullObject)).code).toBe('PropertyNotLoaded');
    missing.getRange('A1').format.fill.color = '#FF0000';
    missing.delete();
    const used = missing.getUsedRangeOrNullObject(true).load(['values']);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(used.isNullObject).toBe(true);
    expect(book.sheetNames).toEqual(['Sheet1']);
  });

  it('refuses a second sheet of the same name, ignoring case', async () => {
    const context = bookWithSheet('Data').context();
    context.workbook.worksheets.add('DATA');
    expect((await errorOf(() => context.sync())).code).toBe('ItemAlreadyExists');
  });

  it('refuses an answer larger than the payload limit', async () => {
    const values = Array.from({ length: 200 }, (_, r) => [r, '一段较长的文字用来撑大返回的数据量']);
    const book = FakeWorkbook.fromGrids([{ name: 'Big', values, merges: [] }], { payloadBytes: 2000 });
    const context = book.context();
    context.workbook.worksheets.getItem('Big').getRange('A1:B200').load(['values']);
    expect((await errorOf(() => context.sync())).code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('reports no fill as pattern None with a white colour, as Excel does', async () => {
    const book = bookWithSheet();
    book.setFill('Sheet1', 'B1', { pattern: 'Solid', color: '#00FF00' });
    const context = book.context();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    const plain = sheet.getRange('A1').format.fill.load(['color', 'pattern']);
    const green = sheet.getRange('B1').format.fill.load(['color', 'pattern']);
    await context.sync();
    expect([plain.pattern, plain.color]).toEqual(['None', '#FFFFFF']);
    expect([green.pattern, green.color]).toEqual(['Solid', '#00FF00']);
  });

  it('lists merged areas with their sheet-qualified addresses, or a null object when there are none', async () => {
    const book = FakeWorkbook.fromGrids([
      { name: '表1 收支总表', values: [['标题']], merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] },
      { name: 'Plain', values: [['x']], merges: [] },
    ]);
    const context = book.context();
    const merged = context.workbook.worksheets.getItem('表1 收支总表').getRange().getMergedAreasOrNullObject().load(['address']);
    const none = context.workbook.worksheets.getItem('Plain').getRange().getMergedAreasOrNullObject().load(['address']);
    await context.sync();
    expect(merged.address).toBe("'表1 收支总表'!A1:F1");
    expect(none.isNullObject).toBe(true);
  });

  it('navigates ranges like Excel: used range, getCell and getResizedRange relative to the range', async () => {
    const book = FakeWorkbook.fromGrids([{ name: 'S', values: [[], [null, 'a', 'b'], [null, 'c', 'd']], merges: [] }]);
    const context = book.context();
    const sheet = context.workbook.worksheets.getItem('S');
    const used = sheet.getUsedRange(true).load(['address', 'rowIndex', 'columnIndex']);
    const cell = used.getCell(1, 1).load(['values']);
    const grown = used.getResizedRange(1, 0).load(['address']);
    await context.sync();
    expect([used.address, used.rowIndex, used.columnIndex]).toEqual(['S!B2:C3', 1, 1]);
    expect(cell.values).toEqual([['d']]);
    expect(grown.address).toBe('S!B2:C4');
  });

  it('deletes a sheet but never the last one, and keeps one sheet visible', async () => {
    const book = FakeWorkbook.fromGrids([{ name: 'A', values: [['x']], merges: [] }, { name: 'B', values: [], merges: [] }]);
    const context = book.context();
    context.workbook.worksheets.getItem('B').delete();
    await context.sync();
    expect(book.sheetNames).toEqual(['A']);
    context.workbook.worksheets.getItem('A').visibility = 'Hidden';
    expect((await errorOf(() => context.sync())).code).toBe('InvalidOperation');
    context.workbook.worksheets.getItem('A').delete();
    expect((await errorOf(() => context.sync())).code).toBe('InvalidOperation');
  });
});
