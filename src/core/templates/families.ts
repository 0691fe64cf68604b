/**
 * 表族 — every table family the product can lay out. Adding a family is adding its data module
 * here (only the seed family, budget13, exists so far).
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
