/**
 * 错误定位 — which cell is wrong. Over every tie-out of the workbook, the smallest (weighted) set of
 * cells whose change makes every relation hold at once, tolerances kept (尾差 stays legal): the
 * Fellegi–Holt principle of statistical data editing, for balance edits.
 *
 * - A figure printed identically in other tables (and agreeing with them) weighs more: it is less
 *   likely the typo. A formula cell, or a row missing altogether, is no suspect.
 * - Broken relations that share cells form a component; each is solved on its own, with the
 *   changes found for earlier components counted: single cells first (the common case: every
 *   broken relation reads the cell and one change fixes them all without breaking an intact one),
 *   then pairs, then triples, by a search that branches on a broken relation not yet covered, or
 *   on the cells beside the set when a set covers them all but some intact relation would break.
 *   The search is bounded; a component it cannot explain gets no suspect (never a guess).
 * - Among the fewest cells, the lightest sets win, and every equally light set is reported.
 *
 * Source: issue 14 item 1; docs/references.md (Fellegi & Holt 1976; errorlocate).
 */
import { unitOfLastPlace } from '../amount';
import { formatFindingAmount, type Finding } from '../rules/finding';
import type { Relation } from '../rules/relation';
import { EditGraph, type CellNode } from './graph';
import { solveSet, type Budget, type CellChange, type SetSolution } from './solve';

/** A cell that is probably wrong, and what it should be. */
export interface LocatedSuspect {
  readonly sheet: string;
  readonly cell: string;
  readonly table: string;
  /** As printed ("4,610.52"); empty for a blank cell. */
  readonly current: string;
  /** The value that makes its relations hold, as it would be printed ("4,510.52"). */
  readonly suggested: string;
  /** The findings of the broken relations its change repairs, in the order of `relations`. */
  readonly explains: readonly Finding[];
}

export interface LocalizeOptions {
  /** A relation whose finding a person accepted (说明) is theirs to decide: no edit. */
  readonly isAccepted?: (finding: Finding) => boolean;
}

/** Cells per set at most: beyond, a component is left without suspect. */
const MAX_CELLS = 3;
/** Sets solved per component at most (a guard for very tangled workbooks). */
const MAX_SETS_PER_COMPONENT = 3000;
/**
 * Work per workbook at most, in sets and subsystems solved (solve.ts): a workbook whose errors are
 * beyond a few cells (a whole table in the wrong 单位) gives up within about a second.
 */
const MAX_WORK = 50_000;
/** Agreeing copies a figure is credited with at most. */
const MAX_COPIES = 3;

/**
 * The suspects of a workbook's relations, most telling first.
 * @example localizeErrors(reviewWorkbook(doctored).relations)[0] // { sheet: '表3', cell: 'C5', current: '4,610.52', suggested: '4,510.52', … }
 */
export function localizeErrors(relations: readonly Relation[], options: LocalizeOptions = {}): LocatedSuspect[] {
  const accepted = options.isAccepted ?? (() => false);
  if (!relations.some((r) => r.status === 'mismatch' && isHard(r, accepted))) return [];
  const graph = new EditGraph(relations, (r) => isHard(r, accepted), 'broken');
  const weights = new Map<number, number>();
  const weight = (cell: number): number => {
    let w = weights.get(cell);
    if (w === undefined) {
      w = weightOf(graph, graph.cells[cell]!);
      weights.set(cell, w);
    }
    return w;
  };
  const applied = new Map<number, bigint>();
  const budget: Budget = { work: MAX_WORK };
  const found: Found[] = [];
  for (const component of brokenComponents(graph)) {
    const open = component.filter((edit) => stillBroken(graph, edit, applied));
    if (open.length === 0) continue;
    const sets = locate(graph, open, weight, applied, budget);
    // The best set is made, so later components count it; equally light ones are reported beside it.
    for (const change of sets[0]?.changes ?? []) applied.set(change.cell, change.delta);
    sets.forEach((set, index) => {
      for (const change of set.changes) {
        if (!found.some((f) => f.change.cell === change.cell)) found.push({ change, primary: index === 0, open });
      }
    });
  }
  return rank(graph, found, applied);
}

/** A change found, whether its set is the one made, and the broken edits of its component. */
interface Found {
  readonly change: CellChange;
  readonly primary: boolean;
  readonly open: readonly number[];
}

function isHard(relation: Relation, accepted: (finding: Finding) => boolean): boolean {
  return relation.severity === 'error' && !(relation.finding && accepted(relation.finding));
}

/** 1 for a figure printed once; +1 for each other table that prints it identically. */
function weightOf(graph: EditGraph, cell: CellNode): number {
  let copies = 0;
  for (const id of cell.edits) {
    const edit = graph.edits[id]!;
    if (edit.cells.length !== 2 || edit.relation.status !== 'exact') continue;
    const other = graph.cells[edit.cells[0] === cell.id ? edit.cells[1]! : edit.cells[0]!]!;
    if (other.table !== cell.table) copies += 1;
  }
  return 1 + Math.min(copies, MAX_COPIES);
}

