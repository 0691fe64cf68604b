/**
 * 规则 — a rule is one small declared unit: id, table family, severity, where it comes from, a
 * zh-CN message template with named slots, and the check as a function reference.
 *
 * Checks read typed tables only (never sheet names or positions), so a rule runs the same on our
 * templates and on whatever layout a province exports. Source: docs/style.md §3; issue 3.
 */
import type { CellRange } from '../grid';
import { inferFamily, presentKinds, tableNumber, type RecognizedFamilyId, type TableKind } from '../kinds';
import type { TypedTable } from '../model';
import type { Finding, Severity } from './finding';
import type { TieOutRecorder } from './relation';
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
  readonly family?: RecognizedFamilyId;
  /** The document's year, when its titles name one: it picks the classification edition of names. */
  readonly year?: number;
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
  /** Where every tie-out is reported, held or broken: recorded as a relation over cells for error localisation. */
  readonly relations?: TieOutRecorder;
}

/** Which family a rule is written for; `all` for rules that hold in every family. */
export type RuleFamily = RecognizedFamilyId | 'all';

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

/**
 * A rule checked outside the table registry — by the 情况说明 checker or the 参数 reader — declared
 * the same way (id, severity, source, title, message template), in the same catalogue (README.md).
 */
export type DeclaredRule = Omit<Rule, 'check' | 'family'>;

/** Declares a rule (frozen, so that a registry entry cannot be edited at run time). */
export function defineRule(rule: Rule): Rule {
  return Object.freeze({ ...rule });
}

/** Builds the context checks run in; tie-outs are recorded in `relations` when one is given. */
export function makeRuleContext(input: RuleInput, policy: RoundingPolicy, relations?: TieOutRecorder): RuleContext {
  const family = input.family ?? inferFamily(presentKinds(input.tables));
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
