/**
 * Bad input of the kinds real exports and hand edits produce (issue 13, Done when → Bad input): each
 * gets a clear finding naming its sheet and cell, and nothing crashes or is silently misread.
 */
import { checkWorkbook } from '../../../src/core/check';
import type { Grid, Workbook } from '../../../src/core/grid';
import type { Finding } from '../../../src/core/rules/finding';
import { buildSeedWorkbook } from '../../support/seedGrids';

const seed = buildSeedWorkbook();
const seedResult = checkWorkbook(seed.workbook);

/** The seed with one sheet changed. */
function withSheet(table: number, change: (grid: Grid) => Grid): Workbook {
  const name = seed.table(table).sheet;
  return seed.workbook.map((grid) => (grid.name === name ? change(grid) : grid));
}

/** Findings above info that the seed itself does not have. */
function newFindings(workbook: Workbook): Finding[] {
  const before = new Set(seedResult.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`));
  return checkWorkbook(workbook).findings.filter((f) => f.severity !== 'info' && !before.has(`${f.rule} ${f.sheet}!${f.cell} ${f.message}`));
}

const where = (f: Finding): string => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}`;

describe('bad input gets a finding naming its cell', () => {
  it('merged areas that overlap in a header: each overlap named at its cell, the header read as unmerged, no false total', () => {
    const overlapping = withSheet(3, (grid) => ({ ...grid, merges: [...grid.merges, { top: 2, left: 1, bottom: 3, right: 3 }] }));
    const findings = newFindings(overlapping);
    expect(findings.map(where)).toEqual([`recognition.problem warning 表3!B3`, `recognition.problem warning 表3!C3`]);
    expect(findings[0]!.message).toBe('表3!B3：合并单元格 B3:D4 与 A3:B3 重叠（Excel 中不应出现，文件可能已损坏）：已按未合并读取这些单元格，请取消合并后重新设置表头');
    expect(checkWorkbook(overlapping).recognition.tables.find((t) => t.sheet === '表3')!.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project']);
  });

  it('a header tree deeper than 4 levels: named at the deepest column’s first header cell, its columns still read', () => {
    const deep = withSheet(3, (grid) => ({
      ...grid,
      values: [...grid.values.slice(0, 2), ['项目', null, '一级'], ['项目', null, '二级'], ['项目', null, '三级'], ...grid.values.slice(2)],
      merges: grid.merges.map((m) => (m.top >= 2 ? { ...m, top: m.top + 3, bottom: m.bottom + 3 } : m)),
    }));
    const findings = newFindings(deep);
    expect(findings.map(where)).toEqual(['recognition.problem warning 表3!C3']);
    expect(findings[0]!.message).toContain('表头有 5 层（一级 › 二级 › 三级 › 2024年预算数 › 合计），超过 4 层');
    expect(checkWorkbook(deep).recognition.tables.find((t) => t.sheet === '表3')!.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project']);
  });

  it('a side of a 收支总表 with no total: named at the side’s first line, and no false cross-table error for want of it', () => {
    const noTotal = withSheet(1, (grid) => ({
      ...grid,
      // The income side's 本年收入合计 and 收入总计 lines, label and figure, blank; the expenditure side's kept.
      values: grid.values.map((row) => (row[0] === '本年收入合计' || row[0] === '收入总计' ? [null, null, ...row.slice(2)] : row)),
    }));
    expect(newFindings(noTotal).map((f) => `${where(f)} ${f.message}`)).toEqual([
      'summary.sideTotal warning 表1!A5 表1的收入栏没有合计行（本年收入合计或收入总计）：这一栏各项之和无法核对，也无法与其他栏的总计核对',
    ]);
  });

  it('a title in English: the block is reported at its first cell as a table whose title is not Chinese', () => {
    const english = withSheet(3, (grid) => ({ ...grid, values: grid.values.map((row, r) => (r === 0 ? ['Budget Expenditure Summary Table'] : row)) }));
    const unrecognized = newFindings(english).filter((f) => f.rule === 'recognition.unrecognized');
    expect(unrecognized.map(where)).toEqual(['recognition.unrecognized warning 表3!A1']);
    expect(unrecognized[0]!.message).toContain('表标题“Budget Expenditure Summary Table”是英文：公开表的标题应为中文');
  });

  it('a title in 繁体字: recognised as its table, and named at its cell', () => {
    const traditional = withSheet(3, (grid) => ({ ...grid, values: grid.values.map((row, r) => (r === 0 ? ['2024年預算支出匯總表'] : row)) }));
    expect(newFindings(traditional).map((f) => `${where(f)} ${f.message}`)).toEqual([
      'recognition.problem warning 表3!A1 表3!A1：表标题“2024年預算支出匯總表”使用了繁体字，已按“2024年预算支出汇总表”识别；公开的表格应使用简体中文',
    ]);
  });

  it('a subject code deeper than 项 (9 digits): named at its cell instead of passing unchecked', () => {
    const place = seed.cellOf(3, '2240101', 0);
    const deeper = withSheet(3, (grid) => ({ ...grid, values: grid.values.map((row, r) => (r === place.row ? row.map((v, c) => (c === place.col ? '224010101' : v)) : row)) }));
    const findings = newFindings(deeper).filter((f) => f.rule === 'recognition.problem');
    expect(findings.map((f) => `${where(f)} ${f.message}`)).toEqual([
      `recognition.problem warning 表3!${place.cell} 表3!${place.cell}：科目编码“224010101”不是类（3 位）、款（5 位）或项（7 位）的编码：这一行未按科目层级核对，请检查编码`,
    ]);
  });
});
