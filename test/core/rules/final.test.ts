import { checkWorkbook } from '../../../src/core/check';
import type { Grid } from '../../../src/core/grid';
import { finalExpenditureGrid, finalFundGrid, finalIncomeGrid, finalSummaryGrid } from './finalGrids';

const errors = (...grids: Grid[]) => checkWorkbook(grids).findings.filter((f) => f.severity === 'error');

describe('决算 tables', () => {
  it('a consistent 决算 总表, 收入, 支出 and 基金 table check without error', () => {
    const result = checkWorkbook([finalSummaryGrid(), finalIncomeGrid(), finalExpenditureGrid(), finalFundGrid()]);
    expect(result.recognition.tables.map((t) => t.kind)).toEqual(['final.summary', 'final.income', 'final.expenditure', 'final.fund']);
    expect(result.summary.error).toBe(0);
  });

  it('总计 on both sides of the 决算 总表 tie out: 本年收入合计 + 年初结转和结余, 本年支出合计 + 年末结转和结余', () => {
    const found = errors(finalSummaryGrid((rows) => (rows[7]![1] = 116))).map((f) => f.rule);
    expect(found).toEqual(expect.arrayContaining(['summary.incomeGrandTotal', 'summary.balance']));
  });

  it('a 年末结转和结余 off by 0.05 is an error at that cell, worded as a reader adds it up', () => {
    const found = errors(finalFundGrid((rows) => (rows[3]![7] = 15.05))).filter((f) => f.rule === 'final.balance');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: 'H8', actual: '60.00', expected: '60.05', difference: '-0.05' });
    expect(found[0]!.message).toBe(
      '表8 2296002 用于社会福利的彩票公益金支出：年初结转和结余与本年收入之和 60.00 与本年支出、年末结转和结余之和 60.05 相差 0.05，超出舍入误差（最多 0.01）',
    );
  });

  it('本年支出 小计 = 基本支出 + 项目支出 is checked where 决算 prints 本年支出 without a 合计 column', () => {
    const found = errors(finalFundGrid((rows) => (rows[3]![5] = 6))).filter((f) => f.rule === 'row.columnSum');
    expect(found.map((f) => f.cell)).toEqual(['E8']);
  });

  it('the 决算 总表 agrees with the 支出决算表 class by class', () => {
    const found = errors(finalSummaryGrid(), finalExpenditureGrid((rows) => {
      rows[4]![2] = 41;
      rows[4]![4] = 21;
      rows[5]![2] = 41;
      rows[5]![4] = 21;
      rows[6]![2] = 41;
      rows[6]![4] = 21;
      rows[0]![2] = 101;
      rows[0]![4] = 31;
    }));
    expect(found.map((f) => `${f.rule} ${f.sheet}!${f.cell}`).sort()).toEqual(['cross.sameQuantity 公开03表!C5', 'cross.sameQuantity 公开03表!C9']);
  });
});
