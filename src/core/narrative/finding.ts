/**
 * 问题 — the finding shape shared with the table checks.
 *
 * The narrative checker and the 参数 reader report into the same list as the rules
 * (contracts: `src/core/rules/finding.ts`, rule ids `narrative.*` and `params.*`). This module is the
 * one place the narrative code takes the type from.
 */
import type { CellRef } from '../grid';

/** One problem found, naming the sheet and cell it is about. Amount fields are decimal strings. */
export interface Finding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly sheet: string;
  readonly cell: string;
  readonly table?: string;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  readonly tolerance?: string;
  readonly compared?: CellRef[];
  readonly accepted?: { readonly note: string };
}
