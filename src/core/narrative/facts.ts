/**
 * 情况说明的数据 — every figure the explanation text needs, read from the typed tables.
 *
 * Each figure keeps the cells it came from, so that a host can select the source of a sentence
 * (issue 4 item 3). Figures are in 万元 whatever unit the table printed (tables in 元 → text in
 * 万元; domain guide, "Other families and layouts"), converted exactly; rounding to the printed two
 * places happens only when a sentence is written.
 */
import { Decimal, convertUnit } from '../amount';
import type { CellRef } from '../grid';
import type { AmountCell, ColumnKey, TableKind, TypedRow, TypedTable } from '../model';
import { amountOf } from '../model';
import { canonicalName } from '../subjects';
import { printedFigure, printedQuantities } from '../vocabulary';

/** 数据项 — one figure in 万元 and the cells it came from. */
export interface Fact {
  readonly value: Decimal;
  readonly sources: readonly CellRef[];
}

/** A figure with the name (and code, for function subjects) it is printed under. */
export interface NamedFact extends Fact {
  readonly name: string;
  readonly code?: string;
}

/** 收入来源 — the funding sources of table 1's income side, in print order. */
export type IncomeSource = 'generalPublic' | 'govFund' | 'stateCapital' | 'specialAccount' | 'unitFunds';

/** The figures of the whole 情况说明. An absent figure means its table (or row) was not found. */
export interface NarrativeFacts {
  /** 预算年度, from the tables' titles (e.g. 2024年预算收支总表). */
  readonly year?: number;
  /** 单位名称, from the 机关运行经费 table's unit row when it has one. */
  readonly department?: string;
  // 表1 预算收支总表
  readonly incomeTotal?: Fact;
  readonly currentIncome?: Fact;
  readonly carryover?: Fact;
  readonly incomeBySource: readonly (NamedFact & { readonly source: IncomeSource })[];
  readonly expenditureTotal?: Fact;
  /** 支出总计 of which 当年预算安排 / 上年结转安排. */
  readonly expenditureCurrent?: Fact;
  readonly expenditureCarryover?: Fact;
  /** Expenditure classes (类) of table 1 with an amount, in print order. */
  readonly classes: readonly NamedFact[];
  // 表3 预算支出总表
  readonly basic?: Fact;
  readonly project?: Fact;
  // 表4 财政拨款收支总表
  readonly fiscal: {
    readonly total?: Fact;
    readonly generalPublic?: Fact;
    readonly govFund?: Fact;
    readonly stateCapital?: Fact;
    readonly current?: Fact;
    readonly carryover?: Fact;
    readonly classes: readonly NamedFact[];
  };
  // 表5 一般公共预算支出预算表（当年，不含上年结转）
  readonly generalPublic: {
    readonly total?: Fact;
    readonly basic?: Fact;
    readonly project?: Fact;
    /** 类 with an amount, ordered by code. */
    readonly classes: readonly NamedFact[];
  };
  // 表6 基本支出经济分类
  readonly basicEconomic: {
    readonly total?: Fact;
    readonly personnel?: Fact;
    readonly publicUse?: Fact;
    /** Items with a 人员经费 amount, in print order. */
    readonly personnelItems: readonly NamedFact[];
    /** Items with a 公用经费 amount, in print order. */
    readonly publicUseItems: readonly NamedFact[];
  };
  // 表10 “三公”经费
  readonly threePublic: {
    readonly total?: Fact;
    readonly abroad?: Fact;
    readonly reception?: Fact;
    readonly vehicle?: Fact;
    readonly vehiclePurchase?: Fact;
    readonly vehicleOperation?: Fact;
  };
  // 表11 机关运行经费
  readonly operating?: Fact;
  /** Every coded row (类/款/项) of the coded tables, for checking names and amounts in a text. */
  readonly codedRows: readonly (NamedFact & { readonly kind: TableKind; readonly column: ColumnKey })[];
}

/**
 * The printed name without its ordinal (“八、”, “（一）”, “①”) and folded the way names are
 * compared (其它/其他, brackets, spaces).
 * @example cleanName('八、社会保障和就业支出') // "社会保障和就业支出"
 */
