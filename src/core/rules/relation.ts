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
import { convertUnit, Decimal, type Unit } from '../amount';
import type { CellRef } from '../grid';
import { amountOf, type AmountCell, type TypedTable } from '../model';
import type { Finding, Severity } from './finding';
import type { TieOut } from './rounding';
import type { Rule } from './rule';
import { cellDecimals, tableDecimals } from './tables';

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
 * A tie-out's cells as a rule gives them: the total or the cell compared, in `table` (when missing,
 * its row's label `at`), and the other cells, all in `otherTable` (the same table for a total).
 */
export interface TieOutCells {
  readonly at: CellRef;
  readonly table: TypedTable;
  readonly cell: AmountCell | undefined;
  readonly otherTable: TypedTable;
  readonly others: readonly AmountCell[];
}

/** Where the rules report each tie-out they make (rule context `relations`). */
export interface TieOutRecorder {
  record(rule: Rule, result: TieOut, finding: Finding | undefined, tie: TieOutCells): void;
}

/**
 * Notes which rules made tie-outs and whether a hard one (of a rule of severity error) failed, and
 * keeps nothing else: a review records its relations only when error localisation has a broken one
 * to explain, by running those rules again.
 */
export class TieOutWatch implements TieOutRecorder {
  broken = false;
  readonly rules = new Set<Rule>();
  private last: Rule | undefined;

  record(rule: Rule, result: TieOut): void {
    if (result.status === 'mismatch' && rule.severity === 'error') this.broken = true;
    if (rule !== this.last) {
      this.rules.add(rule);
      this.last = rule;
    }
  }
}

/** Consecutive tie-outs of one rule over the same tables: what they share, kept once. */
interface Run {
  /** The first tie-out of the run. */
  readonly from: number;
  readonly rule: Rule;
  readonly table: TypedTable;
  readonly otherTable: TypedTable;
}

/**
 * Collects the tie-outs of one run of the rules, rule by rule (a review runs them with a log only
 * when it reads its relations, see `tableFindings`). A 100,000-row department makes 160,000
 * tie-outs over 570,000 cells. Kept as an object and a list of cells each, they outlived the
 * young generation (its collections took 0.9 s of the review instead of 0.75 s); so a tie-out is
 * kept as its cell, its tolerance and its other cells in lists, a rule's consecutive tie-outs over
 * the same tables as one run (each cell's coefficient and decimals follow from its table when the
 * terms are made), and a status other than exact, a finding or a missing cell's label by its number. They are read as {@link Relation}s made when first asked for, and a
 * relation's terms are made when they are read, which error localisation does only when something
 * is broken.
 */
export class RelationLog implements TieOutRecorder {
  private readonly runs: Run[] = [];
  private readonly cells: (AmountCell | undefined)[] = [];
  private readonly tolerances: Decimal[] = [];
  /** Tie-out i's other cells are `others` from `starts[i]` up to `starts[i + 1]`. */
  private readonly starts: number[] = [0];
  private readonly others: AmountCell[] = [];
  private readonly statuses = new Map<number, TieOut['status']>();
  private readonly findings = new Map<number, Finding>();
  /** Where a missing first cell is counted (its row's label). */
  private readonly labels = new Map<number, CellRef>();
  private made: Relation[] | undefined;

  /** Records a tie-out: its rule, its result, the finding it gave (none when exact) and its cells. */
  record(rule: Rule, result: TieOut, finding: Finding | undefined, tie: TieOutCells): void {
    const index = this.cells.length;
    const run = this.runs[this.runs.length - 1];
    if (
      !run ||
      run.rule !== rule ||
      run.table !== tie.table ||
      run.otherTable !== tie.otherTable
    ) {
      this.runs.push({ from: index, rule, table: tie.table, otherTable: tie.otherTable });
    }
    this.cells.push(tie.cell);
    this.tolerances.push(result.tolerance);
    for (const other of tie.others) this.others.push(other);
    this.starts.push(this.others.length);
    if (result.status !== 'exact') this.statuses.set(index, result.status);
    if (finding) this.findings.set(index, finding);
    if (!tie.cell) this.labels.set(index, tie.at);
    this.made = undefined;
  }

  /**
   * Names each recorded finding by its counterpart in `counterparts` (the same rules run twice give
   * equal findings in the same order): the relations then carry the findings a review shows.
   */
  renameFindings(counterparts: ReadonlyMap<Finding, Finding>): void {
    for (const [index, finding] of this.findings) this.findings.set(index, counterparts.get(finding) ?? finding);
  }

  /** Every relation recorded so far, in the order the rules made them. */
  get relations(): readonly Relation[] {
    if (!this.made) {
      const made: Relation[] = [];
      this.runs.forEach((run, r) => {
        const end = this.runs[r + 1]?.from ?? this.cells.length;
        for (let index = run.from; index < end; index++) made.push(new LoggedRelation(this, run, index));
      });
      this.made = made;
    }
    return this.made;
  }

  statusAt(index: number): TieOut['status'] {
    return this.statuses.get(index) ?? 'exact';
  }

  toleranceAt(index: number): Decimal {
    return this.tolerances[index]!;
  }

  findingAt(index: number): Finding | undefined {
    return this.findings.get(index);
  }

  /** The terms of tie-out `index` (of `run`): the total or the cell compared first, then the others. */
  termsAt(run: Run, index: number): RelationTerm[] {
    const { table, otherTable } = run;
    // Each other cell's coefficient: −1, converted from its table's 单位 into the relation's.
    const coefficient = otherTable.unit === table.unit ? MINUS_ONE : convertUnit(MINUS_ONE, otherTable.unit, table.unit);
    const otherTableDecimals = tableDecimals(otherTable);
    const cell = this.cells[index];
    const decimals = cellDecimals(tableDecimals(table), cell);
    const terms = [cell ? cellTerm(table, cell, ONE, decimals) : missingTerm(table, this.labels.get(index)!, decimals)];
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
    private readonly run: Run,
    private readonly index: number,
  ) {}

  get rule(): string {
    return this.run.rule.id;
  }

  get severity(): Severity {
    return this.run.rule.severity;
  }

  get unit(): Unit {
    return this.run.table.unit;
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
    this.built ??= this.log.termsAt(this.run, this.index);
    return this.built;
  }
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
const MINUS_ONE = new Decimal(-1);

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
