/**
 * 上年工作簿 — last year's disclosure workbook beside this year's: the 参数 上年 figures read from
 * last year's recognised tables (each with its source cell there), and every 上年 figure this year's
 * workbook states compared with them. Last year's workbook may be of another layout or family: its
 * figures are read through the vocabulary (`printedQuantities` / `printedFigure`), the one place a
 * quantity's figure is declared — the same reading the 情况说明 checker uses.
 * Source: issue 14 item 4; the 参数 fields of group 上年数 (`../params/schema.ts`) and the quantities'
 * `lastYear` fields (`../vocabulary/quantities.ts`).
 */
import { convertUnit, parseAmount, roundHalfUp, unitOfLastPlace, type Decimal } from '../amount';
import { cellAt, formatCellRef, toA1, type CellRef, type Workbook } from '../grid';
import type { TypedColumn, TypedTable } from '../model';
import { disclosureYear } from '../narrative/check';
import { defaultParamCell, findParamsSheet, PARAM_FIELDS, paramField, readParams, textParam, type ParamValue, type ParamValues, type ReadParams } from '../params';
import { recognizeWorkbook } from '../recognize';
import { formatFindingAmount, makeFinding, renderMessage, type Finding } from '../rules/finding';
import { tableDecimals } from '../rules/tables';
import { printedFigure, printedQuantities, QUANTITIES } from '../vocabulary';
import { PREVIOUS_RULES } from './rules';

export { PREVIOUS_RULES } from './rules';

/** Last year's workbook as the user chose it: its file name (for messages) and its sheets. */
export interface PreviousWorkbook {
  readonly name: string;
  readonly workbook: Workbook;
}

/** One 上年 figure read from last year's workbook. */
export interface LastYearFigure {
  /** The 参数 field it fills (`lastYear.incomeTotal`). */
  readonly field: string;
  /** The field's label as the 参数 sheet prints it (上年收入总计). */
  readonly label: string;
  /** The vocabulary quantity it was read as (`income.grand`). */
  readonly quantity: string;
  /** In 万元, exact (a 元 table's figure converted without rounding). */
  readonly value: Decimal;
  /** Decimals of its last printed digit in 万元: 2, or 4 for a table in 元. */
  readonly decimals: number;
  /** Its cells in last year's workbook (sheets of that workbook). */
  readonly sources: readonly CellRef[];
}

/** What last year's workbook gives: its figures, or why it cannot be used. */
export type PreviousReading =
  | { readonly kind: 'read'; readonly year?: number; readonly figures: readonly LastYearFigure[] }
  | { readonly kind: 'unusable'; readonly reason: string };

/** The comparison of this year's workbook with last year's. */
export interface PreviousCheck {
  /** Last year's file name, as given. */
  readonly name: string;
  /** Why last year's workbook was not compared; absent when it was. */
  readonly reason?: string;
  /** Last year's year, when it was read. */
  readonly year?: number;
  /** Every 上年 figure last year's workbook gives, in 参数 sheet order. */
  readonly figures: readonly LastYearFigure[];
  /** The 上年 fields this year's 参数 leaves empty, filled from `figures`. */
  readonly filled: readonly LastYearFigure[];
  /** This year's 参数 values with `filled` added (what the 情况说明 check compares 比上年 with). */
  readonly params: ParamValues;
  /** Where each of `params` comes from: this year's 参数 cell, or last year's cell (`[file]sheet`). */
  readonly paramSources: Readonly<Record<string, CellRef>>;
  /** `previous.*` findings, at this year's cells. */
  readonly findings: readonly Finding[];
}

/**
 * This year's 参数 as read, with the 上年 fields last year's workbook filled (its values and their
 * cells); as read when there is no comparison. What the review, the generator and the report use.
 * @example paramsWithPrevious(readParams(workbook), checkPrevious(current, last)).values['lastYear.incomeTotal']
 */
export function paramsWithPrevious(params: ReadParams, previous: PreviousCheck | undefined): ReadParams {
  return previous ? { ...params, values: previous.params, sources: previous.paramSources } : params;
}

/** The 参数 fields of last year's figures: the group 上年数 and every quantity's `lastYear` field. */
const LAST_YEAR_FIELDS: readonly string[] = PARAM_FIELDS.filter(
  (field) => field.id.startsWith('lastYear.') || QUANTITIES.some((quantity) => quantity.lastYear === field.id),
).map((field) => field.id);

/** Last year's recognised tables: its 参数 sheet is inputs, not a table. */
function tablesOf(workbook: Workbook): readonly TypedTable[] {
  const params = findParamsSheet(workbook);
  return recognizeWorkbook(workbook.filter((grid) => grid !== params)).tables;
}

