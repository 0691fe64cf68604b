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
 * Source: issue 14 item 1; docs/references.md (Fellegi–Holt, balance edits).
 */
import { Decimal } from '../amount';
import type { CellRef } from '../grid';
import type { Relation } from '../rules/relation';

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
  private readonly byKey = new Map<string, number>();
  private readonly forms = new Map<number, IntegerEdit | null>();

  /**
   * @param relations every relation of the review
   * @param isHard whether a relation is a hard edit (strong, not accepted)
   */
  constructor(relations: readonly Relation[], isHard: (relation: Relation) => boolean) {
    for (const relation of relations) {
      if (!isHard(relation) || relation.terms.length === 0) continue;
      const id = this.edits.length;
      const cells: number[] = [];
      const termCells: number[] = [];
      for (const term of relation.terms) {
        const cell = this.cellFor(term.cell, term.table, term.value, term.decimals, term.blank, term.formula === true);
        termCells.push(cell.id);
        if (cell.edits[cell.edits.length - 1] !== id) {
          cells.push(cell.id);
          cell.edits.push(id);
        }
      }
      this.edits.push({ id, relation, cells, termCells, broken: relation.status === 'mismatch' });
    }
  }

  /** The cell of a reference, if some edit reads it. */
  find(ref: CellRef): CellNode | undefined {
    const id = this.byKey.get(keyOf(ref));
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

  private cellFor(ref: CellRef, table: string, value: Decimal, decimals: number, blank: 'blank' | 'missing' | undefined, formula: boolean): CellNode {
    const key = keyOf(ref);
    const known = this.byKey.get(key);
    if (known !== undefined) return this.cells[known]!;
    const node: CellNode = {
      id: this.cells.length,
      ref,
      table,
      value,
      decimals,
      ...(blank ? { blank } : {}),
      fixed: formula || blank === 'missing',
      edits: [],
    };
    this.cells.push(node);
    this.byKey.set(key, node.id);
    return node;
  }
}

function keyOf(ref: CellRef): string {
  return `${ref.sheet}\u0001${ref.cell.toUpperCase()}`;
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
