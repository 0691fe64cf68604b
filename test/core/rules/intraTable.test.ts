import { Decimal } from '../../../src/core/amount';
import { toA1 } from '../../../src/core/grid';
import type { AmountCell, ColumnKey, TypedRow, TypedTable } from '../../../src/core/model';
import { runRules } from '../../../src/core/rules/registry';
import { cellsByColumn } from '../../support/rows';

function cell(row: number, col: number, text: string | null): AmountCell {
  return {
    row,
    col,
    address: toA1(row, col),
    parsed: text === null ? { kind: 'blank' } : { kind: 'amount', value: new Decimal(text), decimals: 2 },
  };
}

function typedRow(row: number, name: string, role: TypedRow['role'], amounts: Partial<Record<ColumnKey, AmountCell>>, code?: string): TypedRow {
  const cells = cellsByColumn(amounts);
  return { row, role, name, labelAddress: toA1(row, 0), amounts, cells, ...(code ? { code } : {}) };
}

/**
 * 表9 国有资本经营预算收支预算表 with figures (the seed's is empty): income on the left
 * (收入科目 | 国有资本经营收入预算), expenditure on the right (科目 | 合计 | 基本 | 项目).
 */
function filledStateCapitalTable(expenditureTotal: string): TypedTable {
  const income = [typedRow(4, '合计', 'total', { stateCapital: cell(4, 2, '30.00') })];
  const expenditure = [
    typedRow(4, '合计', 'total', { total: cell(4, 5, expenditureTotal), basic: cell(4, 6, null), project: cell(4, 7, '30.00') }),
    typedRow(5, '国有资本经营预算支出', 'item', { total: cell(5, 5, '30.00'), basic: cell(5, 6, null), project: cell(5, 7, '30.00') }, '223'),
  ];
  return {
    kind: 'budget.stateCapital',
    title: '2025年国有资本经营预算收支预算表',
    sheet: '表9',
    range: { top: 0, left: 0, bottom: 5, right: 7 },
    unit: '万元',
    columns: [
      { key: 'stateCapital', col: 2, header: '国有资本经营收入预算', path: ['国有资本经营收入预算'], side: 'income' },
      { key: 'total', col: 5, header: '合计', path: ['合计'], side: 'expenditure' },
      { key: 'basic', col: 6, header: '基本支出', path: ['基本支出'], side: 'expenditure' },
      { key: 'project', col: 7, header: '项目支出', path: ['项目支出'], side: 'expenditure' },
    ],
    columnSums: [{ total: 5, parts: [6, 7] }],
    rows: expenditure,
    sides: { income, expenditure },
  };
}

const errorsOf = (table: TypedTable) =>
  runRules({ family: 'budget13', tables: [table], unrecognized: [], problems: [] }, 'tight').filter((f) => f.severity === 'error');

describe('row totals in a two-sided table', () => {
  it('the income column beside the expenditure columns is no component of their 合计', () => {
    expect(errorsOf(filledStateCapitalTable('30.00'))).toEqual([]);
  });

  it('an expenditure 合计 that does not tie to 基本 + 项目 is still an error', () => {
    expect(errorsOf(filledStateCapitalTable('30.05')).map((f) => `${f.rule} ${f.cell}`)).toEqual(['row.columnSum F5', 'coded.total F5']);
  });
});
