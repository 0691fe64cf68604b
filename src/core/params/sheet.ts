/**
 * 参数表 — laying out the 参数 sheet and reading it back.
 *
 * The sheet is for a finance user: one heading row per group, then one row per field with the
 * Chinese label (A), the value (B) and a note saying what to enter (C). It is read back by label (or
 * a declared alias), so a user may reorder rows or delete a group without breaking anything. A text
 * keeps its line breaks: 职责 and 机构设置 are several paragraphs in one cell.
 */
import { Decimal, parseAmount, toHalfWidth } from '../amount';
import type { CellStyle, CellValue, Grid, StyledRegion, Workbook } from '../grid';
import { cellAt, cellText, isBlank, toA1 } from '../grid';
import type { CellRef } from '../grid';
import type { Finding } from '../rules/finding';
import { renderMessage } from '../rules/finding';
import { PARAM_RULES } from './rules';
import { canonicalName } from '../subjects';
import { PARAM_FIELDS, PARAM_GROUPS } from './schema';
import type { ParamField } from './schema';

/** 参数表名 — the sheet name the product writes and looks for first. */
export const PARAMS_SHEET = '参数';
const TITLE = '情况说明参数';
const HEADER_ROW = 2;
const LABEL_COL = 0;
const VALUE_COL = 1;

/** A field's value: amounts, counts and areas as exact decimals; text and choices as strings. */
export type ParamValue = Decimal | string;

/** 参数值 — values by field id; an absent key is an input not given. */
export type ParamValues = Readonly<Record<string, ParamValue>>;

/** What {@link readParams} found. */
export interface ReadParams {
  /** The sheet read, when the workbook has one. */
  readonly sheet?: string;
  readonly values: ParamValues;
  /** Where each given value sits, for sentence → source. */
  readonly sources: Readonly<Record<string, CellRef>>;
  /** Values that could not be read: rule `params.invalidValue`, naming the cell. */
  readonly findings: readonly Finding[];
}

const CHINESE_GROUP_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Rows of the default layout: group headings and fields, in order. */
function layoutRows(): { heading?: string; field?: ParamField }[] {
  const rows: { heading?: string; field?: ParamField }[] = [];
  PARAM_GROUPS.forEach((group, index) => {
    rows.push({ heading: `${CHINESE_GROUP_NUMBERS[index] ?? String(index + 1)}、${group}` });
    for (const field of PARAM_FIELDS) if (field.group === group) rows.push({ field });
  });
  return rows;
}

/**
 * The value cell of a field in the default layout (as {@link paramsSheet} writes it), so that a
 * missing input can be pointed at even before the sheet exists.
 * @example defaultParamCell('department') // { sheet: '参数', cell: 'B8' }
 */
export function defaultParamCell(id: string): CellRef {
  const index = layoutRows().findIndex((row) => row.field?.id === id);
  return { sheet: PARAMS_SHEET, cell: toA1(HEADER_ROW + 1 + Math.max(index, 0), VALUE_COL) };
}

function cellValueOf(field: ParamField, value: ParamValue | undefined): CellValue {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  // The grid is the host edge: Excel stores numbers as doubles, and these are short decimals.
  return field.type === 'text' || field.type === 'choice' ? value.toString() : value.toNumber();
}

/**
 * 参数表 — the 参数 sheet, with `values` filled in where given.
 * @example paramsSheet(sampleParams()).name // "参数"
 */
export function paramsSheet(values: ParamValues = {}): Grid {
  const rows: CellValue[][] = [
    [TITLE, null, null],
    ['填写表格中没有的数据和文字，生成情况说明时使用；留空的项目在说明中显示为【待填写】。金额单位：万元。', null, null],
    ['项目', '数值', '说明'],
  ];
  const numberFormats: (string | undefined)[][] = [[], [], []];
  const styles: StyledRegion[] = [
    { range: { top: 0, left: 0, bottom: 0, right: 2 }, style: { bold: true, fontSize: 14, horizontal: 'center' } },
    { range: { top: 1, left: 0, bottom: 1, right: 2 }, style: { wrap: true } },
  ];
  const headingStyle: CellStyle = { bold: true, fill: '#DDEBF7', border: true };
  styles.push({ range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW, right: 2 }, style: { bold: true, horizontal: 'center', border: true } });
  for (const row of layoutRows()) {
    const r = rows.length;
    if (row.heading !== undefined) {
      rows.push([row.heading, null, null]);
      numberFormats.push([]);
      styles.push({ range: { top: r, left: 0, bottom: r, right: 2 }, style: headingStyle });
      continue;
    }
    const field = row.field!;
    rows.push([field.label, cellValueOf(field, values[field.id]), field.note]);
    numberFormats.push([undefined, formatFor(field), undefined]);
    // A long text makes a tall row: its label and note stay at the top beside its first line.
    const style: CellStyle = field.multiline ? { border: true, wrap: true, vertical: 'top' } : { border: true, wrap: true };
    styles.push({ range: { top: r, left: 0, bottom: r, right: 2 }, style });
  }
  return {
    name: PARAMS_SHEET,
    values: rows,
    numberFormats,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 1, right: 2 },
    ],
    columnWidths: [30, 40, 50],
    styles,
    print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } },
  };
}

