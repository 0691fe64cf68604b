/**
 * 词表 — the quantities of a workbook and where its tables print them: the declared vocabulary
 * (quantities.ts) and the workbook's own subjects (subjects.ts), each resolved over the recognised
 * tables. Rules compare a quantity's printings (rules/sameQuantity.ts); the 情况说明 reads and writes
 * figures through the same entries.
 * Source: issue 12 item 1; issue 13 item 8.
 */
import { Decimal, convertUnit } from '../amount';
import type { CellRef } from '../grid';
import type { TableKind } from '../kinds';
import type { TypedTable } from '../model';
import { amountOf } from '../model';
import { cellRef, perTables } from '../rules/tables';
import { incomeAmount, incomeSide } from '../rules/twoSided';
import { fundOfLine, resolvePrinting, type Printing, type PrintingCondition, type ResolvedPrinting } from './printings';
import { QUANTITIES, type Quantity } from './quantities';
import { appliesTo, SUBJECT_QUANTITIES, subjectPhrase, subjectRowPick, subjectQuantities, workbookSubjects } from './subjects';

export type { Facets, Fund, Item, SubjectFacet } from './facets';
export { DIMENSIONS, FUND_NAMES, ITEM_NAMES, facetKey, sameFacets } from './facets';
export type { ColumnPick, Printing, PrintingCondition, ResolvedPrinting, RowPick } from './printings';
export { fundOfLine, resolvePrinting } from './printings';
export { QUANTITIES, printing, type Quantity } from './quantities';
export { subjectQuantities } from './subjects';

/** A quantity with the places a workbook prints it, most preferred first. */
export interface PrintedQuantity {
  readonly quantity: Quantity;
  readonly printings: readonly ResolvedPrinting[];
}

/** What a workbook's tables say about the conditions some printings rest on. */
type Conditions = Readonly<Record<PrintingCondition, boolean>>;

const NOT_GENERAL_PUBLIC = ['govFund', 'stateCapital', 'specialAccount', 'unitFunds', 'businessIncome', 'operatingIncome', 'otherIncome', 'superiorSubsidy', 'affiliatedIncome'] as const;
const NON_FISCAL = ['specialAccount', 'unitFunds', 'businessIncome', 'operatingIncome', 'otherIncome', 'superiorSubsidy', 'affiliatedIncome'] as const;

/**
 * The conditions, read from the 收支总表's income side: no income outside 财政拨款; and income only
 * from 一般公共预算 of this year (no other fund, no 上年结转). Without a 收支总表 neither is known, so
 * neither holds.
 */
function conditionsOf(tables: readonly TypedTable[]): Conditions {
  const summary = tables.find((table) => table.kind === 'budget.summary');
  if (!summary) return { onlyGeneralPublicCurrent: false, noNonFiscalIncome: false };
  const side = incomeSide(summary);
  const nonZero = (funds: readonly string[]) =>
    side.lines.some((row) => {
      const fund = fundOfLine(row);
      const value = amountOf(incomeAmount(row));
      return fund !== undefined && funds.includes(fund) && value !== undefined && !value.isZero();
    });
  const carry = amountOf(incomeAmount(side.carry));
  const noCarryover = carry === undefined || carry.isZero();
  return {
    noNonFiscalIncome: !nonZero(NON_FISCAL),
    onlyGeneralPublicCurrent: side.lines.length > 0 && !nonZero(NOT_GENERAL_PUBLIC) && noCarryover,
  };
}

/** The first table of any of the kinds, in workbook order (a kind printed twice is compared through its first copy). */
function firstOf(tables: readonly TypedTable[], kinds: readonly TableKind[]): TypedTable | undefined {
  return tables.find((table) => kinds.includes(table.kind));
}

/**
 * Every quantity of the workbook — declared and subject — with its printings in these tables.
 * Quantities no table prints are kept (the 情况说明 may still state them: 参数, or 无法核对).
 * @example printedQuantities(recognizeWorkbook(workbook).tables).find((q) => q.quantity.id === 'income.grand')?.printings.length // 1
 */
export const printedQuantities: (tables: readonly TypedTable[]) => readonly PrintedQuantity[] = perTables((tables) => [
  ...declaredQuantities(tables),
  ...resolveQuantitiesOf(tables, subjectQuantities(tables)),
]);

/**
 * The declared quantities (not the subjects) with their printings in these tables, in declaration
 * order: what a rule about 收入总计, “三公” or 机关运行经费 reads without resolving every subject.
 */
