/**
 * 填写进度 — which recognised tables hold figures. A laid-out template recognises as a table with
 * no amounts; it is 未填写, not a table that passed its checks (issue 15: "empty tables reported as
 * 未填写, not as passing"). A table printed with a note such as 注：本表无数据 is filled: it says
 * it has no data.
 */
import { toA1 } from './grid';
import { amountOf, type TypedTable } from './model';

/** One recognised table and whether it is filled in. */
export interface TableProgress {
  readonly title: string;
  readonly sheet: string;
  /** A1 address of the table's title, where the user goes to fill it in. */
  readonly cell: string;
  readonly filled: boolean;
}

/** Whether any row of the table (either side of a two-sided table) holds an amount. */
function holdsAmounts(table: TypedTable): boolean {
  const rows = table.sides ? [...table.sides.income, ...table.sides.expenditure] : table.rows;
  return rows.some((row) => Object.values(row.amounts).some((cell) => amountOf(cell) !== undefined));
}

/**
 * The recognised tables in workbook order, each filled or not.
 * @example tableProgress(recognizeWorkbook(blankTemplates).tables).every((t) => !t.filled) // true
 */
export function tableProgress(tables: readonly TypedTable[]): TableProgress[] {
  return tables.map((table) => ({
    title: table.title,
    sheet: table.sheet,
    cell: toA1(table.range.top, table.range.left),
    filled: table.note !== undefined || holdsAmounts(table),
  }));
}
