/**
 * Roll-forward (issue 8, item 4 and its acceptance): the sample workbook of 2024 becomes the 2025
 * workbook — the same 13 templates with the sample's subject rows and no amounts, and a 参数 sheet
 * whose 上年 figures are the sample's 2024 totals (read from the sample's tables here, not typed).
 */
import { Decimal, yuanToWan } from '../../../src/core/amount';
import { checkWorkbook } from '../../../src/core/check';
import { cellAt, cellText, type Grid } from '../../../src/core/grid';
import { amountOf, type TableKind, type TypedTable } from '../../../src/core/model';
import { paramsSheet, readParams, sampleParams } from '../../../src/core/params';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { BUDGET_GLOSSARY, GLOSSARY_SHEET, glossarySheet, readGlossary } from '../../../src/core/report/glossary';
import { rollForward, type RolledForward } from '../../../src/core/rollforward';
import { sampleDisclosure } from '../../../src/core/sample';
import { FAMILIES, layoutWorkbook, type FixedData, type TwoSidedData, type UnitsData } from '../../../src/core/templates';
import { filledBudget9, filledFinal9 } from '../families/filled';

const sample = sampleDisclosure();
const sampleWorkbook = (): Grid[] => [
  ...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }),
  paramsSheet(sampleParams()),
];

function rolled(grids: readonly Grid[]): RolledForward {
  const result = rollForward(grids);
  if (result.kind !== 'rolled') throw new Error(result.reason);
  return result;
}

/** Every row label of a recognised table, side by side for two-sided tables, code first where there is one. */
function labels(table: TypedTable): string[] {
  const rows = table.sides ? [...table.sides.income, ...table.sides.expenditure] : table.rows;
  return rows.map((row) => `${row.role} ${row.code ?? ''} ${row.name}`);
}

const tableOf = (grids: readonly Grid[], kind: TableKind): TypedTable => recognizeWorkbook(grids).tables.find((t) => t.kind === kind)!;

