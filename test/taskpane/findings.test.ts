import type { Finding } from '../../src/core/rules/finding';
import type { Suspect } from '../../src/core/review';
import { bySuspect, plainCellRefs, countByFilter, filterOf, groupFindings, hasTarget, openRounding, suspectHeading, whatToDo } from '../../src/taskpane/findings';

function finding(sheet: string, table: string | undefined, severity: Finding['severity'], cell: string, extra: Partial<Finding> = {}): Finding {
  return { rule: 'test.rule', severity, sheet, cell, message: `${cell} 的问题`, ...(table === undefined ? {} : { table }), ...extra };
}

describe('groupFindings', () => {
  it('groups by table in the order the tables first appear, most severe first within a table', () => {
    const groups = groupFindings([
      finding('表2', '收入总表', 'info', 'C1'),
      finding('表1', '收支总表', 'warning', 'B1'),
      finding('表2', '收入总表', 'error', 'C2'),
      finding('表1', '收支总表', 'info', 'B2'),
      finding('表2', '收入总表', 'warning', 'C3'),
    ]);
    expect(groups.map((group) => [group.sheet, group.findings.map((item) => item.cell)])).toEqual([
      ['表2', ['C2', 'C3', 'C1']],
      ['表1', ['B1', 'B2']],
    ]);
  });

  it('keeps two tables on one sheet apart, and findings outside any table (参数) under their sheet', () => {
    const groups = groupFindings([finding('预算表', '收入总表', 'info', 'C1'), finding('预算表', '支出总表', 'info', 'C40'), finding('参数', undefined, 'error', 'B12')]);
    expect(groups.map((group) => [group.sheet, group.table])).toEqual([
      ['预算表', '收入总表'],
      ['预算表', '支出总表'],
      ['参数', undefined],
    ]);
  });
});

describe('bySuspect', () => {
  const suspects: Suspect[] = [
    { sheet: '表3 支出汇总表', cell: 'C5', table: '支出汇总表', current: '4,610.52', suggested: '4,510.52', explains: [0, 2] },
    { sheet: '表1 收支总表', cell: 'D35', table: '收支总表', current: '4,610.52', suggested: '4,510.52', explains: [0, 2] },
  ];
  const all = [
    finding('表3 支出汇总表', '支出汇总表', 'error', 'C5', { cause: 0 }),
    finding('表2 收入总表', '收入总表', 'info', 'C9'),
    finding('表1 收支总表', '收支总表', 'error', 'D35', { cause: 0 }),
  ];

  it('lists the findings a suspect explains under it, the alternative after it, and the rest apart', () => {
    const { suspects: groups, rest } = bySuspect(all, all, suspects);
    expect(groups.map((group) => [group.index, group.findings.map((item) => item.cell)])).toEqual([
      [0, ['C5', 'D35']],
      [1, []],
    ]);
    expect(rest.map((item) => item.cell)).toEqual(['C9']);
    expect(groups.map(suspectHeading)).toEqual([
      '很可能是 表3 支出汇总表 第5行第3列 填错：现为 4,610.52，应为 4,510.52（可解释以下 2 项）',
      '也可能是 表1 收支总表 第35行第4列 填错：现为 4,610.52，应为 4,510.52（同样可解释上述 2 项）',
    ]);
  });

  it('shows no suspect while the errors are filtered out, and names a blank cell 空白', () => {
    const infoOnly = all.filter((item) => item.severity === 'info');
    expect(bySuspect(infoOnly, all, suspects)).toEqual({ suspects: [], rest: infoOnly });
    const blank = bySuspect(all, all, [{ ...suspects[0]!, current: '' }]);
    expect(suspectHeading(blank.suspects[0]!)).toContain('现为 空白，应为 4,510.52');
  });
});

describe('plainCellRefs', () => {
  it('says the core\'s cell references in rows and columns, quoted sheet names included', () => {
    expect(plainCellRefs("随 '表2 收入总表'!C21 一并调整，与 表5!$E$20 相符")).toBe('随 表2 收入总表 第21行第3列 一并调整，与 表5 第20行第5列 相符');
    expect(plainCellRefs('消除尾差：表2 22401 应急管理事务：合计 2,837.01')).toBe('消除尾差：表2 22401 应急管理事务：合计 2,837.01');
  });
});

describe('filters', () => {
  it('shows an accepted finding under 已说明, whatever its severity, and counts each filter', () => {
    const accepted = finding('表2', 't', 'warning', 'C1', { accepted: { note: '说明' } });
    expect(filterOf(accepted)).toBe('accepted');
    expect(countByFilter([accepted, finding('表2', 't', 'info', 'C2'), finding('表2', 't', 'error', 'C3')])).toEqual({ error: 1, warning: 0, info: 1, accepted: 1 });
  });

  it('offers the open 尾差 (info with a tolerance) for one 说明, and no other finding', () => {
    const rounding = finding('表2', 't', 'info', 'C1', { tolerance: '0.02' });
    const explained = finding('表2', 't', 'info', 'C2', { tolerance: '0.02', accepted: { note: '尾差' } });
    expect(openRounding([rounding, explained, finding('表2', 't', 'info', 'C3')])).toEqual([rounding]);
  });
});

describe('targets', () => {
  it('says what to do about a finding with no cell to select', () => {
    const figure = { rule: 'narrative.missingFigure', sheet: '', cell: '' };
    expect(hasTarget(figure)).toBe(false);
    expect(whatToDo(figure)).toContain('请在相应表格中填写');
    expect(hasTarget({ sheet: '表1', cell: 'B2' })).toBe(true);
  });
});
