/**
 * 概况 — the free text of 第一部分 (职责, 机构设置), read from the `参数` sheet.
 *
 * Both are declared 参数 fields (`profile.duties`, `profile.organisation` in src/core/params/schema.ts,
 * with the labels a user's own sheet may use as aliases), so they are read by the one 参数 reader.
 */
import type { Grid } from '../grid';
import { readParams, textParam } from '../params';

/** 部门概况 — what 第一部分 prints, one paragraph a line. Empty strings count as missing. */
export interface DepartmentProfile {
  /** 本部门职责. */
  readonly duties?: string;
  /** 机构设置情况. */
  readonly organisation?: string;
}

/**
 * Reads 职责 and 机构设置 from the workbook's `参数` sheet.
 * @example readDepartmentProfile([paramsSheet(sampleParams())]).organisation // "阳城县应急管理局内设职能部门共七个，……"
 */
export function readDepartmentProfile(workbook: readonly Grid[]): DepartmentProfile {
  const { values } = readParams(workbook);
  const duties = textParam(values, 'profile.duties');
  const organisation = textParam(values, 'profile.organisation');
  return {
    ...(duties === undefined ? {} : { duties }),
    ...(organisation === undefined ? {} : { organisation }),
  };
}
