/**
 * 上年数 — this year's totals that next year's 情况说明 compares with, read from the recognised
 * tables and put into next year's 参数 (万元, as the 参数 sheet asks):
 * 收入总计 and 支出总计 (收支总表), 一般公共预算当年支出 (一般公共预算支出表 合计), "三公" total and
 * items, 机关运行经费. A figure the workbook does not print stays absent, never a guessed 0.
 * Source: issue 8, item 4; the 参数 fields of `../params/schema.ts` (group 上年数).
 */
import { yuanToWan, type Decimal } from '../amount';
import { amountOf, type ColumnKey, type TableKind, type TypedRow, type TypedTable } from '../model';
import { threePublicRows } from '../rules/intraTable';
import { stripOrdinal } from '../rules/tables';

/** The amount columns that hold a table's headline figure, most general first (合计, then 决算数). */
const HEADLINE: readonly ColumnKey[] = ['total', 'actual', 'income', 'expenditure'];

function figure(table: TypedTable, row: TypedRow | undefined): Decimal | undefined {
  if (!row) return undefined;
  for (const key of HEADLINE) {
    const value = amountOf(row.amounts[key]);
    if (value !== undefined) return table.unit === '元' ? yuanToWan(value) : value;
  }
  return undefined;
}

const named = (rows: readonly TypedRow[], test: (name: string) => boolean): TypedRow | undefined =>
  rows.find((row) => test(stripOrdinal(row.name).replace(/\s+/g, '')));

/** 收入总计 / 支出总计: the grand-total line of a side (总计, 收入总计, 支出总计). */
function grandTotal(rows: readonly TypedRow[]): TypedRow | undefined {
  return [...rows].reverse().find((row) => /总计$/.test(stripOrdinal(row.name).replace(/\s+/g, '')));
}

const SUMMARY_KINDS: readonly TableKind[] = ['budget.summary', 'final.summary'];
const GENERAL_PUBLIC_KINDS: readonly TableKind[] = ['budget.generalPublic', 'final.generalPublic'];
const THREE_PUBLIC_KINDS: readonly TableKind[] = ['budget.threePublic', 'budget.threePublicAndOperating', 'final.threePublic'];

/** 上年数 by 参数 field id (`lastYear.*`), in 万元. */
export function lastYearFigures(tables: readonly TypedTable[]): Record<string, Decimal> {
  const out: Record<string, Decimal> = {};
  const put = (id: string, value: Decimal | undefined): void => {
    if (value !== undefined) out[id] = value;
  };
  const of = (kinds: readonly TableKind[]): TypedTable | undefined => tables.find((table) => kinds.includes(table.kind));

  const summary = of(SUMMARY_KINDS);
  if (summary) {
    put('lastYear.incomeTotal', figure(summary, grandTotal(summary.sides?.income ?? [])));
    put('lastYear.expenditureTotal', figure(summary, grandTotal(summary.sides?.expenditure ?? summary.rows)));
  }
  const generalPublic = of(GENERAL_PUBLIC_KINDS);
  if (generalPublic) put('lastYear.generalPublicCurrent', figure(generalPublic, generalPublic.rows.find((row) => row.role === 'total')));

  const threePublic = of(THREE_PUBLIC_KINDS);
  if (threePublic) {
    const rows = threePublicRows(threePublic);
    put('lastYear.threePublic', figure(threePublic, rows.total));
    put('lastYear.abroad', figure(threePublic, rows.abroad));
    put('lastYear.reception', figure(threePublic, rows.reception));
    put('lastYear.vehicle', figure(threePublic, rows.vehicles));
    put('lastYear.vehiclePurchase', figure(threePublic, rows.purchase));
    put('lastYear.vehicleOperation', figure(threePublic, rows.running));
  }
  const operating = of(['budget.operating']);
  if (operating) put('lastYear.operating', figure(operating, operating.rows.find((row) => row.role === 'total')));
  const combined = of(['budget.threePublicAndOperating']);
  if (combined) put('lastYear.operating', figure(combined, named(combined.rows, (name) => name.startsWith('机关运行经费'))));
  return out;
}
