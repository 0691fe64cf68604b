/** Our own layouts (src/core/templates) must be recognised like any user's workbook. */
import type { ColumnKey } from '../../../src/core/model';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { sampleDisclosure } from '../../../src/core/sample';
import { FAMILIES, layoutWorkbook } from '../../../src/core/templates';
import type { FamilyId } from '../../../src/core/model';

/**
 * The template's amount columns that have a shared meaning, in printed order, with their side.
 * The budget templates declare the income side's one amount column of 表1/表4 as `income`;
 * recognition reads it as `total` (2024年 / 金额 over the 收入 side), which is what the rules'
 * `expenditureKeys` and the narrative's income look-ups are written against; both read either.
 */
function declaredColumns(family: FamilyId, index: number): string[] {
  const template = FAMILIES[family].tables[index]!;
  const keys = new Set<string>(COLUMN_KEYS);
  return template.columns.flatMap((c) => {
    if (c.type !== 'amount' || !keys.has(c.key)) return [];
    const key = c.side === 'income' && c.key === 'income' ? 'total' : c.key;
    return [`${sideName(c.side)}${key}`];
  });
}

function sideName(side: string): string {
  return side === 'income' || side === 'expenditure' ? `${side}:` : '';
}

const COLUMN_KEYS: readonly ColumnKey[] = [
  'total', 'currentYear', 'carryover', 'generalPublic', 'govFund', 'stateCapital', 'specialAccount', 'unitFunds', 'basic',
  'project', 'personnel', 'publicUse', 'budgeted', 'actual', 'openingBalance', 'closingBalance', 'income', 'expenditure',
  'fiscal', 'superiorSubsidy', 'businessIncome', 'operatingIncome', 'affiliatedIncome', 'otherIncome',
  'paidToSuperior', 'businessExpenditure', 'subsidyToAffiliated',
];

describe('recognizeWorkbook on the templates’ layouts', () => {
  const sample = sampleDisclosure();

  it.each([
    ['the sample in 万元 with one code column', '万元', 'single'],
    ['the sample in 元 with 类/款/项 columns', '元', 'split'],
  ] as const)('recognises every table of %s, with no problems', (_, unit, codeLayout) => {
    const grids = layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit, codeLayout, data: sample.data });
    const recognition = recognizeWorkbook(grids);
    expect(recognition.tables.map((t) => t.kind)).toEqual(FAMILIES.budget13.tables.map((t) => t.kind));
    expect(recognition.tables.every((t) => t.unit === unit)).toBe(true);
    expect(recognition.unrecognized).toEqual([]);
    expect(recognition.problems).toEqual([]);
  });

  const layouts = (Object.keys(FAMILIES) as FamilyId[]).flatMap((family) =>
    (['single', 'split'] as const).map((codeLayout) => [family, codeLayout] as const),
  );

  it.each(layouts)('recognises every blank %s table (%s codes) as its kind, family and declared columns', (family, codeLayout) => {
    const grids = layoutWorkbook({ family, department: sample.department, year: sample.year, unit: '万元', codeLayout });
    const recognition = recognizeWorkbook(grids);
    expect(recognition.family).toBe(family);
    expect(recognition.tables.map((t) => t.kind)).toEqual(FAMILIES[family].tables.map((t) => t.kind));
    recognition.tables.forEach((table, i) => {
      expect(table.columns.map((c) => `${sideName(c.side ?? '')}${c.key}`)).toEqual(declaredColumns(family, i));
    });
    expect(recognition.unrecognized).toEqual([]);
    expect(recognition.problems).toEqual([]);
  });
});
