/**
 * 勾稽 — turning a tie-out of cells into findings, shared by every arithmetic rule.
 *
 * Blank cells are no item, 0.00 cells are items (domain guide, "Rounding"); a blank total over
 * non-blank parts counts as 0. A cell holding text or an Excel error is left to the
 * `cell.unreadable` rule, so one bad cell is reported once, where it is.
 * A difference the policy tolerates is reported as `info` (尾差), never as an error.
 */
import { convertUnit, Decimal, unitShift, type Unit } from '../amount';
import type { CellRef } from '../grid';
import { amountOf, type AmountCell, type TypedTable } from '../model';
import { formatFindingAmount, makeFinding, renderMessage, type Finding, type MessageSlots } from './finding';
import { compareSame, tieOutPrinted, type TieOut } from './rounding';
import type { Rule, RuleContext } from './rule';
import { cellDecimals, cellRef, displayPlaces, hasValue, isReadable } from './tables';

/** A total against its parts, within one table. */
export interface SumCheck {
  readonly table: TypedTable;
  /** The total cell; missing when the table has no such cell (then `at` says where to point). */
  readonly total: AmountCell | undefined;
  readonly parts: readonly (AmountCell | undefined)[];
  /** Where the finding points when the total cell is missing: usually the row's label. */
  readonly at?: CellRef;
  /**
   * Slots the rule's template needs besides actual, expected, difference and verdict: made only for a
   * finding (most tie-outs hold, and a department makes a quarter of a million).
   */
  readonly slots: () => MessageSlots;
}

/**
 * Ties out `total` against `parts` under the context's policy.
 * Slots added for the template: {actual} {expected} {difference} (absolute) {verdict}.
 */
export function checkSum(ctx: RuleContext, rule: Rule, check: SumCheck): Finding[] {
  const { table, total, parts } = check;
  if (!isReadable(total) || !parts.every(isReadable)) return [];
  const present = parts.filter((cell): cell is AmountCell => amountOf(cell) !== undefined);
  if (amountOf(total) === undefined && !present.some(hasValue)) return [];
  const at = total ? cellRef(table, total) : check.at;
  if (!at) return [];
  const decimals = ctx.decimals(table);
  const result = tieOutPrinted(
    { value: amountOf(total) ?? ZERO, decimals: cellDecimals(decimals, total) },
    present.map((cell) => ({ value: amountOf(cell)!, decimals: cellDecimals(decimals, cell) })),
    ctx.policy,
  );
  const findings = tieOutFinding(rule, result, { table, at, places: displayPlaces(table, decimals), compared: { table, cells: present }, slots: check.slots });
  ctx.relations?.record(rule, result, findings[0], { at, table, cell: total, otherTable: table, others: present });
  return findings;
}

const ZERO = new Decimal(0);

/** One quantity printed in two tables (or in two places): `cell` against the sum of `others`. */
export interface SameCheck {
  readonly table: TypedTable;
  readonly cell: AmountCell | undefined;
  /** Where the finding points when `cell` is missing. */
  readonly at?: CellRef;
  readonly otherTable: TypedTable;
  readonly others: readonly (AmountCell | undefined)[];
  readonly slots: () => MessageSlots;
}

/**
 * Compares a value with the same quantity printed elsewhere (summed when it is printed in
 * parts, e.g. 本年 + 上年结转). One unit of the last digit is 尾差: the two tables may have
 * rounded at different stages. Blank on both sides is agreement; blank on one side counts as 0.
 *
 * Each table's figures are read in its own 单位: a table printed in 元 beside tables in 万元 is
 * normal in real disclosures (domain guide, "Units in 元"). The other table's figures are
 * converted exactly (`convertUnit`) into the unit of the table the finding is about, and the two
 * are compared at the coarser table's precision: a 万元 figure with 2 decimals is a whole
 * hundred of 元, so a 元 table agrees with it within 100 元. A 单位 line that names the wrong
 * unit thus shows as figures 10,000 times off, and the message says which unit was converted.
 */
