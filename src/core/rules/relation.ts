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
import { Decimal, type Unit } from '../amount';
import type { CellRef } from '../grid';
import { amountOf, type AmountCell, type TypedTable } from '../model';
import type { Finding, Severity } from './finding';
import type { TieOut } from './rounding';
import type { Rule } from './rule';
import { cellDecimals } from './tables';

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

/**
 * A tie-out's cells as a rule gives them: the total or the cell compared (when missing, its row's
 * label `at`), and the other cells, of one table.
 */
export interface TieOutCells {
  readonly at: CellRef;
  readonly table: TypedTable;
  readonly cell: AmountCell | undefined;
  readonly decimals: number;
  readonly otherTable: TypedTable;
  readonly others: readonly AmountCell[];
  /** Each other cell's coefficient: −1, or the unit conversion of its table's figures. */
  readonly coefficient: Decimal;
  readonly otherTableDecimals: number;
}

/**
 * Collects the tie-outs of one check, rule by rule, in columns: one entry per tie-out in each list,
 * and the other cells of every tie-out in one list. A 100,000-row department's check records
 * 160,000 tie-outs over 570,000 cells; kept as an object and a list of cells each, they outlived
 * the young generation, and its collections took 0.9 s of the review instead of 0.75 s. They are
 * read as {@link Relation}s made when first asked for, and a relation's terms are made when they
 * are read, which error localisation does only when something is broken.
 */
export class RelationLog {
  private readonly rules: Rule[] = [];
  private readonly statuses: TieOut['status'][] = [];
  private readonly tolerances: Decimal[] = [];
  private readonly findings = new Map<number, Finding>();
  /** Where a missing first cell is counted (its row's label), by tie-out. */
  private readonly labels = new Map<number, CellRef>();
  private readonly tables: TypedTable[] = [];
  private readonly cells: (AmountCell | undefined)[] = [];
  private readonly decimals: number[] = [];
  private readonly otherTables: TypedTable[] = [];
  private readonly coefficients: Decimal[] = [];
  private readonly otherTableDecimals: number[] = [];
  /** Tie-out i's other cells are `others` from `starts[i]` up to `starts[i + 1]`. */
  private readonly starts: number[] = [0];
  private readonly others: AmountCell[] = [];
  private made: Relation[] | undefined;

  /** Records a tie-out: its rule, its result, the finding it gave (none when exact) and its cells. */
  record(rule: Rule, result: TieOut, finding: Finding | undefined, cells: TieOutCells): void {
    const index = this.rules.length;
    this.rules.push(rule);
    this.statuses.push(result.status);
    this.tolerances.push(result.tolerance);
    if (finding) this.findings.set(index, finding);
    if (!cells.cell) this.labels.set(index, cells.at);
    this.tables.push(cells.table);
    this.cells.push(cells.cell);
    this.decimals.push(cells.decimals);
    this.otherTables.push(cells.otherTable);
    this.coefficients.push(cells.coefficient);
    this.otherTableDecimals.push(cells.otherTableDecimals);
    for (const other of cells.others) this.others.push(other);
    this.starts.push(this.others.length);
    this.made = undefined;
  }

  /** Every relation recorded so far, in the order the rules made them. */
  get relations(): readonly Relation[] {
    if (!this.made) {
      const made: Relation[] = [];
      for (let index = 0; index < this.rules.length; index++) made.push(new LoggedRelation(this, index));
      this.made = made;
    }
    return this.made;
  }

  ruleAt(index: number): Rule {
    return this.rules[index]!;
  }

  statusAt(index: number): TieOut['status'] {
    return this.statuses[index]!;
  }

  toleranceAt(index: number): Decimal {
    return this.tolerances[index]!;
  }

  findingAt(index: number): Finding | undefined {
    return this.findings.get(index);
  }

  unitAt(index: number): Unit {
    return this.tables[index]!.unit;
  }

  /** The terms of tie-out `index`: the total or the cell compared first, then the others. */
  termsAt(index: number): RelationTerm[] {
    const table = this.tables[index]!;
    const cell = this.cells[index];
    const decimals = this.decimals[index]!;
    const terms = [cell ? cellTerm(table, cell, ONE, decimals) : missingTerm(table, this.labels.get(index)!, decimals)];
    const otherTable = this.otherTables[index]!;
    const coefficient = this.coefficients[index]!;
    const otherTableDecimals = this.otherTableDecimals[index]!;
    for (let k = this.starts[index]!; k < this.starts[index + 1]!; k++) {
      const other = this.others[k]!;
      terms.push(cellTerm(otherTable, other, coefficient, cellDecimals(otherTableDecimals, other)));
    }
    return terms;
  }
}

/** A recorded tie-out read as a relation: its fields read from the log, its terms made on first read. */
class LoggedRelation implements Relation {
  private built: readonly RelationTerm[] | undefined;

  constructor(
    private readonly log: RelationLog,
    private readonly index: number,
  ) {}

  get rule(): string {
    return this.log.ruleAt(this.index).id;
  }

  get severity(): Severity {
    return this.log.ruleAt(this.index).severity;
  }

  get unit(): Unit {
    return this.log.unitAt(this.index);
  }

  get tolerance(): Decimal {
    return this.log.toleranceAt(this.index);
  }

  get status(): TieOut['status'] {
    return this.log.statusAt(this.index);
  }

  get finding(): Finding | undefined {
    return this.log.findingAt(this.index);
  }

  get terms(): readonly RelationTerm[] {
    this.built ??= this.log.termsAt(this.index);
    return this.built;
  }
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

/** A cell missing from its table (a row not printed) as the first term of a relation: its row's label, counting 0. */
function missingTerm(table: TypedTable, label: CellRef, decimals: number): RelationTerm {
  return { sheet: label.sheet, cell: label.cell, table: table.title, coefficient: ONE, value: ZERO, decimals, blank: 'missing' };
}

/** A cell as a term of a relation. */
function cellTerm(table: TypedTable, cell: AmountCell, coefficient: Decimal, decimals: number): RelationTerm {
  const value = amountOf(cell);
  const made: { -readonly [K in keyof RelationTerm]: RelationTerm[K] } = { sheet: table.sheet, cell: cell.address, table: table.title, coefficient, value: value ?? ZERO, decimals };
  if (value === undefined) made.blank = 'blank';
  if (cell.formula) made.formula = true;
  return made;
}
