/**
 * Last year's workbook (issue 14 item 4 and its "Done when": previous year, bad input): the sample
 * rolled forward to 2025 and filled, checked against the 2024 sample — the 参数 上年 fields agree or
 * are filled from 2024's cells; a doctored 2024 total is an error naming both workbooks' cells; the
 * 情况说明's 比上年 is checked against 2024's figures; a workbook that is not last year's is refused.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Decimal } from '../../../src/core/amount';
import { cellAt, fromA1, type CellValue, type Grid, type Workbook } from '../../../src/core/grid';
import { paramsSheet, readParams, type ParamValue } from '../../../src/core/params';
import { PREVIOUS_RULES, readPrevious } from '../../../src/core/previous';
import { reviewWorkbook } from '../../../src/core/review';
import { rollForward } from '../../../src/core/rollforward';
import { sampleDisclosure, sampleWorkbook } from '../../../src/core/sample';
import { layoutWorkbook, type FixedData, type TwoSidedData, type UnitsData } from '../../../src/core/templates';
import { filledFinal9 } from '../families/filled';
import { buildSeedWorkbook } from '../../support/seedGrids';

const sample = sampleDisclosure();
const last: Workbook = sampleWorkbook();

function rolledParams(): Record<string, ParamValue> {
  const rolled = rollForward(last);
  if (rolled.kind !== 'rolled') throw new Error(rolled.reason);
  return { ...rolled.params };
}

/** 2025: the sample's tables laid out for 2025 (the figures filled in), with this 参数 sheet. */
function thisYear(params: Record<string, ParamValue>): Grid[] {
  const tables = layoutWorkbook({ family: 'budget13', department: sample.department, year: 2025, unit: sample.unit, codeLayout: 'single', data: sample.data });
  return [...tables, paramsSheet(params)];
}

const withoutLastYear = (params: Record<string, ParamValue>) => Object.fromEntries(Object.entries(params).filter(([id]) => !id.startsWith('lastYear.')));

/** A copy of the workbook with one cell changed. */
function withCell(workbook: Workbook, sheet: string, a1: string, value: CellValue): Grid[] {
  const { row, col } = fromA1(a1);
  return workbook.map((grid) => {
    if (grid.name !== sheet) return grid;
    const values = grid.values.map((r) => [...r]);
    (values[row] ??= [])[col] = value;
    return { ...grid, values };
  });
}

const valueAt = (workbook: Workbook, sheet: string, a1: string): CellValue => {
  const { row, col } = fromA1(a1);
  return cellAt(workbook.find((grid) => grid.name === sheet)!, row, col);
};

/** The label of the row a cell is on (its first text cell). */
const rowLabel = (workbook: Workbook, sheet: string, a1: string): string => {
  const grid = workbook.find((g) => g.name === sheet)!;
  const { row, col } = fromA1(a1);
  for (let c = col - 1; c >= 0; c--) {
    const text = cellAt(grid, row, c);
    if (typeof text === 'string' && text.trim() !== '') return text.replace(/\s+/g, '');
  }
  return '';
};

const previousFindings = (workbook: Workbook, previous: Workbook, name = '2024.xlsx') =>
  reviewWorkbook(workbook, { previous: { name, workbook: previous } }).findings.filter((f) => f.rule.startsWith('previous.'));

const summary = sample.data.tables['budget.summary'] as TwoSidedData;
const threePublic = sample.data.tables['budget.threePublic'] as FixedData;
const operating = sample.data.tables['budget.operating'] as UnitsData;

