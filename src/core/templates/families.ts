/**
 * 表族 — every table family the product can lay out (only the seed family, budget13, so far).
 *
 * Adding a family is adding data: a folder beside `budget13/` whose tables are `TableTemplate`s
 * built from the existing body shapes (coded, twoSided, economic, fixed, units, projects,
 * pairedCoded), and one entry below. Only a table whose rows follow none of those shapes (e.g. the
 * 决算 basic-expenditure table printed in two column pairs) needs a new shape in `lines.ts`.
 */
import type { FamilyId, TableKind } from '../model';
import { BUDGET13 } from './budget13';
import type { FamilyTemplate, TableTemplate } from './types';

/** The families by id; `budget13` is always present. */
export const FAMILIES: { readonly budget13: FamilyTemplate } & Readonly<Partial<Record<FamilyId, FamilyTemplate>>> = {
  budget13: BUDGET13,
};

/**
 * The template of a table kind within a family, if the family has that table.
 * @example tableTemplate(FAMILIES.budget13, 'budget.income')?.sheetName // "表2 收入总表"
 */
export function tableTemplate(family: FamilyTemplate, kind: TableKind): TableTemplate | undefined {
  return family.tables.find((table) => table.kind === kind);
}
