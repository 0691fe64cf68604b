/**
 * The 12-table family's shapes (issue 13): the seed's figures in a three-sided 收支预算总表 (收入 | 支出功能分类
 * | 支出经济分类), a 支出总表 with a 单位预留机动经费 column, a “三公”经费、会议费、培训费预算表 and a 政府采购预算表
 * (test/support/seedGrids.ts, `family: 'budget12'`).
 */
import { checkWorkbook } from '../../../src/core/check';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { economicSide } from '../../../src/core/rules/twoSided';
import { buildSeedWorkbook, mutateSeedCell } from '../../support/seedGrids';
import { sheet } from '../recognize/gridFixture';

const built = buildSeedWorkbook({ family: 'budget12' });
const result = checkWorkbook(built.workbook);
const serious = (findings: typeof result.findings) => findings.filter((f) => f.severity !== 'info');

/** The 12-table workbook with one printed figure of the three-sided 表1 replaced. */
function withSummaryFigure(row: string, col: number, value: number) {
  return checkWorkbook(mutateSeedCell(built, 1, built.table(1).rows.findIndex((r) => r[4] === row || r[0] === row), col, value).workbook).findings;
}

describe('the 12-table family', () => {
  it('is recognised as the 12-table family, each table with its kind, none reported missing', () => {
    expect(result.recognition.family).toBe('budget12');
    expect(result.recognition.tables.map((t) => t.kind)).toEqual([
      'budget.summary',
      'budget.income',
      'budget.expenditure',
      'budget.fiscalSummary',
      'budget.generalPublic',
      'budget.basicEconomic',
      'budget.fundExpenditure',
      'budget.stateCapital',
      'budget.threePublic',
      'budget.procurement',
      'budget.projects',
    ]);
    expect(result.findings.filter((f) => f.rule.startsWith('family.'))).toEqual([]);
  });

  it('checks clean: no error or warning, only the seed’s 尾差', () => {
    expect(serious(result.findings)).toEqual([]);
  });

  it('reads the third side of the 收支预算总表 with its own lines and footer', () => {
    const summary = result.recognition.tables[0]!;
    const side = economicSide(summary);
    expect(side.items.map((row) => row.name)).toEqual(['一、基本支出', '二、项目支出', '三、单位预留机动经费']);
    expect(side.subLines.get(side.items[0]!)?.map((row) => row.name)).toEqual(['1、人员经费', '2、公用经费']);
    expect([side.subtotal?.name, side.carry?.name, side.grand?.name]).toEqual(['本年支出合计', '年终结转', '支出总计']);
    // The seed's 基本支出 1,507.00 + 项目支出 3,003.53 against its 本年支出合计 4,510.52: the 表3 尾差, on this side too.
    const own = result.findings.filter((f) => f.rule === 'summary.expenditureTotal');
    expect(own.map((f) => [f.severity, f.message])).toEqual([['info', '表1 本年支出合计（按经济分类）：合计 4,510.52 与各项支出之和 4,510.53 相差 0.01，在舍入误差内（尾差）']]);
  });

  it('ties 一、基本支出 to its 人员经费 and 公用经费, and to 表3’s 基本支出', () => {
    const findings = serious(withSummaryFigure('一、基本支出', 5, 1517));
    expect(findings.map((f) => f.rule).sort()).toEqual(['cross.sameQuantity', 'summary.expenditureTotal', 'summary.lineParts']);
    expect(findings.find((f) => f.rule === 'cross.sameQuantity')!.message).toContain('与表3 合计 基本支出 1,507.00');
  });

  it('ties the third side’s 支出总计 to the 收入总计', () => {
    const findings = serious(withSummaryFigure('收入总计', 5, 4511.52)).filter((f) => f.rule === 'summary.balance');
    expect(findings.map((f) => f.message)).toEqual(['表1 收入总计 4,510.52 与支出总计（按经济分类） 4,511.52 相差 1.00']);
  });

  it('takes the 政府采购预算表 for what it is, not for a 支出总表, and ties its 合计 to its rows', () => {
    const procurement = result.recognition.tables.find((t) => t.title.includes('政府采购'))!;
    expect(procurement.kind).toBe('budget.procurement');
    expect(procurement.rows.map((row) => [row.role, row.name])).toEqual([
      ['total', '合计'],
      ['item', '阳城县应急管理局'],
    ]);
  });

  it('counts the 单位预留机动经费 column, which the vocabulary has no word for, in its 合计', () => {
    const grid = sheet('支出', [
      ['2025年部门支出预算总表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '单位预留机动经费'],
      ['合计', '', 130, 60, 50, 20],
      ['201', '一般公共服务支出', 130, 60, 50, 20],
    ]);
    const [table] = recognizeWorkbook([grid]).tables;
    expect(table!.columnSums).toEqual([{ total: 2, parts: [3, 4, 5] }]);
    expect(serious(checkWorkbook([grid]).findings).filter((f) => !f.rule.startsWith('family.'))).toEqual([]);
  });
});
