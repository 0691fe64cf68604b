/**
 * 勾稽图 — the tie-out relations of a workbook as edits over cells, in exact integers.
 *
 * Each cell changes by whole units of its last printed digit (δ, an integer): a 万元 figure with 2
 * decimals moves by 0.01 万元, a 元 figure by 0.01 元. An edit Σ coefficient·cell = 0 with a
 * tolerance becomes, scaled to the finest step among its cells, −tol ≤ residual + Σ step·δ ≤ tol,
 * all in BigInt: no float ever touches an amount (money is exact or it is nothing).
 *
 * Only hard edits are kept: a 提示 (warning) tie-out and an accepted finding are a person's to
 * decide, so localisation neither fixes nor keeps them. A cell is a node once, however many
 * relations print it.
 *
 * The graph is the region around the broken edits, not the workbook: rings of edits out from
 * their cells, grown as the search needs them (singles need one ring, pairs two), found by
 * scanning the relations for addresses already in the region (a 100,000-row department has half
 * a million terms; indexing them all costs more than the search). Cells inside the last ring have
 * every edit that reads them; the rim's cells do not and are never suspects.
 * Source: issue 14 item 1; docs/references.md (Fellegi–Holt, balance edits).
 */
import { Decimal } from '../amount';
import type { CellRef } from '../grid';
import type { Relation, RelationTerm } from '../rules/relation';

/** One cell of the workbook that some edit reads. */
export interface CellNode {
  readonly id: number;
  readonly ref: CellRef;
  /** The table's title as printed. */
  readonly table: string;
  /** The amount as printed, in its table's 单位 (0 for a blank cell). */
  readonly value: Decimal;
  /** Decimals of the last printed digit. */
  readonly decimals: number;
  readonly blank?: 'blank' | 'missing';
  /** A formula cell, or a row that is missing altogether: nothing a person typed. */
  readonly fixed: boolean;
  /** Every edit reading the cell is in the graph (cells at the rim of the region are not). */
  complete: boolean;
  /** The edits that read the cell. */
  readonly edits: number[];
}

/** An edit in integers: −tolerance ≤ residual + Σ steps[i]·δ(cells[i]) ≤ tolerance. */
export interface IntegerEdit {
  readonly cells: readonly number[];
  readonly steps: readonly bigint[];
  readonly residual: bigint;
  readonly tolerance: bigint;
}

/** One hard edit and where it came from. */
export interface EditNode {
  readonly id: number;
  readonly relation: Relation;
  readonly cells: readonly number[];
  /** The cell of each term of the relation, in the relation's order. */
  readonly termCells: readonly number[];
  /** Beyond its tolerance as printed. */
  readonly broken: boolean;
}

/** Misuse or overflow-free limits: an edit whose scaled integers would be absurd is left out. */
const MAX_SCALE = 12;

export class EditGraph {
  readonly cells: CellNode[] = [];
  readonly edits: EditNode[] = [];
  /** Sheet → address → cell id: the addresses are the recognised cells' own strings, so no key is built. */
  private readonly bySheet = new Map<string, Map<string, number>>();
  private readonly forms = new Map<number, IntegerEdit | null>();

  private readonly hard: readonly Relation[];
  private readonly included: Uint8Array;
  /** Every cell of the edits in the graph. */
  private readonly region = new Region();
  /** Rings grown so far around the broken edits. */
  private ringsGrown = 0;

  /**
   * @param relations every relation of the review
   * @param isHard whether a relation is a hard edit (strong, not accepted)
   * @param scope `broken`: the broken edits and one ring around them (`grow` adds rings); `all`: every edit
   */
  constructor(relations: readonly Relation[], isHard: (relation: Relation) => boolean, scope: 'broken' | 'all') {
    this.hard = relations.filter((relation) => relation.terms.length > 0 && isHard(relation));
    this.included = new Uint8Array(this.hard.length);
    if (scope === 'all') {
      this.hard.forEach((relation) => this.addEdit(relation));
      this.included.fill(1);
      for (const cell of this.cells) cell.complete = true;
      return;
    }
    for (const relation of this.hard) if (relation.status === 'mismatch') this.region.addTerms(relation);
    this.grow();
  }

  /** Rings of edits around the broken ones: cells within `rings − 1` steps of them have all their edits. */
  get rings(): number {
    return this.ringsGrown;
  }

