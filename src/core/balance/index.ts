/**
 * 舍位平衡 — on request, the fewest one-unit adjustments that make every total tie exactly, for a
 * disclosure whose totals differ from their parts only by 尾差 (a 元 workbook published in 万元 is
 * the usual case: rounding each figure on its own leaves totals a cent off their parts).
 *
 * 1. `proposeBalance(workbook, { unit })` reviews the workbook; it refuses while a real error
 *    (beyond 尾差) stands — that is a wrong figure, not rounding. With `unit: '万元'`, each table
 *    printed in 元 is first converted (四舍五入 to 0.01 万元, the 单位 line rewritten); the
 *    adjustments then go to the figures whose 元 remainder was largest (closest to the rounding
 *    boundary), as the largest-remainder method does. Without 元 figures, any figure a person
 *    typed may move by one unit (never a formula, a blank, or below zero).
 * 2. The proposal lists each adjustment (cell, from, to, why); nothing is changed.
 * 3. `applyBalance(proposal, { date })` — only on the user's confirmation — returns the adjusted
 *    workbook, each adjustment (and each conversion) recorded in `_校验说明` with before and after.
 *
 * Relations between figures printed in different units (a 万元 table against a 元 one) keep their
 * tolerance: a rounded figure cannot equal an exact one.
 * Source: issue 14 item 2; domain guide, "Rounding".
 */
import { convertUnit, Decimal, roundHalfUp, unitOfLastPlace, type Unit } from '../amount';
import { tableFindings } from '../check';
import { cellText, formatCellRef, fromA1, toA1, type CellRef, type CellValue, type Grid, type Workbook } from '../grid';
import { EditGraph } from '../localize/graph';
import { amountOf, type TypedTable } from '../model';
import { acceptanceSheet, ACCEPTANCE_SHEET, readAcceptances, type Acceptance } from '../rules/acceptances';
import { formatFindingAmount } from '../rules/finding';
import type { Relation } from '../rules/relation';
import type { RoundingPolicy } from '../rules/rounding';
import { amountCells, allRows } from '../rules/tables';
import { balanceRelations, type Move } from './search';

export interface BalanceOptions {
  /** Publish in this unit: tables printed in 元 are converted to 万元 first. Default: as printed. */
  readonly unit?: Unit;
  readonly policy?: RoundingPolicy;
}

/** One adjustment: a figure moved by one unit of its last digit. */
export interface BalanceAdjustment {
  readonly sheet: string;
  readonly cell: string;
  readonly table: string;
  /** As printed before and after ("2,837.01" → "2,837.02"). */
  readonly from: string;
  readonly to: string;
  /** Which tie-out it closes, in words. */
  readonly why: string;
}

/** A table converted from 元 to 万元. */
export interface UnitConversion {
  readonly sheet: string;
  readonly table: string;
  /** The cell whose 单位 text was rewritten. */
  readonly label: string;
  /** Figures converted. */
  readonly figures: number;
}

/** What balancing would do; the workbook is untouched until `applyBalance`. */
export interface BalanceProposal {
  readonly kind: 'proposal';
  readonly conversions: readonly UnitConversion[];
  readonly adjustments: readonly BalanceAdjustment[];
  /** Tie-outs the bounded search could not close (described as their findings say). */
  readonly unbalanced: readonly string[];
  /** The workbook after conversion, before the adjustments. */
  readonly converted: Workbook;
  /** The adjusted values, by adjustment: what `applyBalance` writes. */
  readonly values: readonly CellValue[];
}

/** Why balancing cannot be proposed: a real error stands, no table was found, or the unit asked is impossible. */
export interface BalanceRefusal {
  readonly kind: 'refused';
  readonly because: 'errors' | 'noTables' | 'unit';
  readonly reason: string;
}

/**
 * Proposes the adjustments. Plain data; nothing in the workbook changes.
 * @example proposeBalance(seed).adjustments[0] // { sheet: '表2', cell: 'C21', from: '2,837.01', to: '2,837.02', why: '消除尾差：…' }
 */
