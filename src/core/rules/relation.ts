/**
 * 勾稽关系 — every tie-out a check made, as a linear relation over cells: Σ coefficientᵢ·cellᵢ = 0,
 * within a tolerance. A total against its parts is `total − Σ parts`; one quantity printed in two
 * tables is `cell − Σ others`, each other cell's coefficient converting its table's 单位 into the
 * relation's (1 万元 = 10,000 元).
 *
 * Rules report what broke (findings); relations also keep what held, so that error localisation
 * (which cell is wrong — the Fellegi–Holt principle, docs/references.md) can weigh a broken tie-out
 * against every intact one that shares its cells.
 * Source: issue 14 item 1; domain guide, "Rules that must hold" and "Rounding".
 */
import type { Decimal, Unit } from '../amount';
import type { CellRef } from '../grid';
import type { Finding, Severity } from './finding';
import type { TieOut } from './rounding';

/**
 * One cell of a relation: its sheet and A1 address (a term is its own cell reference: a large
 * department's check records half a million terms, and each is one object).
 */
export interface RelationTerm extends CellRef {
  /** The title of the table the cell is in, as printed. */
  readonly table: string;
  /** +1 for the total (or the cell compared), −1 for a part, −10,000 for a 万元 part of a 元 relation … */
  readonly coefficient: Decimal;
  /** The cell's amount as printed, in its own table's 单位; 0 for a blank cell. */
  readonly value: Decimal;
  /** Decimals of the cell's last printed digit, in its own 单位. */
  readonly decimals: number;
  /** The cell is blank (it counts as 0) or missing altogether (the address is then its row's label). */
  readonly blank?: 'blank' | 'missing';
  /** The cell holds a formula: the workbook computes it, so it is not a suspect of a typo. */
  readonly formula?: boolean;
}

/** A tie-out over cells: Σ coefficient·value = 0 within `tolerance` (in `unit`). */
export interface Relation {
  /** The rule that made the tie-out. */
  readonly rule: string;
  readonly unit: Unit;
  readonly terms: readonly RelationTerm[];
  /** The largest |Σ coefficient·value| the rounding policy tolerates. */
  readonly tolerance: Decimal;
  readonly status: TieOut['status'];
  /**
   * What a mismatch is: `error` for a 强制 tie-out (a hard edit: localisation makes it hold),
   * `warning` for a 提示 one (a person decides; localisation leaves it be).
   */
  readonly severity: Severity;
  /** The finding the tie-out gave (none when exact); the same object the rule returned. */
  readonly finding?: Finding;
}

/** Collects the relations of one check, rule by rule. */
export class RelationLog {
  private readonly recorded: Relation[] = [];

  record(relation: Relation): void {
    this.recorded.push(relation);
  }

  /** Every relation recorded so far, in the order the rules made them. */
  get relations(): readonly Relation[] {
    return this.recorded;
  }
}