  /** Adds the edits reading the rim's cells, which makes those cells complete. */
  grow(): void {
    const inner = this.region.copy();
    for (let i = 0; i < this.hard.length; i++) {
      if (this.included[i] === 1 || !inner.touches(this.hard[i]!)) continue;
      this.included[i] = 1;
      this.region.addTerms(this.hard[i]!);
      this.addEdit(this.hard[i]!);
    }
    for (const cell of this.cells) if (!cell.complete) cell.complete = inner.has(cell.ref);
    this.ringsGrown += 1;
  }

  private addEdit(relation: Relation): void {
    const id = this.edits.length;
    const cells: number[] = [];
    const termCells: number[] = [];
    for (const term of relation.terms) {
      const cell = this.cellFor(term);
      termCells.push(cell.id);
      if (cell.edits[cell.edits.length - 1] !== id) {
        cells.push(cell.id);
        cell.edits.push(id);
      }
    }
    this.edits.push({ id, relation, cells, termCells, broken: relation.status === 'mismatch' });
  }

  /** The cell of a reference, if some edit reads it. */
  find(ref: CellRef): CellNode | undefined {
    const id = this.bySheet.get(ref.sheet)?.get(ref.cell.toUpperCase());
    return id === undefined ? undefined : this.cells[id];
  }

  /** The edit in exact integers, or null when its figures cannot be scaled to integers sensibly. */
  form(edit: number): IntegerEdit | null {
    let form = this.forms.get(edit);
    if (form === undefined) {
      form = integerForm(this.edits[edit]!, this.cells);
      this.forms.set(edit, form);
    }
    return form;
  }

  private cellFor(term: RelationTerm): CellNode {
    let sheet = this.bySheet.get(term.sheet);
    if (!sheet) {
      sheet = new Map();
      this.bySheet.set(term.sheet, sheet);
    }
    const known = sheet.get(term.cell);
    if (known !== undefined) return this.cells[known]!;
    const { value, decimals, blank } = term;
    const ref = { sheet: term.sheet, cell: term.cell };
    const node: CellNode = { id: this.cells.length, ref, table: term.table, value, decimals, blank, fixed: term.formula === true || blank === 'missing', complete: false, edits: [] };
    this.cells.push(node);
    sheet.set(term.cell, node.id);
    return node;
  }
}

/** A set of cells by sheet and address. */
class Region {
  private readonly sheets = new Map<string, Set<string>>();

  addTerms(relation: Relation): void {
    for (const term of relation.terms) {
      let sheet = this.sheets.get(term.sheet);
      if (!sheet) {
        sheet = new Set();
        this.sheets.set(term.sheet, sheet);
      }
      sheet.add(term.cell);
    }
  }

  has(ref: CellRef): boolean {
    return this.sheets.get(ref.sheet)?.has(ref.cell) ?? false;
  }

  touches(relation: Relation): boolean {
    // The hot loop of a large workbook: a plain loop, one sheet look-up per change of sheet.
    let name: string | undefined;
    let sheet: Set<string> | undefined;
    for (const term of relation.terms) {
      if (term.sheet !== name) {
        name = term.sheet;
        sheet = this.sheets.get(name);
      }
      if (sheet?.has(term.cell)) return true;
    }
    return false;
  }

  copy(): Region {
    const copy = new Region();
    for (const [sheet, cells] of this.sheets) copy.sheets.set(sheet, new Set(cells));
    return copy;
  }
}

/**
 * Scales an edit to integers: the step of a cell is coefficient × one unit of its last digit; the
 * scale is the finest decimal among steps, residual and tolerance.
 */
function integerForm(edit: EditNode, cells: readonly CellNode[]): IntegerEdit | null {
  const { relation } = edit;
  const steps = new Map<number, Decimal>();
  let residual = new Decimal(0);
  for (const term of relation.terms) {
    residual = residual.plus(term.coefficient.times(term.value));
  }
  edit.cells.forEach((id) => steps.set(id, new Decimal(0)));
  relation.terms.forEach((term, index) => {
    const id = edit.termCells[index]!;
    steps.set(id, steps.get(id)!.plus(term.coefficient.times(new Decimal(10).pow(-cells[id]!.decimals))));
  });
  const scale = Math.max(residual.decimalPlaces(), relation.tolerance.decimalPlaces(), ...[...steps.values()].map((s) => s.decimalPlaces()));
  if (scale > MAX_SCALE) return null;
  const factor = new Decimal(10).pow(scale);
  const toInt = (value: Decimal): bigint => BigInt(value.times(factor).toFixed(0));
  return {
    cells: edit.cells,
    steps: edit.cells.map((id) => toInt(steps.get(id)!)),
    residual: toInt(residual),
    tolerance: toInt(relation.tolerance),
  };
}
