/**
 * 工作簿 — the narrative jobs on a whole workbook, for the hosts (CLI, task pane): generate the
 * 情况说明 from the recognised tables and the 参数 sheet; check the narrative the workbook holds (or a
 * text given apart, e.g. `check --narrative FILE.txt`).
 */
import type { Workbook } from '../grid';
import type { TypedTable } from '../model';
import { readParams } from '../params/sheet';
import { checkNarrative } from './check';
import { factsFromTables } from './facts';
import { checkFinalNarrative, finalFactsFromTables, finalInputsFromParams, generateFinalNarrative } from './final';
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
 * 生成 — the 情况说明 of a workbook from its recognised `tables` and its 参数 sheet, if any; the 决算
 * sections when the tables are 决算 tables.
 * @example narrativeOfWorkbook(workbook, recognizeWorkbook(workbook).tables).narrative.title
 */
export function narrativeOfWorkbook(workbook: Workbook, tables: readonly TypedTable[]): WorkbookNarrative {
  const params = readParams(workbook);
  if (isFinal(tables)) {
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
 * 校验 — findings for the narrative `given`, or else the one the workbook holds (a sheet named or
 * headed 情况说明 / 编制说明 / 第三部分); none when there is neither. Last year's figures come from
 * the 参数 sheet when there is one.
 * @example checkWorkbookNarrative(workbook, tables, { name: '说明.txt', text })
 */
export function checkWorkbookNarrative(workbook: Workbook, tables: readonly TypedTable[], given?: GivenNarrative): Finding[] {
  const params = readParams(workbook).values;
  const facts = factsFromTables(tables);
  // A 决算 text is also read for its 预算 vs 决算 statements (完成率, 大于/小于).
  const final = (text: string, sheet: string, lineCells?: readonly string[]): Finding[] =>
    isFinal(tables) ? checkFinalNarrative(text, { sheet, facts: finalFactsFromTables(tables), ...(lineCells ? { lineCells } : {}) }) : [];
  if (given) return [...checkNarrative(given.text, facts, tables, { sheet: given.name, params }), ...final(given.text, given.name)];
  const found = findNarrativeText(workbook);
  if (!found) return [];
  return [
    ...checkNarrative(found.text, facts, tables, { sheet: found.sheet, lineCells: found.lineCells, params }),
    ...final(found.text, found.sheet, found.lineCells),
  ];
}

/** A 决算 workbook: its tables are of the final-accounts family (kinds `final.*`). */
function isFinal(tables: readonly TypedTable[]): boolean {
  return tables.some((table) => table.kind.startsWith('final.'));
}