function formatFor(field: ParamField): string | undefined {
  if (field.type === 'amount') return '#,##0.00';
  if (field.type === 'count') return '0';
  if (field.type === 'area') return '#,##0.##';
  return '@';
}

/** The 参数 sheet of a workbook: named 参数, or titled 情况说明参数 in A1. */
export function findParamsSheet(workbook: Workbook): Grid | undefined {
  return workbook.find((grid) => grid.name.trim() === PARAMS_SHEET) ?? workbook.find(isParamsSheet);
}

/** Whether a sheet is a 参数 sheet (the one read, or a copy of it: 参数 (2)): titled 情况说明参数 in A1. */
export function isParamsSheet(grid: Grid): boolean {
  return grid.name.trim() === PARAMS_SHEET || cellText(cellAt(grid, 0, 0)).includes(TITLE);
}

/**
 * How a label cell is compared: spacing, full/half width and quotes ignored (canonicalName), and a
 * numbering (一、) or a trailing colon a user copied from the document's heading dropped.
 */
export function labelKey(text: string): string {
  return canonicalName(text).replace(/^[一二三四五六七八九十]+、/, '').replace(/[:：]+$/, '');
}

/** Every field by its label and by each of its aliases. */
const FIELDS_BY_LABEL = new Map(
  PARAM_FIELDS.flatMap((field) => [field.label, ...(field.aliases ?? [])].map((label) => [labelKey(label), field] as const)),
);

/**
 * 读取参数 — reads the 参数 sheet back. Rows whose label is not a declared field are ignored (group
 * headings, the user's own notes); a value that does not fit its field is a finding naming its cell,
 * and the field stays absent — never a guessed number.
 * @example readParams([paramsSheet(sampleParams())]).values['vehicles.quota'] // Decimal 2
 */
export function readParams(workbook: Workbook): ReadParams {
  const grid = findParamsSheet(workbook);
  if (!grid) return { values: {}, sources: {}, findings: [] };
  const values: Record<string, ParamValue> = {};
  const sources: Record<string, CellRef> = {};
  const findings: Finding[] = [];
  grid.values.forEach((_, row) => {
    const field = FIELDS_BY_LABEL.get(labelKey(cellText(cellAt(grid, row, LABEL_COL))));
    if (!field) return;
    const raw = cellAt(grid, row, VALUE_COL);
    if (isBlank(raw)) return;
    const ref: CellRef = { sheet: grid.name, cell: toA1(row, VALUE_COL) };
    const read = readValue(field, raw);
    if ('problem' in read) {
      findings.push({
        rule: PARAM_RULES.invalidValue.id,
        severity: PARAM_RULES.invalidValue.severity,
        sheet: ref.sheet,
        cell: ref.cell,
        message: renderMessage(PARAM_RULES.invalidValue.message, { label: field.label, problem: read.problem }),
        actual: cellText(raw),
      });
      return;
    }
    values[field.id] = read.value;
    sources[field.id] = ref;
  });
  return { sheet: grid.name, values, sources, findings };
}

function readValue(field: ParamField, raw: CellValue): { value: ParamValue } | { problem: string } {
  const text = cellText(raw);
  switch (field.type) {
    case 'text':
      // Line breaks are the paragraphs of a multi-line text; a cell typed on Windows may carry CR LF.
      return { value: text.replace(/\r\n?/g, '\n') };
    case 'choice': {
      const choice = field.choices?.find((c) => canonicalName(c) === canonicalName(text));
      return choice ? { value: choice } : { problem: `应为${(field.choices ?? []).join('、')}之一，而不是“${text}”` };
    }
    case 'amount': {
      const parsed = parseAmount(raw);
      if (parsed.kind !== 'amount') return { problem: `不是金额：“${text}”` };
      // The sheet asks for 万元; a value the user marked 元 is converted, never silently misread.
      return { value: parsed.unit === '元' ? parsed.value.dividedBy(10000) : parsed.value };
    }
    case 'count':
    case 'area': {
      const stripped = typeof raw === 'string' ? toHalfWidth(raw).replace(/(平方米|㎡|m2|个|辆|台（套）|台\(套\)|台|套)$/u, '') : raw;
      const parsed = parseAmount(stripped);
      if (parsed.kind !== 'amount' || parsed.value.isNegative()) return { problem: `应为不小于0的数，而不是“${text}”` };
      if (field.type === 'count' && !parsed.value.isInteger()) return { problem: `应为整数，而不是“${text}”` };
      return { value: new Decimal(parsed.value) };
    }
  }
}

/** The decimal value of a field, when given. */
export function decimalParam(values: ParamValues, id: string): Decimal | undefined {
  const value = values[id];
  return value === undefined || typeof value === 'string' ? undefined : value;
}

/** The text of a field, when given and not empty. */
export function textParam(values: ParamValues, id: string): string | undefined {
  const value = values[id];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
