/**
 * 概况 — the free text of 第一部分 (职责, 机构设置), read from the `参数` sheet by its labels.
 *
 * The 参数 sheet is a two-column form (label | value). This reader only looks for the two labels
 * the report needs, wherever they sit, so it keeps working whatever else the form holds.
 */
import { cellText, type Grid } from '../grid';
import { findParamsSheet } from '../params';

/** 部门概况 — what 第一部分 prints. Empty strings count as missing. */
export interface DepartmentProfile {
  /** 本部门职责. */
  readonly duties?: string;
  /** 机构设置情况. */
  readonly organisation?: string;
}

const DUTIES_LABELS = ['职责', '部门职责', '本部门职责', '主要职责', '部门主要职责'];
const ORGANISATION_LABELS = ['机构设置', '机构设置情况', '内设机构', '机构设置及人员情况'];

function labelOf(text: string): string {
  return text.replace(/[\s:：]/g, '').replace(/^[一二三四五六七八九十]+、/, '');
}

/** The value beside (to the right of, else below) the first cell whose label is one of `labels`. */
function valueFor(grid: Grid, labels: readonly string[]): string | undefined {
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (!labels.includes(labelOf(cellText(row[c] ?? null)))) continue;
      for (let k = c + 1; k < row.length; k++) {
        const right = cellText(row[k] ?? null);
        if (right !== '') return right;
      }
      const below = cellText(grid.values[r + 1]?.[c] ?? null);
      return below === '' ? undefined : below;
    }
  }
  return undefined;
}

/**
 * Reads 职责 and 机构设置 from the workbook's `参数` sheet (as src/core/params finds it). The params
 * schema does not declare these two free-text fields, so they are read here by their labels.
 * @example readDepartmentProfile(workbook).duties // "负责应急管理工作……"
 */
export function readDepartmentProfile(workbook: readonly Grid[]): DepartmentProfile {
  const sheet = findParamsSheet(workbook);
  if (!sheet) return {};
  const duties = valueFor(sheet, DUTIES_LABELS);
  const organisation = valueFor(sheet, ORGANISATION_LABELS);
  return {
    ...(duties === undefined ? {} : { duties }),
    ...(organisation === undefined ? {} : { organisation }),
  };
}
