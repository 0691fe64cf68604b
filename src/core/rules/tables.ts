/**
 * 表的读取 — small look-ups that rules share over typed tables: names of columns, labels of rows,
 * the code hierarchy, the printed precision of a table.
 * Source: src/core/model.ts (the typed table), domain guide "Rounding" (decimals of the printed figures).
 */
import { Decimal } from '../amount';
import type { CellRef } from '../grid';
import { amountOf, type AmountCell, type ColumnKey, type TypedColumn, type TypedRow, type TypedTable } from '../model';

/** 列名 — how a message names a column meaning. */
export const COLUMN_NAMES: Readonly<Record<ColumnKey, string>> = {
  total: '合计',
  currentYear: '当年预算安排',
  carryover: '上年结转',
  generalPublic: '一般公共预算',
  govFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  specialAccount: '财政专户管理资金',
  unitFunds: '单位资金',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  publicUse: '公用经费',
  budgeted: '预算数',
  actual: '决算数',
  openingBalance: '年初结转和结余',
  closingBalance: '年末结转和结余',
  income: '收入',
  expenditure: '支出',
  fiscal: '财政拨款',
  superiorSubsidy: '上级补助收入',
  businessIncome: '事业收入',
  operatingIncome: '经营收入',
  affiliatedIncome: '附属单位上缴收入',
  otherIncome: '其他收入',
  paidToSuperior: '上缴上级支出',
  businessExpenditure: '经营支出',
  subsidyToAffiliated: '对附属单位补助支出',
  threePublic: '“三公”经费',
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehicles: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleRunning: '公务用车运行维护费',
  operating: '机关运行经费',
  meeting: '会议费',
  training: '培训费',
};

/** Headings that say how a figure is measured, not what it is: 合计, 预算数 … */
const GENERIC_HEADING = /^(合计|小计|总计|金额|数额|预算数|决算数)$/;

/**
 * How a message names an amount column: its meaning (合计, 基本支出 …) where the vocabulary has one,
 * else its heading as printed, with the heading above it when that alone says little
 * ("因公出国（境）费 预算数", "单位预留机动经费").
 * @example columnLabel({ col: 4, header: '本年支出 单位预留机动经费', path: ['本年支出', '单位预留机动经费'] }) // "单位预留机动经费"
 */
export function columnLabel(column: TypedColumn): string {
  const leaf = column.path[column.path.length - 1] ?? column.header;
  if (column.key && column.key !== 'budgeted' && column.key !== 'actual') return COLUMN_NAMES[column.key];
  if (GENERIC_HEADING.test(leaf) && column.path.length >= 2) return column.path.slice(-2).join(' ');
  return leaf;
}

/** A column of a 收支总表's other sides (收入, or 支出 by use), not of its `rows`. */
function besideRows(table: TypedTable, column: TypedColumn): boolean {
  return table.sides !== undefined && (column.side === 'income' || column.side === 'economic' || column.key === 'income');
}

/**
 * The amount columns of the table's `rows`, in column order, each once. A two-sided table's `rows`
 * are its expenditure side, so its income-side columns (and a third side's) are left out.
 */
export const amountColumns = perTable((table): readonly TypedColumn[] => {
  const columns: TypedColumn[] = [];
  for (const column of [...table.columns].sort((a, b) => a.col - b.col)) {
    if (besideRows(table, column)) continue;
    if (!columns.some((c) => c.col === column.col)) columns.push(column);
  }
  return columns;
});

/**
 * 同一列 — an amount column as a reader sees it: printed once, or once in each block of a table printed
 * in blocks side by side (the 决算 basic-expenditure table's 人员经费 | 公用经费 blocks, each with its own
 * 科目名称 | 合计 | … columns). Columns with the same header path are one column; a row holds its cell
 * in the block it is printed in.
 */
export interface LogicalColumn {
  /** The first block's column: what messages name. */
  readonly column: TypedColumn;
  /** Sheet columns of every block, left to right. */
  readonly cols: readonly number[];
}

/**
 * The logical amount columns of the table's `rows`, in column order of their first block.
 * @example logicalColumns(twoBlockEconomicTable).map((c) => c.cols) // [[2, 7], [3, 8], [4, 9]]
 */
export const logicalColumns = perTable((table): readonly LogicalColumn[] => {
  const byPath = new Map<string, { column: TypedColumn; cols: number[] }>();
  for (const column of amountColumns(table)) {
    const key = `${column.key ?? ''}\u0000${column.path.join('\u0000')}`;
    const known = byPath.get(key);
    if (known) known.cols.push(column.col);
    else byPath.set(key, { column, cols: [column.col] });
  }
  return [...byPath.values()];
});

