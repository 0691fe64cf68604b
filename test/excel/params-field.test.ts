import { layOutGrids } from '../../src/excel/layout';
import { selectParamField } from '../../src/excel/params-field';
import { defaultParamCell, paramsSheet } from '../../src/core/params';
import { FakeWorkbook } from '../support/fake-excel';

describe('selectParamField', () => {
  it('selects a field\'s value cell in the 参数 sheet as laid out, in four syncs', async () => {
    const book = new FakeWorkbook();
    await book.run((context) => layOutGrids(context, [{ name: '表1', values: [['表']], merges: [] }, paramsSheet()]));
    const context = book.context();
    expect(await selectParamField(context, 'lastYear.incomeTotal')).toEqual(defaultParamCell('lastYear.incomeTotal'));
    expect(context.syncCount).toBe(4);
    expect(book.selection).toEqual({ sheet: '参数', address: defaultParamCell('lastYear.incomeTotal').cell });
    expect(book.activeSheet).toBe('参数');
  });

  it('finds the row a user moved, on a 参数 sheet found by its title', async () => {
    const book = new FakeWorkbook();
    await book.run((context) => layOutGrids(context, [{ name: '说明参数', values: [['情况说明参数'], [null], [null, null], ['部门名称', '']], merges: [] }]));
    expect(await book.run((context) => selectParamField(context, 'department'))).toEqual({ sheet: '说明参数', cell: 'B4' });
    expect(book.selection).toEqual({ sheet: '说明参数', address: 'B4' });
  });

  it('selects nothing when the workbook has no 参数 sheet', async () => {
    const book = new FakeWorkbook();
    await book.run((context) => layOutGrids(context, [{ name: '表1', values: [['表']], merges: [] }]));
    expect(await book.run((context) => selectParamField(context, 'department'))).toBeUndefined();
    expect(book.selection).toBeUndefined();
  });
});
