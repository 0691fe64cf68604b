/**
 * 表头 — what each column of a table means, read from its (multi-row, merged) header.
 *
 * A column's meaning comes from its header path, top to bottom: 本年收入 › 一般公共预算,
 * 2024年预算数 › 合计, 支出 › 上年结转安排. The most specific word decides (一般公共预算 beats
 * 本年收入), except that a plain 合计/小计/决算数 under 人员经费 or 公用经费 takes its parent's
 * meaning (the 决算 basic-expenditure table prints 人员经费 › 决算数).
 * Source: domain guide, "The budget table family of the seed" (columns per table) and "Other
 * families and layouts" (决算 column pairs, 预算数/决算数, 年初/年末结转和结余).
 */
import { cellAt, isBlank, isErrorValue, mergeAt } from '../grid';
import type { Grid } from '../grid';
import type { ColumnKey, TableSideName } from '../model';
import { normalizeCode } from '../subjects';
import { parseAmount, toHalfWidth } from '../amount';
import { shownValue, textAt, filledColumns } from './sheet';

/** What a column of a table holds. */
export type ColumnRole =
  | { readonly type: 'code'; readonly part?: 0 | 1 | 2 } // 科目编码, or 类 (0) / 款 (1) / 项 (2)
  | { readonly type: 'name' } // 科目名称, 项目, 项目名称, 单位名称, 经济科目名称
  | { readonly type: 'rowNumber' } // 行次 / 栏次: numbers that are not amounts
  /** An amount column; `key` is its meaning, absent for a column the vocabulary has no word for. */
  | { readonly type: 'amount'; readonly key?: ColumnKey }
  | { readonly type: 'other' }; // a comparison column (上年数, 增减), another year's, text, or a blank column

/** A column with its header path and meaning. */
export interface HeaderColumn {
  readonly col: number;
  readonly path: readonly string[];
  readonly role: ColumnRole;
  readonly side?: TableSideName;
}

/** Words that appear in headers and (almost) never alone in a data row. */
export const HEADER_WORD =
  /项目|科目|编码|代码|名称|合计|小计|总计|预算|决算|支出|收入|经费|结转|结余|金额|资金|拨款|本年|上年|年初|年末|行次|栏次|^类$|^款$|^项$|预算数|决算数/;

/**
 * 合计 labels: 合计, 总计, and short labels ending in 合计 (部门合计, 本年收入合计, 人员经费合计,
 * “三公”经费合计). The 合计 row of an empty table looks like a header word, hence the anchors.
 */
export const TOTAL_LABEL = /^(合\s*计|总\s*计|[^\d]{1,12}合计)$/;

/** "一、一般公共预算", "（一）", "①", "1." — an ordinal before a row's name (not "4052.12": no digit follows the dot). */
export const ORDINAL_PREFIX = /^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十\d]{1,3}[)）]|^[①②③④⑤⑥⑦⑧⑨⑩]|^\d{1,2}[.、．](?!\d)/;

/** The kind of a row near the header. */
export type RowShape = 'blank' | 'columnNumbers' | 'header' | 'data';

/**
 * Whether a row is blank, a column-number row (1 | 2 | 3 … or 栏次), a header row, or data.
 * `left` is the table's left column: a data row starts there with a code, a 合计 label or an
 * ordinal; a header row's left cell is blank under a merged heading.
 */
export function rowShape(grid: Grid, row: number, left: number, right: number): RowShape {
  const cols = filledColumns(grid, row, left, right);
  if (cols.length === 0) return 'blank';
  const texts = cols.map((c) => textAt(grid, row, c));
  if (isColumnNumberRow(texts)) return 'columnNumbers';
  const leftText = textAt(grid, row, left);
  const underHeading = (mergeAt(grid, row, left)?.top ?? row) < row;
  if (!underHeading) {
    if (normalizeCode(leftText) || ORDINAL_PREFIX.test(leftText)) return 'data';
    // 合计 starts the total row of an empty table — and the header of a 三公 table printed with
    // its items as columns (合计 | 因公出国（境）费 | …): only figures may follow a total label.
    const rest = cols.filter((c) => c !== left);
    if (TOTAL_LABEL.test(leftText) && rest.every((c) => isAmountLike(grid, row, c))) return 'data';
  }
  if (cols.some((c) => isAmountLike(grid, row, c))) return 'data';
  if (texts.some((t) => HEADER_WORD.test(t))) return 'header';
  return 'data';
}

/** "1 | 2 | 3 …", "栏次 | 1 | 2" — numbers that count columns, not amounts. */
function isColumnNumberRow(texts: readonly string[]): boolean {
  if (texts.some((t) => /^(栏次|行次)$/.test(t))) {
    return texts.every((t) => /^(栏次|行次|\d{1,2}|[甲乙丙丁])$/.test(t)) && texts.some((t) => /^\d{1,2}$/.test(t));
  }
  const numbers = texts.map((t) => (/^\d{1,2}$/.test(t) ? Number(t) : NaN));
  if (numbers.length < 2 || numbers.some((n) => Number.isNaN(n))) return false;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
}

