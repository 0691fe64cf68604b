import type { Finding } from '../../src/core/rules/finding';
import { countByFilter, filterOf, groupFindings, hasTarget, openRounding, whatToDo } from '../../src/taskpane/findings';

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
