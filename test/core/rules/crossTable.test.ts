import { checkWorkbook } from '../../../src/core/check';
import type { Workbook } from '../../../src/core/grid';
import { recognizeWorkbook } from '../../../src/core/recognize';
import type { Finding } from '../../../src/core/rules/finding';
import type { TypedTable } from '../../../src/core/model';
import { runRules } from '../../../src/core/rules/registry';
import { buildSeedWorkbook, mutateSeedCell } from '../../support/seedGrids';

/** The seed's tables as recognised, with 表2 as a province might print it: without its 上年结转 column. */
function seedWithoutCarryoverColumn(): { tables: TypedTable[] } {
  const recognition = recognizeWorkbook(buildSeedWorkbook().workbook);
  const tables = recognition.tables.map((table) => {
    if (table.kind !== 'budget.income') return table;
    return {
      ...table,
      columns: table.columns.filter((column) => column.key !== 'carryover'),
      rows: table.rows.map((row) => {
        const { carryover: _dropped, ...amounts } = row.amounts;
        return { ...row, amounts };
      }),
    };
  });
  return { ...recognition, tables };
}

describe('cross-table rules compare only what both tables print', () => {
  it('a 表2 without 上年结转 is not a difference with 表1, 表3 or 表13', () => {
    const input = { ...seedWithoutCarryoverColumn(), unrecognized: [], problems: [], family: 'budget13' as const };
    const errors = runRules(input, 'tight').filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('while the seed as printed is compared on 上年结转 (a doctored 表2 合计 上年结转 is caught)', () => {
    const recognition = recognizeWorkbook(buildSeedWorkbook({ mutate: (title, row, col, value) => (title.includes('收入总表') && row === 2 && col === 8 ? 458.5 : value) }).workbook);
    const errors = runRules(recognition, 'tight').filter((f) => f.severity === 'error' && f.rule === 'cross.sameQuantity');
    // 上年结转 of 表2 against 表1's 上年结转 line and against 表13's 合计.
    expect(errors.map((f) => f.message)).toEqual([
      '表2 合计：上年结转 458.50 与表1 上年结转 458.40 相差 0.10，超出舍入误差（最多 0.01）',
      '表2 合计：上年结转 458.50 与表13 阳城县应急管理局 合计 458.40 相差 0.10，超出舍入误差（最多 0.01）',
    ]);
  });
});

describe('cross-table rules compare tables printed in different units', () => {
  const key = (f: Finding): string => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}`;
  const inWan = buildSeedWorkbook();
  /** The seed in 万元 with 表3 alone laid out in 元 (every figure ×10000, its 单位 line 元). */
  const table3InYuan = (): Workbook => {
    const sheet = inWan.table(3).sheet;
    const yuan = buildSeedWorkbook({ unit: '元' }).workbook.find((grid) => grid.name === sheet)!;
    return inWan.workbook.map((grid) => (grid.name === sheet ? yuan : grid));
  };

  it('a 表3 in 元 beside tables in 万元 has the same findings at the same cells as the seed all in 万元, and no error', () => {
    const mixed = checkWorkbook(table3InYuan());
    expect(mixed.recognition.tables.find((t) => t.kind === 'budget.expenditure')?.unit).toBe('元');
    expect(mixed.findings.map(key).sort()).toEqual(checkWorkbook(inWan.workbook).findings.map(key).sort());
    expect(mixed.summary.error).toBe(0);
  });

  it('converts 表3 into 万元 to compare it with 表1, and catches a 表3 figure 200 元 off (beyond the 100 元 a 万元 figure stands for)', () => {
    const place = inWan.cellOf(3, '合计', 2);
    const doctored = table3InYuan().map((grid) =>
      grid.name === place.sheet ? { ...grid, values: grid.values.map((row, r) => row.map((v, c) => (r === place.row && c === place.col ? (v as number) + 200 : v))) } : grid,
    );
    const findings = checkWorkbook(doctored).findings.filter((f) => f.rule === 'cross.sameQuantity');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', sheet: place.sheet, cell: place.cell, difference: '200' });
    expect(findings[0]!.message).toMatch(/表1 单位为万元，所列 [\d,.]+ 万元已折算为元比较/);
  });

  it('reports a 表3 whose 单位 line says 元 while its figures are 万元: 表1 against it is 10,000 times off', () => {
    const sheet = inWan.table(3).sheet;
    const mislabelled = inWan.workbook.map((grid) =>
      grid.name === sheet ? { ...grid, values: grid.values.map((row) => row.map((v) => (typeof v === 'string' ? v.replace('单位：万元', '单位：元') : v))) } : grid,
    );
    const errors = checkWorkbook(mislabelled).findings.filter((f) => f.rule === 'cross.sameQuantity' && f.severity === 'error');
    const place = inWan.cellOf(3, '合计', 2);
    const atTotal = errors.find((f) => f.sheet === place.sheet && f.cell === place.cell);
    expect(atTotal?.message).toMatch(/4,510\.52 与表1 .*4,510\.52 万元已折算为元比较/);
    expect(atTotal?.difference).toBe('-45,100,689.48');
  });
});

describe('every pairing of the seed family is one quantity printed twice (the vocabulary of quantities)', () => {
  const seed = buildSeedWorkbook();
  const touches = (f: Finding, sheet: string, cell: string): boolean => (f.sheet === sheet && f.cell === cell) || (f.compared ?? []).some((c) => c.sheet === sheet && c.cell === cell);

  /** [what, table, row, column]: the seed cell moved by 0.05 (1.00 for 表7's empty 合计). */
  it.each<[string, number, string | number, number]>([
    ['表1 收入 ↔ 表2 合计行', 2, '合计', 8],
    ['表1 本年支出合计 ↔ 表3 合计', 3, '合计', 2],
    ['表1 各类 ↔ 表3 同一类', 3, '221', 2],
    ['表1 各类当年预算安排 ↔ 表2 同一类', 2, '221', 2],
    ['表3 各科目 ↔ 表2 本年 + 上年结转', 3, '2240108', 2],
    ['表5 各科目 ↔ 表2 一般公共预算', 5, '2240101', 2],
    ['表5 基本支出 ↔ 表6 合计', 6, '合计', 2],
    ['表5 项目支出 ↔ 表12 一般公共预算', 12, 3, 2],
    ['表13 合计 ↔ 表2 上年结转', 13, 3, 1],
    ['表4 ↔ 表1 的财政拨款部分', 4, '一、一般公共预算', 1],
  ])('%s: a doctored cell is a cross.sameQuantity error at it or compared with it', (_what, table, row, col) => {
    const place = seed.cellOf(table, row, col);
    const grid = seed.workbook.find((g) => g.name === place.sheet)!;
    const value = grid.values[place.row]?.[place.col];
    const doctored = mutateSeedCell(seed, table, row, col, (typeof value === 'number' ? value : 0) + 0.05).workbook;
    const errors = checkWorkbook(doctored).findings.filter((f) => f.rule === 'cross.sameQuantity' && f.severity === 'error');
    expect(errors.some((f) => touches(f, place.sheet, place.cell))).toBe(true);
  });

  it('表7 filled while 表4 prints no 政府性基金: the fund tables and 表4 disagree', () => {
    const place = seed.cellOf(7, '合计', 2);
    const errors = checkWorkbook(mutateSeedCell(seed, 7, '合计', 2, 5).workbook).findings.filter((f) => f.rule === 'cross.sameQuantity' && f.severity === 'error');
    expect(errors.some((f) => touches(f, place.sheet, place.cell))).toBe(true);
  });
});
