import { Decimal } from '../../../src/core/amount';
import type { Grid } from '../../../src/core/grid';
import { departmentPerformanceSheet, performanceSheet } from '../../../src/core/performance/sheet';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { buildSeedWorkbook } from '../../support/seedGrids';

const seed = buildSeedWorkbook().workbook;
const fire = performanceSheet({ name: '乡镇专职消防队经费', annualFunds: { local: new Decimal('3184056') } });
const department = departmentPerformanceSheet({ department: '阳城县应急管理局', basic: new Decimal('1507.00'), project: new Decimal('3408.89') });

describe('recognition leaves 绩效目标表 to the performance module', () => {
  it('reports neither a 项目支出绩效目标表 nor a 部门整体支出绩效目标表 sheet as an unrecognised table', () => {
    const recognition = recognizeWorkbook([...seed, fire, department]);
    expect(recognition.tables).toHaveLength(13);
    expect(recognition.unrecognized).toEqual([]);
    expect(recognition.problems).toEqual([]);
  });

  it('does not take a 项目支出绩效目标表 for 表12, though its title says 项目支出', () => {
    const recognition = recognizeWorkbook([...seed, fire]);
    expect(recognition.tables.filter((t) => t.kind === 'budget.projects')).toHaveLength(1);
    expect(recognition.tables.every((t) => t.sheet !== fire.name)).toBe(true);
  });

  it('still reports another unknown table on the same sheet, below the target table', () => {
    const values = [...fire.values, [], [], ['人员编制情况统计表'], ['项目', '人数'], ['行政编制', 12], ['事业编制', 30]];
    const shared: Grid = { ...fire, values, numberFormats: [] };
    const recognition = recognizeWorkbook([shared]);
    expect(recognition.unrecognized.map((b) => b.text)).toEqual(['人员编制情况统计表']);
  });

  it('still reports an unknown table without the target-table title', () => {
    const values = fire.values.map((row, r) => (r === 0 ? ['项目情况统计表', ...row.slice(1)] : row));
    const recognition = recognizeWorkbook([{ ...fire, values }]);
    expect(recognition.unrecognized.map((b) => b.text)).toEqual(['项目情况统计表']);
  });
});
