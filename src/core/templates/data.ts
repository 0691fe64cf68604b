/**
 * 公开数据 — a department's figures for the tables of a family, independent of any layout.
 *
 * Amounts are exact Decimals in 万元 as the budget system's export or the printed table gives them;
 * the layout converts to 元 when asked. A blank cell is an absent key, a printed 0.00 is a zero
 * Decimal — they differ (domain guide, "Rounding": blank cells count as no item, 0.00 cells do).
 * Figures are never computed here: a total row holds the total as given.
 */
import type { Decimal } from '../amount';
import type { TableKind } from '../model';
import type { AmountKey } from './types';

/** Amounts of one row by column meaning, in 万元; a missing key is a blank cell. */
export type Amounts = Partial<Record<AmountKey, Decimal>>;

/** A row of a coded table: a function subject (类/款/项) and its amounts. */
export interface CodedRow {
  /** 科目编码, 3, 5 or 7 digits as text, e.g. "2080505". */
  readonly code: string;
  readonly name: string;
  readonly amounts: Amounts;
}

/** 按科目编码列示的表 (tables 2, 3, 5, 7, 8): the 合计 row, then the coded rows in printed order. */
export interface CodedData {
  readonly shape: 'coded';
  readonly total: Amounts;
  readonly rows: readonly CodedRow[];
}

/** One coded list of a side-by-side table: its 合计 and its rows. */
export interface CodedList {
  readonly total: Amounts;
  readonly rows: readonly CodedRow[];
}

/** 收支并列的科目表 (table 9): an income list and an expenditure list side by side. */
export interface PairedCodedData {
  readonly shape: 'pairedCoded';
  readonly income: CodedList;
  readonly expenditure: CodedList;
}

/** 收支总表 (tables 1 and 4): amounts by fixed-row id (see the template's rows), per side. */
export interface TwoSidedData {
  readonly shape: 'twoSided';
  /** Income items and income footers, e.g. `generalPublic`, `incomeTotal`, `carryover`. */
  readonly income: Readonly<Partial<Record<string, Amounts>>>;
  /** Expenditure classes by 类 code (`224`) and expenditure footers (`expenditureTotal` …). */
  readonly expenditure: Readonly<Partial<Record<string, Amounts>>>;
}

/** A row of the economic classification table: a group (工资福利支出) or one of its items. */
export interface EconomicRow {
  readonly role: 'group' | 'item';
  /** 部门预算支出经济科目名称. */
  readonly name: string;
  /** 政府预算支出经济科目名称 (items only). */
  readonly govName?: string;
  readonly amounts: Amounts;
}

/** 基本支出分经济科目表 (table 6). */
export interface EconomicData {
  readonly shape: 'economic';
  readonly total: Amounts;
  readonly rows: readonly EconomicRow[];
}

/** A table of fixed rows (table 10, "三公"): amounts by fixed-row id. */
export interface FixedData {
  readonly shape: 'fixed';
  readonly rows: Readonly<Partial<Record<string, Amounts>>>;
}

/** A named row: a unit or a project. */
export interface NamedRow {
  readonly name: string;
  readonly amounts: Amounts;
}

/** 机关运行经费预算表 (table 11): 部门合计, then one row per unit. */
export interface UnitsData {
  readonly shape: 'units';
  readonly total: Amounts;
  readonly units: readonly NamedRow[];
}

/** A unit of a project table: its subtotal row, then its projects. */
export interface ProjectUnit extends NamedRow {
  readonly projects: readonly NamedRow[];
}

/** 项目支出预算表 (tables 12 and 13): the department row, then per unit a subtotal and its projects. */
export interface ProjectsData {
  readonly shape: 'projects';
  readonly total: Amounts;
  readonly units: readonly ProjectUnit[];
}

/**
 * 一般公共预算财政拨款基本支出决算表 in two column pairs: the 人员经费 list (left) and the 公用经费
 * list (right), each its 合计 and its economic rows (3-digit codes are groups, 5-digit codes items).
 */
export interface EconomicPairsData {
  readonly shape: 'economicPairs';
  readonly left: CodedList;
  readonly right: CodedList;
}

/** One table's figures; `shape` matches the template's body shape. */
export type TableData =
  | CodedData
  | PairedCodedData
  | TwoSidedData
  | EconomicData
  | FixedData
  | UnitsData
  | ProjectsData
  | EconomicPairsData;

/** A department's figures per table, keyed by the table template's kind. */
export interface DisclosureData {
  readonly tables: Readonly<Partial<Record<TableKind, TableData>>>;
}