/**
 * Reads last year's workbook: the figure of each 上年 field, through the first quantity declaring
 * that field as its `lastYear` that last year's tables print. It is unusable — with the reason in
 * Chinese — when it has no disclosure table, when its year is not the year before `thisYear` (the
 * same year: most likely this year's file itself; a later one), when its 部门名称 differs from
 * `thisDepartment`, or when none of its tables prints a 上年 figure (a 决算 workbook for a 预算 one).
 * @example readPrevious(sample2024, 2025) // { kind: 'read', year: 2024, figures: [{ field: 'lastYear.incomeTotal', value: 4510.52, sources: [{ sheet: '表1', cell: 'B20' }] } …] }
 */
export function readPrevious(workbook: Workbook, thisYear: number | undefined, thisDepartment?: string): PreviousReading {
  const tables = tablesOf(workbook);
  if (tables.length === 0) {
    return { kind: 'unusable', reason: '其中没有识别出预算或决算公开表（例如“2024年部门收支总表”），请确认选择的是上年的公开工作簿。' };
  }
  const params = readParams(workbook).values;
  const year = disclosureYear(tables, params);
  if (thisYear !== undefined) {
    if (year === undefined) return { kind: 'unusable', reason: `无法确定它的年度（表格标题中没有“XXXX年”，参数表也未填写预算年度），不能确认是${thisYear - 1}年的工作簿。` };
    if (year === thisYear) return { kind: 'unusable', reason: `它与本年工作簿同为${year}年，可能选择了本年工作簿本身；请选择${thisYear - 1}年的工作簿。` };
    if (year > thisYear) return { kind: 'unusable', reason: `它是${year}年的工作簿，晚于本年（${thisYear}年）；请选择${thisYear - 1}年的工作簿。` };
    if (year !== thisYear - 1) return { kind: 'unusable', reason: `它是${year}年的工作簿，不是上一年度（${thisYear - 1}年）的；请选择${thisYear - 1}年的工作簿。` };
  }
  const department = textParam(params, 'department');
  if (thisDepartment !== undefined && department !== undefined && department !== thisDepartment) {
    return { kind: 'unusable', reason: `它是“${department}”的工作簿，不是“${thisDepartment}”的。` };
  }
  const figures = lastYearFigures(tables);
  if (figures.length === 0) {
    return { kind: 'unusable', reason: '其中的表格没有本年 参数 所需的上年数（收入总计、支出总计、一般公共预算当年支出、“三公”经费、机关运行经费）；上年的预算公开工作簿才有这些数。' };
  }
  return { kind: 'read', ...(year !== undefined ? { year } : {}), figures };
}

/** The 上年 figures last year's tables print, in 参数 sheet order. */
function lastYearFigures(tables: readonly TypedTable[]): LastYearFigure[] {
  const printed = printedQuantities(tables);
  return LAST_YEAR_FIELDS.flatMap((field) => {
    for (const entry of printed) {
      if (entry.quantity.lastYear !== field) continue;
      const figure = printedFigure(entry);
      if (figure) return [{ field, label: paramField(field).label, quantity: entry.quantity.id, ...figure }];
    }
    return [];
  });
}

/** A cell of last year's workbook as Excel writes an external reference: `'[2024.xlsx]表1'!B20`. */
export function previousCell(name: string, ref: CellRef): CellRef {
  return { sheet: `[${name}]${ref.sheet}`, cell: ref.cell };
}

/** What this year's workbook says, as the review has read it. */
export interface CurrentWorkbook {
  readonly workbook: Workbook;
  readonly tables: readonly TypedTable[];
  readonly params: ReadParams;
}

/**
 * Compares this year's workbook with last year's: the 上年 values typed into this year's 参数 and
 * those its tables print in a 上年 column beside a quantity's figure, against last year's figures
 * (rounding-aware: to the coarser of the two precisions, one unit of its last digit is 尾差, more is
 * an error); and the 上年 fields left empty filled from last year's figures.
 * An unusable last year's workbook gives one `previous.unusable` finding and fills nothing. Never
 * throws on a user's workbook.
 * @example checkPrevious({ workbook, tables, params }, { name: '2024.xlsx', workbook: last }).findings // [] when they agree
 */
export function checkPrevious(current: CurrentWorkbook, previous: PreviousWorkbook): PreviousCheck {
  const typed = current.params;
  const thisYear = disclosureYear(current.tables, typed.values);
  const reading = readPrevious(previous.workbook, thisYear, textParam(typed.values, 'department'));
  const anchor = typed.sources['lastYear.incomeTotal'] ?? defaultParamCell('lastYear.incomeTotal');
  if (reading.kind === 'unusable') {
    const rule = PREVIOUS_RULES.unusable;
    const finding = makeFinding({
      rule: rule.id,
      severity: rule.severity,
      sheet: anchor.sheet,
      cell: anchor.cell,
      message: renderMessage(rule.message, { file: previous.name, reason: reading.reason }),
    });
    return { name: previous.name, reason: reading.reason, figures: [], filled: [], params: typed.values, paramSources: typed.sources, findings: [finding] };
  }
  const params: Record<string, ParamValue> = { ...typed.values };
  const paramSources: Record<string, CellRef> = { ...typed.sources };
  const filled: LastYearFigure[] = [];
  const findings: Finding[] = [];
  for (const figure of reading.figures) {
    const stated = typed.values[figure.field];
    const at = typed.sources[figure.field];
    if (stated === undefined || typeof stated === 'string' || !at) {
      params[figure.field] = figure.value;
      paramSources[figure.field] = previousCell(previous.name, figure.sources[0]!);
      filled.push(figure);
      continue;
    }
    const finding = compareStated(figure, stated, Math.max(stated.decimalPlaces(), 2), at, previous.name);
    if (finding) findings.push(finding);
  }
  findings.push(...compareTableColumns(current, reading.figures, previous.name));
  return { name: previous.name, ...(reading.year !== undefined ? { year: reading.year } : {}), figures: reading.figures, filled, params, paramSources, findings };
}

