/**
 * 表的种类 — one registry of the disclosure tables: what each kind is called, the title words that
 * name it, what its rows are, the fund it is about, and its number in each family that publishes it.
 * Templates, recognition, rules, the narrative and the report read these declarations; none of them
 * keeps its own list of kinds, names or numbers.
 *
 * Source: domain guide, "The budget table family of the seed", "Other families and layouts" (决算,
 * the 9-table budgets, titles that vary by province); issue 13 item 4 (政府采购预算表, 会议费/培训费
 * and the 12-table family). Titles are matched on their folded text (half-width, no spaces or quotes),
 * kind by kind in the order declared here: the most specific first.
 */
import type { ColumnKey } from './model';

/** What a table's rows are, which decides how recognition gives them their roles. */
export type RowShape =
  /** 收支总表: income items and expenditure classes side by side, then footer lines. */
  | 'twoSided'
  /** Rows by function subject code (类/款/项) under a 合计 row. */
  | 'coded'
  /** Rows by economic classification: groups (工资福利支出 …) and their items. */
  | 'economic'
  /** 三公 items as rows (因公出国（境）费 …), or as columns over one data row. */
  | 'threePublic'
  /** One row per unit under a 部门合计 row (机关运行经费). */
  | 'units'
  /** A department row, unit subtotals, projects. */
  | 'projects'
  /** Anything else: a 合计 row over plain item rows (政府采购 by item, 会议费/培训费). */
  | 'items';

interface KindDeclaration {
  readonly id: string;
  /** The table's standard name, for messages ("未找到{name}"). */
  readonly name: string;
  readonly final: boolean;
  readonly rows: RowShape;
  /** Whether its folded, number-stripped title names this kind. */
  readonly title: (title: string) => boolean;
  /**
   * In a table about one fund, a column named after that fund (政府性基金收入预算 in 表7) is the
   * table's 合计, as the templates print it.
   */
  readonly ownFund?: ColumnKey;
  /**
   * A table of this kind whose title also names another kind's contents stands for that kind too: a
   * “三公”经费、会议费、培训费预算表 is the 12-table family's 三公 table and its 会议费/培训费 table in one.
   */
  readonly standsAlsoFor?: { readonly kind: string; readonly title: (title: string) => boolean };
}

const has = (...words: readonly string[]) => (title: string) => words.every((w) => title.includes(w));
const hasAny = (...words: readonly string[]) => (title: string) => words.some((w) => title.includes(w));

/**
 * Every kind, 决算 and 预算, each list most specific first: 三公 before 一般公共预算 (表10 says
 * 财政拨款安排“三公”经费), 基本支出 before 一般公共预算 (表6), 财政拨款收支 before the plain 收支总表
 * (表4 vs 表1), 政府采购 before 支出 (a 政府采购预算表 lists 支出 too).
 */