describe('rollForward of the sample (阳城县应急管理局 2024)', () => {
  const result = rolled(sampleWorkbook());
  const next = result.grids;
  const nextParams = readParams(next).values;

  it('lays out the same family for the same department, one year later, in the same unit and code layout', () => {
    expect(result).toMatchObject({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single' });
    const recognition = recognizeWorkbook(next);
    expect(recognition.family).toBe('budget13');
    expect(recognition.tables.map((t) => t.kind)).toEqual(FAMILIES.budget13.tables.map((t) => t.kind));
    expect(recognition.tables.every((t) => t.title.includes(`${sample.year + 1}年`))).toBe(true);
    expect(nextParams.year?.toString()).toBe(String(sample.year + 1));
    expect(nextParams.department).toBe(sample.department);
  });

  it('puts 2024’s 收入总计, 三公 total and 机关运行经费 into 2025’s 参数 as 上年 figures', () => {
    const summary = sample.data.tables['budget.summary'] as TwoSidedData;
    const threePublic = sample.data.tables['budget.threePublic'] as FixedData;
    const operating = sample.data.tables['budget.operating'] as UnitsData;
    const incomeTotal = summary.income.incomeGrandTotal?.income;
    const threePublicTotal = threePublic.rows.total?.total;
    const operatingTotal = operating.total.total;
    expect([incomeTotal, threePublicTotal, operatingTotal].every((v) => v !== undefined)).toBe(true);
    expect(nextParams['lastYear.incomeTotal']?.toString()).toBe(incomeTotal!.toString());
    expect(nextParams['lastYear.threePublic']?.toString()).toBe(threePublicTotal!.toString());
    expect(nextParams['lastYear.operating']?.toString()).toBe(operatingTotal!.toString());
  });

  it('puts the other 上年 figures the tables print: 支出总计, 一般公共预算当年支出 and each 三公 item', () => {
    const thisYear = recognizeWorkbook(sampleWorkbook());
    const total = (kind: TableKind) => amountOf(thisYear.tables.find((t) => t.kind === kind)!.rows.find((r) => r.role === 'total')!.amounts.total);
    const expenditureSide = thisYear.tables.find((t) => t.kind === 'budget.summary')!.sides!.expenditure;
    expect(nextParams['lastYear.expenditureTotal']?.toString()).toBe(amountOf(expenditureSide.find((r) => r.name === '支出总计')!.amounts.total)!.toString());
    expect(nextParams['lastYear.generalPublicCurrent']?.toString()).toBe(total('budget.generalPublic')!.toString());
    const threePublic = sample.data.tables['budget.threePublic'] as FixedData;
    const items = { abroad: 'abroad', reception: 'reception', vehicle: 'vehicles', vehiclePurchase: 'vehiclePurchase', vehicleOperation: 'vehicleOperation' };
    for (const [field, row] of Object.entries(items)) {
      const printed = threePublic.rows[row]?.total;
      expect({ field, value: nextParams[`lastYear.${field}`]?.toString() }).toEqual({ field, value: printed?.toString() });
    }
  });

  it('carries the texts that stay true (部门名称, 单位类型, 职责, 机构设置) and none of the year’s own (reasons, procurement, assets)', () => {
    const given = sampleParams();
    expect(nextParams.unitType).toBe(given.unitType);
    expect(nextParams['profile.duties']).toBe(given['profile.duties']);
    expect(nextParams['profile.organisation']).toBe(given['profile.organisation']);
    expect(String(given['profile.organisation'])).toContain('内设职能部门共七个');
    const ownYear = Object.keys(given).filter((id) => /^(reason|procurement|vehicles|assets|performance|purchasedService)/.test(id));
    expect(ownYear.length).toBeGreaterThan(0);
    for (const id of ownYear) expect({ id, value: nextParams[id] }).toEqual({ id, value: undefined });
  });

  it.each(FAMILIES.budget13.tables.map((t) => t.kind))('%s keeps this year’s rows (codes, names, units, projects) with every amount empty', (kind) => {
    const before = tableOf(sampleWorkbook(), kind);
    const after = tableOf(next, kind);
    expect(labels(after)).toEqual(labels(before));
    const cells = (after.sides ? [...after.sides.income, ...after.sides.expenditure] : after.rows).flatMap((row) => Object.values(row.amounts));
    expect(cells.filter((cell) => cell?.parsed.kind !== 'blank')).toEqual([]);
  });

  it('keeps the 政府预算支出经济科目 name beside each economic item', () => {
    const column = (grids: readonly Grid[]) => {
      const grid = grids.find((g) => g.name === tableOf(grids, 'budget.basicEconomic').sheet)!;
      return grid.values.map((_, row) => cellText(cellAt(grid, row, 1))).filter((text) => text !== '' && !text.includes('年'));
    };
    expect(column(next)).toEqual(column(sampleWorkbook()));
    expect(column(next).length).toBeGreaterThan(10);
  });

  it('prints no 本表无数据 note: the templates are there to be filled', () => {
    const notes = next.flatMap((grid) => grid.values.flat()).filter((v) => typeof v === 'string' && v.includes('本表无数据'));
    expect(notes).toEqual([]);
  });

  it('checks clean', () => {
    const check = checkWorkbook(next);
    expect(check.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
  });

  it('carries the department\'s own 名词解释, edits included, and only when the workbook has one', () => {
    const edited = [...BUDGET_GLOSSARY.slice(0, 3), '十二、专项资金：本部门自行增加的一条解释。'];
    const withGlossary = rolled([...sampleWorkbook(), glossarySheet(edited)]);
    expect(withGlossary.carried).toEqual([GLOSSARY_SHEET]);
    expect(readGlossary(withGlossary.grids).entries).toEqual([...BUDGET_GLOSSARY.slice(0, 3), '专项资金：本部门自行增加的一条解释。']);
    expect(result.carried).toEqual([]);
    expect(next.some((grid) => grid.name === GLOSSARY_SHEET)).toBe(false);
  });
});

describe('rollForward of the sample printed in 元 with 类/款/项 columns', () => {
  it('keeps 元 and the split codes, and puts the 上年 figures in 万元, equal to the sample’s', () => {
    const grids = layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: '元', codeLayout: 'split', data: sample.data });
    const result = rolled(grids);
    expect(result).toMatchObject({ unit: '元', codeLayout: 'split', department: sample.department });
    const summary = sample.data.tables['budget.summary'] as TwoSidedData;
    expect(readParams(result.grids).values['lastYear.incomeTotal']?.toString()).toBe(summary.income.incomeGrandTotal!.income!.toString());
    const after = tableOf(result.grids, 'budget.income');
    expect(labels(after)).toEqual(labels(tableOf(grids, 'budget.income')));
    expect(result.grids.find((g) => g.name === after.sheet)!.values.some((row) => row.slice(0, 3).join('|') === '类|款|项')).toBe(true);
  });
});

describe('rollForward of the other families', () => {
  it('a filled budget9 workbook in 元 with 类/款/项 columns rolls forward in 元 and split codes, its 上年 figures in 万元', () => {
    const data = filledBudget9('元');
    const grids = layoutWorkbook({ family: 'budget9', department: '某县某局', year: 2024, unit: '元', codeLayout: 'split', data });
    const result = rolled(grids);
    expect(result).toMatchObject({ family: 'budget9', department: '某县某局', unit: '元', codeLayout: 'split', missing: [] });
    const values = readParams(result.grids).values;
    const combined = tableOf(grids, 'budget.threePublicAndOperating');
    const yuan = (name: string) => amountOf(combined.rows.find((r) => r.name === name)!.amounts.total)!;
    expect(values['lastYear.threePublic']?.toString()).toBe(yuanToWan(yuan('“三公”经费合计')).toString());
    expect(values['lastYear.operating']?.toString()).toBe(yuanToWan(yuan('机关运行经费')).toString());
    expect(values['lastYear.vehiclePurchase']).toBeInstanceOf(Decimal);
    expect(labels(tableOf(result.grids, 'budget.income'))).toEqual(labels(tableOf(grids, 'budget.income')));
    expect(checkWorkbook(result.grids).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a filled final9 workbook rolls forward with its economic pairs and its 决算 totals as 上年 figures', () => {
    const grids = layoutWorkbook({ family: 'final9', department: '某县某局', year: 2023, unit: '万元', codeLayout: 'single', data: filledFinal9('万元') });
    const result = rolled(grids);
    expect(result).toMatchObject({ family: 'final9', year: 2023 });
    const values = readParams(result.grids).values;
    const summary = tableOf(grids, 'final.summary');
    expect(values['lastYear.incomeTotal']?.toString()).toBe(amountOf(summary.sides!.income.at(-1)!.amounts.actual)!.toString());
    const threePublic = tableOf(grids, 'final.threePublic');
    expect(values['lastYear.threePublic']?.toString()).toBe(amountOf(threePublic.rows.find((r) => r.role === 'total')!.amounts.actual)!.toString());
    for (const kind of ['final.basicEconomic', 'final.income', 'final.fund'] as const) {
      expect(labels(tableOf(result.grids, kind))).toEqual(labels(tableOf(grids, kind)));
    }
    expect(checkWorkbook(result.grids).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a workbook lacking some of its family’s tables rolls forward with those tables blank, and says which', () => {
    const grids = sampleWorkbook().filter((grid) => !grid.name.startsWith('表12'));
    const result = rolled(grids);
    expect(result.missing).toEqual(['budget.projects']);
    expect(result.grids.map((g) => g.name)).toContain(FAMILIES.budget13.tables.find((t) => t.kind === 'budget.projects')!.sheetName);
  });

  it('a workbook without disclosure tables is not rolled forward, with a reason in Chinese', () => {
    const result = rollForward([{ name: 'Sheet1', values: [['姓名', '电话'], ['张三', '123']], merges: [] }]);
    expect(result).toEqual({ kind: 'unusable', reason: expect.stringContaining('没有识别出') });
  });

  it('rolled twice, the rows stay and the 上年 figures of a year without amounts are absent, not zero', () => {
    const twice = rolled(rolled(sampleWorkbook()).grids);
    expect(twice.year).toBe(sample.year + 1);
    const values = readParams(twice.grids).values;
    expect(values['lastYear.incomeTotal']).toBeUndefined();
    expect(labels(tableOf(twice.grids, 'budget.projects'))).toEqual(labels(tableOf(sampleWorkbook(), 'budget.projects')));
  });
});