export function proposeBalance(workbook: Workbook, options: BalanceOptions = {}): BalanceProposal | BalanceRefusal {
  const policy = options.policy ? { policy: options.policy } : {};
  const before = tableFindings(workbook, policy);
  if (before.recognition.tables.length === 0) return { kind: 'refused', because: 'noTables', reason: '没有识别到预算公开表格，无法做舍位平衡。' };
  const broken = before.relations.filter((r) => r.status === 'mismatch' && r.severity === 'error');
  if (broken.length > 0) {
    const first = broken[0]!.finding;
    const where = first ? `，例如 ${formatCellRef(first)}：${first.message}` : '';
    return { kind: 'refused', because: 'errors', reason: `工作簿中有 ${broken.length} 处勾稽关系超出尾差（是错误，不是舍入）${where}。请先更正，再做舍位平衡。` };
  }
  const conversion = convertTables(workbook, before.recognition.tables, options.unit);
  if (conversion.kind === 'refused') return conversion;
  const { relations } = conversion.conversions.length > 0 ? tableFindings(conversion.workbook, policy) : before;
  const found = balanceTieOuts(relations, conversion.exact);
  // In reading order: sheet by sheet as the workbook orders them, then row by row.
  const sheetOrder = new Map(workbook.map((grid, index) => [grid.name, index]));
  const position = ({ adjustment }: BalancedTieOuts['adjustments'][number]): [number, number, number] => {
    const { row, col } = fromA1(adjustment.cell);
    return [sheetOrder.get(adjustment.sheet) ?? workbook.length, row, col];
  };
  const adjustments = [...found.adjustments].sort((a, b) => {
    const [pa, pb] = [position(a), position(b)];
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
  });
  const balanced = { adjustments, unbalanced: found.unbalanced };
  return {
    kind: 'proposal',
    conversions: conversion.conversions,
    adjustments: balanced.adjustments.map((a) => a.adjustment),
    unbalanced: balanced.unbalanced,
    converted: conversion.workbook,
    values: balanced.adjustments.map((a) => a.value),
  };
}

/** The adjustments that balance a set of tie-outs, and the value each writes. */
export interface BalancedTieOuts {
  readonly adjustments: readonly { readonly adjustment: BalanceAdjustment; readonly value: number }[];
  readonly unbalanced: readonly string[];
}

/**
 * The fewest one-unit moves that make every hard tie-out among `relations` exact (those over
 * figures of one unit; mixed-unit ones keep their tolerance). `exact` gives, by `sheet!cell`, the
 * exact value a rounded figure came from where it is known (its remainder decides which figures
 * move); other figures may move either way, never below zero, never a formula or a blank.
 */
export function balanceTieOuts(relations: readonly Relation[], exact: ReadonlyMap<string, Decimal> = new Map()): BalancedTieOuts {
  const graph = new EditGraph(relations, (r) => r.severity === 'error', 'all');
  const sameUnit = (edit: number): boolean => graph.edits[edit]!.relation.terms.every((t) => t.coefficient.abs().equals(1));
  const half = new Decimal('0.5');
  const search = balanceRelations(graph, sameUnit, (id) => {
    const cell = graph.cells[id]!;
    if (cell.fixed || cell.blank) return [];
    const original = exact.get(key(cell.ref));
    const remainder = original?.minus(cell.value).dividedBy(unitOfLastPlace(cell.decimals));
    if (remainder && !remainder.isZero()) {
      // The 元 remainder in units of the last digit, in (−½, ½]: only the move toward the exact
      // value, costing ½ − |remainder| (the largest remainder moves first).
      return [{ delta: remainder.isPositive() ? 1n : -1n, cost: half.minus(remainder.abs()) }];
    }
    // No remainder to go by (a 万元 figure, or a 元 figure of whole hundreds): either way, after
    // every figure that has one; never below zero.
    const cost = remainder ? new Decimal(1) : half;
    const down = cell.value.minus(unitOfLastPlace(cell.decimals));
    return [{ delta: 1n as const, cost }, ...(down.isNegative() && !cell.value.isNegative() ? [] : [{ delta: -1n as const, cost }])];
  });
  return {
    adjustments: search.moves.map((move) => describe(graph, move, search.moves)),
    unbalanced: search.unbalanced.map((edit) => describeRelation(graph.edits[edit]!.relation)),
  };
}

/**
 * The balanced workbook: the proposal's figures written, each adjustment and conversion recorded
 * in `_校验说明` (rule, sheet, cell, before → after and why, date). Call only on confirmation.
 * @param date YYYY-MM-DD, the day the user confirmed
 */
export function applyBalance(proposal: BalanceProposal, date: string): Workbook {
  const edits = new Map<string, Map<string, { number: CellValue; text: string }>>();
  proposal.adjustments.forEach((adjustment, i) => {
    const sheet = edits.get(adjustment.sheet) ?? new Map<string, { number: CellValue; text: string }>();
    sheet.set(adjustment.cell, { number: proposal.values[i]!, text: adjustment.to.replace(/,/g, '') });
    edits.set(adjustment.sheet, sheet);
  });
  const records: Acceptance[] = [
    ...proposal.conversions.map((c) => ({
      rule: '单位折算',
      sheet: c.sheet,
      cell: c.label,
      note: `${c.table}：由元折算为万元（四舍五入到 0.01 万元），共 ${c.figures} 个金额`,
      date,
    })),
    ...proposal.adjustments.map((a) => ({ rule: '舍位平衡', sheet: a.sheet, cell: a.cell, note: `舍位平衡：由 ${a.from} 调整为 ${a.to}（${a.why}）`, date })),
  ];
  const grids = proposal.converted.filter((grid) => grid.name !== ACCEPTANCE_SHEET).map((grid) => withValues(grid, edits.get(grid.name)));
  if (records.length === 0) return proposal.converted;
  return [...grids, acceptanceSheet([...readAcceptances(proposal.converted), ...records])];
}