/** One stated 上年 figure against last year's: nothing when they agree at the coarser precision. */
function compareStated(figure: LastYearFigure, stated: Decimal, statedDecimals: number, at: CellRef, file: string): Finding | undefined {
  const decimals = Math.min(statedDecimals, figure.decimals);
  const difference = roundHalfUp(stated, decimals).minus(roundHalfUp(figure.value, decimals));
  if (difference.isZero()) return undefined;
  const unit = unitOfLastPlace(decimals);
  const rule = difference.abs().lte(unit) ? PREVIOUS_RULES.figureRounding : PREVIOUS_RULES.figureMismatch;
  const slots = {
    label: figure.label,
    where: formatCellRef(at),
    stated: formatFindingAmount(stated),
    file,
    source: figure.sources.map(formatCellRef).join('+'),
    expected: formatFindingAmount(figure.value),
    difference: formatFindingAmount(difference),
  };
  return makeFinding({
    rule: rule.id,
    severity: rule.severity,
    sheet: at.sheet,
    cell: at.cell,
    message: renderMessage(rule.message, slots),
    expected: slots.expected,
    actual: slots.stated,
    difference: slots.difference,
    tolerance: formatFindingAmount(unit, decimals),
    compared: figure.sources.map((ref) => previousCell(file, ref)),
  });
}

/** A header path without its year (2024年预算数 → 预算数) or 本年/上年, so that both years' columns compare. */
function yearless(path: readonly string[]): string[] {
  return path.map((word) => word.replace(/(?:19|20)\d{2}\s*年度?/g, '').replace(/^(本年|上年)/, '').replace(/\s+/g, '')).filter((word) => word !== '');
}

/**
 * The 上年 column beside a column of this year's: the same heading but for the year (2024年预算数 ›
 * 合计 beside 2025年预算数 › 合计), or a heading alone beside this year's 合计 under it (2024年预算数
 * beside 2025年预算数 › 合计); with one amount column, the one 上年 column.
 */
function lastYearColumnOf(table: TypedTable, column: TypedColumn): TypedColumn | undefined {
  const candidates = table.lastYearColumns ?? [];
  const own = yearless(column.path);
  const asTotal = /^(合计|小计)$/.test(own[own.length - 1] ?? '') ? own.slice(0, -1) : undefined;
  const same = (other: TypedColumn, words: readonly string[]) => yearless(other.path).join('›') === words.join('›');
  return (
    candidates.find((other) => same(other, own)) ??
    (asTotal ? candidates.find((other) => same(other, asTotal)) : undefined) ??
    (table.columns.length === 1 && candidates.length === 1 ? candidates[0] : undefined)
  );
}

/**
 * The 上年 figures this year's tables print in a 上年 column on a quantity's row, each compared with
 * last year's figure of that quantity's 上年 field. A cell is compared once; a blank one is not.
 */
function compareTableColumns(current: CurrentWorkbook, figures: readonly LastYearFigure[], file: string): Finding[] {
  if (!current.tables.some((table) => table.lastYearColumns)) return [];
  const byField = new Map(figures.map((figure) => [figure.field, figure]));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { quantity, printings } of printedQuantities(current.tables)) {
    const figure = quantity.lastYear ? byField.get(quantity.lastYear) : undefined;
    if (!figure) continue;
    for (const printing of printings) {
      const { table, row, cells } = printing;
      const cell = cells.length === 1 ? cells[0] : undefined;
      const column = cell ? table.columns.find((c) => c.col === cell.col) : undefined;
      const prior = column && table.lastYearColumns ? lastYearColumnOf(table, column) : undefined;
      const grid = current.workbook.find((g) => g.name === table.sheet);
      if (!row || !prior || !grid) continue;
      const at: CellRef = { sheet: table.sheet, cell: toA1(row.row, prior.col) };
      const key = formatCellRef(at);
      if (seen.has(key)) continue;
      seen.add(key);
      const parsed = parseAmount(cellAt(grid, row.row, prior.col));
      if (parsed.kind !== 'amount') continue;
      const decimals = table.unit === '元' ? tableDecimals(table) + 4 : tableDecimals(table);
      const finding = compareStated(figure, convertUnit(parsed.value, table.unit, '万元'), decimals, at, file);
      if (finding) findings.push(makeFinding({ ...finding, table: table.title }));
    }
  }
  return findings;
}