/** A cell that holds a number, numeric text or an Excel error — the stuff of data rows. */
function isAmountLike(grid: Grid, row: number, col: number): boolean {
  const value = cellAt(grid, row, col);
  if (typeof value === 'number' || isErrorValue(value)) return true;
  if (typeof value !== 'string') return false;
  // "2024年" and "2024预算数" are headers; a plain "4052.12" or "１２.５" is a figure.
  return parseAmount(value).kind === 'amount' && /^[\d０-９.,，．\s()（）+\-－]+$/.test(value.trim());
}

/**
 * The header path of every column: each header row's heading over the column, top to bottom,
 * without repeats. A blank cell with sub-headings below it sits under the heading to its left
 * (exports that drop merges print 本年收入 once over six columns).
 */
export function headerPaths(grid: Grid, headerRows: readonly number[], left: number, right: number): string[][] {
  const paths: string[][] = [];
  for (let c = left; c <= right; c++) {
    const path: string[] = [];
    headerRows.forEach((r, i) => {
      let text = headingAt(grid, r, c);
      if (text === '' && !mergeAt(grid, r, c) && hasTextBelow(grid, headerRows.slice(i + 1), c)) {
        for (let k = c - 1; k >= left; k--) {
          if (mergeAt(grid, r, k)) break;
          const leftText = headingAt(grid, r, k);
          if (leftText !== '') {
            text = leftText;
            break;
          }
          if (!hasTextBelow(grid, headerRows.slice(i + 1), k)) break;
        }
      }
      if (text !== '' && path[path.length - 1] !== text) path.push(text);
    });
    paths.push(path);
  }
  return paths;
}

function headingAt(grid: Grid, row: number, col: number): string {
  const value = shownValue(grid, row, col);
  if (isBlank(value)) return '';
  const text = toHalfWidth(String(isErrorValue(value) ? value.error : value)).replace(/\s+/g, '');
  // "单位：万元" printed in the header's corner describes the table, not a column; 金额（万元）
  // is the 金额 column.
  return /单位:/.test(text) ? '' : text.replace(/\((万元|元)\)/, '');
}

/** 单位：万元 / 金额单位：元 / （单位：万元） / 金额（万元）. */
export const UNIT_TEXT = /单位\s*[:：]\s*(万元|元)|[(（](万元|元)[)）]/;

/** The unit a text names, if any. @example unitIn('金额单位：元') // '元' */
export function unitIn(text: string): '万元' | '元' | undefined {
  const match = UNIT_TEXT.exec(text);
  return (match?.[1] ?? match?.[2]) as '万元' | '元' | undefined;
}

function hasTextBelow(grid: Grid, rows: readonly number[], col: number): boolean {
  return rows.some((r) => headingAt(grid, r, col) !== '');
}

/** Strong words: the first (most specific) one on the path decides the column. */
const STRONG: readonly (readonly [RegExp, ColumnKey])[] = [
  [/年初结转和结余|年初结转/, 'openingBalance'],
  [/年末结转和结余|年末结转|年终结转/, 'closingBalance'],
  [/上年结转|上年财政拨款结转/, 'carryover'],
  [/当年预算安排|本年预算安排|当年拨款|当年财政拨款|当年安排/, 'currentYear'],
  // 三公 and the other items a combined table prints across (domain guide, 表10; the 9-table family)
  [/因公出国/, 'abroad'],
  [/公务接待/, 'reception'],
  [/公务用车购置及运行/, 'vehicles'],
  [/^(公务用车)?购置费?$/, 'vehiclePurchase'],
  [/^(公务用车)?运行(维护)?费?$/, 'vehicleRunning'],
  [/机关运行经费/, 'operating'],
  [/会议费/, 'meeting'],
  [/培训费/, 'training'],
  [/三公/, 'threePublic'],
  [/一般公共预算/, 'generalPublic'],
  [/政府性基金/, 'govFund'],
  [/国有资本经营/, 'stateCapital'],
  [/财政专户/, 'specialAccount'],
  [/单位资金/, 'unitFunds'],
  // 单位 budgets and 决算 (domain guide, "Final accounts": income sources)
  [/^(\d{4}年)?财政拨款(收入)?$/, 'fiscal'],
  [/上级补助收入/, 'superiorSubsidy'],
  [/^(事业单位)?经营收入$/, 'operatingIncome'],
  [/事业收入/, 'businessIncome'],
  [/附属单位上缴收入/, 'affiliatedIncome'],
  [/^其他收入$/, 'otherIncome'],
  [/上缴上级支出/, 'paidToSuperior'],
  [/^经营支出$/, 'businessExpenditure'],
  [/对附属单位补助支出/, 'subsidyToAffiliated'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/人员经费/, 'personnel'],
  [/公用经费/, 'publicUse'],
];

