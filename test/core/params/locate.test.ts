import { defaultParamCell, paramsSheet } from '../../../src/core/params';
import { paramValueCell } from '../../../src/core/params/locate';

describe('paramValueCell', () => {
  it('finds a field in the sheet as laid out', () => {
    expect(paramValueCell(paramsSheet(), 'lastYear.incomeTotal')).toEqual(defaultParamCell('lastYear.incomeTotal'));
  });

  it('finds a field a user moved, by its label or an alias, on a sheet of another name', () => {
    const grid = { name: '情况说明参数', values: [['情况说明参数'], ['本部门职责', '…'], ['上年收入总计 ：', 100]], merges: [] };
    expect(paramValueCell(grid, 'profile.duties')).toEqual({ sheet: '情况说明参数', cell: 'B2' });
    expect(paramValueCell(grid, 'lastYear.incomeTotal')).toEqual({ sheet: '情况说明参数', cell: 'B3' });
  });

  it('falls back to the default layout\'s cell on that sheet when the row is not there', () => {
    const grid = { name: '参数', values: [['情况说明参数']], merges: [] };
    expect(paramValueCell(grid, 'department')).toEqual(defaultParamCell('department'));
  });
});
