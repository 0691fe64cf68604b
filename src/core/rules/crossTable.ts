/**
 * 表间勾稽 — one quantity printed in two tables must agree. Which cells print the same quantity is
 * declared once, in the vocabulary of quantities (src/core/vocabulary): 表1's 一般公共预算 line and
 * 表2's 合计 row under 一般公共预算 are one quantity; 表3's 2240108 and 表2's 2240108 本年 + 上年结转
 * are another. Rules find tables by kind and rows by role, code or name — any family, any layout.
 * Two pairings hold only for some departments and are warnings a person decides on (提示).
 * Source: domain guide, "Rules that must hold" → Cross-table; issue 13 item 8.
 */
import { declaredQuantities, eachPrintedInTwoTables, resolvePrinting, type Printing, type ResolvedPrinting } from '../vocabulary';
import type { Finding } from './finding';
import { defineRule, type Rule, type RuleContext } from './rule';
import { cellRef, labelRef, rowLabel } from './tables';
import { checkSame } from './tieouts';

const SOURCE = 'domain.md §Rules that must hold → Cross-table; issue 13 item 8';
/** `{column}` is empty or ends with a space; `{other}` names the other table and what in it. */
const MESSAGE = '{table} {row}：{column}{actual} 与{other} {expected} 相差 {difference}{verdict}';

/** How a message names a printing: "表2 合计 一般公共预算", or the quantity when the row is missing. */
function described(ctx: RuleContext, printing: ResolvedPrinting, quantity: () => string): string {
  const row = printing.row ? rowLabel(printing.row) : `（未列出“${quantity()}”）`;
  return [ctx.label(printing.table), row, printing.columnName].filter((part) => part !== '').join(' ');
}

/**
 * Compares two printings of one quantity. The finding sits at a printing of a single cell (the other
 * may be a sum, 本年 + 上年结转). A row missing from a coded table counts as 0: the finding names that
 * table but points where the quantity is printed, at its cell (or its row's label when it is a sum).
 */
function compare(ctx: RuleContext, rule: Rule, quantity: () => string, reference: ResolvedPrinting, other: ResolvedPrinting): Finding[] {
  const singleCell = (p: ResolvedPrinting): boolean => p.row !== undefined && p.cells.length === 1;
  if (!reference.row) return [];
  if (!other.row) {
    const row = reference.row;
    const printedAt = singleCell(reference) && reference.cells[0] ? cellRef(reference.table, reference.cells[0]) : labelRef(reference.table, reference.row);
    return checkSame(ctx, rule, {
      table: other.table,
      cell: undefined,
      at: printedAt,
      otherTable: reference.table,
      others: reference.cells,
      slots: () => ({
        table: ctx.label(other.table),
        row: `${rowLabel(row)}（未列出）`,
        column: other.columnName ? other.columnName + ' ' : '',
        other: described(ctx, reference, quantity),
      }),
    });
  }
  const [here, there] = singleCell(other) ? [other, reference] : singleCell(reference) ? [reference, other] : [undefined, undefined];
  if (!here?.row || !there) return [];
  const row = here.row;
  return checkSame(ctx, rule, {
    table: here.table,
    cell: here.cells[0],
    at: labelRef(here.table, here.row),
    otherTable: there.table,
    others: there.cells,
    slots: () => ({
      table: ctx.label(here.table),
      row: rowLabel(row),
      column: here.columnName ? here.columnName + ' ' : '',
      other: described(ctx, there, quantity),
    }),
  });
}

/**
 * Compares each table's printing (the first) with the reference, the first of them with a row;
 * nothing when no printing has one.
 */
function compareAll(ctx: RuleContext, rule: Rule, printings: readonly ResolvedPrinting[], quantity: () => string, findings: Finding[]): void {
  const firstInTable = (p: ResolvedPrinting, index: number): boolean => printings.findIndex((o) => o.table === p.table) === index;
  const reference = printings.find((p, index) => p.row !== undefined && firstInTable(p, index));
  if (!reference) return;
  printings.forEach((other, index) => {
    if (other !== reference && firstInTable(other, index)) for (const finding of compare(ctx, rule, quantity, reference, other)) findings.push(finding);
  });
}

