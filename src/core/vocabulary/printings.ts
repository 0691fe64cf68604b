/**
 * 出处 — where a quantity is printed: a kind of table, one of its rows, one or more of its columns
 * (summed). A printing resolves over the recognised tables to the cells it names, through the typed
 * tables' row roles, codes and names and column meanings — never positions.
 * Source: issue 12 item 1 ("where it lives: selectors over the recognised tables"); issue 13 item 8.
 */
import type { TableKind } from '../kinds';
import type { AmountCell, ColumnKey, TableSideName, TypedColumn, TypedRow, TypedTable } from '../model';
import { threePublicRows } from '../rules/intraTable';
import { codedRows, COLUMN_NAMES, perTable, remembered, stripOrdinal, totalRow } from '../rules/tables';
import { economicSide, expenditureSide, incomeAmount, incomeSide, type TableSide } from '../rules/twoSided';
import { canonicalName, namesMatch } from '../subjects';
import type { Fund, Item } from './facets';

/** Which row of the table holds the figure. */
export type RowPick =
  /** The table's 合计 row (the first row of role total). */
  | { readonly row: 'total' }
  /** The only data row of a table that prints its items across (a 三公 table in one line). */
  | { readonly row: 'only' }
  /** A line of a 收支总表's side: 本年…合计, 上年结转 / 年终结转, 总计. */
  | { readonly row: 'subtotal' | 'carry' | 'grand'; readonly side: TableSideName }
  /** A line of a 收支总表's third side (支出 by use) by the name it prints after its ordinal: 基本支出, 人员经费. */
  | { readonly row: 'useLine'; readonly name: string }
  /** The income line of a fund (一、一般公共预算 …) on a 收支总表. */
  | { readonly row: 'fundLine'; readonly fund: Fund }
  /** The expenditure class line (二十三、灾害防治及应急管理支出) of a 收支总表, by 类 code. */
  | { readonly row: 'class'; readonly code: string }
  /** A row coded by function subject (类/款/项) in a coded table. */
  | { readonly row: 'code'; readonly code: string }
  /** An economic row by code (301, 30109) or, where the table prints none, by name. */
  | { readonly row: 'econ'; readonly code?: string; readonly name: string }
  /** A row named after an item (因公出国（境）费, 机关运行经费). */
  | { readonly row: 'item'; readonly item: Item };

/** Which column(s): meanings summed, the side's one amount column, or an item's measure in a table printing items across. */
export type ColumnPick =
  | { readonly keys: readonly ColumnKey[] }
  | { readonly first: true }
  | { readonly item: Item | 'total'; readonly measure: 'budgeted' | 'actual' };

/** When a printing counts: always, or only where the workbook shows the identity holds. */
export type PrintingCondition =
  /** The department's income is only 一般公共预算 of this year: all-funds figures equal the 一般公共预算 ones. */
  | 'onlyGeneralPublicCurrent'
  /** No income outside 财政拨款 (no 财政专户, 单位资金, 事业收入 …): 财政拨款 figures equal the department's. */
  | 'noNonFiscalIncome';

/** 出处 — one place a quantity is printed. */
export interface Printing {
  readonly kinds: readonly TableKind[];
  readonly at: RowPick;
  readonly columns: ColumnPick;
  readonly when?: PrintingCondition;
}

/** A printing found in a workbook: the table, the row (absent when a coded table lacks the code) and the cells. */
export interface ResolvedPrinting {
  readonly table: TypedTable;
  readonly row?: TypedRow;
  /** The cells summed; empty when the row is missing. */
  readonly cells: readonly (AmountCell | undefined)[];
  /** How a message names the columns ("合计", "合计+上年结转"). */
  readonly columnName: string;
}

/** Income lines of the totals tables, by the fund they name. Source: the seed's 表1/表4; the corpus' 收支总表. */
const FUND_LINES: readonly (readonly [RegExp, Fund])[] = [
  [/^一般公共预算/, 'generalPublic'],
  [/^政府性基金/, 'govFund'],
  [/^国有资本经营/, 'stateCapital'],
  [/^财政专户/, 'specialAccount'],
  [/^单位资金/, 'unitFunds'],
  [/^财政拨款(收入)?$/, 'fiscal'],
  [/^事业收入/, 'businessIncome'],
  [/^(事业单位)?经营收入/, 'operatingIncome'],
  [/^上级补助收入/, 'superiorSubsidy'],
  [/^附属单位上缴收入/, 'affiliatedIncome'],
  [/^其他收入/, 'otherIncome'],
];

/** The fund an income line of a 收支总表 stands for. @example fundOfLine(row('一、一般公共预算')) // 'generalPublic' */
export function fundOfLine(row: TypedRow): Fund | undefined {
  const name = stripOrdinal(row.name).replace(/\s+/g, '');
  return FUND_LINES.find(([pattern]) => pattern.test(name))?.[1];
}

/** Row names of the items a table may print as rows. */
const ITEM_ROWS: Partial<Record<Item, RegExp>> = {
  operating: /^机关运行经费/,
  meeting: /^会议费/,
  training: /^培训费/,
};

function itemRow(table: TypedTable, item: Item): TypedRow | undefined {
  const three = threePublicRows(table);
  switch (item) {
    case 'threePublic':
      return three.total;
    case 'abroad':
      return three.abroad;
    case 'reception':
      return three.reception;
    case 'vehicles':
      return three.vehicles;
    case 'vehiclePurchase':
      return three.purchase;
    case 'vehicleRunning':
      return three.running;
    default: {
      const pattern = ITEM_ROWS[item];
      return pattern ? table.rows.find((row) => pattern.test(canonicalName(stripOrdinal(row.name)))) : undefined;
    }
  }
}

