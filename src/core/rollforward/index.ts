/**
 * 结转下年 (roll-forward) — from this year's recognised workbook, next year's workbook: the same
 * family's blank templates for the same department and year + 1, keeping this year's subject rows
 * (codes and names, economic items, units, projects) with every amount empty; the 参数 sheet with
 * the texts that carry over (部门名称, 单位类型) and this year's totals as next year's 上年 figures.
 * Source: issue 8, item 4.
 */
import { Decimal, type Unit } from '../amount';
import { cellAt, cellText, rowCount, type Grid, type Workbook } from '../grid';
import { familyInfo } from '../kinds';
import type { FamilyId, TableKind, TypedTable } from '../model';
import { findParamsSheet, paramsSheet, readParams, textParam, type ParamValue } from '../params';
import { recognizeWorkbook } from '../recognize';
import { glossarySheet, readGlossary } from '../report/glossary';
import { FAMILIES, layoutWorkbook, type CodeLayout, type DisclosureData, type TableData } from '../templates';
import { lastYearFigures } from './figures';
import { subjectRows } from './rows';

export { lastYearFigures } from './figures';
export { subjectRows } from './rows';

/**
 * 参数 fields whose text stays true next year (职责 and 机构设置 rarely change between years).
 * Reasons, procurement and assets are the year's own.
 */
const CARRIED_TEXTS: readonly string[] = ['department', 'unitType', 'profile.duties', 'profile.organisation'];

/** The department line of a workbook that names none, for the user to overwrite. */
const PLACEHOLDER_DEPARTMENT = '（部门名称）';

/** Next year's workbook. */
export interface RolledForward {
  readonly kind: 'rolled';
  readonly family: FamilyId;
  readonly department: string;
  /** The year of the source workbook; the result is for `year + 1`. */
  readonly year: number;
  readonly unit: Unit;
  readonly codeLayout: CodeLayout;
  /** The templates, then the 参数 sheet, then the sheets carried as they are (名词解释). */
  readonly grids: Grid[];
  /** The names of the sheets carried unchanged: the department's 名词解释, which stays true from year to year. */
  readonly carried: readonly string[];
  /** What went into next year's 参数 sheet. */
  readonly params: Readonly<Record<string, ParamValue>>;
  /** Tables of the family the source workbook lacks: laid out blank, without rows of their own. */
  readonly missing: readonly TableKind[];
}

/** A workbook that cannot be rolled forward, with the reason in Chinese. */
export interface NotRolled {
  readonly kind: 'unusable';
  readonly reason: string;
}

/**
 * Rolls a workbook forward one year. Never throws on a user's workbook: one without disclosure
 * tables or without a year comes back `unusable` with a reason.
 * @example rollForward(sampleWorkbook) // { kind: 'rolled', year: 2024, grids: [表1 … 表13, 参数], params: { 'lastYear.incomeTotal': 4510.52 … } }
 */
export function rollForward(workbook: Workbook): RolledForward | NotRolled {
  const paramsGrid = findParamsSheet(workbook);
  const recognition = recognizeWorkbook(workbook.filter((grid) => grid !== paramsGrid));
  if (recognition.tables.length === 0) {
    return { kind: 'unusable', reason: '工作簿中没有识别出预算或决算公开表，无法生成下一年度模板。' };
  }
  const read = readParams(workbook);
  const year = yearOf(read.values.year, recognition.tables);
  if (year === undefined) {
    return { kind: 'unusable', reason: '无法确定年度：表格标题中没有“XXXX年”，参数表也未填写预算年度。' };
  }
  const familyId = recognition.family ?? 'budget13';
  if (!Object.hasOwn(FAMILIES, familyId)) {
    return { kind: 'unusable', reason: `这套公开表（${familyInfo(familyId).name}）暂无模板，无法生成下一年度模板。` };
  }
  const family = FAMILIES[familyId as FamilyId];
  const department = textParam(read.values, 'department') ?? departmentOf(workbook, recognition.tables) ?? PLACEHOLDER_DEPARTMENT;
  const unit = recognition.tables[0]!.unit;
  const codeLayout = codeLayoutOf(workbook, recognition.tables);

  const tables: Partial<Record<TableKind, TableData>> = {};
  const missing: TableKind[] = [];
  for (const template of family.tables) {
    const table = recognition.tables.find((t) => t.kind === template.kind);
    if (!table) {
      missing.push(template.kind);
      continue;
    }
    const rows = subjectRows(template.body, table, workbook, department);
    if (rows) tables[template.kind] = rows;
  }
  const data: DisclosureData = { tables };
  const grids = layoutWorkbook({ family: family.id, department, year: year + 1, unit, codeLayout, data, purpose: 'template' });

  const params: Record<string, ParamValue> = {};
  for (const id of CARRIED_TEXTS) {
    const text = textParam(read.values, id);
    if (text !== undefined) params[id] = text;
  }
  params.department = department;
  params.year = new Decimal(year + 1);
  Object.assign(params, lastYearFigures(recognition.tables));
  const glossary = readGlossary(workbook).entries ?? [];
  const carried = glossary.length > 0 ? [glossarySheet(glossary)] : [];
  return {
    kind: 'rolled',
    family: family.id,
    department,
    year,
    unit,
    codeLayout,
    grids: [...grids, paramsSheet(params), ...carried],
    carried: carried.map((grid) => grid.name),
    params,
    missing,
  };
}

/** The year: the 参数 sheet's 预算年度, else the most frequent “XXXX年” of the table titles. */
function yearOf(given: ParamValue | undefined, tables: readonly TypedTable[]): number | undefined {
  if (given !== undefined && /^\d{4}$/.test(given.toString())) return Number(given.toString());
  const counts = new Map<number, number>();
  for (const table of tables) {
    const match = /(\d{4})\s*年/.exec(table.title);
    if (match) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** 部门名称 from a table's preamble line: 部门名称：… / 编制单位：… / 单位名称：… / 部门：… */
function departmentOf(workbook: Workbook, tables: readonly TypedTable[]): string | undefined {
  for (const table of tables) {
    const grid = workbook.find((g) => g.name === table.sheet);
    if (!grid) continue;
    for (let row = table.range.top; row <= Math.min(table.range.top + 3, rowCount(grid) - 1); row++) {
      for (let col = table.range.left; col <= table.range.right; col++) {
        const match = /^(?:部门名称|编制单位|单位名称|部门|单位)[:：]\s*(.+)$/.exec(cellText(cellAt(grid, row, col)).trim());
        if (match && !/^(万元|元)$/.test(match[1]!.trim())) return match[1]!.trim();
      }
    }
  }
  return undefined;
}

/** 类 | 款 | 项 in three columns when a table's header prints the three words side by side. */
function codeLayoutOf(workbook: Workbook, tables: readonly TypedTable[]): CodeLayout {
  for (const table of tables) {
    const grid = workbook.find((g) => g.name === table.sheet);
    if (!grid) continue;
    for (let row = table.range.top; row <= table.range.bottom; row++) {
      for (let col = table.range.left; col + 2 <= table.range.right; col++) {
        const texts = [0, 1, 2].map((d) => cellText(cellAt(grid, row, col + d)).trim());
        if (texts[0] === '类' && texts[1] === '款' && texts[2] === '项') return 'split';
      }
    }
  }
  return 'single';
}