export function cleanName(name: string): string {
  return canonicalName(name)
    .replace(/^([一二三四五六七八九十百]+、|\([一二三四五六七八九十]+\)|[①②③④⑤⑥⑦⑧⑨⑩]|\d+[、.．])/u, '')
    .replace(/^其中[:：]/u, '');
}

/**
 * A table cell's amount in 万元 with the cell it came from (a cell that holds no amount reads as 0);
 * `undefined` when there is no cell. Shared with the 决算 facts (final/facts.ts).
 */
export function factOf(table: TypedTable, cell: AmountCell | undefined): Fact | undefined {
  if (!cell) return undefined;
  const amount = amountOf(cell) ?? new Decimal(0);
  return { value: convertUnit(amount, table.unit, '万元'), sources: [{ sheet: table.sheet, cell: cell.address }] };
}

/** The row's first amount cell among `keys`, in their order — the column a layout prints the figure in. */
export function pickAmount(row: TypedRow | undefined, keys: readonly ColumnKey[]): AmountCell | undefined {
  if (!row) return undefined;
  for (const key of keys) {
    const cell = row.amounts[key];
    if (cell) return cell;
  }
  return undefined;
}

function hasAmount(cell: AmountCell | undefined): boolean {
  const amount = amountOf(cell);
  return amount !== undefined && !amount.isZero();
}

const TOTAL_AMOUNT: readonly ColumnKey[] = ['total', 'expenditure', 'currentYear'];

const INCOME_SOURCES: readonly [IncomeSource, string][] = [
  ['generalPublic', '一般公共预算'],
  ['govFund', '政府性基金预算'],
  ['stateCapital', '国有资本经营预算'],
  ['specialAccount', '财政专户管理资金'],
  ['unitFunds', '单位资金'],
];

function expenditureSide(table: TypedTable): readonly TypedRow[] {
  return table.sides?.expenditure ?? table.rows;
}

/** Expenditure classes of a two-sided table: item rows with an amount, named without their ordinal. */
function classRows(table: TypedTable): NamedFact[] {
  const out: NamedFact[] = [];
  for (const row of expenditureSide(table)) {
    if (row.role !== 'item' || !hasAmount(pickAmount(row, TOTAL_AMOUNT))) continue;
    const fact = factOf(table, pickAmount(row, TOTAL_AMOUNT))!;
    out.push(row.code ? { ...fact, name: cleanName(row.name), code: row.code } : { ...fact, name: cleanName(row.name) });
  }
  return out;
}

function byCode(a: NamedFact, b: NamedFact): number {
  return (a.code ?? '').localeCompare(b.code ?? '');
}

const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/u;

/**
 * 提取数据 — the figures of the 情况说明 from recognised tables (any unit, any code layout).
 * Tables that are absent leave their figures absent; the generator then asks for them.
 * @example factsFromTables(recognizeWorkbook(workbook).tables).incomeTotal?.value // 4510.52
 */
