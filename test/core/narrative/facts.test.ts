import { factsFromTables } from '../../../src/core/narrative/facts';
import { buildSeedWorkbook } from '../../support/seedGrids';
import { loadSeed } from '../../support/seed';
import { typedSeedTables } from './seedTables';

const seed = loadSeed();
const titles = Object.keys(seed.tables);
/** A seed figure by table number, row label (first cell or code) and column. */
function seedFigure(table: number, label: string, col: number): string {
  const rows = seed.tables[titles[table - 1]!]!.rows;
  const row = rows.find((r) => [r[0], r[1], r[2]].some((c) => c?.trim() === label) && /^\d/.test(r[col] ?? ''));
  return row![col]!;
}

describe('factsFromTables on the seed', () => {
  const built = buildSeedWorkbook();
  const facts = factsFromTables(typedSeedTables(built));

  it('reads 收入总计, 本年收入 and 上年结转 from table 1 with their cells', () => {
    expect(facts.incomeTotal?.value.toFixed(2)).toBe(seedFigure(1, '收入总计', 1));
    expect(facts.incomeTotal?.sources).toEqual([{ sheet: built.cellOf(1, '收入总计', 1).sheet, cell: built.cellOf(1, '收入总计', 1).cell }]);
    expect(facts.currentIncome?.value.toFixed(2)).toBe(seedFigure(1, '本年收入合计', 1));
    expect(facts.carryover?.value.toFixed(2)).toBe(seedFigure(1, '上年结转', 1));
    expect(facts.expenditureCurrent?.value.toFixed(2)).toBe(seedFigure(1, '收入总计', 4));
  });

  it('lists the income sources in print order, blank ones as zero', () => {
    expect(facts.incomeBySource.map((s) => [s.source, s.value.toFixed(2)])).toEqual([
      ['generalPublic', seedFigure(1, '一、一般公共预算', 1)],
      ['govFund', '0.00'],
      ['stateCapital', '0.00'],
      ['specialAccount', '0.00'],
      ['unitFunds', '0.00'],
    ]);
  });

  it('lists table 5 classes by code and table 4 classes without their ordinals', () => {
    expect(facts.generalPublic.classes.map((c) => c.code)).toEqual(['208', '210', '221', '224']);
    expect(facts.generalPublic.classes[3]?.value.toFixed(2)).toBe(seedFigure(5, '224', 2));
    expect(facts.fiscal.classes.map((c) => c.name)).toEqual(['社会保障和就业支出', '卫生健康支出', '住房保障支出', '灾害防治及应急管理支出']);
    expect(facts.fiscal.classes[3]?.value.toFixed(2)).toBe(seedFigure(4, '二十三、灾害防治及应急管理支出', 3));
  });

  it('splits table 6 items into 人员经费 and 公用经费 lists by which column holds an amount', () => {
    expect(facts.basicEconomic.personnel?.value.toFixed(2)).toBe(seedFigure(6, '合计', 3));
    expect(facts.basicEconomic.personnelItems).toHaveLength(11);
    expect(facts.basicEconomic.publicUseItems).toHaveLength(17);
    expect(facts.basicEconomic.publicUseItems[0]?.name).toBe('其他工资福利支出');
  });

  it('reads the 三公 items apart, not confusing 购置费 with 购置及运行费', () => {
    expect(facts.threePublic.total?.value.toFixed(2)).toBe(seedFigure(10, '合计', 1));
    expect(facts.threePublic.vehicle?.value.toFixed(2)).toBe(seedFigure(10, '公务用车购置及运行费', 1));
    expect(facts.threePublic.vehiclePurchase?.value.isZero()).toBe(true);
    expect(facts.threePublic.vehicleOperation?.value.toFixed(2)).toBe(seedFigure(10, '②公务用车运行维护费', 1));
    expect(facts.operating?.value.toFixed(2)).toBe(seedFigure(11, '部门合计', 1));
    expect(facts.year).toBe(seed.year);
    expect(facts.department).toBe(seed.department);
  });

  it('gives the same figures in 万元 from a workbook printed in 元', () => {
    const inYuan = factsFromTables(typedSeedTables(buildSeedWorkbook({ unit: '元' }), '元'));
    expect(inYuan.incomeTotal?.value.toFixed(2)).toBe(facts.incomeTotal?.value.toFixed(2));
    expect(inYuan.basicEconomic.publicUse?.value.toFixed(2)).toBe(facts.basicEconomic.publicUse?.value.toFixed(2));
  });

  it('leaves figures absent when their table is missing', () => {
    const partial = factsFromTables(typedSeedTables(built).filter((t) => t.kind !== 'budget.threePublic'));
    expect(partial.threePublic).toEqual({});
    expect(partial.incomeTotal).toBeDefined();
  });
});
