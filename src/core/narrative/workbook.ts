/**
 * 工作簿 — the narrative jobs on a whole workbook, for the hosts (CLI, task pane): generate the
 * 情况说明 from the recognised tables and the 参数 sheet; check the narrative the workbook holds (or a
 * text given apart, e.g. `check --narrative FILE.txt`).
 */
import type { Workbook } from '../grid';
import { kindInfo } from '../kinds';
import type { TypedTable } from '../model';
import { readParams, type ReadParams } from '../params/sheet';
import { checkNarrative, type NarrativeCheck } from './check';
import { factsFromTables } from './facts';
import { finalFactsFromTables, finalInputsFromParams, generateFinalNarrative } from './final';
import { findNarrativeText } from './find';
import type { Finding } from './finding';
import { generateNarrative } from './generate';
import type { Narrative } from './model';

/** A generated narrative and every finding that came with it (参数 values that could not be read, inputs missing). */
export interface WorkbookNarrative {
  readonly narrative: Narrative;
  readonly findings: readonly Finding[];
}

/**
 * 生成 — the 情况说明 of a workbook from its recognised `tables` and its 参数 (by default its 参数
 * sheet, if any; with last year's workbook, its 上年 fields filled from it); the 决算 sections when
 * the tables are 决算 tables.
 * @example narrativeOfWorkbook(workbook, recognizeWorkbook(workbook).tables).narrative.title
 */
export function narrativeOfWorkbook(workbook: Workbook, tables: readonly TypedTable[], params: ReadParams = readParams(workbook)): WorkbookNarrative {
  if (tables.some((table) => kindInfo(table.kind).final)) {
    const narrative = generateFinalNarrative(finalFactsFromTables(tables), finalInputsFromParams(params.values));
    return { narrative, findings: [...params.findings, ...narrative.findings] };
  }
  const narrative = generateNarrative(factsFromTables(tables), params.values, { paramSources: params.sources });
  return { narrative, findings: [...params.findings, ...narrative.findings] };
}

/** A narrative text that is not in the workbook: its name (the file) and its text. */
export interface GivenNarrative {
  readonly name: string;
  readonly text: string;
}

/**
 * 校验 — the check of the narrative `given`, or else of the one the workbook holds (a sheet named or
 * headed 情况说明 / 编制说明 / 第三部分); nothing when there is neither. Last year's figures and what
 * only 参数 holds come from `params`: by default the 参数 sheet, when there is one.
 * @example checkWorkbookNarrative(workbook, tables, { name: '说明.txt', text }).coverage.figures
 */
export function checkWorkbookNarrative(workbook: Workbook, tables: readonly TypedTable[], given?: GivenNarrative, params: Pick<ReadParams, 'values' | 'sources'> = readParams(workbook)): NarrativeCheck {
  const options = { params: params.values, paramSources: params.sources };
  if (given) return checkNarrative(given.text, tables, { ...options, sheet: given.name });
  const found = findNarrativeText(workbook);
  if (!found) return { findings: [], coverage: { figures: 0, checked: 0, unverifiable: 0, unbound: 0 }, figures: [] };
  return checkNarrative(found.text, tables, { ...options, sheet: found.sheet, lineCells: found.lineCells });
}