/** Broken edits grouped by shared cells (union–find), in the order of the relations. */
function brokenComponents(graph: EditGraph): number[][] {
  const parent = new Map<number, number>();
  const root = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const broken = graph.edits.filter((e) => e.broken);
  const ownerOfCell = new Map<number, number>();
  for (const edit of broken) {
    parent.set(edit.id, edit.id);
    for (const cell of edit.cells) {
      const owner = ownerOfCell.get(cell);
      if (owner === undefined) ownerOfCell.set(cell, edit.id);
      else parent.set(root(edit.id), root(owner));
    }
  }
  const groups = new Map<number, number[]>();
  for (const edit of broken) {
    const r = root(edit.id);
    const group = groups.get(r) ?? [];
    group.push(edit.id);
    groups.set(r, group);
  }
  return [...groups.values()];
}

function stillBroken(graph: EditGraph, edit: number, applied: ReadonlyMap<number, bigint>): boolean {
  const form = graph.form(edit);
  if (!form) return true;
  let value = form.residual;
  form.cells.forEach((cell, i) => {
    const delta = applied.get(cell);
    if (delta !== undefined) value += form.steps[i]! * delta;
  });
  return (value < 0n ? -value : value) > form.tolerance;
}

interface FoundSet {
  readonly cells: readonly number[];
  readonly solution: SetSolution;
  readonly weight: number;
}

/**
 * The lightest sets of the fewest cells that explain a component: every one of equal weight, the
 * one leaving the fewest relations inexact first.
 */
function locate(
  graph: EditGraph,
  open: readonly number[],
  weight: (cell: number) => number,
  applied: ReadonlyMap<number, bigint>,
  budget: Budget,
): SetSolution[] {
  const suspectable = (cell: number): boolean => {
    const node = graph.cells[cell]!;
    return !node.fixed && node.complete && !applied.has(cell);
  };
  for (let size = 1; size <= MAX_CELLS; size++) {
    // A set of n cells reaches n − 1 steps out from the broken relations; its cells need all their edits.
    while (graph.rings < size) graph.grow();
    const found: FoundSet[] = [];
    const tried = new Set<string>();
    let left = MAX_SETS_PER_COMPONENT;
    const search = (set: number[]): void => {
      if (left <= 0 || budget.work <= 0) return;
      const uncovered = open.filter((edit) => !set.some((cell) => graph.edits[edit]!.cells.includes(cell)));
      if (uncovered.length === 0 && set.length === size) {
        const key = [...set].sort((a, b) => a - b).join(',');
        if (tried.has(key)) return;
        tried.add(key);
        left -= 1;
        const solution = solveSet(graph, set, applied, budget);
        if (solution) found.push({ cells: set, solution, weight: set.reduce((sum, cell) => sum + weight(cell), 0) });
        return;
      }
      if (set.length === size) return;
      const branch =
        uncovered.length > 0
          ? fewestCandidates(graph, uncovered, suspectable)
          : neighbours(graph, set).filter(suspectable);
      for (const cell of branch) if (!set.includes(cell)) search([...set, cell]);
    };
    search([]);
    if (found.length === 0) continue;
    const lightest = Math.min(...found.map((f) => f.weight));
    return found
      .filter((f) => f.weight === lightest)
      .sort((a, b) => a.solution.inexact - b.solution.inexact)
      .map((f) => f.solution);
  }
  return [];
}

/** The suspectable cells of the uncovered edit that has fewest of them: one of them must change. */
function fewestCandidates(graph: EditGraph, edits: readonly number[], suspectable: (cell: number) => boolean): number[] {
  let best: number[] | undefined;
  for (const edit of edits) {
    const cells = graph.edits[edit]!.cells.filter(suspectable);
    if (!best || cells.length < best.length) best = cells;
  }
  return best ?? [];
}

/** Cells that share an edit with a cell of the set. */
function neighbours(graph: EditGraph, set: readonly number[]): number[] {
  const out = new Set<number>();
  for (const cell of set) for (const edit of graph.cells[cell]!.edits) for (const other of graph.edits[edit]!.cells) out.add(other);
  for (const cell of set) out.delete(cell);
  return [...out];
}

/**
 * Suspects ranked: those explaining more findings first, then in the order they were found. A
 * change made explains the broken relations reading its cell that hold once every change is made;
 * an equally light alternative, those of its component that read its cell.
 */
function rank(graph: EditGraph, found: readonly Found[], applied: ReadonlyMap<number, bigint>): LocatedSuspect[] {
  const repaired = new Set(graph.edits.filter((e) => e.broken && !stillBroken(graph, e.id, applied)).map((e) => e.id));
  const suspects = found.map(({ change, primary, open }, order) => {
    const cell = graph.cells[change.cell]!;
    const explained = primary ? (edit: number) => repaired.has(edit) : (edit: number) => open.includes(edit);
    const explains = cell.edits.filter(explained).flatMap((edit) => {
      const finding = graph.edits[edit]!.relation.finding;
      return finding ? [finding] : [];
    });
    const suggested = cell.value.plus(unitOfLastPlace(cell.decimals).times(change.delta.toString()));
    const places = Math.max(cell.decimals, 0);
    const suspect: LocatedSuspect = {
      sheet: cell.ref.sheet,
      cell: cell.ref.cell,
      table: cell.table,
      current: cell.blank ? '' : formatFindingAmount(cell.value, places),
      suggested: formatFindingAmount(suggested, places),
      explains,
    };
    return { order, suspect };
  });
  return suspects
    .sort((a, b) => b.suspect.explains.length - a.suspect.explains.length || a.order - b.order)
    .map((s) => s.suspect);
}
