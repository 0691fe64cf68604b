/**
 * 决算 sheets for tests. The budget seed has no 决算 tables, so these are laid out as the 决算
 * family prints them (domain guide, "Other families and layouts" → Final accounts) with made-up
 * figures that tie out: 总计 115 = 本年收入 105 + 年初结转和结余 10 = 本年支出 100 + 年末 15.
 * `change` edits the data rows (0-based, below the header) before the sheet is made.
 */
import type { CellValue, Grid } from '../../../src/core/grid';

type Change = (rows: CellValue[][]) => void;

function sheet(name: string, head: CellValue[][], data: CellValue[][], change: Change | undefined): Grid {
  change?.(data);
  return { name, merges: [], values: [...head, ...data] };
}

/** 收入支出决算总表: two sides, 决算数, footers 本年收入合计 / 年初结转和结余 / 总计. Data rows 0–7. */
export function finalSummaryGrid(change?: Change): Grid {
  return sheet(
    '公开01表',
    [['收入支出决算总表'], ['部门：某局', null, null, '单位：万元'], ['收入', null, '支出', null], ['项目', '决算数', '项目', '决算数']],
    [
      ['一、一般公共预算财政拨款收入', 100, '一、一般公共服务支出', 60],
      ['二、政府性基金预算财政拨款收入', null, '二、社会保障和就业支出', 40],
      ['三、上级补助收入', null, null, null],
      ['四、事业收入', 5, null, null],
      ['本年收入合计', 105, '本年支出合计', 100],
      ['使用非财政拨款结余', null, '结余分配', null],
      ['年初结转和结余', 10, '年末结转和结余', 15],
      ['总计', 115, '总计', 115],
    ],
    change,
  );
}

/** 收入决算表: 合计 by source. Data rows 0–4. */
export function finalIncomeGrid(change?: Change): Grid {
  return sheet(
    '公开02表',
    [['收入决算表'], ['部门：某局', null, null, null, '单位：万元'], ['项目', null, '本年收入合计', '财政拨款收入', '事业收入'], ['科目编码', '科目名称', null, null, null]],
    [
      ['合计', null, 105, 100, 5],
      ['201', '一般公共服务支出', 65, 60, 5],
      ['208', '社会保障和就业支出', 40, 40, null],
      ['20805', '行政事业单位养老支出', 40, 40, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', 40, 40, null],
    ],
    change,
  );
}

/** 支出决算表: 本年支出合计 | 基本支出 | 项目支出 by code. Data rows 0–6. */
export function finalExpenditureGrid(change?: Change): Grid {
  return sheet(
    '公开03表',
    [['支出决算表'], ['部门：某局', null, null, null, '单位：万元'], ['项目', null, '本年支出合计', '基本支出', '项目支出'], ['科目编码', '科目名称', null, null, null]],
    [
      ['合计', null, 100, 70, 30],
      ['201', '一般公共服务支出', 60, 50, 10],
      ['20101', '人大事务', 60, 50, 10],
      ['2010101', '行政运行', 60, 50, 10],
      ['208', '社会保障和就业支出', 40, 20, 20],
      ['20805', '行政事业单位养老支出', 40, 20, 20],
      ['2080505', '机关事业单位基本养老保险缴费支出', 40, 20, 20],
    ],
    change,
  );
}

/**
 * 政府性基金预算财政拨款收入支出决算表: 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本 | 项目) |
 * 年末结转和结余; 10 + 50 = 45 + 15, 45 = 5 + 40. Data rows 0–3.
 */
export function finalFundGrid(change?: Change): Grid {
  return sheet(
    '公开08表',
    [
      ['政府性基金预算财政拨款收入支出决算表'],
      ['部门：某局', null, null, null, null, null, null, '单位：万元'],
      ['项目', null, '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
      ['科目编码', '科目名称', null, null, '小计', '基本支出', '项目支出', null],
    ],
    [
      ['合计', null, 10, 50, 45, 5, 40, 15],
      ['229', '其他支出', 10, 50, 45, 5, 40, 15],
      ['22960', '彩票公益金安排的支出', 10, 50, 45, 5, 40, 15],
      ['2296002', '用于社会福利的彩票公益金支出', 10, 50, 45, 5, 40, 15],
    ],
    change,
  );
}
