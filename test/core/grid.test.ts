import fc from 'fast-check';
import {
  AddressError,
  cellAt,
  cellText,
  columnCount,
  columnLetters,
  formatCellRef,
  fromA1,
  isBlank,
  isErrorValue,
  mergeAt,
  numberFormatAt,
  rangeFromA1,
  rangeToA1,
  rowCount,
  toA1,
  type Grid,
} from '../../src/core/grid';

/** Excel's largest sheet: 1,048,576 rows by 16,384 columns (A … XFD). */
const rowArb = fc.integer({ min: 0, max: 1_048_575 });
const colArb = fc.integer({ min: 0, max: 16_383 });

describe('A1 addresses', () => {
  it.each<[number, string]>([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16_383, 'XFD'],
  ])('names column %i with the letters %s', (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(fromA1(`${letters}1`)).toEqual({ row: 0, col });
  });

  it('round-trips every cell of a sheet through toA1 and fromA1', () => {
    fc.assert(
      fc.property(rowArb, colArb, (row, col) => {
        expect(fromA1(toA1(row, col))).toEqual({ row, col });
      }),
    );
  });

  it('reads absolute, lower-case and padded addresses', () => {
    expect(fromA1('$B$3')).toEqual({ row: 2, col: 1 });
    expect(fromA1('ab12')).toEqual({ row: 11, col: 27 });
    expect(fromA1(' C4 ')).toEqual({ row: 3, col: 2 });
  });

  it.each(['', '12', 'A', '1A', 'A1B', 'ABCD1', 'A-1', 'A0', '$A$0', '表1'])(
    'throws AddressError for %p, which is not an A1 address',
    (address) => {
      expect(() => fromA1(address)).toThrow(AddressError);
    },
  );

  it('writes a one-cell range as a single address', () => {
    expect(rangeToA1({ top: 4, left: 2, bottom: 4, right: 2 })).toBe('C5');
    expect(rangeToA1({ top: 0, left: 0, bottom: 2, right: 5 })).toBe('A1:F3');
  });

  it('reads a range in either corner order', () => {
    expect(rangeFromA1('F3:A1')).toEqual({ top: 0, left: 0, bottom: 2, right: 5 });
    expect(rangeFromA1('B2')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
  });

  it('round-trips ranges through rangeToA1 and rangeFromA1', () => {
    fc.assert(
      fc.property(rowArb, colArb, rowArb, colArb, (r1, c1, r2, c2) => {
        const range = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
        expect(rangeFromA1(rangeToA1(range))).toEqual(range);
      }),
    );
  });
});

describe('formatCellRef', () => {
  it.each<[string, string, string]>([
    ['Sheet1', 'B3', 'Sheet1!B3'],
    ['表1 收支总表', 'B3', "'表1 收支总表'!B3"],
    ["O'Brien", 'A1', "'O''Brien'!A1"],
  ])('names sheet %p and cell %s as %s', (sheet, cell, expected) => {
    expect(formatCellRef({ sheet, cell })).toBe(expected);
  });
});

describe('reading a Grid', () => {
  const grid: Grid = {
    name: '表10 三公',
    values: [
      ['财政拨款安排"三公"经费支出预算表'],
      ['项目', '合计', null, { error: '#REF!' }],
      ['公务接待费', 0.65, '  ', '3.07 '],
    ],
    numberFormats: [[], [], [undefined, '#,##0.00']],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
  };

  it('gives blank outside the data and in ragged rows', () => {
    expect(cellAt(grid, 0, 3)).toBeNull();
    expect(cellAt(grid, 99, 0)).toBeNull();
    expect(cellAt(grid, 2, 1)).toBe(0.65);
  });

  it('counts rows and the widest row', () => {
    expect(rowCount(grid)).toBe(3);
    expect(columnCount(grid)).toBe(4);
  });

  it('gives the number format where the host reported one', () => {
    expect(numberFormatAt(grid, 2, 1)).toBe('#,##0.00');
    expect(numberFormatAt(grid, 2, 0)).toBeUndefined();
    expect(numberFormatAt({ ...grid, numberFormats: undefined }, 2, 1)).toBeUndefined();
  });

  it('finds the merged range covering a cell', () => {
    expect(mergeAt(grid, 0, 2)).toEqual({ top: 0, left: 0, bottom: 0, right: 3 });
    expect(mergeAt(grid, 1, 0)).toBeUndefined();
  });

  it('tells error values, blanks and text apart', () => {
    expect(isErrorValue({ error: '#REF!' })).toBe(true);
    expect(isErrorValue('#REF!')).toBe(false);
    expect(isBlank(null)).toBe(true);
    expect(isBlank('  ')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank('0')).toBe(false);
  });

  it.each<[Parameters<typeof cellText>[0], string]>([
    [null, ''],
    [{ error: '#N/A' }, '#N/A'],
    [' 合计 ', '合计'],
    [4052.12, '4052.12'],
    [true, 'true'],
  ])('shows %p as the text %p', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