const DECLARATIONS = [
  // 决算 (final accounts), domain guide "Final accounts (决算), 9 tables"
  { id: 'final.threePublic', name: '一般公共预算财政拨款“三公”经费支出决算表', final: true, rows: 'threePublic', title: has('三公') },
  { id: 'final.basicEconomic', name: '一般公共预算财政拨款基本支出决算表', final: true, rows: 'economic', title: has('基本支出') },
  { id: 'final.fund', name: '政府性基金预算财政拨款收入支出决算表', final: true, rows: 'coded', title: has('政府性基金'), ownFund: 'govFund' },
  { id: 'final.stateCapital', name: '国有资本经营预算财政拨款支出决算表', final: true, rows: 'coded', title: has('国有资本经营'), ownFund: 'stateCapital' },
  {
    id: 'final.fiscalSummary',
    name: '财政拨款收入支出决算总表',
    final: true,
    rows: 'twoSided',
    title: (t: string) => t.includes('财政拨款') && hasAny('收入支出', '收支')(t) && t.includes('总表'),
  },
  { id: 'final.generalPublic', name: '一般公共预算财政拨款支出决算表', final: true, rows: 'coded', title: has('一般公共预算', '支出') },
  { id: 'final.summary', name: '收入支出决算总表', final: true, rows: 'twoSided', title: (t: string) => hasAny('收入支出', '收支')(t) && t.includes('总表') },
  { id: 'final.income', name: '收入决算表', final: true, rows: 'coded', title: has('收入') },
  // 财政拨款支出决算明细表 (some provinces' tenth table) is not 支出决算表.
  { id: 'final.expenditure', name: '支出决算表', final: true, rows: 'coded', title: (t: string) => t.includes('支出') && !t.includes('财政拨款') },

  // 预算 (budget), domain guide "The budget table family of the seed" and "Budget families with 9 tables"
  { id: 'budget.procurement', name: '政府采购预算表', final: false, rows: 'items', title: has('政府采购') },
  { id: 'budget.threePublicAndOperating', name: '“三公”经费和机关运行经费预算表', final: false, rows: 'threePublic', title: has('三公', '机关运行') },
  {
    id: 'budget.threePublic',
    name: '财政拨款“三公”经费支出预算表',
    final: false,
    rows: 'threePublic',
    title: has('三公'),
    standsAlsoFor: { kind: 'budget.meetingTraining', title: hasAny('会议费', '培训费') },
  },
  { id: 'budget.meetingTraining', name: '会议费、培训费预算表', final: false, rows: 'items', title: (t: string) => hasAny('会议费', '培训费')(t) && !t.includes('三公') },
  { id: 'budget.operating', name: '财政拨款机关运行经费预算表', final: false, rows: 'units', title: has('机关运行') },
  { id: 'budget.projectsCarryover', name: '项目支出预算表（上年结转）', final: false, rows: 'projects', title: has('项目支出', '上年结转') },
  { id: 'budget.projects', name: '项目支出预算表（本年预算）', final: false, rows: 'projects', title: has('项目支出') },
  { id: 'budget.basicEconomic', name: '一般公共预算基本支出经济分类表', final: false, rows: 'economic', title: has('基本支出') },
  {
    id: 'budget.fundIncome',
    name: '政府性基金预算收入表',
    final: false,
    rows: 'coded',
    title: (t: string) => t.includes('政府性基金') && t.includes('收入') && !t.includes('支出'),
    ownFund: 'govFund',
  },
  { id: 'budget.fundExpenditure', name: '政府性基金预算支出表', final: false, rows: 'coded', title: has('政府性基金'), ownFund: 'govFund' },
  { id: 'budget.stateCapital', name: '国有资本经营预算收支预算表', final: false, rows: 'coded', title: has('国有资本经营'), ownFund: 'stateCapital' },
  {
    id: 'budget.fiscalSummary',
    name: '财政拨款收支总表',
    final: false,
    rows: 'twoSided',
    title: (t: string) => t.includes('财政拨款') && hasAny('收支', '收入支出')(t),
  },
  { id: 'budget.generalPublic', name: '一般公共预算支出预算表', final: false, rows: 'coded', title: has('一般公共预算', '支出') },
  { id: 'budget.summary', name: '预算收支总表', final: false, rows: 'twoSided', title: (t: string) => hasAny('收支', '收入支出')(t) && t.includes('总表') },
  { id: 'budget.income', name: '预算收入总表', final: false, rows: 'coded', title: (t: string) => t.includes('收入') && hasAny('总表', '预算表')(t) },
  { id: 'budget.expenditure', name: '预算支出总表', final: false, rows: 'coded', title: (t: string) => t.includes('支出') && hasAny('总表', '汇总表', '预算表')(t) },
] as const satisfies readonly KindDeclaration[];

/** 表的种类 — what a table is, whatever its title says. */
export type TableKind = (typeof DECLARATIONS)[number]['id'];

/** The declaration of one kind. */
export interface TableKindInfo extends KindDeclaration {
  readonly id: TableKind;
}

/** Every kind, most specific title first within 决算 and within 预算. */
export const TABLE_KINDS: readonly TableKindInfo[] = DECLARATIONS;

const BY_ID = new Map<string, TableKindInfo>(TABLE_KINDS.map((kind) => [kind.id, kind]));