/** 同一数字 — every quantity the vocabulary declares printed in more than one table agrees across them. */
export const crossSameQuantity = defineRule({
  id: 'cross.sameQuantity',
  family: 'all',
  severity: 'error',
  source: SOURCE,
  title: '同一数字在各表中一致（表1 与表2、表3，表3 与表2 本年加上年结转，表5 与表2 一般公共预算，表4 与表1 的财政拨款部分 …）',
  message: MESSAGE,
  check(ctx, self) {
    const findings: Finding[] = [];
    eachPrintedInTwoTables(ctx.input.tables, (printings, phrase) => compareAll(ctx, self, printings, phrase, findings));
    return findings;
  },
});

/** Pairings that hold only for some departments: a quantity against a printing of another one (提示). */
interface Related {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  /** Each pair: the quantity (vocabulary id) and the printing it is compared with. */
  readonly pairs: readonly { readonly quantity: string; readonly with: Printing }[];
}

function relatedRule(declaration: Related): Rule {
  return defineRule({
    id: declaration.id,
    family: 'all',
    severity: 'warning',
    source: declaration.source,
    title: declaration.title,
    message: MESSAGE,
    check(ctx, self) {
      const quantities = declaredQuantities(ctx.input.tables);
      return declaration.pairs.flatMap((pair) => {
        const printed = quantities.find((q) => q.quantity.id === pair.quantity);
        const reference = printed?.printings.find((p) => p.row !== undefined);
        const table = ctx.input.tables.find((t) => pair.with.kinds.includes(t.kind));
        const other = table ? resolvePrinting(table, pair.with.at, pair.with.columns) : undefined;
        if (!printed || !reference || !other?.row || other.table === reference.table) return [];
        return compare(ctx, self, () => printed.quantity.phrase, other, reference);
      });
    },
  });
}

const ECONOMIC = ['budget.basicEconomic'] as const;
const SAME_NAMED_ITEM = (name: string): Printing => ({ kinds: ECONOMIC, at: { row: 'econ', name }, columns: { keys: ['total'] } });

/**
 * 表10 ↔ 表6: 公务接待费 and 公务用车运行维护费 agree with the same economic items — when they are
 * funded from 基本支出 only, which the tables cannot show, hence a warning.
 */
export const crossThreePublicEconomic = relatedRule({
  id: 'cross.threePublicEconomic',
  title: '“三公”经费的公务接待费、公务用车运行维护费与基本支出经济分类表的同名科目一致（仅由基本支出安排时）',
  source: SOURCE + '（table 10 items vs the economic items of table 6, basic expenditure only）',
  pairs: [
    { quantity: 'threePublic.reception', with: SAME_NAMED_ITEM('公务接待费') },
    { quantity: 'threePublic.vehicleRunning', with: SAME_NAMED_ITEM('公务用车运行维护费') },
  ],
});

/**
 * 表11 ↔ 表6: 机关运行经费 = 公用经费 for an administrative unit (行政单位/参公); not for 事业单位,
 * so a warning a person decides on (提示).
 */
export const crossOperatingPublicUse = relatedRule({
  id: 'cross.operatingPublicUse',
  title: '机关运行经费与基本支出经济分类表的公用经费一致（行政单位）',
  source: SOURCE + '（table 11 vs table 6 公用经费: a warning）',
  pairs: [{ quantity: 'operating', with: { kinds: ECONOMIC, at: { row: 'total' }, columns: { keys: ['publicUse'] } } }],
});

/** The cross-table rules, in catalogue order. */
export const CROSS_TABLE_RULES: readonly Rule[] = [crossSameQuantity, crossThreePublicEconomic, crossOperatingPublicUse];
