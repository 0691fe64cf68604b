/**
 * 规则 — a rule is one small declared unit: id, table family, severity, where it comes from, a
 * zh-CN message template with named slots, and the check as a function reference.
 *
 * Checks read typed tables only (never sheet names or positions), so a rule runs the same on our
 * templates and on whatever layout a province exports. Source: docs/style.md §3; issue 3.
 */
import type { CellRange } from '../grid';
import type { FamilyId, TableKind, TypedTable } from '../model';
import type { Finding, Severity } from './finding';
import type { RelationLog } from './relation';
import type { RoundingPolicy } from './rounding';
import { tableDecimals } from './tables';

/** A block recognition saw but could not classify (structurally the recognizer's `UnrecognizedBlock`). */
export interface UnrecognizedBlockInput {
  readonly sheet: string;
  readonly range: CellRange;
  readonly text: string;
  readonly reason: string;
}

/** A cell-level problem recognition met (a text number, #REF!, a merged amount cell). */
export interface RecognitionProblemInput {
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
}

/** What rules read: structurally the recognizer's `Recognition`. */
export interface RuleInput {
  readonly family?: FamilyId;
  readonly tables: readonly TypedTable[];
  readonly unrecognized: readonly UnrecognizedBlockInput[];
  readonly problems: readonly RecognitionProblemInput[];
}

/** What a check is given: the recognised tables, the rounding policy and small look-ups. */
export interface RuleContext {
  readonly input: RuleInput;
  readonly policy: RoundingPolicy;
  /** Every table of these kinds, in workbook order. */
  tablesOf(...kinds: readonly TableKind[]): readonly TypedTable[];
  /**
   * The first table of these kinds in workbook order, if any. A kind printed twice is compared
   * across tables through its first copy; `table.duplicate` reports the later ones.
   */
  tableOf(...kinds: readonly TableKind[]): TypedTable | undefined;
  /** How a message names a table: "表3" in a known family, the printed title otherwise. */
  label(table: TypedTable): string;
  /** Decimals of the table's last printed digit (2 for 万元; −2 for 万元 figures reprinted in 元). */
  decimals(table: TypedTable): number;
  /** Where every tie-out is recorded as a relation over cells, held or broken (for error localisation). */
  readonly relations?: RelationLog;
}

/** Which family a rule is written for; `all` for rules that hold in every family. */
export type RuleFamily = FamilyId | 'all';

/** A declared rule. */
export interface Rule {
  /** Stable id, dotted: `coded.hierarchy`. Findings and acceptances carry it. */
  readonly id: string;
  readonly family: RuleFamily;
  /** Severity when the rule fails; a tolerated tie-out difference is reported as `info` (尾差). */
  readonly severity: Severity;
  /** Where the rule comes from: a section of the domain guide. */
  readonly source: string;
  /** One line saying what must hold, in Chinese. */
  readonly title: string;
  /** zh-CN message template with named slots, e.g. `{table} {row}：{column} {actual} …`. */
  readonly message: string;
  readonly check: (ctx: RuleContext, self: Rule) => readonly Finding[];
}

/** Declares a rule (frozen, so that a registry entry cannot be edited at run time). */
export function defineRule(rule: Rule): Rule {
  return Object.freeze({ ...rule });
}

/** 表序号 — the number each kind has in the published order of its family. */
const TABLE_NUMBERS: Partial<Record<FamilyId, Partial<Record<TableKind, number>>>> = {
  budget13: {
    'budget.summary': 1,
    'budget.income': 2,
    'budget.expenditure': 3,
    'budget.fiscalSummary': 4,
    'budget.generalPublic': 5,
    'budget.basicEconomic': 6,
    'budget.fundIncome': 7,
    'budget.fundExpenditure': 8,
    'budget.stateCapital': 9,
    'budget.threePublic': 10,
    'budget.operating': 11,
    'budget.projects': 12,
    'budget.projectsCarryover': 13,
  },
  final9: {
    'final.summary': 1,
    'final.income': 2,
    'final.expenditure': 3,
    'final.fiscalSummary': 4,
    'final.generalPublic': 5,
    'final.basicEconomic': 6,
    'final.threePublic': 7,
    'final.fund': 8,
    'final.stateCapital': 9,
  },
};

/** The tables every workbook of a family carries, in order (财预〔2016〕143号 as the seed prints it). */
export function expectedKinds(family: FamilyId): readonly TableKind[] {
  const numbers = TABLE_NUMBERS[family];
  if (!numbers) return [];
  return (Object.entries(numbers) as [TableKind, number][]).sort((a, b) => a[1] - b[1]).map(([kind]) => kind);
}

/** The table's number in its family, if the family numbers it. */
export function tableNumber(family: FamilyId | undefined, kind: TableKind): number | undefined {
  return family ? TABLE_NUMBERS[family]?.[kind] : undefined;
}

/** Builds the context checks run in; tie-outs are recorded in `relations` when one is given. */
export function makeRuleContext(input: RuleInput, policy: RoundingPolicy, relations?: RelationLog): RuleContext {
  const family = input.family ?? inferFamily(input.tables);
  const labels = new Map<TypedTable, string>();
  return {
    input,
    policy,
    tablesOf: (...kinds) => input.tables.filter((t) => kinds.includes(t.kind)),
    tableOf: (...kinds) => input.tables.find((t) => kinds.includes(t.kind)),
    label(table) {
      let label = labels.get(table);
      if (label === undefined) {
        const number = tableNumber(family, table.kind);
        label = number === undefined ? `《${table.title}》` : `表${number}`;
        labels.set(table, label);
      }
      return label;
    },
    decimals: tableDecimals,
    ...(relations ? { relations } : {}),
  };
}

/** A family guessed from the kinds, when recognition did not name one: 决算 kinds → final9. */
function inferFamily(tables: readonly TypedTable[]): FamilyId | undefined {
  if (tables.some((t) => t.kind.startsWith('final.'))) return 'final9';
  if (tables.some((t) => t.kind === 'budget.projects' || t.kind === 'budget.projectsCarryover')) return 'budget13';
  return undefined;
}
