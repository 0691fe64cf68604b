/**
 * 表 — the shared vocabulary of disclosure tables: which table a thing is, what a column means,
 * and the typed table that recognition produces and rules and the narrative read.
 *
 * Templates declare their tables with these words; recognition finds them in any workbook; rules
 * and the narrative never look at sheet names or positions, only at these meanings.
 * Source: domain guide, "The budget table family of the seed" and "Other families and layouts".
 */
import type { Decimal, ParsedAmount, Unit } from './amount';
import type { CellRange } from './grid';
import type { TableKind } from './kinds';

/** 表族 — a family of tables the product lays out as templates (core/templates). */
export type FamilyId = 'budget13' | 'budget9' | 'final9';

/** 表的种类 — declared once, with names, titles and family numbers, in `kinds.ts`. */
export type { TableKind } from './kinds';

/**
 * 列的含义 — what an amount column holds. One vocabulary across families, so that a cross-table
 * rule says "the 一般公共预算 column of table 2" without knowing where that column sits.
 */
export type ColumnKey =
  | 'total' // 合计 / 小计 / 金额
  | 'currentYear' // 当年预算安排 / 本年收入
  | 'carryover' // 上年结转(安排)
  | 'generalPublic' // 一般公共预算
  | 'govFund' // 政府性基金预算
  | 'stateCapital' // 国有资本经营预算
  | 'specialAccount' // 财政专户管理资金
  | 'unitFunds' // 单位资金
  | 'basic' // 基本支出
  | 'project' // 项目支出
  | 'personnel' // 人员经费
  | 'publicUse' // 公用经费
  | 'budgeted' // 预算数 (决算 三公)
  | 'actual' // 决算数
  | 'openingBalance' // 年初结转和结余
  | 'closingBalance' // 年末结转和结余
  | 'income' // 收入 (two-sided totals tables, left side)
  | 'expenditure' // 支出 (two-sided totals tables, right side)
  // income sources of 单位 budgets and 决算 (domain guide, "Final accounts": income sources)
  | 'fiscal' // 财政拨款 / 财政拨款收入 (= 一般公共预算 + 政府性基金 + 国有资本经营)
  | 'superiorSubsidy' // 上级补助收入
  | 'businessIncome' // 事业收入
  | 'operatingIncome' // 经营收入 / 事业单位经营收入
  | 'affiliatedIncome' // 附属单位上缴收入
  | 'otherIncome' // 其他收入
  // 决算 expenditure beside 基本/项目
  | 'paidToSuperior' // 上缴上级支出
  | 'businessExpenditure' // 经营支出
  | 'subsidyToAffiliated' // 对附属单位补助支出
  // items printed as columns (a 三公 table with its items across, 机关运行经费 beside them)
  | 'threePublic' // “三公”经费合计
  | 'abroad' // 因公出国（境）费
  | 'reception' // 公务接待费
  | 'vehicles' // 公务用车购置及运行费
  | 'vehiclePurchase' // 公务用车购置费
  | 'vehicleRunning' // 公务用车运行（维护）费
  | 'operating' // 机关运行经费
  | 'meeting' // 会议费
  | 'training'; // 培训费

/** 科目级次 — 类 (3 digits), 款 (5), 项 (7). */
export type SubjectLevel = '类' | '款' | '项';

/** One amount cell of a typed row: where it is and what it holds. */
export interface AmountCell {
  readonly row: number;
  readonly col: number;
  /** A1 address on the table's sheet. */
  readonly address: string;
  readonly parsed: ParsedAmount;
  /** The cell holds a formula (its cached value is what `parsed` read). */
  readonly formula?: string;
  /**
   * Decimals the cell prints, where it says: its number format (`#,##0` → 0), or the text it holds
   * ("22,118,861" → 0). Undefined for a number in a General format: the table's precision applies.
   */
  readonly printedDecimals?: number;
}

/** What a row is within its table. */
export type RowRole =
  | 'total' // 合计 / 部门合计 / 本年收入合计 …
  | 'group' // an economic group (工资福利支出) or a unit subtotal in project tables
  | 'item' // a detail row (a coded 项, an economic item, a project)
  | 'footer'; // two-sided tables' 上年结转 / 年终结转 / 收入总计 / 支出总计 lines

/** A row of a typed table. */
export interface TypedRow {
  readonly row: number;
  readonly role: RowRole;
  /** Normalised 7/5/3-digit code for coded rows (whichever layout the sheet used). */
  readonly code?: string;
  readonly level?: SubjectLevel;
  readonly name: string;
  /** A1 address of the name cell (or the code cell for coded rows). */
  readonly labelAddress: string;
  /** The row's cell in the first column of each meaning. */
  readonly amounts: Partial<Record<ColumnKey, AmountCell>>;
  /**
   * Every amount cell of the row, by sheet column — columns without a meaning included: an array
   * with a hole wherever the row has no amount column (an object keyed by column made a department's
   * 100,000 rows 40 ms slower to read, bench/check.js).
   */
  readonly cells: readonly AmountCell[];
}

/** An amount column of a typed table: its meaning and its header words as printed. */
export interface TypedColumn {
  /** What the column holds; absent for a column the vocabulary has no word for (单位预留机动经费). */
  readonly key?: ColumnKey;
  readonly col: number;
  /** The header path joined by spaces, e.g. "本年收入 一般公共预算". */
  readonly header: string;
  /** The header path, top to bottom, each heading once. */
  readonly path: readonly string[];
  /** For two- and three-sided tables: which side the column belongs to. */
  readonly side?: TableSideName;
}

/**
 * 栏 — a side of a 收支总表: 收入, 支出 by function class (功能分类), and, where a third side is printed,
 * 支出 by use (经济分类 / 支出用途: 基本支出, 项目支出 …).
 */
export type TableSideName = 'income' | 'expenditure' | 'economic';

/** 列间合计 — a column that totals others, row by row, as the header declares it (recognize/columns.ts). */
export interface ColumnSum {
  /** Sheet column of the total. */
  readonly total: number;
  /** Sheet columns of the parts. */
  readonly parts: readonly number[];
}

/** A disclosure table found in a workbook, with its rows as typed records. */
export interface TypedTable {
  readonly kind: TableKind;
  readonly title: string;
  readonly sheet: string;
  /** Where the table sits on the sheet, title to last row. */
  readonly range: CellRange;
  readonly unit: Unit;
  readonly columns: readonly TypedColumn[];
  /** The column sums of the header tree: for every row holding the total column, total = Σ parts. */
  readonly columnSums: readonly ColumnSum[];
  /**
   * The rows. Two-sided tables (收支总表) give their income side and their expenditure side as
   * separate lists in `sides`; `rows` then holds the expenditure side. A three-sided one (收入 | 功能分类 |
   * 支出用途) gives its third side as `economic`.
   */
  readonly rows: readonly TypedRow[];
  readonly sides?: { readonly income: readonly TypedRow[]; readonly expenditure: readonly TypedRow[]; readonly economic?: readonly TypedRow[] };
  /** The printed note, e.g. 注：本表无数据. */
  readonly note?: string;
  /**
   * Columns printing last year's budget beside this year's (上年预算数, 2024年预算数 in a 2025
   * table): not this table's figures, read only to compare with last year's workbook. Absent when none.
   */
  readonly lastYearColumns?: readonly TypedColumn[];
}

/** The amount of a typed cell, or undefined when blank, missing, invalid or an error. */
export function amountOf(cell: AmountCell | undefined): Decimal | undefined {
  return cell?.parsed.kind === 'amount' ? cell.parsed.value : undefined;
}
