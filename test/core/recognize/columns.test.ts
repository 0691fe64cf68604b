import { columnSums } from '../../../src/core/recognize/columns';
import { amountKey } from '../../../src/core/recognize/header';

/** Columns from their header paths, numbered from 2 (after code and name), with their meanings. */
function columns(...paths: readonly (readonly string[])[]) {
  return paths.map((path, i) => {
    const key = amountKey(path, false);
    return { col: i + 2, path, ...(key ? { key } : {}) };
  });
}

describe('columnSums: which columns add up to which, from the header tree', () => {
  it('合计 | 基本支出 | 项目支出 (the seed\'s 表3): 合计 = 基本 + 项目', () => {
    expect(columnSums(columns(['2024年预算数', '合计'], ['2024年预算数', '基本支出'], ['2024年预算数', '项目支出']))).toEqual([{ total: 2, parts: [3, 4] }]);
  });

  it('合计 | 基本支出 (人员经费, 公用经费) | 项目支出: 合计 = 人员 + 公用 + 项目, not 人员 + 公用 alone', () => {
    const sums = columnSums(columns(['预算数', '合计'], ['预算数', '基本支出', '人员经费'], ['预算数', '基本支出', '公用经费'], ['预算数', '项目支出']));
    expect(sums).toEqual([{ total: 2, parts: [3, 4, 5] }]);
  });

  it('基本支出 with its own 小计: 小计 = 人员 + 公用, and 合计 = 小计 + 项目', () => {
    const sums = columnSums(columns(['合计'], ['基本支出', '小计'], ['基本支出', '人员经费'], ['基本支出', '公用经费'], ['项目支出']));
    expect(sums).toEqual([
      { total: 3, parts: [4, 5] },
      { total: 2, parts: [3, 6] },
    ]);
  });

  it('基本支出, 人员经费 and 公用经费 printed at one level: the parts nest under 基本支出', () => {
    const sums = columnSums(columns(['合计'], ['基本支出'], ['人员经费'], ['公用经费'], ['项目支出']));
    expect(sums).toEqual([
      { total: 3, parts: [4, 5] },
      { total: 2, parts: [3, 6] },
    ]);
  });

  it('a column the vocabulary does not know (单位预留机动经费) still counts in its parent\'s 合计', () => {
    expect(columnSums(columns(['合计'], ['基本支出'], ['项目支出'], ['单位预留机动经费']))).toEqual([{ total: 2, parts: [3, 4, 5] }]);
  });

  it('上年结转 printed beside 本年收入 is outside its 合计 (the seed\'s 表2)', () => {
    const sums = columnSums(columns(['本年收入', '合计'], ['本年收入', '一般公共预算'], ['本年收入', '政府性基金'], ['上年结转']));
    expect(sums).toEqual([{ total: 2, parts: [3, 4] }]);
  });

  it('财政拨款 over its three funds beside 财政专户 and 单位资金 (the seed\'s 表12)', () => {
    const sums = columnSums(
      columns(['合计'], ['2024年财政拨款', '一般公共预算'], ['2024年财政拨款', '政府性基金预算'], ['2024年财政拨款', '国有资本经营预算'], ['财政专户管理资金'], ['单位资金']),
    );
    expect(sums).toEqual([{ total: 2, parts: [3, 4, 5, 6, 7] }]);
  });

  it('a 三公 table with its items across: 合计 = 出国 + 接待 + 公务用车 小计, 小计 = 购置 + 运行; 机关运行经费 apart', () => {
    const sums = columnSums(
      columns(
        ['“三公”经费预算数', '合计'],
        ['“三公”经费预算数', '因公出国(境)费'],
        ['“三公”经费预算数', '公务接待费'],
        ['“三公”经费预算数', '公务用车购置及运行费', '小计'],
        ['“三公”经费预算数', '公务用车购置及运行费', '购置费'],
        ['“三公”经费预算数', '公务用车购置及运行费', '运行费'],
        ['机关运行经费预算数'],
      ),
    );
    expect(sums).toEqual([
      { total: 5, parts: [6, 7] },
      { total: 2, parts: [3, 4, 5] },
    ]);
  });

  it('a 决算 三公 table with 预算数 | 决算数 under each item ties measure by measure', () => {
    const item = (name: string) => [[...name.split('/'), '预算数'], [...name.split('/'), '决算数']];
    const sums = columnSums(
      columns(...['三公/合计', '三公/因公出国', '三公/公务用车/小计', '三公/公务用车/购置费', '三公/公务用车/运行费', '三公/公务接待费'].flatMap(item)),
    );
    expect(sums).toEqual([
      { total: 6, parts: [8, 10] },
      { total: 7, parts: [9, 11] },
      { total: 2, parts: [4, 6, 12] },
      { total: 3, parts: [5, 7, 13] },
    ]);
  });

  it('a heading printed over its own column and its sub-columns (merges lost in an export) is their sum', () => {
    expect(columnSums(columns(['基本支出'], ['基本支出', '人员经费'], ['基本支出', '公用经费']))).toEqual([{ total: 2, parts: [3, 4] }]);
  });

  it('declares nothing where nothing totals: one column, or headings without a 合计', () => {
    expect(columnSums(columns(['金额']))).toEqual([]);
    expect(columnSums(columns(['年初结转和结余'], ['本年收入'], ['年末结转和结余']))).toEqual([]);
  });

  it('skips a 合计 whose part prints no figure column for the measure (nothing is guessed)', () => {
    const sums = columnSums(columns(['合计', '预算数'], ['合计', '决算数'], ['甲', '预算数']));
    expect(sums).toEqual([{ total: 2, parts: [4] }]);
  });
});