export function checkSame(ctx: RuleContext, rule: Rule, check: SameCheck): Finding[] {
  const { table, cell, otherTable, others } = check;
  if (!isReadable(cell) || !others.every(isReadable)) return [];
  const present = others.filter((other): other is AmountCell => amountOf(other) !== undefined);
  if (!hasValue(cell) && !present.some(hasValue)) return [];
  const at = cell ? cellRef(table, cell) : check.at;
  if (!at) return [];
  const ownDecimals = cellDecimals(ctx.decimals(table), cell);
  const otherTableDecimals = ctx.decimals(otherTable);
  let otherDecimals = present.length === 0 ? otherTableDecimals : Infinity;
  let otherSum = ZERO;
  for (const other of present) {
    otherDecimals = Math.min(otherDecimals, cellDecimals(otherTableDecimals, other));
    const value = amountOf(other)!;
    otherSum = otherSum.plus(otherTable.unit === table.unit ? value : convertUnit(value, otherTable.unit, table.unit));
  }
  const decimals = Math.min(ownDecimals, decimalsIn(otherDecimals, otherTable.unit, table.unit));
  const result = compareSame(amountOf(cell) ?? ZERO, otherSum, decimals, ctx.policy);
  const converted = result.status === 'exact' || otherTable.unit === table.unit ? '' : conversionRemark(ctx, otherTable, present, table.unit);
  const findings = tieOutFinding(rule, result, {
    table,
    at,
    places: displayPlaces(table, decimals),
    compared: { table: otherTable, cells: present },
    slots: check.slots,
    ...(converted ? { remark: converted } : {}),
  });
  ctx.relations?.record(rule, result, findings[0], { at, table, cell, otherTable, others: present });
  return findings;
}

/** "（表3 单位为元，所列 215.57 元已折算为万元比较）": the other table's figures as printed, in its unit. */
function conversionRemark(ctx: RuleContext, otherTable: TypedTable, others: readonly AmountCell[], to: Unit): string {
  const printed = others.reduce((sum, other) => sum.plus(amountOf(other)!), ZERO);
  const shown = formatFindingAmount(printed, displayPlaces(otherTable, ctx.decimals(otherTable)));
  return `（${ctx.label(otherTable)} 单位为${otherTable.unit}，所列 ${shown} ${otherTable.unit}已折算为${to}比较）`;
}

/**
 * The decimals of a printed precision once its figures are converted into another unit:
 * 1 万元 = 10,000 元, so 2 decimals of 万元 are −2 decimals of 元, and 0 decimals of 元 are 4 of 万元.
 */
function decimalsIn(decimals: number, from: Unit, to: Unit): number {
  return decimals + unitShift(from, to);
}

/** Where a tie-out finding points and what it names. */
export interface FindingPlace {
  readonly table: TypedTable;
  readonly at: CellRef;
  readonly places: number;
  /** The cells the finding names as compared (their references are made only for a finding). */
  readonly compared: { readonly table: TypedTable; readonly cells: readonly AmountCell[] };
  readonly slots: () => MessageSlots;
  /** Said after the verdict, e.g. that the other table's figures were converted from 元. */
  readonly remark?: string;
}

/**
 * The finding for a tie-out result: none when exact; `info` (尾差) within tolerance; the rule's
 * severity beyond it. `actual` is sum + difference.
 */
export function tieOutFinding(rule: Rule, result: TieOut, place: FindingPlace): Finding[] {
  if (result.status === 'exact') return [];
  const format = (value: Decimal): string => formatFindingAmount(value, place.places);
  const actual = result.sum.plus(result.difference);
  const verdict =
    result.status === 'rounding'
      ? '，在舍入误差内（尾差）'
      : result.tolerance.isZero()
        ? ''
        : `，超出舍入误差（最多 ${format(result.tolerance)}）`;
  const message = tidyMessage(
    renderMessage(rule.message, {
      ...place.slots(),
      actual: format(actual),
      expected: format(result.sum),
      difference: format(result.difference.abs()),
      verdict,
    }),
  ) + (place.remark ?? '');
  return [
    makeFinding({
      rule: rule.id,
      severity: result.status === 'rounding' ? 'info' : rule.severity,
      sheet: place.at.sheet,
      cell: place.at.cell,
      table: place.table.title,
      message,
      expected: format(result.sum),
      actual: format(actual),
      difference: format(result.difference),
      tolerance: format(result.tolerance),
      compared: place.compared.cells.map((cell) => cellRef(place.compared.table, cell)),
    }),
  ];
}

/** A finding that is not a tie-out (a missing table, an unknown code): the rule's severity. */
export function plainFinding(
  rule: Rule,
  at: CellRef,
  slots: MessageSlots,
  extra: { readonly table?: TypedTable; readonly compared?: readonly CellRef[]; readonly severity?: Finding['severity'] } = {},
): Finding {
  const message = tidyMessage(renderMessage(rule.message, slots));
  const severity = extra.severity ?? rule.severity;
  // Keys in the order the JSON output prints them: table (when given) before message.
  const fields: { -readonly [K in keyof Finding]: Finding[K] } = extra.table
    ? { rule: rule.id, severity, sheet: at.sheet, cell: at.cell, table: extra.table.title, message }
    : { rule: rule.id, severity, sheet: at.sheet, cell: at.cell, message };
  if (extra.compared) fields.compared = extra.compared;
  return makeFinding(fields);
}

/** A row printed without a label (决算 三公 tables) leaves no gap before the colon: "表7：决算数 …". */
function tidyMessage(message: string): string {
  return message.replace(/\s+：/g, '：');
}
