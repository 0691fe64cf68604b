/**
 * A small 决算 workbook for the 决算 narrative tests, laid out as the 决算 family prints its tables
 * (domain guide, "Other families and layouts" → Final accounts) with invented figures that tie out:
 * 收入支出决算总表 from the rules' test sheets (总计 115 = 本年收入 105 + 年初结转和结余 10 =
 * 本年支出 100 + 年末结转和结余 15); 一般公共预算财政拨款支出 年初预算 100.00 / 决算 100.00 over
 * four 项 — one under budget, one equal, one over, one with a zero 年初预算; 三公 预算 10.00 / 决算 8.00.
 */
import type { CellValue, Grid, Workbook } from '../../../../src/core/grid';
import { finalSummaryGrid } from '../../rules/finalGrids';

function sheet(name: string, values: CellValue[][]): Grid {
  return { name, merges: [], values };
}

/** 一般公共预算财政拨款支出决算表 with 年初预算数 beside 决算数. */
export function finalGeneralPublicGrid(): Grid {
  return sheet('公开05表', [
    ['2023年度一般公共预算财政拨款支出决算表'],
    ['部门：某局', null, null, '单位：万元'],
    ['科目编码', '科目名称', '年初预算数', '决算数'],
    ['合计', null, 100, 100],
    ['201', '一般公共服务支出', 70, 60],
    ['20101', '人大事务', 70, 60],
    ['2010101', '行政运行', 65, 55],
    ['2010102', '一般行政管理事务', 5, 5],
    ['208', '社会保障和就业支出', 30, 40],
    ['20805', '行政事业单位养老支出', 30, 40],
    ['2080505', '机关事业单位基本养老保险缴费支出', 30, 32],
    ['2080506', '机关事业单位职业年金缴费支出', 0, 8],
  ]);
}

/** 一般公共预算财政拨款“三公”经费支出决算表: 预算数 | 决算数. */
export function finalThreePublicGrid(): Grid {
  return sheet('公开07表', [
    ['2023年度一般公共预算财政拨款“三公”经费支出决算表'],
    ['部门：某局', null, '单位：万元'],
    ['项目', '预算数', '决算数'],
    ['合计', 10, 8],
    ['1.因公出国（境）费', 0, 0],
    ['2.公务用车购置及运行费', 6, 5],
    ['其中：（1）公务用车购置费', 0, 0],
    ['（2）公务用车运行费', 6, 5],
    ['3.公务接待费', 4, 3],
  ]);
}

/** The three sheets as one workbook. */
export function finalWorkbook(): Workbook {
  return [finalSummaryGrid(), finalGeneralPublicGrid(), finalThreePublicGrid()];
}
