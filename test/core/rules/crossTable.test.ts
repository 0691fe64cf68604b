import { checkWorkbook } from '../../../src/core/check';
import type { Workbook } from '../../../src/core/grid';
import { recognizeWorkbook } from '../../../src/core/recognize';
import type { Finding } from '../../../src/core/rules/finding';
import type { TypedTable } from '../../../src/core/model';
import { runRules } from '../../../src/core/rules/registry';
import { buildSeedWorkbook } from '../../support/seedGrids';

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
    const rules = runRules(recognition, 'tight').filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['cross.summaryIncome', 'cross.projectsCarryover']));
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
    const findings = checkWorkbook(doctored).findings.filter((f) => f.rule === 'cross.summaryExpenditure');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', difference: '-0.02' });
    expect(findings[0]!.message).toMatch(/表3 单位为元，所列 [\d,]+ 元已折算为万元比较/);
  });

  it('reports a 表3 whose 单位 line says 元 while its figures are 万元: 表1 against it is 10,000 times off', () => {
    const sheet = inWan.table(3).sheet;
    const mislabelled = inWan.workbook.map((grid) =>
      grid.name === sheet ? { ...grid, values: grid.values.map((row) => row.map((v) => (typeof v === 'string' ? v.replace('单位：万元', '单位：元') : v))) } : grid,
    );
    const errors = checkWorkbook(mislabelled).findings.filter((f) => f.rule === 'cross.summaryExpenditure' && f.severity === 'error');
    const place = inWan.cellOf(1, '本年收入合计', 3);
    expect(errors.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${place.sheet}!${place.cell}`]);
    expect(errors[0]!.message).toContain('表3');
  });
});