describe('2025 rolled forward from the 2024 sample, checked against 2024', () => {
  const params = rolledParams();

  it('has no previous.* finding when 2025’s 参数 上年 figures are 2024’s, and the same counts as without', () => {
    const workbook = thisYear(params);
    const review = reviewWorkbook(workbook, { previous: { name: '2024.xlsx', workbook: last } });
    expect(review.findings.filter((f) => f.rule.startsWith('previous.'))).toEqual([]);
    expect(review.summary).toEqual(reviewWorkbook(workbook).summary);
    expect(review.previous?.year).toBe(2024);
  });

  it('fills every 参数 上年 field 2025 leaves empty from 2024’s cells, each cell holding the figure', () => {
    const review = reviewWorkbook(thisYear(withoutLastYear(params)), { previous: { name: '2024.xlsx', workbook: last } });
    const filled = review.previous!.filled;
    expect(filled.map((f) => f.field)).toEqual([
      'lastYear.incomeTotal',
      'lastYear.expenditureTotal',
      'lastYear.generalPublicCurrent',
      'lastYear.threePublic',
      'lastYear.abroad',
      'lastYear.reception',
      'lastYear.vehicle',
      'lastYear.vehiclePurchase',
      'lastYear.vehicleOperation',
      'lastYear.operating',
    ]);
    const byField = new Map(filled.map((f) => [f.field, f]));
    expect(byField.get('lastYear.incomeTotal')!.value.toString()).toBe(summary.income.incomeGrandTotal!.income!.toString());
    expect(byField.get('lastYear.threePublic')!.value.toString()).toBe(threePublic.rows.total!.total!.toString());
    expect(byField.get('lastYear.operating')!.value.toString()).toBe(operating.total.total!.toString());
    for (const figure of filled) {
      expect(figure.sources).toHaveLength(1);
      const source = figure.sources[0]!;
      const printed = valueAt(last, source.sheet, source.cell);
      expect(new Decimal(printed === null || printed === '' ? 0 : (printed as number)).toString()).toBe(figure.value.toString());
    }
    const income = byField.get('lastYear.incomeTotal')!.sources[0]!;
    expect(income.sheet).toMatch(/^表1/);
    expect(rowLabel(last, income.sheet, income.cell)).toMatch(/收入总计$/);
    expect(rowLabel(last, byField.get('lastYear.operating')!.sources[0]!.sheet, byField.get('lastYear.operating')!.sources[0]!.cell)).toMatch(/合计/);
    expect(review.previous!.paramSources['lastYear.incomeTotal']).toEqual({ sheet: `[2024.xlsx]${income.sheet}`, cell: income.cell });
  });

  it('names both cells when a 2024 total was doctored: 2025’s 参数 cell as the place, 2024’s file and cell in the message', () => {
    const income = readPrevious(last, 2025);
    if (income.kind !== 'read') throw new Error(income.reason);
    const source = income.figures.find((f) => f.field === 'lastYear.incomeTotal')!.sources[0]!;
    const doctored = withCell(last, source.sheet, source.cell, 4610.52);
    const workbook = thisYear(params);
    const at = readParams(workbook).sources['lastYear.incomeTotal']!;
    const findings = previousFindings(workbook, doctored);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'previous.figureMismatch',
      severity: 'error',
      sheet: at.sheet,
      cell: at.cell,
      expected: '4,610.52',
      actual: '4,510.52',
      difference: '-100.00',
      compared: [{ sheet: `[2024.xlsx]${source.sheet}`, cell: source.cell }],
    });
    expect(findings[0]!.message).toBe(`“上年收入总计”：本年工作簿'${at.sheet}'!${at.cell}为4,510.52万元，上年工作簿“2024.xlsx”'${source.sheet}'!${source.cell}为4,610.52万元，相差-100.00万元`);
  });

  it('is rounding-aware: a 2024 workbook in 元 agrees with 2025’s 万元 figures; one unit of the last digit is 尾差, more an error', () => {
    const inYuan = sampleWorkbook({ unit: '元' });
    expect(previousFindings(thisYear(params), inYuan)).toEqual([]);
    const vehicle = params['lastYear.vehicle'] as Decimal;
    const off = (delta: string) => previousFindings(thisYear({ ...params, 'lastYear.vehicle': vehicle.plus(delta) }), inYuan);
    expect(off('-0.01').map((f) => [f.rule, f.severity])).toEqual([['previous.figureRounding', 'info']]);
    expect(off('0.01')[0]!.message).toContain('尾差');
    expect(off('-0.02').map((f) => [f.rule, f.severity])).toEqual([['previous.figureMismatch', 'error']]);
  });

  it('reads last year’s figures from another layout: 元, 类|款|项 codes, every table on one sheet', () => {
    const other = buildSeedWorkbook({ unit: '元', codes: 'split', layout: 'oneSheet' }).workbook;
    const reading = readPrevious(other, 2025);
    expect(reading.kind).toBe('read');
    if (reading.kind !== 'read') return;
    expect(reading.figures).toHaveLength(10);
    expect(reading.figures.every((f) => f.decimals === 4 && f.sources.every((s) => s.sheet === '预算公开表'))).toBe(true);
    expect(previousFindings(thisYear(params), other)).toEqual([]);
  });
});

