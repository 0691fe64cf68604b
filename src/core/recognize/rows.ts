/**
 * 行 — the rows of a table as typed records: code (either code layout), level, name, role, amounts.
 *
 * Roles follow the table's kind (domain guide, "The budget table family of the seed" and "Rules
 * that must hold"):
 * - `total`: 合计 / 部门合计 / 本年收入合计 …, and the department line heading a project table;
 * - `group`: a row that totals rows below it — a coded 类/款 with sub-codes under it, an economic
 *   group (工资福利支出), a unit subtotal of a project table, 公务用车购置及运行费;
 * - `footer`: in two-sided tables, the lines after the side's 合计 (上年结转, 年终结转, 收入总计 …);
 * - `item`: everything else (a leaf 项, an economic item, a project, a class line of 表1).
 * So in the seed's tables Σ `item` amounts = 合计, and a 类 or 款 equals Σ of the codes it prefixes.
 */
import type { Unit } from '../amount';
import { cellAt, cellText, toA1 } from '../grid';
import type { Grid } from '../grid';
import { kindInfo } from '../kinds';
import type { AmountCell, ColumnKey, RowRole, TableKind, TableSideName, TypedRow } from '../model';
import { canonicalName, lookupSubject, normalizeCode, subjectLevel } from '../subjects';
import { ProblemSink, readAmountCell } from './amounts';
import { ORDINAL_PREFIX, TOTAL_LABEL } from './header';
import { shownValue } from './sheet';
import type { HeaderColumn } from './header';

/** A band of columns: its label columns and its amount columns (one side, or one column pair). */
export interface Band {
  /** The single code column, or the 类/款/项 columns in that order. */
  readonly codeCols: readonly number[];
  /** Name columns; the first is the row's name (表6 also prints the 政府预算 economic name). */
  readonly nameCols: readonly number[];
  readonly amountCols: readonly HeaderColumn[];
  readonly side?: TableSideName;
}

/** What row typing needs to know about the table. */
export interface RowContext {
  readonly grid: Grid;
  readonly kind: TableKind;
  readonly unit: Unit;
  /** 部门名称 from the line under the title, when printed. */
  readonly department?: string;
  readonly sink: ProblemSink;
}

/**
 * A row as it is read, before its role is known: the typed row itself, every key set (one shape),
 * its role, class code and level filled in once the band's rows are all read. One object per row: a
 * department's tables have 100,000 rows (bench/check.js).
 */
type RawRow = { -readonly [K in keyof TypedRow]: TypedRow[K] };

/** Tables whose code column holds 科目编码 (功能分类 or 经济分类), not project or unit codes. */
const SUBJECT_TABLE = /^(coded|economic)$/;

/** A code and a name in one cell, separated by white space. Years ("2024年…") have four digits. */
const CODE_AND_NAME = /^(\d{3}|\d{5}|\d{7})[\s\u3000]+(\S.*)$/;

/** 经济分类 groups, in both the 部门 and the 政府 economic classification. Source: seed 表6; shared/data. */
const ECONOMIC_GROUPS = [
  '工资福利支出',
  '商品和服务支出',
  '对个人和家庭的补助',
  '资本性支出',
  '对企业补助',
  '对社会保障基金补助',
  '债务利息及费用支出',
  '其他支出',
  '机关工资福利支出',
  '机关商品和服务支出',
  '机关资本性支出(一)',
  '机关资本性支出(二)',
  '对事业单位经常性补助',
  '对事业单位资本性补助',
].map(canonicalName);

/** Lines that end the body of a two-sided table's side. Source: seed 表1, 表4; 决算 总表. */
const FOOTER_LABEL = /上年.{0,6}结转|年终结转|结转下年|总计|年初.{0,6}结转|年末.{0,6}结转|结余分配|使用非财政拨款结余|用事业基金弥补/;

/** 本年收入 / 本年支出 heading a side's items (some provinces print the side total first). */
const SIDE_TOTAL = /^(本年收入|本年支出)$/;