/**
 * The declaration of a kind.
 * @example kindInfo('budget.income').name // "预算收入总表"
 */
export function kindInfo(kind: TableKind): TableKindInfo {
  return BY_ID.get(kind)!;
}

/** The Chinese name of a table kind. @example kindName('final.summary') // "收入支出决算总表" */
export function kindName(kind: TableKind): string {
  return kindInfo(kind).name;
}

/** Kinds whose rows are a 收支总表's two sides (表1, 表4 and their 决算 counterparts). */
export const TWO_SIDED_KINDS: readonly TableKind[] = TABLE_KINDS.filter((kind) => kind.rows === 'twoSided').map((kind) => kind.id);

/** A 表号 prefix before the title proper: "表1 " / "表一、" / "预算公开表3：". */
const TABLE_NUMBER_PREFIX = /^(预算公开|决算公开|公开)?表[0-9一二三四五六七八九十]+[、.:\-_]*/;

/**
 * The kind a folded title names, or undefined when it names none we know (a 绩效目标表, anything
 * else): such a table is left 未识别 with its title, never forced into a wrong kind.
 * @example kindOfFoldedTitle('2024年财政拨款安排三公经费支出预算表') // 'budget.threePublic'
 */
export function kindOfFoldedTitle(folded: string): TableKind | undefined {
  const title = folded
    .replace(TABLE_NUMBER_PREFIX, '')
    // “不含上年结转” qualifies tables 5–9; it must not make them 上年结转 tables.
    .replace(/\(?不含上年结转\)?/g, '');
  if (!title.includes('表') || title.includes('绩效')) return undefined;
  const final = title.includes('决算');
  return TABLE_KINDS.find((kind) => kind.final === final && kind.title(title))?.id;
}

/**
 * The kinds a workbook's tables stand for: each table's kind, and the kind a combined table stands
 * for as well (`standsAlsoFor`: a 三公/会议费/培训费 table is the 会议费/培训费 table too).
 * @example presentKinds([{ kind: 'budget.threePublic', title: '“三公”经费、会议费、培训费预算表' }]) // ['budget.threePublic', 'budget.meetingTraining']
 */
export function presentKinds(tables: readonly { readonly kind: TableKind; readonly title: string }[]): TableKind[] {
  const kinds: TableKind[] = [];
  const add = (kind: TableKind) => {
    if (!kinds.includes(kind)) kinds.push(kind);
  };
  for (const table of tables) {
    add(table.kind);
    const also = kindInfo(table.kind).standsAlsoFor;
    if (also && also.title(table.title.replace(/\s+/g, ''))) add(also.kind as TableKind);
  }
  return kinds;
}

/** 表族 — the families of tables published together, each with its tables in printed order. */
export interface FamilyInfo {
  readonly id: RecognizedFamilyId;
  readonly name: string;
  readonly final: boolean;
  /** The kinds in printed order: 表1 is the first. */
  readonly kinds: readonly TableKind[];
  /**
   * Kinds only this family publishes among those with its kind of accounts (预算 or 决算): finding one
   * says which family a workbook belongs to.
   */
  readonly marks: readonly TableKind[];
}

/**
 * Every family the product recognises. Source: the seed (budget13), the Shanghai corpus (budget9,
 * final9), issue 13 (the 12-table family: a three-sided 收支预算总表, 政府采购预算表 and a 三公 /
 * 会议费 / 培训费 table).
 */
