/**
 * 求改动量 — given a set of cells allowed to change, the whole-unit changes δ that make every edit
 * reading them hold, or none.
 *
 * One cell: each edit bounds δ to an interval; their intersection holds every solution, and the
 * best is the one that leaves the fewest edits inexact (a figure retyped as it was printed
 * elsewhere ties exactly). Several cells: the vertices of the feasible region — k edits made
 * exact (or at a bound of their tolerance), solved exactly by Cramer's rule in BigInt — and the
 * integer points around them. With tolerances of a few units the region is small, so a vertex
 * that is not whole rounds to one that is; a region that offers none is reported infeasible.
 * Source: docs/references.md (balance edits: the single-cell test; a small search before a MIP).
 */
import type { EditGraph, IntegerEdit } from './graph';

/** A change of one cell, in whole units of its last printed digit. */
export interface CellChange {
  readonly cell: number;
  readonly delta: bigint;
}

/** The changes of a set, and how many edits they leave inexact (尾差 kept). */
export interface SetSolution {
  readonly changes: readonly CellChange[];
  readonly inexact: number;
}

/** An edit restricted to the cells of a set: −tol ≤ base + Σ coefficients·δ ≤ tol. */
interface Constraint {
  readonly coefficients: readonly bigint[];
  readonly base: bigint;
  readonly tolerance: bigint;
}

/** Subsystems tried per set at most: a set of 3 cells among ~30 edits stays well under it. */
const MAX_SUBSYSTEMS = 4000;

/** Work left for one localisation, in subsystems solved: shared by every set it tries. */
export interface Budget {
  work: number;
}

/**
 * The changes of `cells` (already-applied changes of other cells counted) that make every edit
 * reading them hold; undefined when none does or an edit cannot be put in integers.
 */
export function solveSet(graph: EditGraph, cells: readonly number[], applied: ReadonlyMap<number, bigint>, budget: Budget): SetSolution | undefined {
  const constraints = constraintsOf(graph, cells, applied);
  if (!constraints) return undefined;
  budget.work -= 1;
  return cells.length === 1 ? solveOne(constraints, cells[0]!) : solveMany(constraints, cells, budget);
}

/** The edits reading any of the cells, restricted to them. */
function constraintsOf(graph: EditGraph, cells: readonly number[], applied: ReadonlyMap<number, bigint>): Constraint[] | undefined {
  const seen = new Set<number>();
  const constraints: Constraint[] = [];
  for (const cell of cells) {
    for (const edit of graph.cells[cell]!.edits) {
      if (seen.has(edit)) continue;
      seen.add(edit);
      const form = graph.form(edit);
      if (!form) return undefined;
      constraints.push(restrict(form, cells, applied));
    }
  }
  return constraints;
}

function restrict(form: IntegerEdit, cells: readonly number[], applied: ReadonlyMap<number, bigint>): Constraint {
  const coefficients = cells.map(() => 0n);
  let base = form.residual;
  form.cells.forEach((cell, i) => {
    const at = cells.indexOf(cell);
    if (at >= 0) coefficients[at] = coefficients[at]! + form.steps[i]!;
    else {
      const delta = applied.get(cell);
      if (delta !== undefined) base += form.steps[i]! * delta;
    }
  });
  return { coefficients, base, tolerance: form.tolerance };
}

/** One cell: intersect the intervals, then take the point that leaves the fewest edits inexact. */
function solveOne(constraints: readonly Constraint[], cell: number): SetSolution | undefined {
  let low: bigint | undefined;
  let high: bigint | undefined;
  for (const { coefficients, base, tolerance } of constraints) {
    const c = coefficients[0]!;
    if (c === 0n) {
      if (abs(base) > tolerance) return undefined;
      continue;
    }
    // −tol ≤ base + c·δ ≤ tol
    const a = c > 0n ? ceilDiv(-tolerance - base, c) : ceilDiv(tolerance - base, c);
    const b = c > 0n ? floorDiv(tolerance - base, c) : floorDiv(-tolerance - base, c);
    low = low === undefined || a > low ? a : low;
    high = high === undefined || b < high ? b : high;
  }
  if (low === undefined || high === undefined || low > high) return undefined;
  const candidates = new Set<bigint>([low, high]);
  for (const { coefficients, base } of constraints) {
    const c = coefficients[0]!;
    if (c !== 0n && base % c === 0n) {
      const exact = -base / c;
      if (exact >= low && exact <= high) candidates.add(exact);
    }
  }
  let best: SetSolution | undefined;
  for (const delta of candidates) {
    if (delta === 0n) continue;
    const solution = { changes: [{ cell, delta }], inexact: inexactCount(constraints, [delta]) };
    if (!best || better(solution, best)) best = solution;
  }
  return best;
}

