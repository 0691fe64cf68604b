/**
 * 表族 — every table family the product can lay out: the seed family (budget13), the 9-table
 * budget family (budget9) and the 9-table final-accounts family (final9).
 *
 * Adding a family is adding data: a folder beside `budget13/` whose tables are `TableTemplate`s
 * built from the existing body shapes (coded, twoSided, economic, fixed, units, projects,
 * pairedCoded, economicPairs), and one entry below. Only a table whose rows follow none of those
 * shapes needs a new shape in `lines.ts` (as the 决算 basic-expenditure table printed in two column
 * pairs did: `economicPairs`).
 */
import type { FamilyId, TableKind } from '../model';
import { BUDGET13 } from './budget13';
import { BUDGET9 } from './budget9';
import { FINAL9 } from './final9';
import type { FamilyTemplate, TableTemplate } from './types';

/** The families by id. */
export const FAMILIES: { readonly budget13: FamilyTemplate } & Readonly<Record<FamilyId, FamilyTemplate>> = {
  budget13: BUDGET13,
  budget9: BUDGET9,
  final9: FINAL9,
};

/**
 * The template of a table kind within a family, if the family has that table.
 * @example tableTemplate(FAMILIES.budget13, 'budget.income')?.sheetName // "表2 收入总表"
 */
export function tableTemplate(family: FamilyTemplate, kind: TableKind): TableTemplate | undefined {
  return family.tables.find((table) => table.kind === kind);
}