function key(ref: CellRef): string {
  return `${ref.sheet}!${ref.cell}`;
}

/** A grid with some figures replaced, a figure typed as text staying text (rows copied only where they change). */
function withValues(grid: Grid, values: ReadonlyMap<string, { number: CellValue; text: string }> | undefined): Grid {
  if (!values || values.size === 0) return grid;
  const rows = grid.values.map((row) => row);
  for (const [address, value] of values) {
    const { row, col } = fromA1(address);
    const copy = [...(rows[row] ?? [])];
    copy[col] = typeof copy[col] === 'string' ? value.text : value.number;
    rows[row] = copy;
  }
  return { ...grid, values: rows };
}

/** The adjustment of a move: before and after as printed, why, and the value to write. */
function describe(graph: EditGraph, move: Move, moves: readonly Move[]): { adjustment: BalanceAdjustment; value: number } {
  const cell = graph.cells[move.cell]!;
  const places = Math.max(cell.decimals, 0);
  const after = cell.value.plus(unitOfLastPlace(cell.decimals).times(move.delta.toString()));
  const relations = cell.edits.map((e) => graph.edits[e]!.relation);
  const rounding = relations.find((r) => r.status === 'rounding' && r.finding);
  const partner = moves.find((m) => m.cell !== move.cell && graph.cells[m.cell]!.edits.some((e) => cell.edits.includes(e)));
  const why = rounding
    ? `消除尾差：${rounding.finding!.message}`
    : partner
      ? `随 ${formatCellRef(graph.cells[partner.cell]!.ref)} 一并调整，使两者所在的勾稽关系仍然相符`
      : '使所在的勾稽关系相符';
  return {
    adjustment: {
      sheet: cell.ref.sheet,
      cell: cell.ref.cell,
      table: cell.table,
      from: formatFindingAmount(cell.value, places),
      to: formatFindingAmount(after, places),
      why,
    },
    value: after.toNumber(),
  };
}

function describeRelation(relation: Relation): string {
  if (relation.finding) return `${formatCellRef(relation.finding)}：${relation.finding.message}`;
  return relation.terms.map((t) => formatCellRef(t)).join('、');
}

/** Tables converted from 元 to 万元, with the exact 万元 value of every converted figure. */
function convertTables(
  workbook: Workbook,
  tables: readonly TypedTable[],
  unit: Unit | undefined,
): { kind: 'converted'; workbook: Workbook; conversions: UnitConversion[]; exact: Map<string, Decimal> } | BalanceRefusal {
  const exact = new Map<string, Decimal>();
  if (unit === undefined || tables.every((t) => t.unit === unit)) return { kind: 'converted', workbook, conversions: [], exact };
  if (unit === '元') {
    const table = tables.find((t) => t.unit === '万元')!;
    return { kind: 'refused', because: 'unit', reason: `${table.title} 以万元列示，不能折算为元：万元数字缺少元以下的位数。` };
  }
  const conversions: UnitConversion[] = [];
  const grids = new Map(workbook.map((grid) => [grid.name, grid]));
  for (const table of tables.filter((t) => t.unit === '元')) {
    const grid = grids.get(table.sheet)!;
    const values = grid.values.map((row) => [...row]);
    const formats = (grid.numberFormats ?? []).map((row) => [...row]);
    let figures = 0;
    for (const cell of amountCells(table)) {
      const value = amountOf(cell);
      if (value === undefined || cell.formula) continue;
      const wan = convertUnit(value, '元', '万元');
      const rounded = roundHalfUp(wan, 2);
      exact.set(key({ sheet: table.sheet, cell: cell.address }), wan);
      (values[cell.row] ??= [])[cell.col] = typeof grid.values[cell.row]?.[cell.col] === 'string' ? rounded.toFixed(2) : rounded.toNumber();
      (formats[cell.row] ??= [])[cell.col] = '#,##0.00';
      figures += 1;
    }
    const label = relabel(values, table);
    if (!label) return { kind: 'refused', because: 'unit', reason: `${table.title}（${table.sheet}）找不到“单位：元”的说明，无法改为万元。` };
    grids.set(table.sheet, { ...grid, values, numberFormats: formats });
    conversions.push({ sheet: table.sheet, table: table.title, label, figures });
  }
  return { kind: 'converted', workbook: workbook.map((grid) => grids.get(grid.name)!), conversions, exact };
}

/** Rewrites the table's 单位 text (above its first row of figures) from 元 to 万元; the cell's address. */
function relabel(values: CellValue[][], table: TypedTable): string | undefined {
  const firstData = Math.min(...allRows(table).map((row) => row.row));
  for (let r = table.range.top; r < firstData; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c] ?? null);
      const rewritten = text.replace(/(单位\s*[:：]\s*)元/, '$1万元').replace(/([(（])元([)）])/, '$1万元$2');
      if (rewritten !== text) {
        row[c] = rewritten;
        return toA1(r, c);
      }
    }
  }
  return undefined;
}