/** A row's cell in a logical column: the one of the block the row is printed in. */
export function cellIn(row: TypedRow, column: LogicalColumn): AmountCell | undefined {
  for (const col of column.cols) {
    const cell = row.cells[col];
    if (cell) return cell;
  }
  return undefined;
}

/**
 * Remembers what `compute` gives for each table. Typed tables are immutable values, and a check
 * asks the same questions of one table from many rules (and the mutation test runs ~1000 checks).
 */
export function perTable<T>(compute: (table: TypedTable) => T): (table: TypedTable) => T {
  return remembered(compute);
}

/**
 * Remembers what `compute` gives for each recognition's list of tables: the generator, the checker
 * and the report ask the same questions of one recognition (recognised tables are never changed).
 */
export function perTables<T>(compute: (tables: readonly TypedTable[]) => T): (tables: readonly TypedTable[]) => T {
  return remembered(compute);
}

/** Remembers what `compute` gives for each object it is asked about (an unchanging declaration, a table). */
export function remembered<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const known = new WeakMap<K, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

/**
 * The amount columns of the table's `rows`, in column order, without repeats. A two-sided table's
 * `rows` are its expenditure side, so its income-side column is left out (表9 prints 国有资本经营
 * 收入 beside the expenditure columns; it is no component of their 合计).
 */
export const columnKeys = perTable((table): readonly ColumnKey[] => {
  const keys: ColumnKey[] = [];
  for (const column of [...table.columns].sort((a, b) => a.col - b.col)) {
    if (besideRows(table, column)) continue;
    if (column.key && !keys.includes(column.key)) keys.push(column.key);
  }
  return keys;
});

/** How a message names a row: "22401 应急管理事务" for coded rows, the name otherwise. */
export function rowLabel(row: TypedRow): string {
  const name = row.name.trim();
  if (!row.code) return name;
  return name ? `${row.code} ${name}` : row.code;
}

/** The cell a finding about a row points at when it has no amount cell: its label. */
export function labelRef(table: TypedTable, row: TypedRow): CellRef {
  return { sheet: table.sheet, cell: row.labelAddress };
}

/** A reference to an amount cell of the table's sheet. */
export function cellRef(table: TypedTable, cell: AmountCell): CellRef {
  return { sheet: table.sheet, cell: cell.address };
}

/** True when the cell is missing, blank, or an amount — i.e. not text or an Excel error. */
export function isReadable(cell: AmountCell | undefined): boolean {
  return !cell || cell.parsed.kind === 'blank' || cell.parsed.kind === 'amount';
}

/** True when the cell holds a non-zero amount. */
export function hasValue(cell: AmountCell | undefined): boolean {
  const value = amountOf(cell);
  return value !== undefined && !value.isZero();
}

/** All rows of the table, every side of a two- or three-sided table included. */
export function allRows(table: TypedTable): readonly TypedRow[] {
  if (!table.sides) return table.rows;
  const rows = [...table.sides.income, ...table.sides.expenditure, ...(table.sides.economic ?? [])];
  for (const row of table.rows) if (!rows.includes(row)) rows.push(row);
  return rows;
}

/** Excel's column count (XFD): row × this + column is unique per cell. */
const EXCEL_COLUMNS = 16384;

/** Every amount cell of the table, each once. */
export const amountCells = perTable((table): readonly AmountCell[] => {
  const cells: AmountCell[] = [];
  for (const row of allRows(table)) {
    // A plain loop over the holey array: a hole reads undefined and is skipped.
    for (let col = 0; col < row.cells.length; col++) {
      const cell = row.cells[col];
      if (cell) cells.push(cell);
    }
  }
  return uniqueByPosition(cells);
});

/**
 * The cells, each position once (the first cell met there), in their order. Keyed by position, not
 * by the A1 text: hashing 300k fresh address strings was a tenth of a 100k-row check
 * (bench/check.js); a bitmap over the cells' bounding box is cheaper still than a Set of positions,
 * and is used whenever the box is not much larger than the cells.
 */
function uniqueByPosition(cells: readonly AmountCell[]): AmountCell[] {
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (const cell of cells) {
    if (cell.row < top) top = cell.row;
    if (cell.row > bottom) bottom = cell.row;
    if (cell.col < left) left = cell.col;
    if (cell.col > right) right = cell.col;
  }
  const width = right - left + 1;
  const box = (bottom - top + 1) * width;
  const unique: AmountCell[] = [];
  if (cells.length > 0 && box <= 8 * cells.length + 1024) {
    const seen = new Uint8Array(box);
    for (const cell of cells) {
      const key = (cell.row - top) * width + (cell.col - left);
      if (seen[key] === 1) continue;
      seen[key] = 1;
      unique.push(cell);
    }
    return unique;
  }
  const seen = new Set<number>();
  for (const cell of cells) {
    const key = cell.row * EXCEL_COLUMNS + cell.col;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(cell);
  }
  return unique;
}

