/**
 * 按内容识别 — which table an untitled block is, from its columns and rows alone.
 *
 * Only signatures that no other table shares are used; anything else stays unrecognised rather
 * than guessed (表3, 表5 and 表8 all print 合计 | 基本支出 | 项目支出 over coded rows, for instance).
 * Source: domain guide, the seed family table (the columns and rows of each table).
 */
import type { TableKind, TypedTable } from '../model';
import { canonicalName } from '../subjects';

/** A kind and the name a message gives an untitled table of that kind. */
export interface ContentKind {
  readonly kind: TableKind;
  readonly name: string;
}

/**
 * The kind an untitled table's content names, or undefined when it is not unambiguous:
 * 人员经费 and 公用经费 columns → the basic-expenditure table; a 因公出国（境）费 row → the 三公
 * table (with 机关运行经费 → the 9-table one); coded rows with funding-source
 * columns including 财政专户 or 单位资金 → the 收入总表. `final` when the block says 决算.
 * @example kindOfContent(draft, false) // { kind: 'budget.threePublic', name: '“三公”经费支出预算表' }
 */
export function kindOfContent(table: TypedTable, final: boolean): ContentKind | undefined {
  const names = table.rows.map((r) => canonicalName(r.name));
  const keys = new Set(table.columns.map((c) => c.key));
  // Before the 三公 rows: the economic table prints 公务接待费 too, but never 因公出国（境）费.
  if (keys.has('personnel') && keys.has('publicUse')) {
    return final ? { kind: 'final.basicEconomic', name: '基本支出决算表' } : { kind: 'budget.basicEconomic', name: '基本支出经济分类表' };
  }
  if (names.some((n) => /因公出国/.test(n))) {
    if (final) return { kind: 'final.threePublic', name: '“三公”经费支出决算表' };
    if (names.some((n) => /机关运行经费/.test(n))) return { kind: 'budget.threePublicAndOperating', name: '“三公”经费和机关运行经费预算表' };
    return { kind: 'budget.threePublic', name: '“三公”经费支出预算表' };
  }
  const coded = table.rows.some((r) => r.code !== undefined);
  if (!final && coded && keys.has('generalPublic') && (keys.has('specialAccount') || keys.has('unitFunds'))) {
    return { kind: 'budget.income', name: '收入总表' };
  }
  return undefined;
}
