/**
 * 按内容识别 — which table an untitled block is, from its columns and rows alone.
 *
 * Only signatures that no other table shares are used; anything else stays unrecognised rather
 * than guessed (表3, 表5 and 表8 all print 合计 | 基本支出 | 项目支出 over coded rows, for instance).
 * Source: domain guide, the seed family table (the columns and rows of each table).
 */
import { kindName, type TableKind } from '../kinds';
import type { TypedTable } from '../model';
import { canonicalName } from '../subjects';

/** A kind and the name a message gives an untitled table of that kind. */
export interface ContentKind {
  readonly kind: TableKind;
  readonly name: string;
}

function named(kind: TableKind): ContentKind {
  return { kind, name: kindName(kind) };
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
    return named(final ? 'final.basicEconomic' : 'budget.basicEconomic');
  }
  if (names.some((n) => /因公出国/.test(n))) {
    if (final) return named('final.threePublic');
    if (names.some((n) => /机关运行经费/.test(n))) return named('budget.threePublicAndOperating');
    return named('budget.threePublic');
  }
  const coded = table.rows.some((r) => r.code !== undefined);
  if (!final && coded && keys.has('generalPublic') && (keys.has('specialAccount') || keys.has('unitFunds'))) {
    return named('budget.income');
  }
  return undefined;
}