export function factsFromTables(tables: readonly TypedTable[]): NarrativeFacts {
  const find = (kind: TableKind) => tables.find((table) => table.kind === kind);
  const summary = find('budget.summary');
  const fiscal = find('budget.fiscalSummary');
  const generalPublic = find('budget.generalPublic');
  const economic = find('budget.basicEconomic');
  const operating = find('budget.operating') ?? find('budget.threePublicAndOperating');
  // Every figure of a quantity comes from the vocabulary's printing of it (vocabulary/quantities.ts).
  const printed = new Map(printedQuantities(tables).map((entry) => [entry.quantity.id, entry]));
  const figure = (id: string, kind?: TableKind): Fact | undefined => {
    const entry = printed.get(id);
    const found = entry ? printedFigure(entry, kind) : undefined;
    return found ? { value: found.value, sources: found.sources } : undefined;
  };

  const yearMatch = tables.map((table) => YEAR_IN_TITLE.exec(table.title)).find((m) => m);
  const facts: {
    -readonly [K in keyof NarrativeFacts]: NarrativeFacts[K];
  } = {
    incomeTotal: figure('income.grand'),
    currentIncome: figure('income.current'),
    carryover: figure('income.carryover'),
    incomeBySource: INCOME_SOURCES.flatMap(([source, name]) => {
      const fact = figure(`income.${source}`, 'budget.summary');
      return fact ? [{ ...fact, name, source }] : [];
    }),
    expenditureTotal: figure('expenditure.grand'),
    expenditureCurrent: figure('expenditure.grand.current'),
    expenditureCarryover: figure('expenditure.grand.carryover'),
    classes: summary ? classRows(summary) : [],
    basic: figure('expenditure.basic', 'budget.expenditure'),
    project: figure('expenditure.project', 'budget.expenditure'),
    fiscal: dropUndefined({
      total: figure('fiscal.grand'),
      generalPublic: figure('fiscal.generalPublic'),
      govFund: figure('fiscal.govFund', 'budget.fiscalSummary'),
      stateCapital: figure('fiscal.stateCapital', 'budget.fiscalSummary'),
      current: figure('fiscal.current'),
      carryover: figure('fiscal.carryover', 'budget.fiscalSummary'),
      classes: fiscal ? classRows(fiscal) : [],
    }),
    generalPublic: dropUndefined({
      total: figure('generalPublic.current'),
      basic: figure('generalPublic.basic', 'budget.generalPublic'),
      project: figure('generalPublic.project', 'budget.generalPublic'),
      classes: generalPublic ? generalPublicClasses(generalPublic) : [],
    }),
    basicEconomic: dropUndefined({
      total: figure('generalPublic.basic', 'budget.basicEconomic'),
      personnel: figure('generalPublic.personnel'),
      publicUse: figure('generalPublic.publicUse'),
      ...(economic ? economicItems(economic) : { personnelItems: [], publicUseItems: [] }),
    }),
    threePublic: dropUndefined({
      total: figure('threePublic.threePublic'),
      abroad: figure('threePublic.abroad'),
      reception: figure('threePublic.reception'),
      vehicle: figure('threePublic.vehicles'),
      vehiclePurchase: figure('threePublic.vehiclePurchase'),
      vehicleOperation: figure('threePublic.vehicleRunning'),
    }),
    operating: figure('operating'),
    codedRows: codedRowsOf(tables),
  };
  if (yearMatch) facts.year = Number(yearMatch[1]);
  if (operating) {
    const items = operating.rows.filter((row) => row.role === 'item');
    if (items.length === 1) facts.department = items[0]!.name.trim();
  }
  return dropUndefined(facts);
}

/** 类 of the 一般公共预算支出表 with an amount, ordered by code. */
function generalPublicClasses(table: TypedTable): NamedFact[] {
  return table.rows
    .filter((row) => row.role !== 'total' && row.code?.length === 3 && hasAmount(pickAmount(row, ['total', 'generalPublic'])))
    .map((row) => ({ ...factOf(table, pickAmount(row, ['total', 'generalPublic']))!, name: cleanName(row.name), code: row.code! }))
    .sort(byCode);
}

/** The items of the basic-expenditure table with a 人员经费 or a 公用经费 amount, in print order. */
function economicItems(table: TypedTable): Pick<NarrativeFacts['basicEconomic'], 'personnelItems' | 'publicUseItems'> {
  const items = table.rows.filter((row) => row.role === 'item');
  const named = (row: TypedRow, key: ColumnKey): NamedFact => ({ ...factOf(table, row.amounts[key])!, name: cleanName(row.name) });
  return {
    personnelItems: items.filter((row) => hasAmount(row.amounts.personnel)).map((row) => named(row, 'personnel')),
    publicUseItems: items.filter((row) => hasAmount(row.amounts.publicUse)).map((row) => named(row, 'publicUse')),
  };
}

const CODED_KINDS: readonly [TableKind, ColumnKey][] = [
  ['budget.income', 'total'],
  ['budget.expenditure', 'total'],
  ['budget.generalPublic', 'total'],
];

function codedRowsOf(tables: readonly TypedTable[]): NarrativeFacts['codedRows'] {
  const out: (NamedFact & { kind: TableKind; column: ColumnKey })[] = [];
  for (const [kind, column] of CODED_KINDS) {
    const table = tables.find((t) => t.kind === kind);
    if (!table) continue;
    for (const row of table.rows) {
      const fact = row.code ? factOf(table, row.amounts[column]) : undefined;
      if (fact && row.code) out.push({ ...fact, name: cleanName(row.name), code: row.code, kind, column });
    }
  }
  return out;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
