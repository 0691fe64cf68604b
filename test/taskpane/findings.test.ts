import type { Finding } from '../../src/core/rules/finding';
import { groupFindings } from '../../src/taskpane/findings';

function finding(table: string | undefined, severity: Finding['severity'], cell: string): Finding {
  return { rule: 'test.rule', severity, sheet: '表1', cell, message: `${cell} 的问题`, ...(table === undefined ? {} : { table }) };
}

describe('groupFindings', () => {
  it('groups by table in the order the tables first appear, most severe first within a table', () => {
    const groups = groupFindings(
      [finding('表2', 'info', 'C1'), finding('表1', 'warning', 'B1'), finding('表2', 'error', 'C2'), finding('表1', 'info', 'B2'), finding('表2', 'warning', 'C3')],
      '（未识别的表格）',
    );
    expect(groups.map((group) => [group.table, group.findings.map((item) => item.cell)])).toEqual([
      ['表2', ['C2', 'C3', 'C1']],
      ['表1', ['B1', 'B2']],
    ]);
  });

  it('puts findings without a table under the given label', () => {
    expect(groupFindings([finding(undefined, 'warning', 'A1')], '（未识别的表格）').map((group) => group.table)).toEqual(['（未识别的表格）']);
  });

  it('keeps the order of equally severe findings', () => {
    const [group] = groupFindings([finding('表3', 'info', 'D1'), finding('表3', 'info', 'D2'), finding('表3', 'info', 'D3')], '');
    expect(group?.findings.map((item) => item.cell)).toEqual(['D1', 'D2', 'D3']);
  });
});