export const declaredQuantities: (tables: readonly TypedTable[]) => readonly PrintedQuantity[] = perTables((tables) => resolveQuantitiesOf(tables, QUANTITIES));

function resolveQuantitiesOf(tables: readonly TypedTable[], quantities: readonly Quantity[]): PrintedQuantity[] {
  const conditions = conditionsOf(tables);
  return quantities.map((quantity) => ({
    quantity,
    printings: quantity.printed.flatMap((printing) => {
      const table = printingTable(tables, conditions, printing);
      return (table && resolvePrinting(table, printing.at, printing.columns)) || [];
    }),
  }));
}

/** The table a printing reads: the first of its kinds, when the condition it rests on holds. */
function printingTable(tables: readonly TypedTable[], conditions: Conditions, printing: Pick<Printing, 'kinds' | 'when'>): TypedTable | undefined {
  return printing.when && !conditions[printing.when] ? undefined : firstOf(tables, printing.kinds);
}

function inTwoTables(printings: readonly ResolvedPrinting[]): boolean {
  return printings.some((p) => p.table !== printings[0]!.table);
}

/**
 * Visits every quantity printed in two tables or more with its printings and its phrase (built only
 * when a message names it): the declared quantities, then each subject's, in the order of
 * `printedQuantities`. A subject's printings are resolved code by code from the declarations, without
 * building the subject quantities: a department prints a hundred thousand coded rows, and the
 * cross-table rule reads each printing once. A visitor, not a generator: a department has half a
 * million subject printings, and each step of a generator is an object of its own.
 * @example eachPrintedInTwoTables(tables, (printings) => count++) // count: the quantities the cross-table rule compares
 */
export function eachPrintedInTwoTables(tables: readonly TypedTable[], visit: (printings: readonly ResolvedPrinting[], phrase: () => string) => void): void {
  for (const { quantity, printings } of declaredQuantities(tables)) if (inTwoTables(printings)) visit(printings, () => quantity.phrase);
  const conditions = conditionsOf(tables);
  const { subjects, accounts } = workbookSubjects(tables);
  const kinds = SUBJECT_QUANTITIES.map((kind) => {
    const where = kind.printed.flatMap((printing) => {
      const table = printingTable(tables, conditions, printing);
      return table ? [{ printing, table }] : [];
    });
    return { kind, where: where.some((w) => w.table !== where[0]!.table) ? where : [] };
  });
  for (const subject of subjects) {
    for (const { kind, where } of kinds) {
      if (where.length === 0 || !appliesTo(kind, subject, accounts)) continue;
      // Sized to the printings (two or three): an array grown by push starts at seventeen slots.
      const printings = where.map(({ printing, table }) => {
        const at = subjectRowPick(printing, subject);
        return at && resolvePrinting(table, at, printing.columns);
      });
      const resolved = printings.includes(undefined) ? printings.filter((p) => p !== undefined) : (printings as ResolvedPrinting[]);
      if (inTwoTables(resolved)) visit(resolved, () => subjectPhrase(subject));
    }
  }
}

/** A quantity's figure as one printing shows it: its cells summed, in 万元. */
export interface PrintedFigure {
  readonly value: Decimal;
  /** Decimals of the printing's last digit in 万元: 2, or 4 for a table in 元. */
  readonly decimals: number;
  readonly sources: readonly CellRef[];
}

/**
 * The figure of a printed quantity: its first printing (in a table of `kind`, when given) that has
 * a cell, the cells summed and converted to 万元 exactly (a blank cell is 0). Undefined when no
 * table prints it. The generator writes and the checker reads every table figure through this.
 * @example printedFigure(printedQuantities(tables).find((q) => q.quantity.id === 'income.grand')!)?.value // 4510.52
 */
export function printedFigure(printed: PrintedQuantity, kind?: TableKind): PrintedFigure | undefined {
  const printing = printed.printings.find((p) => p.row !== undefined && (kind === undefined || p.table.kind === kind) && p.cells.some((cell) => cell !== undefined));
  if (!printing) return undefined;
  const unit = printing.table.unit;
  let value = new Decimal(0);
  for (const cell of printing.cells) {
    const amount = amountOf(cell);
    if (amount !== undefined) value = value.plus(convertUnit(amount, unit, '万元'));
  }
  const sources = printing.cells.flatMap((cell) => (cell ? [cellRef(printing.table, cell)] : []));
  return { value, decimals: unit === '元' ? 4 : 2, sources };
}
