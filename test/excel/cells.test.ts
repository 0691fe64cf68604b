import { asLiteralText, characterWidthToPoints, formulaOf, fromExcel, parseAreasAddress, uniqueSheetName } from '../../src/excel/cells';

describe('asLiteralText', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+86', "'+86"],
    ['-', "'-"],
    ['@x', "'@x"],
    ["'quoted", "''quoted"],
    ['2080505', "'2080505"],
    ['4,052.12', "'4,052.12"],
    ['13.97%', "'13.97%"],
    ['2024/1/1', "'2024/1/1"],
    ['2024年', "'2024年"],
    ['1月5日', "'1月5日"],
    ['TRUE', "'TRUE"],
    ['#N/A', "'#N/A"],
    ['合计', '合计'],
    ['2024年预算收入总表', '2024年预算收入总表'],
    ['(一)基本支出', '(一)基本支出'],
    ['', ''],
  ])('keeps %p as text by writing %p', (text, written) => {
    expect(asLiteralText(text)).toBe(written);
  });
});

describe('fromExcel and formulaOf', () => {
  it('turns Excel answers into Grid cells by value type', () => {
    expect(fromExcel('', 'Empty')).toBeNull();
    expect(fromExcel('#REF!', 'Error')).toEqual({ error: '#REF!' });
    expect(fromExcel('#REF!', 'String')).toBe('#REF!');
    expect(fromExcel(4510.52, 'Double')).toBe(4510.52);
    expect(fromExcel(true, 'Boolean')).toBe(true);
  });

  it('reads a formula only where the cell is not quote-prefixed text that looks like one', () => {
    expect(formulaOf('=SUM(C5:C9)', 4052.12, 'Double')).toBe('SUM(C5:C9)');
    expect(formulaOf('=abc', '=abc', 'String')).toBeUndefined();
    expect(formulaOf(4052.12, 4052.12, 'Double')).toBeUndefined();
  });
});

describe('uniqueSheetName', () => {
  it('numbers a taken name, ignoring case, and stays within 31 characters', () => {
    expect(uniqueSheetName('表1 收支总表', new Set())).toBe('表1 收支总表');
    expect(uniqueSheetName('表1 收支总表', new Set(['表1 收支总表', '表1 收支总表 (2)']))).toBe('表1 收支总表 (3)');
    expect(uniqueSheetName('Data', new Set(['data']))).toBe('Data (2)');
    const long = '一'.repeat(40);
    const name = uniqueSheetName(long, new Set(['一'.repeat(31)]));
    expect(name).toBe(`${'一'.repeat(27)} (2)`);
    expect(uniqueSheetName('a/b:c', new Set())).toBe('a_b_c');
  });
});

describe('parseAreasAddress and characterWidthToPoints', () => {
  it('parses merged areas with quoted sheet names holding commas', () => {
    expect(parseAreasAddress("'表1, 收支'!A1:F1, '表1, 收支'!$B$3")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 2, left: 1, bottom: 2, right: 1 },
    ]);
  });

  it('converts character widths to points for the default font', () => {
    expect(characterWidthToPoints(8.43)).toBe(48);
  });
});
