import type { CellValue, Grid } from '../../../src/core/grid';
import { checkWorkbook } from '../../../src/core/check';

/**
 * A 政府性基金预算财政拨款收入支出决算表 as the 决算 family prints it (domain guide, "Final accounts"):
 * 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余. The budget seed has
 * no 决算 table, so the figures are made up to balance: 10 + 50 = 45 + 15, 45 = 5 + 40.
 */
function fundFinalTable(change: (rows: CellValue[][]) => void = () => undefined): Grid {
  const data: CellValue[][] = [
    ['合计', null, 10, 50, 45, 5, 40, 15],
    ['229', '其他支出', 10, 50, 45, 5, 40, 15],
    ['22960', '彩票公益金安排的支出', 10, 50, 45, 5, 40, 15],
    ['2296002', '用于社会福利的彩票公益金支出', 10, 50, 45, 5, 40, 15],
  ];
  change(data);
  return {
    name: '决算表8',
    merges: [],
    values: [
      ['2023年度政府性基金预算财政拨款收入支出决算表'],
      ['部门：某局', null, null, null, null, null, null, '单位：万元'],
      ['项目', null, '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
      ['科目编码', '科目名称', null, null, '小计', '基本支出', '项目支出', null],
      ...data,
    ],
  };
}

const errors = (grid: Grid) => checkWorkbook([grid]).findings.filter((f) => f.severity === 'error');

describe('决算: 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余', () => {
  it('a balanced fund table has no error', () => {
    expect(errors(fundFinalTable())).toEqual([]);
  });

  it('a 年末结转和结余 off by 0.05 is an error at that cell, worded as a reader adds it up', () => {
    const found = errors(fundFinalTable((rows) => (rows[3]![7] = 15.05))).filter((f) => f.rule === 'final.balance');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: 'H8', actual: '60.00', expected: '60.05', difference: '-0.05' });
    expect(found[0]!.message).toBe(
      '表8 2296002 用于社会福利的彩票公益金支出：年初结转和结余与本年收入之和 60.00 与本年支出、年末结转和结余之和 60.05 相差 0.05，超出舍入误差（最多 0.01）',
    );
  });

  it('本年支出 小计 = 基本支出 + 项目支出 is checked where 决算 prints 本年支出 without a 合计 column', () => {
    const found = errors(fundFinalTable((rows) => (rows[3]![5] = 6))).filter((f) => f.rule === 'row.basicProject');
    expect(found.map((f) => f.cell)).toEqual(['E8']);
  });
});
