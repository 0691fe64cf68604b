/**
 * 情况说明校验 — checks a 情况说明 against the workbook it explains: the text is read into statements
 * (read/), each figure bound by its phrase to a quantity of the workbook's vocabulary (bind.ts) and
 * checked (verify.ts). 预算 and 决算 texts go through the same reader and checker; a 决算 text binds to
 * the 决算 quantities, and its 预算 figures (年初预算, 预算数) to the 决算 tables' 预算数 where they print one.
 * Source: issue 12.
 */
import type { CellRef } from '../grid';
import { kindInfo } from '../kinds';
import type { TypedTable } from '../model';
import type { ParamValues } from '../params/sheet';
import { decimalParam, textParam } from '../params/sheet';
import { printedQuantities } from '../vocabulary';
import { Lexicon } from './bind';
import { checkText, type CheckTextOptions, type NarrativeCheck, type NarrativeContext, type NarrativeCoverage } from './verify';

export type { NarrativeCheck, NarrativeCoverage } from './verify';

/**
 * 核对覆盖的说法 — what became of a text's figures, as every host shows it.
 * @example coverageText({ figures: 45, checked: 38, unverifiable: 5, unbound: 2 }) // "说明中 45 个数字：已核对 38，无法核对 5，未识别 2"
 */
export function coverageText(coverage: NarrativeCoverage): string {
  if (coverage.figures === 0) return '说明中没有可核对的数字';
  return `说明中 ${coverage.figures} 个数字：已核对 ${coverage.checked}，无法核对 ${coverage.unverifiable}，未识别 ${coverage.unbound}`;
}

/** What a text is checked with besides the tables. */
export interface CheckNarrativeOptions extends CheckTextOptions {
  /** The 参数 values: last year's figures, 政府采购, assets … */
  readonly params?: ParamValues;
  /** Where each 参数 value sits, for findings. */
  readonly paramSources?: Readonly<Record<string, CellRef>>;
}

/** The year a disclosure is for: 参数's, else the one its tables' titles name. */
export function disclosureYear(tables: readonly TypedTable[], params: ParamValues = {}): number | undefined {
  const stated = decimalParam(params, 'year');
  if (stated?.isInteger()) return stated.toNumber();
  for (const table of tables) {
    const match = /((?:19|20)\d{2})\s*年/u.exec(table.title);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * The context a text of this workbook is read in: its vocabulary (with 参数), year, department and
 * kind of accounts.
 */
export function narrativeContext(tables: readonly TypedTable[], options: Pick<CheckNarrativeOptions, 'params' | 'paramSources'> = {}): NarrativeContext {
  const params = options.params ?? {};
  const lexicon = new Lexicon({ quantities: printedQuantities(tables), params, paramSources: options.paramSources ?? {}, tables });
  const year = disclosureYear(tables, params);
  const department = textParam(params, 'department');
  return {
    lexicon,
    final: tables.some((table) => kindInfo(table.kind).final),
    tables,
    ...(year === undefined ? {} : { year }),
    ...(department ? { department } : {}),
  };
}

/**
 * 校验情况说明 — the findings (`narrative.*`) for what a 情况说明 states against the tables (and 参数),
 * and what became of each of its figures (checked, 无法核对, 未识别). Each finding quotes its sentence.
 * @example checkNarrative('…人员经费1,837.48万元…', tables).findings[0].rule // "narrative.amountMismatch"
 */
export function checkNarrative(text: string, tables: readonly TypedTable[], options: CheckNarrativeOptions = {}): NarrativeCheck {
  return checkText(text, narrativeContext(tables, options), options);
}