/**
 * Comparison columns some provinces print beside the figures (上年预算数, 增减额, 增长率): not an
 * amount of this year's table. 上年结转 is matched as a strong word before this.
 */
const COMPARISON = /^上年(预算|决算|执行)|上年数|增减|增长|变动|比上年|[率%]/;

/** Weak words: a total-like column whose meaning may come from its parent. */
const WEAK = /合计|小计|总计|金额|决算数|预算数|^\d{4}年?度?|^本年收入$|^本年支出$|^收入$|^支出$|^数额$/;

/** 合计 / 小计 / 总计: a column that totals its siblings. */
export const TOTAL_COLUMN = /^(合计|小计|总计)$|合计$/;

/** Items a 合计 / 小计 under them stands for (“三公”经费预算数 › 合计, 公务用车购置及运行费 › 小计). */
const ITEM_PARENTS: readonly (readonly [RegExp, ColumnKey])[] = [
  [/公务用车购置及运行/, 'vehicles'],
  [/三公/, 'threePublic'],
  [/机关运行经费/, 'operating'],
];

/**
 * The meaning of a column from its header path, or undefined when the vocabulary has no word
 * for it (e.g. 单位预留机动经费) — such a column is still an amount column that counts in its
 * parent's 合计 (header trees, `columns.ts`), it has just no meaning a rule can name.
 * `final` selects the 决算 readings of 预算数/决算数/本年收入/本年支出.
 * @example amountKey(['本年收入', '一般公共预算'], false) // 'generalPublic'
 * @example amountKey(['人员经费', '决算数'], true) // 'personnel'
 */
export function amountKey(path: readonly string[], final: boolean): ColumnKey | undefined {
  const leaf = path[path.length - 1];
  if (leaf === undefined) return undefined;
  for (const [pattern, key] of STRONG) if (pattern.test(leaf)) return key;
  if (isComparison(path) || !WEAK.test(leaf)) return undefined;
  const totalLike = TOTAL_COLUMN.test(leaf);
  for (let i = path.length - 2; i >= 0; i--) {
    const parent = path[i]!;
    if (/人员经费/.test(parent)) return 'personnel';
    if (/公用经费/.test(parent)) return 'publicUse';
    if (totalLike) for (const [pattern, key] of ITEM_PARENTS) if (pattern.test(parent)) return key;
    if (final && /决算数/.test(parent)) return 'actual';
    if (final && /预算数/.test(parent)) return 'budgeted';
    if (final && /^本年收入$/.test(parent)) return 'income';
    if (final && /^本年支出$/.test(parent)) return 'expenditure';
  }
  if (final && /决算数/.test(leaf)) return 'actual';
  if (final && /预算数/.test(leaf)) return 'budgeted';
  if (final && /^本年收入$/.test(leaf)) return 'income';
  if (final && /^本年支出$/.test(leaf)) return 'expenditure';
  return 'total';
}

/** A comparison column (上年数, 增减额, 增长率): not this year's figures. */
export function isComparison(path: readonly string[]): boolean {
  return path.some((word) => COMPARISON.test(word));
}

/** The role of a column from its header path. */
export function columnRole(path: readonly string[], final: boolean): ColumnRole {
  const leaf = path[path.length - 1];
  if (leaf === undefined) return { type: 'other' };
  if (/^(行次|栏次)$/.test(leaf)) return { type: 'rowNumber' };
  if (leaf === '类') return { type: 'code', part: 0 };
  if (leaf === '款') return { type: 'code', part: 1 };
  if (leaf === '项') return { type: 'code', part: 2 };
  if (/编码|代码/.test(leaf)) return { type: 'code' };
  if (/名称/.test(leaf) || /^项目$/.test(leaf)) return { type: 'name' };
  const key = amountKey(path, final);
  if (key) return { type: 'amount', key };
  return isComparison(path) ? { type: 'other' } : { type: 'amount' };
}

/**
 * The side a top-level heading over a label column names in a two- or three-sided table, if any: 收入 /
 * 本年收入 / 财政拨款收入 on the left, 支出 / 本年支出 / 支出功能分类 on the right (data/corpus, 财务收支预算总表),
 * and a third side by use: 支出经济分类 / 支出用途 / 按经济分类 (issue 13, the 12-table family).
 */
export function sideOf(heading: string): TableSideName | undefined {
  if (/收入$/.test(heading) && !/合计/.test(heading)) return 'income';
  if (/支出.{0,2}(经济分类|用途)|按(经济分类|用途)/.test(heading)) return 'economic';
  if (/支出$/.test(heading) && !/合计|基本支出|项目支出/.test(heading)) return 'expenditure';
  if (/支出.{0,2}功能分类|按功能分类/.test(heading)) return 'expenditure';
  return undefined;
}