/** Several cells: vertices of the feasible region and the whole points around them. */
function solveMany(constraints: readonly Constraint[], cells: readonly number[], budget: Budget): SetSolution | undefined {
  const k = cells.length;
  const rows = constraints.filter((c) => c.coefficients.some((x) => x !== 0n));
  let best: SetSolution | undefined;
  let tried = 0;
  // Exact ties first; the bounds of the tolerances only when no exact vertex is feasible.
  for (const targets of [['exact'], ['exact', 'low', 'high']] as const) {
    for (const subset of combinations(rows.length, k)) {
      for (const choice of product(targets, k)) {
        if (++tried > MAX_SUBSYSTEMS || --budget.work < 0) return best;
        const matrix = subset.map((r) => rows[r]!.coefficients);
        const rhs = subset.map((r, i) => targetOf(rows[r]!, choice[i]!));
        const vertex = cramer(matrix, rhs);
        if (!vertex) continue;
        for (const point of roundings(vertex)) {
          if (point.some((x) => x === 0n) || !feasible(constraints, point)) continue;
          const solution = { changes: cells.map((cell, i) => ({ cell, delta: point[i]! })), inexact: inexactCount(constraints, point) };
          if (!best || better(solution, best)) best = solution;
        }
      }
    }
    if (best) return best;
  }
  return best;
}

function targetOf(row: Constraint, target: 'exact' | 'low' | 'high'): bigint {
  const goal = target === 'exact' ? 0n : target === 'low' ? -row.tolerance : row.tolerance;
  return goal - row.base;
}

/** Fewer inexact edits, then smaller changes. */
function better(a: SetSolution, b: SetSolution): boolean {
  if (a.inexact !== b.inexact) return a.inexact < b.inexact;
  return size(a) < size(b);
}

function size(solution: SetSolution): bigint {
  return solution.changes.reduce((sum, change) => sum + abs(change.delta), 0n);
}

function feasible(constraints: readonly Constraint[], point: readonly bigint[]): boolean {
  return constraints.every((c) => abs(valueAt(c, point)) <= c.tolerance);
}

function inexactCount(constraints: readonly Constraint[], point: readonly bigint[]): number {
  return constraints.filter((c) => valueAt(c, point) !== 0n).length;
}

function valueAt(c: Constraint, point: readonly bigint[]): bigint {
  let value = c.base;
  c.coefficients.forEach((x, i) => (value += x * point[i]!));
  return value;
}

/** A vertex as numerators over a common denominator. */
interface Vertex {
  readonly numerators: readonly bigint[];
  readonly denominator: bigint;
}

/** Solves A·x = b by Cramer's rule, exactly; undefined for a singular A. */
function cramer(matrix: readonly (readonly bigint[])[], rhs: readonly bigint[]): Vertex | undefined {
  const det = determinant(matrix);
  if (det === 0n) return undefined;
  const numerators = matrix.map((_, col) => determinant(matrix.map((row, r) => row.map((x, c) => (c === col ? rhs[r]! : x)))));
  return { numerators, denominator: det };
}

/** Determinant by Laplace expansion: the sets are a handful of cells. */
function determinant(m: readonly (readonly bigint[])[]): bigint {
  const n = m.length;
  if (n === 1) return m[0]![0]!;
  if (n === 2) return m[0]![0]! * m[1]![1]! - m[0]![1]! * m[1]![0]!;
  let det = 0n;
  for (let col = 0; col < n; col++) {
    const minor = m.slice(1).map((row) => row.filter((_, c) => c !== col));
    const term = m[0]![col]! * determinant(minor);
    det += col % 2 === 0 ? term : -term;
  }
  return det;
}

/** The whole points around a vertex: each coordinate floored or ceiled. */
function roundings(vertex: Vertex): bigint[][] {
  let points: bigint[][] = [[]];
  for (const numerator of vertex.numerators) {
    const down = floorDiv(numerator, vertex.denominator);
    const options = numerator % vertex.denominator === 0n ? [down] : [down, down + 1n];
    points = points.flatMap((p) => options.map((o) => [...p, o]));
  }
  return points;
}

/** k-subsets of 0..n−1, in order. */
function* combinations(n: number, k: number): Generator<number[]> {
  const pick: number[] = [];
  function* from(start: number): Generator<number[]> {
    if (pick.length === k) {
      yield [...pick];
      return;
    }
    for (let i = start; i <= n - (k - pick.length); i++) {
      pick.push(i);
      yield* from(i + 1);
      pick.pop();
    }
  }
  yield* from(0);
}

function* product<T>(options: readonly T[], k: number): Generator<T[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (const rest of product(options, k - 1)) for (const option of options) yield [...rest, option];
}

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) === (b < 0n)) ? q + 1n : q;
}
