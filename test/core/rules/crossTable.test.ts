import { recognizeWorkbook } from '../../../src/core/recognize';
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
