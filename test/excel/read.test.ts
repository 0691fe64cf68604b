import { readWorkbook } from '../../src/excel/read';
import { MARK_RECORD_SHEET } from '../../src/excel/marks-record';
import type { Grid } from '../../src/core/grid';
import { FakeWorkbook } from '../support/fake-excel';
import { buildSeedWorkbook } from '../support/seedGrids';

/** A sheet of `rows` budget lines: code as text, name, three amounts. */
function ledger(rows: number): Grid {
  const values = Array.from({ length: rows }, (_, i) => [`2240${String(i % 100).padStart(3, '0')}`, `项目${i}`, i + 0.25, i * 2, 3003.53, '', '', '']);
  return { name: '明细', values, merges: [] };
}

describe('readWorkbook', () => {
  it('reads the 13 seed tables back as the Grids they were, values and merges, in three syncs', async () => {
    const seed = buildSeedWorkbook();
    const book = FakeWorkbook.fromGrids(seed.workbook);
    const context = book.context();
    const workbook = await readWorkbook(context);
    expect(context.syncCount).toBe(3);
    expect(workbook.map((g) => g.name)).toEqual(seed.workbook.map((g) => g.name));
    workbook.forEach((grid, i) => {
      const original = seed.workbook[i]!;
      expect(trimmed(grid.values)).toEqual(trimmed(original.values));
      expect(sortRanges(grid.merges)).toEqual(sortRanges(original.merges));
    });
  });

  it('takes the same number of syncs for 10 rows as for 10,000 rows, under the 5 MB answer limit', async () => {
    const counts: number[] = [];
    let largestAnswer = 0;
    for (const rows of [10, 10_000]) {
      const context = FakeWorkbook.fromGrids([ledger(rows), ledger(5)].map((g, i) => ({ ...g, name: `${g.name}${i}` }))).context();
      const [grid] = await readWorkbook(context);
      expect(grid?.values.length).toBe(rows);
      counts.push(context.syncCount);
      largestAnswer = Math.max(largestAnswer, ...context.batches.map((b) => b.responseBytes));
    }
    expect(counts).toEqual([3, 3]);
    expect(largestAnswer).toBeLessThan(5 * 1024 * 1024);
  });

  it('reads a sheet too big for one answer in row blocks and still returns every row', async () => {
    const context = FakeWorkbook.fromGrids([ledger(1000)]).context();
    const [grid] = await readWorkbook(context, { maxCellsPerSync: 2000 });
    expect(context.syncCount).toBe(2 + 4);
    expect(grid?.values[999]?.[1]).toBe('项目999');
    expect(grid?.values[0]?.[0]).toBe('2240000');
  });

  it('pads a used range that starts below and right of A1, so values[0][0] is A1', async () => {
    const context = FakeWorkbook.fromGrids([
      { name: 'Offset', values: [[], [], [null, null, '合计', 4510.52]], merges: [] },
    ]).context();
    const [grid] = await readWorkbook(context);
    expect(grid?.values).toEqual([[], [], [null, null, '合计', 4510.52]]);
  });

  it('tells errors from text, keeps formulas and number formats, and drops the General format', async () => {
    const context = FakeWorkbook.fromGrids([
      {
        name: 'Mixed',
        values: [[{ error: '#REF!' }, '#REF!', 1, 2, null]],
        formulas: [[undefined, undefined, undefined, undefined, 'C1+D1']],
        numberFormats: [[undefined, undefined, '#,##0.00', undefined, '#,##0.00']],
        merges: [],
      },
    ]).context();
    const [grid] = await readWorkbook(context);
    expect(grid?.values[0]).toEqual([{ error: '#REF!' }, '#REF!', 1, 2, 3]);
    expect(grid?.formulas?.[0]?.[4]).toBe('C1+D1');
    expect(grid?.formulas?.[0]?.[0]).toBeUndefined();
    expect(grid?.numberFormats?.[0]).toEqual([undefined, undefined, '#,##0.00', undefined, '#,##0.00']);
  });

  it('returns empty and hidden sheets, and skips the hidden mark record', async () => {
    const context = FakeWorkbook.fromGrids([
      { name: 'Empty', values: [], merges: [] },
      { name: '参数', values: [['部门', '阳城县应急管理局']], merges: [], hidden: true },
      { name: MARK_RECORD_SHEET, values: [['工作表']], merges: [], hidden: true },
      { name: 'Visible', values: [['x']], merges: [] },
    ]).context();
    const workbook = await readWorkbook(context);
    expect(workbook.map((g) => [g.name, g.values.length, g.hidden ?? false])).toEqual([
      ['Empty', 0, false],
      ['参数', 1, true],
      ['Visible', 1, false],
    ]);
  });

  it('never writes while reading', async () => {
    const context = FakeWorkbook.fromGrids(buildSeedWorkbook().workbook).context();
    await readWorkbook(context);
    expect(context.batches.flatMap((b) => b.contentWrites)).toEqual([]);
  });
});

/** Values without trailing blanks per row and without trailing empty rows. */
function trimmed(values: Grid['values']): unknown[][] {
  const rows = values.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

function sortRanges(ranges: Grid['merges']): string[] {
  return ranges.map((r) => `${r.top},${r.left},${r.bottom},${r.right}`).sort();
}

describe('readWorkbook under the payload limit', () => {
  it('reads a sheet of long texts that Excel refuses in one answer again in halves, losing nothing', async () => {
    const paragraph = '一般公共预算支出主要用于保障机构正常运转和完成日常工作任务。'.repeat(4);
    const values = Array.from({ length: 300 }, (_, i) => [`${i + 1}. ${paragraph}`]);
    const context = FakeWorkbook.fromGrids([{ name: '情况说明', values, merges: [] }], { payloadBytes: 200_000 }).context();
    const [grid] = await readWorkbook(context);
    expect(grid?.values).toEqual(values);
    expect(context.syncCount).toBeGreaterThan(3);
    // At least one answer was refused as too large before the halves succeeded.
    expect(context.batches.some((b) => b.responseBytes > 200_000)).toBe(true);
  });

  it('gives up with Excel\'s error when a single row is still too large', async () => {
    const book = FakeWorkbook.fromGrids([{ name: 'S', values: [['说'.repeat(3000)]], merges: [] }], { payloadBytes: 5000 });
    const context = book.context();
    await expect(readWorkbook(context)).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(context.syncCount).toBe(3);
  });
});
