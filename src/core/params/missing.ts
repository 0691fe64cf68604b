/**
 * 待填参数 — the 参数 a generated 情况说明 still lacks, by the 参数 sheet's sections, so that the
 * task pane lists them as the sheet prints them (一、概况 … 八、政府购买服务) instead of one long list.
 * Source: issue 15 ("missing 参数 grouped by section with a button that selects the field").
 */
import type { Finding } from '../rules/finding';
import { PARAM_FIELDS, PARAM_GROUPS, type ParamField, type ParamGroup } from './schema';
import { defaultParamCell } from './sheet';

/** The rule of a 参数 the narrative asked for (core/narrative/rules, missingInput). */
const MISSING_INPUT = 'narrative.missingInput';

/** A 参数 that is still to be filled in, and the finding that asked for it. */
export interface MissingParam {
  readonly field: ParamField;
  readonly finding: Finding;
}

/** One section of the 参数 sheet with the fields it still lacks. */
export interface MissingParamSection {
  readonly group: ParamGroup;
  readonly fields: readonly MissingParam[];
}

/**
 * The field a missing-input finding asks for: the one whose value cell it names, else the one whose
 * label it quotes.
 */
function fieldOf(finding: Finding): ParamField | undefined {
  return (
    PARAM_FIELDS.find((field) => finding.sheet === defaultParamCell(field.id).sheet && finding.cell === defaultParamCell(field.id).cell) ??
    PARAM_FIELDS.find((field) => finding.message.includes(`“${field.label}”`))
  );
}

/**
 * The missing 参数 among `findings` (the narrative's 【待填写】), each field once, by section in the
 * sheet's order; findings of other rules (a figure missing from the tables) are left out.
 * @example missingParamsBySection(prepareReport(blank).unfinished)[0].group // "基本信息"
 */
export function missingParamsBySection(findings: readonly Finding[]): MissingParamSection[] {
  const byId = new Map<string, MissingParam>();
  for (const finding of findings) {
    if (finding.rule !== MISSING_INPUT) continue;
    const field = fieldOf(finding);
    if (field && !byId.has(field.id)) byId.set(field.id, { field, finding });
  }
  return PARAM_GROUPS.flatMap((group) => {
    const fields = PARAM_FIELDS.filter((field) => field.group === group && byId.has(field.id)).map((field) => byId.get(field.id)!);
    return fields.length === 0 ? [] : [{ group, fields }];
  });
}
