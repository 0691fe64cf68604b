/**
 * 舍位平衡的搜索 — the fewest one-unit moves that make every relation tie exactly.
 *
 * Iterative deepening over the number of moves, per group of relations that do not tie: a group
 * is the relations off by 尾差 that share a cell or an intact relation (so that moves fixing one
 * cannot be cheaper together with another's). At each node the relation still off with the
 * fewest possible moves is branched on — one of its cells must move toward closing it, so the
 * search misses no solution — and a lower bound (relations still off with no cell in common each
 * need a move of their own) prunes. Among the solutions of fewest moves, the one of least cost
 * (largest remainder first) wins. A group the bounded search cannot finish is reported, not forced.
 * Source: issue 14 item 2.
 */
import { Decimal } from '../amount';
import type { EditGraph } from '../localize/graph';

/** A move of one cell by one unit of its last printed digit. */
export interface Move {
  readonly cell: number;
  readonly delta: 1n | -1n;
}

/** What moves a cell allows, and what each costs beyond counting as one (a tie-break). */
export type MovesOf = (cell: number) => readonly { readonly delta: 1n | -1n; readonly cost: Decimal }[];

/** Moves made per group at most. */
const MAX_DEPTH = 40;
/** Search nodes per group at most. */
const MAX_NODES = 200_000;

export interface BalanceSearch {
  readonly moves: Move[];
  /** Relations (edit ids) still off after the moves: the search ran out of its bounds. */
  readonly unbalanced: number[];
}

/**
 * Balances the relations `target` says must tie (tolerance for the others): `exact(edit)` is true
 * for a relation that must be exact, false for one that keeps its tolerance (mixed units).
 */
export function balanceRelations(graph: EditGraph, exact: (edit: number) => boolean, uncachedMovesOf: MovesOf): BalanceSearch {
  const movesCache = new Map<number, ReturnType<MovesOf>>();
  const movesOf: MovesOf = (cell) => {
    let moves = movesCache.get(cell);
    if (!moves) {
      moves = uncachedMovesOf(cell);
      movesCache.set(cell, moves);
    }
    return moves;
  };
  const made = new Map<number, 1n | -1n>();
  const allowed = (edit: number): bigint => (exact(edit) ? 0n : graph.form(edit)?.tolerance ?? 0n);
  const valueOf = (edit: number): bigint | undefined => {
    const form = graph.form(edit);
    if (!form) return undefined;
    let value = form.residual;
    form.cells.forEach((cell, i) => {
      const delta = made.get(cell);
      if (delta !== undefined) value += form.steps[i]! * delta;
    });
    return value;
  };
  const isOff = (edit: number): boolean => {
    const value = valueOf(edit);
    return value !== undefined && abs(value) > allowed(edit);
  };
  const unbalanced: number[] = [];
  for (const group of groups(graph, graph.edits.filter((e) => isOff(e.id)).map((e) => e.id))) {
    const found = searchGroup(graph, group, made, valueOf, allowed, movesOf);
    if (!found) {
      unbalanced.push(...group.filter(isOff));
      continue;
    }
    for (const move of found) made.set(move.cell, move.delta);
  }
  return { moves: [...made].map(([cell, delta]) => ({ cell, delta })), unbalanced };
}

/** Relations off, grouped when they share a cell or a relation joins their cells. */
function groups(graph: EditGraph, off: readonly number[]): number[][] {
  const parent = new Map<number, number>(off.map((e) => [e, e]));
  const root = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const ownerOfCell = new Map<number, number>();
  for (const edit of off) {
    for (const cell of graph.edits[edit]!.cells) {
      // The cell itself and every cell a relation joins it with.
      for (const near of graph.cells[cell]!.edits.flatMap((e) => graph.edits[e]!.cells)) {
        const owner = ownerOfCell.get(near);
        if (owner === undefined) ownerOfCell.set(near, edit);
        else parent.set(root(edit), root(owner));
      }
    }
  }
  const grouped = new Map<number, number[]>();
  for (const edit of off) {
    const r = root(edit);
    grouped.set(r, [...(grouped.get(r) ?? []), edit]);
  }
  return [...grouped.values()];
}

