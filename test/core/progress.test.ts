import { tableProgress } from '../../src/core/progress';
import { recognizeWorkbook } from '../../src/core/recognize';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';

describe('tableProgress', () => {
  it('reports every blank template table as not filled, at its title', () => {
    const progress = tableProgress(recognizeWorkbook(layoutWorkbook({ family: 'budget13', department: '测试局', year: 2025, unit: '万元', codeLayout: 'single' })).tables);
    expect(progress).toHaveLength(13);
    expect(progress.filter((table) => table.filled)).toEqual([]);
    expect(progress[0]).toEqual({ title: '2025年预算收支总表', sheet: '表1 收支总表', cell: 'A1', filled: false });
  });

  it('reports the sample\'s tables as filled, the three printed 注：本表无数据 included', () => {
    const sample = sampleDisclosure();
    const tables = recognizeWorkbook(layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data })).tables;
    expect(tables.filter((table) => table.note !== undefined).length).toBe(3);
    expect(tableProgress(tables).every((table) => table.filled)).toBe(true);
  });
});