/** A unit name (…局, …中心, …队): heads a project table, unlike a project (…经费, …资金). */
const UNIT_NAME = /(局|委员会|委|办公室|中心|站|所|队|院|馆|学校|校|会|处|厅|部|室|组|团|社|场)$/;
const PROJECT_NAME = /(经费|资金|费|项目|补助|补贴|工程|建设|购置|服务|支出)$/;

/**
 * Types the data rows of one band.
 * @example typeRows([5, 6, 7], band, ctx) // [{ role: 'total', name: '合计', … }, { code: '208', level: '类', … }]
 */
export function typeRows(dataRows: readonly number[], band: Band, ctx: RowContext): TypedRow[] {
  const raw: RawRow[] = [];
  // Each row's cells by column, sized once: an array grown by assignment holds twice the slots.
  const width = band.amountCols.reduce((widest, column) => Math.max(widest, column.col + 1), 0);
  for (const r of dataRows) {
    const row = readRow(r, band, width, ctx);
    if (row) raw.push(row);
  }
  return assignRoles(raw, band, ctx);
}

function readRow(r: number, band: Band, width: number, ctx: RowContext): RawRow | undefined {
  const { grid } = ctx;
  // A label merged over several rows or columns reads as its top-left value, as the reader sees it.
  const codeTexts = band.codeCols.map((c) => shownValue(grid, r, c));
  let code =
    band.codeCols.length === 0
      ? undefined
      : band.codeCols.length === 1
        ? normalizeCode(codeValue(codeTexts[0] ?? null) ?? '')
        : normalizeCode(codeTexts.map(codeValue));
  if (!code && band.codeCols.length === 1 && SUBJECT_TABLE.test(kindInfo(ctx.kind).rows)) {
    const printed = cellText(codeTexts[0] ?? null);
    if (/^\d{4,}$/.test(printed)) {
      ctx.sink.add(grid.name, toA1(r, band.codeCols[0]!), `科目编码“${printed}”不是类（3 位）、款（5 位）或项（7 位）的编码：这一行未按科目层级核对，请检查编码`);
    }
  }
  const names = band.nameCols.map((c) => cellText(shownValue(grid, r, c)));
  // 合计 often sits in the code column (seed 表2: "合计" under 科目编码, name blank).
  const codeColumnText = code ? '' : codeTexts.map(cellText).find((t) => t !== '') ?? '';
  let name = names.find((n) => n !== '') ?? codeColumnText;
  // Some exports print code and name in one cell: "2080505 机关事业单位基本养老保险缴费支出".
  const combined = code ? undefined : CODE_AND_NAME.exec(name);
  if (combined) {
    code = combined[1];
    name = combined[2]!.trim();
  }
  const amounts: Partial<Record<ColumnKey, AmountCell>> = {};
  const cells = new Array<AmountCell>(width);
  let anyAmount = false;
  for (const column of band.amountCols) {
    if (column.role.type !== 'amount') continue;
    const cell = readAmountCell(grid, r, column.col, ctx.unit, ctx.sink);
    cells[column.col] = cell;
    const key = column.role.key;
    if (key && !amounts[key]) amounts[key] = cell;
    if (cell.parsed.kind !== 'blank') anyAmount = true;
  }
  if (!code && name === '' && !anyAmount) return undefined;
  if (!code && name === '' && band.codeCols.length + band.nameCols.length > 0) {
    const at = band.codeCols[0] ?? band.nameCols[0]!;
    ctx.sink.add(grid.name, toA1(r, at), '这一行有金额，但没有科目编码或名称：无法判断金额属于哪一项');
  }
  const filled = (c: number) => cellText(cellAt(grid, r, c)) !== '';
  const labelCol =
    (code ? band.codeCols[0] : undefined) ??
    band.nameCols.find(filled) ??
    band.codeCols.find(filled) ??
    band.nameCols[0] ??
    band.codeCols[0] ??
    0;
  return { row: r, role: 'item', code: code || undefined, level: undefined, name, labelAddress: toA1(r, labelCol), amounts, cells };
}