describe('a 2025 table printing 2024’s budget beside its own (表10 with a 2024年预算数 column)', () => {
  /** 表10 of 2025 with column F headed 2024年预算数, holding `lastYear` by row label. */
  function withLastYearColumn(workbook: Workbook, lastYear: Readonly<Record<string, number>>): Grid[] {
    return workbook.map((grid) => {
      if (!grid.name.startsWith('表10')) return grid;
      const values = grid.values.map((row, r) => {
        const label = typeof row[0] === 'string' ? row[0] : '';
        const added = r === 2 ? '2024年预算数' : (lastYear[label] ?? null);
        return [...row.slice(0, 5), added];
      });
      const merges = grid.merges.map((m) => (m.top === 0 && m.bottom === 0 ? { ...m, right: 5 } : m));
      return { ...grid, values, merges: [...merges, { top: 2, bottom: 3, left: 5, right: 5 }] };
    });
  }
  const as2024 = { 公务接待费: 0.58, 公务用车购置及运行费: 3.08, '②公务用车运行维护费': 3.08, 合计: 3.66 };
  const workbook = thisYear(rolledParams());

  it('agrees with 2024’s 表10: no previous.* finding', () => {
    const printed = withLastYearColumn(workbook, as2024);
    expect(previousFindings(printed, last)).toEqual([]);
    expect(reviewWorkbook(printed).summary).toEqual(reviewWorkbook(workbook).summary);
  });

  it('names the 上年 cell of 2025’s 表10 and 2024’s cell when they differ', () => {
    const findings = previousFindings(withLastYearColumn(workbook, { ...as2024, 公务接待费: 0.65 }), last);
    expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([['previous.figureMismatch', '表10 三公经费支出表', 'F6']]);
    expect(findings[0]!.message).toBe(
      "“上年公务接待费”：本年工作簿'表10 三公经费支出表'!F6为0.65万元，上年工作簿“2024.xlsx”'表10 三公经费支出表'!B6为0.58万元，相差0.07万元",
    );
  });
});

describe('the 情况说明 of 2025 checked against 2024’s figures', () => {
  const text = `2025年度${sample.department}预算收入总计4,510.52万元，比上年增加100.00万元，增长2.27%。`;
  const narrative = { name: '说明.txt', text };
  const workbook = thisYear(withoutLastYear(rolledParams()));
  const errors = (options: Parameters<typeof reviewWorkbook>[1]) =>
    reviewWorkbook(workbook, options).findings.filter((f) => f.rule.startsWith('narrative.') && f.severity === 'error');

  it('finds a wrong 比上年 only with last year’s workbook, which says 2024’s 收入总计', () => {
    expect(errors({ narrative })).toEqual([]);
    const found = errors({ narrative, previous: { name: '2024.xlsx', workbook: last } });
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.rule)).toContain('narrative.changeMismatch');
    expect(found.find((f) => f.rule === 'narrative.changeMismatch')!.message).toContain('4,510.52万元与4,510.52万元相差0.00万元，而不是100.00万元');
  });

  it('passes a 比上年 that agrees with 2024', () => {
    const right = { name: '说明.txt', text: `2025年度${sample.department}预算收入总计4,510.52万元，与上年持平。` };
    expect(errors({ narrative: right, previous: { name: '2024.xlsx', workbook: last } })).toEqual([]);
  });
});

describe('a last year’s workbook that is not last year’s', () => {
  const workbook2025 = thisYear(rolledParams());
  const unusable = (current: Workbook, previous: Workbook) => {
    const review = reviewWorkbook(current, { previous: { name: '上年.xlsx', workbook: previous } });
    const found = review.findings.filter((f) => f.rule.startsWith('previous.'));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['previous.unusable', 'warning']]);
    expect(review.previous!.filled).toEqual([]);
    return found[0]!.message;
  };

  it('the same workbook (same year): most likely this year’s file itself', () => {
    expect(unusable(last, last)).toBe('上年工作簿“上年.xlsx”无法使用：它与本年工作簿同为2024年，可能选择了本年工作簿本身；请选择2023年的工作簿。');
  });

  it('a later year', () => {
    expect(unusable(last, workbook2025)).toContain('它是2025年的工作簿，晚于本年（2024年）');
  });

  it('two years back', () => {
    const older = layoutWorkbook({ family: 'budget13', department: sample.department, year: 2023, unit: sample.unit, codeLayout: 'single', data: sample.data });
    expect(unusable(workbook2025, older)).toContain('不是上一年度（2024年）');
  });

  it('another department', () => {
    const params = readParams(last).values;
    const other = [...last.filter((grid) => grid.name !== '参数'), paramsSheet({ ...params, department: '阳城县财政局' })];
    expect(unusable(workbook2025, other)).toContain('它是“阳城县财政局”的工作簿，不是“阳城县应急管理局”的');
  });

  it('an unrelated workbook, without disclosure tables', () => {
    const notes: Grid[] = [{ name: '随便写写', values: [['会议纪要'], ['今天讨论了预算编制的进度。']], merges: [] }];
    expect(unusable(workbook2025, notes)).toContain('没有识别出预算或决算公开表');
    expect(unusable(workbook2025, [])).toContain('没有识别出预算或决算公开表');
  });

  it('a 决算 workbook, which prints none of the 预算 上年 figures', () => {
    const final = layoutWorkbook({ family: 'final9', department: sample.department, year: 2024, unit: '万元', codeLayout: 'single', data: filledFinal9('万元') });
    expect(unusable(workbook2025, final)).toContain('没有本年 参数 所需的上年数');
  });
});

describe('the previous.* rules', () => {
  it('are listed with their severity in the rule catalogue (src/core/rules/README.md)', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../src/core/rules/README.md'), 'utf8');
    for (const rule of Object.values(PREVIOUS_RULES)) expect(readme).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
  });
});