/** 空表 — no amount cell holds a non-zero amount (注：本表无数据). */
export const isEmptyTable = perTable((table): boolean => !amountCells(table).some(hasValue));

/**
 * Decimals of the last printed digit of a table, as XBRL counts them.
 *
 * Read from the values, not the number formats: a 万元 table prints two decimals (2); a 元 table
 * prints whole 元 (0) or 分 (2); a 万元 table reprinted in 元 holds multiples of 100 (−2), and its
 * 尾差 are then hundreds of 元. A 万元 table never counts coarser than 0.01 (its whole-number
 * figures are printed "15.00"), and no table coarser than hundreds of 元.
 * Source: domain guide, "Rounding" and "Units in 元".
 */
export const tableDecimals = perTable((table): number => {
  let decimals: number | undefined;
  for (const cell of amountCells(table)) {
    const value = amountOf(cell);
    if (!value || value.isZero()) continue;
    const places = significantDecimals(value);
    decimals = decimals === undefined ? places : Math.max(decimals, places);
  }
  if (table.unit === '万元') return Math.max(decimals ?? 2, 2);
  return Math.max(decimals ?? 0, -2);
});

/** 1.5 → 1, 1200 → −2, 1201 → 0. */
function significantDecimals(value: Decimal): number {
  const places = value.decimalPlaces();
  if (places > 0) return places;
  const trailingZeros = /0*$/.exec(value.abs().toFixed(0))?.[0].length ?? 0;
  return -trailingZeros;
}

/** Decimals to format a table's amounts with in messages: 2 for 万元, the printed ones for 元. */
export function displayPlaces(table: TypedTable, decimals: number): number {
  return table.unit === '万元' ? 2 : Math.max(decimals, 0);
}

/**
 * The decimals a cell is read at: its own printed precision where its number format (or its text)
 * says one — "21,601,733.00" is exact to the 分 and "22,118,861" to the 元, whatever the other cells
 * print (issue 13 item 6) — else the table's. A table of 万元 figures reprinted in 元 (every figure a
 * multiple of 100, `tableDecimals` −2) stays at its hundreds of 元, whatever ".00" its format shows.
 */
export function cellDecimals(tableDecimals: number, cell: AmountCell | undefined): number {
  const own = cell?.printedDecimals;
  if (own === undefined) return tableDecimals;
  return tableDecimals < 0 ? Math.min(tableDecimals, own) : own;
}

/** Rows that carry a subject code. */
export const codedRows = perTable((table): readonly TypedRow[] => table.rows.filter((row) => row.code !== undefined && row.code !== ''));

/**
 * 下级科目 — the rows directly under a code: 类 (3 digits) → its 款 (5), 款 → its 项 (7), by prefix.
 * Whichever code layout the sheet used, recognition gives the normalised code.
 */
export const childrenByCode = perTable((table): ReadonlyMap<string, readonly TypedRow[]> => {
  const rows = codedRows(table);
  const byCode = new Map<string, TypedRow[]>();
  for (const row of rows) {
    const code = row.code!;
    if (code.length <= 3) continue;
    const parent = code.slice(0, code.length - 2);
    const siblings = byCode.get(parent) ?? [];
    siblings.push(row);
    byCode.set(parent, siblings);
  }
  return byCode;
});

/** The table's 合计 row (the first row of role `total`), if any. */
export function totalRow(table: TypedTable): TypedRow | undefined {
  return table.rows.find((row) => row.role === 'total');
}

/**
 * "二十三、灾害防治及应急管理支出" → "灾害防治及应急管理支出"; "①公务用车购置费" → "公务用车购置费";
 * "其中：公务用车购置费" (the 决算 and 9-table 三公 wording) → "公务用车购置费".
 */
export function stripOrdinal(name: string): string {
  return name
    .trim()
    .replace(/^其中[:：]\s*/, '')
    .replace(/^[一二三四五六七八九十百]+[、.．]\s*/, '')
    .replace(/^[（(][一二三四五六七八九十百\d]+[）)][、.．]?\s*/, '')
    .replace(/^[①②③④⑤⑥⑦⑧⑨⑩]\s*/, '')
    .replace(/^\d+[、.．]\s*/, '')
    .trim();
}