function searchGroup(
  graph: EditGraph,
  group: readonly number[],
  made: Map<number, 1n | -1n>,
  valueOf: (edit: number) => bigint | undefined,
  allowed: (edit: number) => bigint,
  movesOf: MovesOf,
): Move[] | undefined {
  let nodes = 0;
  const path: { move: Move; cost: Decimal }[] = [];
  const start = Math.max(1, lowerBound(graph, offEdits(graph, group, path, valueOf, allowed), made));
  for (let depth = start; depth <= MAX_DEPTH; depth++) {
    let best: { moves: Move[]; cost: Decimal } | undefined;
    const seen = new Map<string, number>();
    const visit = (left: number): void => {
      if (++nodes > MAX_NODES) return;
      const off = offEdits(graph, group, path, valueOf, allowed);
      if (off.length === 0) {
        const cost = path.reduce((sum, step) => sum.plus(step.cost), new Decimal(0));
        if (!best || cost.lessThan(best.cost)) best = { moves: path.map((p) => p.move), cost };
        return;
      }
      if (left === 0 || lowerBound(graph, off, made) > left) return;
      const key = path
        .map((p) => `${p.move.cell}${p.move.delta > 0n ? '+' : '-'}`)
        .sort()
        .join(',');
      if ((seen.get(key) ?? -1) >= left) return;
      seen.set(key, left);
      const branch = fewestMoves(graph, off, made, valueOf, movesOf);
      for (const option of branch) {
        made.set(option.move.cell, option.move.delta);
        path.push(option);
        visit(left - 1);
        path.pop();
        made.delete(option.move.cell);
      }
    };
    visit(depth);
    if (best) return best.moves;
    if (nodes > MAX_NODES) return undefined;
  }
  return undefined;
}

/** The group's relations still off, and those the moves so far have put off. */
function offEdits(
  graph: EditGraph,
  group: readonly number[],
  path: readonly { move: Move }[],
  valueOf: (edit: number) => bigint | undefined,
  allowed: (edit: number) => bigint,
): number[] {
  const candidates = new Set(group);
  for (const { move } of path) for (const edit of graph.cells[move.cell]!.edits) candidates.add(edit);
  return [...candidates].filter((edit) => {
    const value = valueOf(edit);
    return value !== undefined && abs(value) > allowed(edit);
  });
}

/** Relations off that share no movable cell each need a move of their own. */
function lowerBound(graph: EditGraph, off: readonly number[], made: ReadonlyMap<number, bigint>): number {
  const used = new Set<number>();
  let bound = 0;
  for (const edit of off) {
    const cells = graph.edits[edit]!.cells.filter((cell) => !made.has(cell));
    if (cells.some((cell) => used.has(cell))) continue;
    for (const cell of cells) used.add(cell);
    bound += 1;
  }
  return bound;
}

/** The moves that close the off relation with fewest of them, cheapest first. */
function fewestMoves(
  graph: EditGraph,
  off: readonly number[],
  made: ReadonlyMap<number, bigint>,
  valueOf: (edit: number) => bigint | undefined,
  movesOf: MovesOf,
): { move: Move; cost: Decimal }[] {
  let best: { move: Move; cost: Decimal }[] | undefined;
  for (const edit of off) {
    const form = graph.form(edit)!;
    const value = valueOf(edit)!;
    const options: { move: Move; cost: Decimal }[] = [];
    form.cells.forEach((cell, i) => {
      if (made.has(cell)) return;
      for (const { delta, cost } of movesOf(cell)) {
        // Toward closing the relation: the move's effect has the sign opposite to the value.
        const effect = form.steps[i]! * delta;
        if ((value > 0n && effect < 0n) || (value < 0n && effect > 0n)) options.push({ move: { cell, delta }, cost });
      }
    });
    if (!best || options.length < best.length) best = options;
    if (best.length === 0) break;
  }
  return (best ?? []).sort((a, b) => a.cost.comparedTo(b.cost));
}

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}
