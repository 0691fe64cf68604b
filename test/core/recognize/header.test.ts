import type { ColumnKey } from '../../../src/core/model';
import { amountKey, columnRole, rowShape, sideOf, unitIn } from '../../../src/core/recognize/header';
import { sheet } from './gridFixture';

describe('amountKey', () => {
  it.each<[readonly string[], boolean, ColumnKey | undefined]>([
    // the seed's headers (domain guide, the seed family table)
    [['本年收入', '合计'], false, 'total'],
    [['本年收入', '一般公共预算'], false, 'generalPublic'],
    [['本年收入', '政府性基金'], false, 'govFund'],
    [['本年收入', '国有资本经营预算'], false, 'stateCapital'],
    [['本年收入', '财政专户管理资金'], false, 'specialAccount'],
    [['本年收入', '单位资金'], false, 'unitFunds'],
    [['上年结转'], false, 'carryover'],
    [['2024年预算数', '基本支出'], false, 'basic'],
    [['2024年预算数', '项目支出'], false, 'project'],
    [['2024年预算数', '人员经费'], false, 'personnel'],
    [['2024年预算数', '公用经费'], false, 'publicUse'],
    [['支出', '2024年合计'], false, 'total'],
    [['支出', '当年预算安排'], false, 'currentYear'],
    [['支出', '上年结转安排'], false, 'carryover'],
    [['支出', '金额', '小计'], false, 'total'],
    [['收入', '2024年'], false, 'total'],
    [['2024年财政拨款', '一般公共预算'], false, 'generalPublic'],
    // 决算 readings
    [['人员经费', '决算数'], true, 'personnel'],
    [['公用经费', '决算数'], true, 'publicUse'],
    [['预算数'], true, 'budgeted'],
    [['决算数'], true, 'actual'],
    [['预算数', '合计'], true, 'budgeted'],
    [['本年支出', '小计'], true, 'expenditure'],
    [['本年收入'], true, 'income'],
    [['年初结转和结余'], true, 'openingBalance'],
    [['年末结转和结余'], true, 'closingBalance'],
    [['本年收入合计'], true, 'total'],
    // 决算 income sources and items printed as columns (issue 13)
    [['上级补助收入'], true, 'superiorSubsidy'],
    [['本年收入合计', '财政拨款收入'], true, 'fiscal'],
    [['因公出国（境）费'], true, 'abroad'],
    [['“三公”经费预算数', '合计'], false, 'threePublic'],
    [['“三公”经费预算数', '公务用车购置及运行费', '小计'], false, 'vehicles'],
    [['“三公”经费预算数', '公务用车购置及运行费', '购置费'], false, 'vehiclePurchase'],
    [['“三公”经费预算数', '公务用车购置及运行费', '运行费'], false, 'vehicleRunning'],
    [['机关运行经费预算数'], false, 'operating'],
    // no word for it: an amount column without a meaning, never guessed
    [['单位预留机动经费'], false, undefined],
    [['2023年预算数', '增减额'], false, undefined],
    [['增长率'], false, undefined],
  ])('%j (决算: %s) → %s', (path, final, key) => {
    expect(amountKey(path, final)).toBe(key);
  });
});

describe('columnRole', () => {
  it.each([
    [['项目', '科目编码'], 'code'],
    [['科目编码', '类'], 'code'],
    [['项目', '科目名称'], 'name'],
    [['收入', '项目'], 'name'],
    [['单位名称'], 'name'],
    [['项目', '行次'], 'rowNumber'],
    [['合计'], 'amount'],
    [[], 'other'],
  ] as const)('%j is a %s column', (path, type) => {
    expect(columnRole(path, false).type).toBe(type);
  });
});

describe('rowShape', () => {
  const grid = sheet(
    't',
    [
      ['项目', '', '2024年预算数', ''],
      ['', '', '合计', '基本支出'],
      ['1', '2', '3', '4'],
      ['合计', '', 10, 10],
      ['208', '社会保障和就业支出', 10, 10],
      ['因公出国（境）费', '', '', ''],
      ['合计', '因公出国（境）费', '公务接待费', ''],
      ['', '', '', ''],
      ['一、一般公共预算', '', '', ''],
    ],
    ['A1:B2', 'C1:D1'],
  );
  it.each([
    [0, 'header'],
    [1, 'header'],
    [2, 'columnNumbers'],
    [3, 'data'],
    [4, 'data'],
    [5, 'data'],
    [6, 'header'],
    [7, 'blank'],
    [8, 'data'],
  ])('row %i is %s', (row, shape) => {
    expect(rowShape(grid, row, 0, 3)).toBe(shape);
  });
});

describe('sideOf and unitIn', () => {
  it.each([
    ['收入', 'income'],
    ['国有资本经营预算收入', 'income'],
    ['支出', 'expenditure'],
    ['本年收入', 'income'],
    ['本年支出', 'expenditure'],
    ['财政拨款收入', 'income'],
    ['基本支出', undefined],
    ['合计', undefined],
  ])('%s is the %s side', (heading, side) => {
    expect(sideOf(heading)).toBe(side);
  });

  it.each([
    ['单位：万元', '万元'],
    ['金额单位:元', '元'],
    ['金额（万元）', '万元'],
    ['部门名称：阳城县应急管理局', undefined],
  ])('%s names the unit %s', (text, unit) => {
    expect(unitIn(text)).toBe(unit);
  });
});