function sideLines(table: TypedTable, side: TableSideName): TableSide {
  return side === 'income' ? incomeSide(table) : side === 'economic' ? economicSide(table) : expenditureSide(table);
}

/** The first row of each code of a table: a subject's printing is looked up once per code, not by a scan. */
const rowsByCode = perTable((table): ReadonlyMap<string, TypedRow> => {
  const rows = new Map<string, TypedRow>();
  for (const row of codedRows(table)) if (!rows.has(row.code!)) rows.set(row.code!, row);
  return rows;
});

/**
 * The row a pick names, or undefined; `missing` when the table is the kind that should hold a coded
 * row but does not. A row, not an object around it: a department's cross-table walk picks a million rows.
 */
function pickRow(table: TypedTable, at: RowPick): TypedRow | 'missing' | undefined {
  switch (at.row) {
    case 'total':
      return totalRow(table);
    case 'only':
      return table.rows.length === 1 ? table.rows[0] : undefined;
    case 'subtotal':
    case 'carry':
    case 'grand': {
      const side = sideLines(table, at.side);
      return at.row === 'subtotal' ? side.subtotal : at.row === 'carry' ? side.carry : side.grand;
    }
    case 'useLine':
      return economicSide(table).lines.find((row) => namesMatch(stripOrdinal(row.name), at.name));
    case 'fundLine':
      return incomeSide(table).lines.find((row) => fundOfLine(row) === at.fund);
    case 'class': {
      return expenditureSide(table).items.find((row) => row.code === at.code);
    }
    case 'code': {
      return rowsByCode(table).get(at.code) ?? 'missing';
    }
    case 'econ': {
      const byCode = at.code ? rowsByCode(table).get(at.code) : undefined;
      return byCode ?? table.rows.find((r) => namesMatch(stripOrdinal(r.name), at.name));
    }
    case 'item':
      return itemRow(table, at.item);
  }
}

const ITEM_WORDS: Readonly<Record<Item | 'total', RegExp>> = {
  total: /^合计$/,
  threePublic: /三公/,
  abroad: /因公出国/,
  reception: /公务接待/,
  vehicles: /公务用车购置及运行/,
  vehiclePurchase: /购置费/,
  vehicleRunning: /运行(维护)?费/,
  operating: /机关运行经费/,
  meeting: /会议费/,
  training: /培训费/,
  procurement: /政府采购/,
  procurementGoods: /货物/,
  procurementWorks: /工程/,
  procurementServices: /服务/,
};

/**
 * The column of an item's measure in a table printing items across: 合计 › 预算数, 因公出国（境）费 ›
 * 决算数, 公务用车购置及运行费 › 小计 › 预算数 (an item with parts prints its figure in its 小计).
 */
function itemColumn(table: TypedTable, item: Item | 'total', measure: 'budgeted' | 'actual'): TypedColumn | undefined {
  const word = ITEM_WORDS[item];
  const measured = table.columns.filter((column) => column.key === measure && column.path.length >= 2);
  const direct = measured.find((column) => word.test(column.path[column.path.length - 2]!));
  if (direct && item !== 'vehicles') return direct;
  return measured.find((column) => {
    const headings = column.path.slice(0, -1);
    return headings.some((heading) => word.test(heading)) && /^(小计|合计)$/.test(headings[headings.length - 1]!);
  }) ?? direct;
}

/** Whether the table prints every column a pick sums (on the row's side); answered once per table, pick and side. */
function printsColumns(table: TypedTable, columns: { readonly keys: readonly ColumnKey[] }, side: TableSideName | undefined): boolean {
  const answers = printedColumnAnswers(table);
  let bySide = answers.get(columns);
  if (!bySide) {
    bySide = new Map();
    answers.set(columns, bySide);
  }
  let prints = bySide.get(side);
  if (prints === undefined) {
    prints = columns.keys.every((key) => table.columns.some((column) => column.key === key && (side === undefined || column.side === undefined || column.side === side)));
    bySide.set(side, prints);
  }
  return prints;
}

const printedColumnAnswers = perTable((): Map<object, Map<TableSideName | undefined, boolean>> => new Map());

/** How a message names the columns a pick sums ("合计与上年结转"), made once per pick. */
const columnNameOf = remembered((columns: { readonly keys: readonly ColumnKey[] }): string => columns.keys.map((key) => COLUMN_NAMES[key]).join('与'));

/** The side a row pick reads: a 收支总表's income lines are the income side. */
function sideOf(at: RowPick): TableSideName | undefined {
  if (at.row === 'fundLine') return 'income';
  if (at.row === 'useLine') return 'economic';
  if (at.row === 'subtotal' || at.row === 'carry' || at.row === 'grand') return at.side;
  if (at.row === 'class') return 'expenditure';
  return undefined;
}

/**
 * Resolves a printing's row and columns in one table: the cells they name, or undefined when the
 * table does not print that row or those columns (a layout without 上年结转 has nothing to compare there).
 */
export function resolvePrinting(table: TypedTable, at: RowPick, columns: ColumnPick): ResolvedPrinting | undefined {
  const picked = pickRow(table, at);
  const row = picked === 'missing' ? undefined : picked;
  if ('first' in columns) {
    if (!row) return undefined;
    return { table, row, cells: [incomeAmount(row)], columnName: '' };
  }
  if ('item' in columns) {
    const column = itemColumn(table, columns.item, columns.measure);
    if (!row || !column) return undefined;
    return { table, row, cells: [row.cells[column.col]], columnName: column.path.slice(-2).join(' ') };
  }
  if (!printsColumns(table, columns, sideOf(at))) return undefined;
  const columnName = columnNameOf(columns);
  if (!row) return picked === 'missing' ? { table, cells: [], columnName } : undefined;
  return { table, row, cells: columns.keys.map((key) => row.amounts[key]), columnName };
}
