/**
 * 表头树 — which amount columns add up to which, read from the header itself.
 *
 * Each column's header path (本年支出 › 预算数 › 基本支出 › 人员经费) places it in a tree. Under any
 * heading, a 合计 / 小计 / 总计 child totals its siblings; a sibling with sub-columns counts as its own
 * 小计 if it prints one, else as the sum of its sub-columns, so 合计 | 基本支出 (人员经费, 公用经费) |
 * 项目支出 ties 合计 = 人员经费 + 公用经费 + 项目支出, and a column the vocabulary has no word for
 * (单位预留机动经费, 上级补助收入) still counts in its parent's 合计. A heading whose 合计 splits into
 * 预算数 | 决算数 (the 决算 三公 table) ties measure by measure. A heading printed over its own column and
 * sub-columns (exports that repeat a label where the merge was lost) is the sum of its sub-columns.
 * Where a province prints 基本支出, 人员经费 and 公用经费 side by side at one level, the vocabulary nests
 * 人员经费 and 公用经费 under 基本支出 (and 一般公共预算 … under 财政拨款) before the sums are read.
 * Source: issue 13 item 1; domain guide, "Rules that must hold" → Intra-table.
 */
import type { ColumnKey, ColumnSum } from '../model';
import { TOTAL_COLUMN } from './header';

/** An amount column as the tree reads it. */
export interface TreeColumn {
  readonly col: number;
  readonly path: readonly string[];
  readonly key?: ColumnKey;
}

/** A heading of the header: the column printed under exactly this path, if any, and its sub-headings. */
interface ColumnNode {
  readonly label: string;
  col?: number;
  key?: ColumnKey;
  children: ColumnNode[];
}

/** Meanings that are parts of another when printed beside it at one level. */
const NESTED: readonly (readonly [ColumnKey, readonly ColumnKey[]])[] = [
  ['basic', ['personnel', 'publicUse']],
  ['fiscal', ['generalPublic', 'govFund', 'stateCapital']],
];

function buildTree(columns: readonly TreeColumn[]): ColumnNode {
  const root: ColumnNode = { label: '', children: [] };
  for (const column of columns) {
    if (column.path.length === 0) continue;
    let node = root;
    for (const word of column.path) {
      let child = node.children.find((c) => c.label === word);
      if (!child) {
        child = { label: word, children: [] };
        node.children.push(child);
      }
      node = child;
    }
    if (node.col === undefined) {
      node.col = column.col;
      if (column.key) node.key = column.key;
    }
  }
  nest(root);
  return root;
}

/** Moves 人员经费 / 公用经费 printed beside 基本支出 (and funds beside 财政拨款) under it. */
function nest(node: ColumnNode): void {
  for (const [parentKey, childKeys] of NESTED) {
    const parent = node.children.find((c) => c.key === parentKey && c.children.length === 0 && c.col !== undefined);
    if (!parent) continue;
    const parts = node.children.filter((c) => c !== parent && c.key !== undefined && childKeys.includes(c.key));
    if (parts.length === 0) continue;
    parent.children.push(...parts);
    node.children = node.children.filter((c) => !parts.includes(c));
  }
  for (const child of node.children) nest(child);
}

const isTotal = (node: ColumnNode): boolean => TOTAL_COLUMN.test(node.label);

/**
 * The columns a heading's figure is, for one measure ('' when none): its own column, else its
 * 合计 child's, else the sum of its sub-headings'. Undefined when some part prints no column.
 */
function valueOf(node: ColumnNode, measure: string): number[] | undefined {
  if (measure !== '') {
    const leaf = node.children.find((c) => c.label === measure && c.children.length === 0 && c.col !== undefined);
    if (leaf) return [leaf.col!];
  } else if (node.col !== undefined) {
    return [node.col];
  }
  const total = node.children.find(isTotal);
  if (total) return valueOf(total, measure);
  if (node.children.length === 0) return undefined;
  const columns: number[] = [];
  for (const child of node.children) {
    const part = valueOf(child, measure);
    if (!part) return undefined;
    columns.push(...part);
  }
  return columns;
}

function collectSums(node: ColumnNode, sums: ColumnSum[]): void {
  for (const child of node.children) collectSums(child, sums);
  const totals = node.children.filter(isTotal);
  const siblings = node.children.filter((c) => !isTotal(c));
  if (totals.length === 1 && siblings.length > 0) {
    const total = totals[0]!;
    const measures = total.children.length > 0 ? total.children.map((c) => c.label) : [''];
    for (const measure of measures) {
      const own = measure === '' ? total.col : total.children.find((c) => c.label === measure)?.col;
      if (own === undefined) continue;
      const parts: number[] = [];
      let resolved = true;
      for (const sibling of siblings) {
        const value = valueOf(sibling, measure);
        if (!value) resolved = false;
        else parts.push(...value);
      }
      if (resolved) sums.push({ total: own, parts });
    }
    return;
  }
  if (node.col !== undefined && node.children.length > 0) {
    const parts: number[] = [];
    for (const child of node.children) {
      const value = valueOf(child, '');
      if (!value) return;
      parts.push(...value);
    }
    sums.push({ total: node.col, parts });
  }
}

/**
 * 列间合计 — the column sums the header of one band of columns declares: each 合计 (or heading with
 * its own column) against the columns it totals.
 * @example columnSums([{ col: 2, path: ['合计'] }, { col: 3, path: ['基本支出', '人员经费'] }, { col: 4, path: ['基本支出', '公用经费'] }, { col: 5, path: ['项目支出'] }])
 *   // [{ total: 2, parts: [3, 4, 5] }]
 */
export function columnSums(columns: readonly TreeColumn[]): ColumnSum[] {
  const sums: ColumnSum[] = [];
  collectSums(buildTree(columns), sums);
  return sums;
}