export const RECOGNIZED_FAMILIES = [
  {
    id: 'budget13',
    name: '部门预算公开（13张表）',
    final: false,
    kinds: [
      'budget.summary',
      'budget.income',
      'budget.expenditure',
      'budget.fiscalSummary',
      'budget.generalPublic',
      'budget.basicEconomic',
      'budget.fundIncome',
      'budget.fundExpenditure',
      'budget.stateCapital',
      'budget.threePublic',
      'budget.operating',
      'budget.projects',
      'budget.projectsCarryover',
    ],
    marks: ['budget.fundIncome', 'budget.operating', 'budget.projectsCarryover'],
  },
  {
    id: 'budget9',
    name: '部门预算公开（9张表）',
    final: false,
    kinds: [
      'budget.summary',
      'budget.income',
      'budget.expenditure',
      'budget.fiscalSummary',
      'budget.generalPublic',
      'budget.fundExpenditure',
      'budget.stateCapital',
      'budget.basicEconomic',
      'budget.threePublicAndOperating',
    ],
    marks: ['budget.threePublicAndOperating'],
  },
  {
    id: 'budget12',
    name: '部门预算公开（12张表）',
    final: false,
    kinds: [
      'budget.summary',
      'budget.income',
      'budget.expenditure',
      'budget.fiscalSummary',
      'budget.generalPublic',
      'budget.basicEconomic',
      'budget.fundExpenditure',
      'budget.stateCapital',
      'budget.threePublic',
      'budget.meetingTraining',
      'budget.procurement',
      'budget.projects',
    ],
    marks: ['budget.procurement', 'budget.meetingTraining'],
  },
  {
    id: 'final9',
    name: '部门决算公开（9张表）',
    final: true,
    kinds: [
      'final.summary',
      'final.income',
      'final.expenditure',
      'final.fiscalSummary',
      'final.generalPublic',
      'final.basicEconomic',
      'final.threePublic',
      'final.fund',
      'final.stateCapital',
    ],
    marks: [],
  },
] as const satisfies readonly (Omit<FamilyInfo, 'id'> & { readonly id: string })[];

/** 表族 — a family recognition can tell a workbook belongs to. */
export type RecognizedFamilyId = (typeof RECOGNIZED_FAMILIES)[number]['id'];

const FAMILY_BY_ID = new Map<string, FamilyInfo>(RECOGNIZED_FAMILIES.map((family) => [family.id, family]));

/** The declaration of a family. */
export function familyInfo(family: RecognizedFamilyId): FamilyInfo {
  return FAMILY_BY_ID.get(family)!;
}

/** The tables every workbook of a family carries, in order. */
export function expectedKinds(family: RecognizedFamilyId): readonly TableKind[] {
  return familyInfo(family).kinds;
}

/** The table's number in its family (表N), if the family publishes that kind. */
export function tableNumber(family: RecognizedFamilyId | undefined, kind: TableKind): number | undefined {
  if (!family) return undefined;
  const index = familyInfo(family).kinds.indexOf(kind);
  return index < 0 ? undefined : index + 1;
}

/**
 * 表族推断 — the family the recognised kinds belong to, from what is there: 决算 when most tables are
 * 决算 tables; else the budget family one of whose own tables (its marks) is present, when exactly
 * one family's marks are; else the 13-table family when it has a project table and every table is
 * one the 13-table family publishes; the 9-table one when it has at least half of the 9 tables,
 * no project table and no separate 三公 table. Undefined when the tables do not say — then no table
 * is reported missing (structure.ts says what was recognised instead).
 * @example inferFamily(['budget.summary', 'budget.threePublicAndOperating']) // 'budget9'
 */
export function inferFamily(kinds: readonly TableKind[]): RecognizedFamilyId | undefined {
  if (kinds.length === 0) return undefined;
  const present = new Set(kinds);
  const finals = kinds.filter((kind) => kindInfo(kind).final).length;
  if (finals * 2 > kinds.length) return 'final9';
  const budgets = RECOGNIZED_FAMILIES.filter((family) => !family.final);
  const marked = budgets.filter((family) => (family.marks as readonly TableKind[]).some((kind) => present.has(kind)));
  if (marked.length === 1) return marked[0]!.id;
  if (marked.length > 1) return undefined;
  const budgetKinds = [...present].filter((kind) => !kindInfo(kind).final);
  const within = (family: FamilyInfo) => budgetKinds.every((kind) => family.kinds.includes(kind));
  const projects = present.has('budget.projects');
  if (projects && within(familyInfo('budget13'))) return 'budget13';
  const nine = familyInfo('budget9');
  const mostOfNine = budgetKinds.length * 2 >= nine.kinds.length;
  if (!projects && !present.has('budget.threePublic') && within(nine) && mostOfNine) return 'budget9';
  return undefined;
}
