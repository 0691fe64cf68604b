/**
 * 表样 — the vocabulary in which a table family is declared as data.
 *
 * A family (表族) is a list of table templates; a template says what a table prints (title, header
 * rows with their merges, fixed rows, columns with their meaning) and what ties out in it (which
 * columns and rows are totals of which). The layout turns a template plus figures into a Grid; the
 * rules may read the same declarations. Adding a family is adding data in these shapes, not code.
 *
 * Source: domain guide, "The budget table family of the seed (13 tables, 万元)" and "Rules that must hold".
 */
import type { Unit } from '../amount';
import type { ColumnKey, FamilyId, TableKind } from '../model';

/**
 * 栏 — which side of a two-sided table a column or row belongs to; `main` for one-sided tables;
 * `left` and `right` for the two column pairs of the 决算 basic-expenditure table (人员经费 | 公用经费).
 */
export type Side = 'main' | 'income' | 'expenditure' | 'left' | 'right';

/** What an amount column of a template holds: a column meaning of the shared vocabulary (`model.ts`). */
export type AmountKey = ColumnKey;

/** What a label (non-amount) column holds. */
export type LabelRole =
  | 'code' // 科目编码 — one column, or 类 | 款 | 项 in the split layout
  | 'econCode' // 经济分类科目编码 (301, 30101) — always one column
  | 'name' // 科目名称 / 项目 / 项目名称 / 单位名称
  | 'econDept' // 部门预算支出经济科目名称
  | 'econGov'; // 政府预算支出经济科目名称

/** A column that holds text: a code or a name. */
export interface LabelColumn {
  readonly type: 'label';
  readonly role: LabelRole;
  readonly side: Side;
  /** Width in Excel character units (for a split code column: of the three columns together). */
  readonly width: number;
}

/** A column that holds amounts of one meaning. */
export interface AmountColumn {
  readonly type: 'amount';
  readonly key: AmountKey;
  readonly side: Side;
  readonly width: number;
}

export type ColumnTemplate = LabelColumn | AmountColumn;

/**
 * A header cell as printed. `row` counts from the first header row, `col` indexes the template's
 * `columns` (a split code column still counts as one). `{year}` in the text is the budget year.
 */
export interface HeaderCell {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

/** A row every copy of the table prints, whatever the department (e.g. 一、一般公共服务支出). */
export interface FixedRow {
  /** Stable identifier the data and the rules use, e.g. `224` for a class or `incomeTotal`. */
  readonly id: string;
  /** The label as printed. */
  readonly label: string;
  /** For the expenditure classes of the totals tables: the function 类 code the row stands for. */
  readonly code?: string;
  /** What the row is in its table. */
  readonly role: 'total' | 'item' | 'footer';
}

/** One printed line of a two-sided table's footer; either side may be empty on that line. */
export interface FooterLine {
  readonly income?: FixedRow;
  readonly expenditure?: FixedRow;
}

/**
 * 表体 — the shape of a table's body, which decides how its data becomes rows.
 * - `coded`: a 合计 row, then rows by function subject code (类/款/项) with names;
 * - `pairedCoded`: two coded lists side by side, income and expenditure (国有资本经营预算收支表),
 *   sharing one 合计 line labelled on the income side;
 * - `economic`: a 合计 row, then economic groups each followed by its items (部门 + 政府 names);
 * - `fixed`: the same rows for every department (三公经费);
 * - `units`: a total row, then one row per unit (机关运行经费);
 * - `projects`: the department row, then per unit a subtotal row followed by its projects;
 * - `twoSided`: income items and expenditure classes side by side, then aligned footer lines.
 */
export type BodyTemplate =
  | { readonly shape: 'coded'; readonly totalLabel: string }
  | { readonly shape: 'pairedCoded'; readonly totalLabel: string }
  | {
      readonly shape: 'economic';
      readonly totalLabel: string;
      /** The groups a blank template prints under the 合计 row, ready to fill. */
      readonly blankGroups: readonly string[];
    }
  | { readonly shape: 'fixed'; readonly rows: readonly FixedRow[] }
  | { readonly shape: 'units'; readonly totalLabel: string }
  | {
      readonly shape: 'projects';
      /** Label of the department row; `{department}` is replaced by the department's name. */
      readonly totalLabel: string;
    }
  | {
      readonly shape: 'twoSided';
      readonly income: readonly FixedRow[];
      readonly expenditure: readonly FixedRow[];
      readonly footer: readonly FooterLine[];
    }
  | {
      /**
       * `economicPairs`: the 决算 basic-expenditure table printed in two column pairs — 人员经费
       * economic codes on the left, 公用经费 on the right, each a list of groups (3 digits) and items
       * (5 digits) closed by its own 合计 line (domain guide, "Final accounts (决算)").
       */
      readonly shape: 'economicPairs';
      readonly left: EconomicPairSide;
      readonly right: EconomicPairSide;
    };

/** One column pair of the `economicPairs` shape: its closing total label and its blank groups. */
export interface EconomicPairSide {
  /** e.g. 人员经费合计. */
  readonly totalLabel: string;
  /** The economic groups a blank template prints, as [code, name]. */
  readonly blankGroups: readonly (readonly [code: string, name: string])[];
}

export type BodyShape = BodyTemplate['shape'];

/** 列合计 — per row, `total` equals the sum of `parts` (on one side of the table). */
export interface ColumnTotal {
  readonly side: Side;
  readonly total: AmountKey;
  readonly parts: readonly AmountKey[];
}

/**
 * 行合计 — which rows total which.
 * - `rows`: the fixed row `total` equals the sum of the fixed rows `parts`;
 * - `codeHierarchy`: 合计 = Σ 类, 类 = Σ its 款, 款 = Σ its 项 (by code prefix);
 * - `groups`: the total row = Σ group rows, each group row = Σ the item rows under it;
 * - `items`: the total row = Σ all other rows.
 */
export type RowTotal =
  | { readonly kind: 'rows'; readonly side: Side; readonly total: string; readonly parts: readonly string[] }
  | { readonly kind: 'codeHierarchy'; readonly side: Side }
  | { readonly kind: 'groups' }
  | { readonly kind: 'items' };

/** One table of a family, declared as data. */
export interface TableTemplate {
  /** The table's meaning; also its id within the family and the key of its data. */
  readonly kind: TableKind;
  /** 表号 as printed in the family, 1-based. */
  readonly number: number;
  /** Title with `{year}`, e.g. `{year}年预算收支总表`. */
  readonly title: string;
  /** Sheet name: ≤ 31 characters, none of []:*?/\. */
  readonly sheetName: string;
  readonly columns: readonly ColumnTemplate[];
  readonly headerRowCount: number;
  readonly header: readonly HeaderCell[];
  readonly body: BodyTemplate;
  readonly columnTotals: readonly ColumnTotal[];
  readonly rowTotals: readonly RowTotal[];
  /** Excel number format of the amount cells. */
  readonly numberFormat: string;
  /** Printed below an empty table. */
  readonly emptyNote: string;
}

/** 表族 — tables published together, in their printed order. */
export interface FamilyTemplate {
  readonly id: FamilyId;
  /** Chinese name for users, e.g. 部门预算公开（13张表）. */
  readonly name: string;
  readonly tables: readonly TableTemplate[];
  /** The unit the family is usually printed in (the CLI's default); 万元 when absent. */
  readonly unit?: Unit;
  /** The code layout the family usually prints (the CLI's default); one column when absent. */
  readonly codeLayout?: 'single' | 'split';
}