function codeValue(value: unknown): string | number | null {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

function assignRoles(raw: RawRow[], band: Band, ctx: RowContext): TypedRow[] {
  const label = (row: RawRow) => canonicalName(row.name).replace(ORDINAL_PREFIX, '');
  const isTotal = (row: RawRow) => !row.code && TOTAL_LABEL.test(label(row));

  if (band.side || isTwoSided(ctx.kind)) {
    // The side's 合计 may close its items (seed 表1: 本年收入合计) or head them (一、本年收入 over
    // 一般公共预算拨款 …); footer lines (上年结转, 收入总计) and their sub-lines come after it.
    let seenTotal = false;
    let inFooter = false;
    raw.forEach((row) => {
      const name = label(row);
      if (inFooter || (FOOTER_LABEL.test(name) && (seenTotal || !TOTAL_LABEL.test(name)))) {
        row.role = 'footer';
        inFooter = true;
      } else if (isTotal(row) || SIDE_TOTAL.test(name)) {
        row.role = 'total';
        seenTotal = true;
      }
    });
  } else if (kindInfo(ctx.kind).rows === 'projects') {
    let seenTotal = false;
    raw.forEach((row, i) => {
      const unitLike = isUnitName(row.name, ctx.department) || /^小计$/.test(label(row));
      if (isTotal(row) || (!seenTotal && i === 0 && unitLike)) {
        row.role = 'total';
        seenTotal = true;
      } else if (unitLike) row.role = 'group';
    });
  } else {
    raw.forEach((row, i) => {
      if (isTotal(row)) row.role = 'total';
      else if (!row.code && /^小计$/.test(label(row))) row.role = 'group';
      else if (row.code) row.role = prefixesNext(raw, i) ? 'group' : 'item';
      else if (isEconomic(ctx.kind) && ECONOMIC_GROUPS.includes(label(row))) row.role = 'group';
      else if (/公务用车购置及运行/.test(label(row))) row.role = 'group';
    });
  }

  raw.forEach((row) => {
    row.code ??= classCodeOf(row, band, ctx.kind, row.role);
    if (row.code) row.level = subjectLevel(row.code);
  });
  return raw;
}

/** The coded row is a 类 or 款 with sub-codes directly below it. */
function prefixesNext(raw: readonly RawRow[], i: number): boolean {
  const code = raw[i]!.code!;
  for (let k = i + 1; k < raw.length; k++) {
    const next = raw[k]!.code;
    if (next) return next.length > code.length && next.startsWith(code);
  }
  return false;
}

function isTwoSided(kind: TableKind): boolean {
  return kindInfo(kind).rows === 'twoSided';
}

function isEconomic(kind: TableKind): boolean {
  return kindInfo(kind).rows === 'economic';
}

function isUnitName(name: string, department: string | undefined): boolean {
  const folded = canonicalName(name);
  if (department && folded === canonicalName(department)) return true;
  return UNIT_NAME.test(folded) && !PROJECT_NAME.test(folded);
}

/**
 * A class line of a two-sided table ("二十三、灾害防治及应急管理支出") gets its 类 code from the
 * subject data, so that rules can compare it with the coded tables by code.
 */
function classCodeOf(row: RawRow, band: Band, kind: TableKind, role: RowRole): string | undefined {
  if (role !== 'item' || band.side === 'income' || band.side === 'economic' || !isTwoSided(kind)) return undefined;
  return classCodes().get(canonicalName(row.name.replace(ORDINAL_PREFIX, '')));
}

let classCodeIndex: Map<string, string> | undefined;

/** 类 name (every printed variant) → code, for the function classes 201–299 in the subject data. */
function classCodes(): Map<string, string> {
  if (classCodeIndex) return classCodeIndex;
  classCodeIndex = new Map();
  for (let code = 201; code <= 299; code++) {
    const subject = lookupSubject(String(code), 'func');
    for (const name of subject?.names ?? []) classCodeIndex.set(canonicalName(name), subject!.code);
  }
  return classCodeIndex;
}
