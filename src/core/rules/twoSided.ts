/**
 * 收支总表 — the footer arithmetic of the two-sided totals tables (表1 预算收支总表, 表4 财政拨款收支总表
 * and their 决算 counterparts): 本年收入合计 = Σ income items; 本年支出合计 = Σ classes; 收入总计 =
 * 本年收入合计 + 上年结转; 支出总计 = 本年支出合计 + 年终结转; 收入总计 = 支出总计. A three-sided table
 * (收入 | 支出功能分类 | 支出经济分类, the 12-table family) has each expenditure side checked the same way,
 * and each side's 支出总计 tied to the 收入总计.
 * Source: domain guide, "Rules that must hold" → two-sided totals tables.
 */
import { TWO_SIDED_KINDS } from '../kinds';
import type { AmountCell, TypedColumn, TypedRow, TypedTable } from '../model';
import type { Finding } from './finding';
import { defineRule, type Rule } from './rule';
import { amountColumns, columnLabel, labelRef, perTable, rowLabel, stripOrdinal } from './tables';
import { checkSum, plainFinding } from './tieouts';

const SOURCE = 'domain.md §Rules that must hold → two-sided totals tables';

/** One side of a two-sided table, cut at its footer rows. */
export interface TableSide {
  /**
   * Income items / expenditure classes above the 本年…合计 row (or the footer lines, where the side
   * prints none): the top-level lines (一、…) when the side prints sub-lines under them (1、…).
   */
  readonly items: readonly TypedRow[];
  /** Every line above the footer, sub-lines included (一、财政拨款收入, 1、一般公共预算 …). */
  readonly lines: readonly TypedRow[];
  /** The sub-lines printed under a top-level line (1、一般公共预算 … under 一、财政拨款收入). */
  readonly subLines: ReadonlyMap<TypedRow, readonly TypedRow[]>;
  /** 本年收入合计 / 本年支出合计. */
  readonly subtotal?: TypedRow;
  /** 上年结转 (上年财政拨款结转, 年初结转和结余) / 年终结转 (年末结转和结余). */
  readonly carry?: TypedRow;
  /** The fund-by-fund lines printed under the carry row (表4: 一、一般公共预算 …). */
  readonly carrySources: readonly TypedRow[];
  /** Other lines between the subtotal and the grand total that add into it (e.g. 用事业基金弥补收支差额). */
  readonly otherAddends: readonly TypedRow[];
  /** 收入总计 / 支出总计. */
  readonly grand?: TypedRow;
}

const compact = (row: TypedRow): string => stripOrdinal(row.name).replace(/\s+/g, '');
const FUND_SOURCE = /^(一般公共预算|政府性基金|国有资本经营)/;
/** 一、二、… — a top-level line; 1、 （一） under it are its sub-lines. */
const TOP_LEVEL = /^\s*[一二三四五六七八九十]+、/;

/** The top-level lines and the sub-lines under each, when the side prints both levels. */
function levels(lines: readonly TypedRow[]): { items: TypedRow[]; subLines: Map<TypedRow, TypedRow[]> } {
  const subLines = new Map<TypedRow, TypedRow[]>();
  if (!lines.some((row) => TOP_LEVEL.test(row.name)) || lines.every((row) => TOP_LEVEL.test(row.name))) return { items: [...lines], subLines };
  const items: TypedRow[] = [];
  for (const row of lines) {
    if (TOP_LEVEL.test(row.name) || items.length === 0) {
      items.push(row);
      continue;
    }
    const top = items[items.length - 1]!;
    subLines.set(top, [...(subLines.get(top) ?? []), row]);
  }
  return { items, subLines };
}

function cutSide(rows: readonly TypedRow[], subtotal: RegExp, carry: RegExp, grand: RegExp): TableSide {
  const subtotalAt = rows.findIndex((row) => subtotal.test(compact(row)));
  const grandAt = rows.findIndex((row) => grand.test(compact(row)));
  // Without a 本年…合计 line, the items run to the first footer line (上年结转, 总计 …).
  const firstFooter = rows.findIndex((row) => row.role === 'footer' || row.role === 'total' || grand.test(compact(row)) || carry.test(compact(row)));
  const itemsEnd = subtotalAt >= 0 ? subtotalAt : firstFooter < 0 ? rows.length : firstFooter;
  const lines = rows.slice(0, itemsEnd).filter((row) => row.name.trim() !== '');
  const { items, subLines } = levels(lines);
  const betweenStart = subtotalAt >= 0 ? subtotalAt + 1 : itemsEnd;
  // A side without its 总计 line still has its 上年结转 below the items.
  const between = grandAt > betweenStart ? rows.slice(betweenStart, grandAt) : grandAt < 0 ? rows.slice(betweenStart) : [];
  const carryAt = between.findIndex((row) => carry.test(compact(row)));
  const carrySources = carryAt < 0 ? [] : between.slice(carryAt + 1).filter((row) => FUND_SOURCE.test(compact(row)));
  const otherAddends = between.filter((row, i) => i !== carryAt && !carrySources.includes(row) && row.name.trim() !== '');
  return {
    items,
    lines,
    subLines,
    ...(subtotalAt >= 0 ? { subtotal: rows[subtotalAt] } : {}),
    ...(carryAt >= 0 ? { carry: between[carryAt] } : {}),
    carrySources,
    otherAddends,
    ...(grandAt >= 0 ? { grand: rows[grandAt] } : {}),
  };
}

/** The income side: items, 本年收入合计, 上年结转 (决算: 年初结转和结余), 收入总计 (决算: 总计). */
export const incomeSide = perTable((table): TableSide =>
  cutSide(table.sides?.income ?? [], /本年收入合计$/, /(上年.*结转|年初.*结转)/, /^(收入)?总计$/),
);

/** The expenditure side: classes, 本年支出合计, 年终结转 (决算: 年末结转和结余), 支出总计 (决算: 总计). */
export const expenditureSide = perTable((table): TableSide =>
  cutSide(table.sides?.expenditure ?? table.rows, /本年支出合计$/, /(年终结转|年末.*结转)/, /^(支出)?总计$/),
);

/**
 * The third side of a three-sided 收支总表, expenditure by use (一、基本支出 1、人员经费 …, 二、项目支出 …),
 * with its own 本年支出合计, 年终结转 and 支出总计; empty for a two-sided table.
 */
export const economicSide = perTable((table): TableSide =>
  cutSide(table.sides?.economic ?? [], /本年支出合计$/, /(年终结转|年末.*结转)/, /^(支出)?总计$/),
);

/** The amount of an income-side row: its one amount column (金额, 2024年, 决算数 …). */
export function incomeAmount(row: TypedRow | undefined): AmountCell | undefined {
  if (!row) return undefined;
  const { amounts } = row;
  return amounts.income ?? amounts.total ?? amounts.currentYear ?? Object.values(amounts).find((cell) => cell !== undefined);
}

/** The expenditure-side amount columns, in column order. */
export function expenditureColumns(table: TypedTable): readonly TypedColumn[] {
  return amountColumns(table);
}

/** The amount columns of the third side (支出 by use), in column order. */
export function economicColumns(table: TypedTable): readonly TypedColumn[] {
  return table.columns.filter((column) => column.side === 'economic').sort((a, b) => a.col - b.col);
}

/** Each expenditure side of a table with its columns and how a message names it: by function class, and by use where printed. */
function expenditureSides(table: TypedTable): { side: TableSide; columns: readonly TypedColumn[]; name: string }[] {
  const sides = [{ side: expenditureSide(table), columns: expenditureColumns(table), name: '' }];
  if (table.sides?.economic) sides.push({ side: economicSide(table), columns: economicColumns(table), name: '（按经济分类）' });
  return sides;
}

const MESSAGE = '{table} {row}：{column}{actual} 与{parts} {expected} 相差 {difference}{verdict}';

function incomeRule(id: string, title: string, pick: (side: TableSide) => { total?: TypedRow; parts: readonly TypedRow[]; partsName: string } | undefined): Rule {
  return defineRule({
    id,
    family: 'all',
    severity: 'error',
    source: SOURCE,
    title,
    message: MESSAGE,
    check(ctx, self) {
      const findings: Finding[] = [];
      for (const table of ctx.tablesOf(...TWO_SIDED_KINDS)) {
        const picked = pick(incomeSide(table));
        const total = picked?.total;
        if (!picked || !total || picked.parts.length === 0) continue;
        findings.push(
          ...checkSum(ctx, self, {
            table,
            total: incomeAmount(total),
            parts: picked.parts.map(incomeAmount),
            at: labelRef(table, total),
            slots: () => ({ table: ctx.label(table), row: rowLabel(total), column: '', parts: picked.partsName }),
          }),
        );
      }
      return findings;
    },
  });
}

function expenditureRule(id: string, title: string, pick: (side: TableSide) => { total?: TypedRow; parts: readonly TypedRow[]; partsName: string } | undefined): Rule {
  return defineRule({
    id,
    family: 'all',
    severity: 'error',
    source: SOURCE,
    title,
    message: MESSAGE,
    check(ctx, self) {
      const findings: Finding[] = [];
      for (const table of ctx.tablesOf(...TWO_SIDED_KINDS)) {
        for (const { side, columns, name } of expenditureSides(table)) {
          const picked = pick(side);
          if (!picked?.total || picked.parts.length === 0) continue;
          const total = picked.total;
          for (const column of columns) {
            findings.push(
              ...checkSum(ctx, self, {
                table,
                total: total.cells[column.col],
                parts: picked.parts.map((row) => row.cells[column.col]),
                at: labelRef(table, total),
                slots: () => ({ table: ctx.label(table), row: rowLabel(total) + name, column: columnLabel(column) + ' ', parts: name ? picked.partsName.replace('各类', '各项') : picked.partsName }),
              }),
            );
          }
        }
      }
      return findings;
    },
  });
}

/** 本年收入合计 = Σ income items. */
export const summaryIncomeTotal = incomeRule('summary.incomeTotal', '本年收入合计等于各项收入之和', (side) =>
  side.subtotal ? { total: side.subtotal, parts: side.items, partsName: '各项收入之和' } : undefined,
);

/**
 * 收入总计 = 本年收入合计 + 上年结转 (+ any other line printed between them); where the side prints no
 * 本年收入合计, its top-level income lines stand for it.
 */
export const summaryIncomeGrandTotal = incomeRule('summary.incomeGrandTotal', '收入总计等于本年收入合计加上年结转', (side) => {
  const current = side.subtotal ? [side.subtotal] : side.items;
  const parts = [...current, side.carry, ...side.otherAddends].filter((row): row is TypedRow => row !== undefined);
  return side.grand ? { total: side.grand, parts, partsName: side.subtotal ? '本年收入合计与上年结转之和' : '各项收入与上年结转之和' } : undefined;
});

/**
 * A top-level line = Σ the sub-lines under it: 一、财政拨款收入 = 1、一般公共预算 + 2、政府性基金 … on the
 * income side; 一、基本支出 = 1、人员经费 + 2、公用经费 on a third side by use.
 */
export const summaryIncomeLineParts = defineRule({
  id: 'summary.lineParts',
  family: 'all',
  severity: 'error',
  source: SOURCE + '（a line printed over sub-lines totals them）',
  title: '收支总表中列有小项的项目等于其下各小项之和',
  message: MESSAGE,
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const table of ctx.tablesOf(...TWO_SIDED_KINDS)) {
      const subLines = [...incomeSide(table).subLines, ...economicSide(table).subLines];
      for (const [top, subs] of subLines) {
        findings.push(
          ...checkSum(ctx, self, {
            table,
            total: incomeAmount(top),
            parts: subs.map(incomeAmount),
            at: labelRef(table, top),
            slots: () => ({ table: ctx.label(table), row: rowLabel(top), column: '', parts: '其下各小项之和' }),
          }),
        );
      }
    }
    return findings;
  },
});

/** 上年财政拨款结转 = Σ the fund lines printed under it (表4). */
export const fiscalCarryoverSources = incomeRule('fiscal.carryoverSources', '上年财政拨款结转等于其下各资金之和', (side) =>
  side.carry && side.carrySources.length > 0 ? { total: side.carry, parts: side.carrySources, partsName: '其下各资金之和' } : undefined,
);

/** 本年支出合计 = Σ classes, in every expenditure column. */
export const summaryExpenditureTotal = expenditureRule('summary.expenditureTotal', '本年支出合计等于各类支出之和', (side) =>
  side.subtotal ? { total: side.subtotal, parts: side.items, partsName: '各类支出之和' } : undefined,
);

/** 支出总计 = 本年支出合计 + 年终结转, in every expenditure column; without 本年支出合计, Σ classes stands for it. */
export const summaryExpenditureGrandTotal = expenditureRule('summary.expenditureGrandTotal', '支出总计等于本年支出合计加年终结转', (side) => {
  const current = side.subtotal ? [side.subtotal] : side.items;
  const parts = [...current, side.carry, ...side.otherAddends].filter((row): row is TypedRow => row !== undefined);
  return side.grand ? { total: side.grand, parts, partsName: side.subtotal ? '本年支出合计与年终结转之和' : '各类支出与年终结转之和' } : undefined;
});

/** 收入总计 = 支出总计, on each expenditure side (a three-sided table's sides all tie). */
export const summaryBalance = defineRule({
  id: 'summary.balance',
  family: 'all',
  severity: 'error',
  source: SOURCE + '; issue 13 item 2（the sides\' totals tie with each other）',
  title: '收入总计等于支出总计（三栏表的各栏总计相等）',
  message: '{table} 收入总计 {actual} 与支出总计{side} {expected} 相差 {difference}{verdict}',
  check(ctx, self) {
    return ctx.tablesOf(...TWO_SIDED_KINDS).flatMap((table) => {
      const income = incomeSide(table).grand;
      if (!income) return [];
      return expenditureSides(table).flatMap(({ side, columns, name }) => {
        const expenditure = side.grand;
        const first = columns[0];
        if (!expenditure) return [];
        return checkSum(ctx, self, {
          table,
          total: incomeAmount(income),
          parts: [first ? expenditure.cells[first.col] : undefined],
          at: labelRef(table, income),
          slots: () => ({ table: ctx.label(table), side: name }),
        });
      });
    });
  },
});

const SIDE_NAMES = { income: '收入', expenditure: '支出', economic: '支出（按经济分类）' } as const;

/**
 * 栏无合计 — a side of a 收支总表 that prints lines but neither its 本年…合计 nor its 总计: none of its sums
 * can be checked, and the sides cannot be tied. Reported at the side's first line.
 */
export const summarySideTotal = defineRule({
  id: 'summary.sideTotal',
  family: 'all',
  severity: 'warning',
  source: SOURCE + '; issue 13 item 2（each side has its own rows and rules, and the sides\' totals tie）',
  title: '收支总表的每一栏都列出合计（本年收入合计 / 本年支出合计 或 收入总计 / 支出总计）',
  message: '{table}的{side}栏没有合计行（{expected}）：这一栏各项之和无法核对，也无法与其他栏的总计核对',
  check(ctx, self) {
    return ctx.tablesOf(...TWO_SIDED_KINDS).flatMap((table) => {
      const sides: [keyof typeof SIDE_NAMES, TableSide, string][] = [
        ['income', incomeSide(table), '本年收入合计或收入总计'],
        ['expenditure', expenditureSide(table), '本年支出合计或支出总计'],
      ];
      if (table.sides?.economic) sides.push(['economic', economicSide(table), '本年支出合计或支出总计']);
      return sides.flatMap(([name, side, expected]) => {
        const first = side.lines[0];
        if (!first || side.subtotal || side.grand) return [];
        return [plainFinding(self, labelRef(table, first), { table: ctx.label(table), side: SIDE_NAMES[name], expected }, { table })];
      });
    });
  },
});

/** The two-sided tables' footer rules, in catalogue order. */
export const TWO_SIDED_RULES: readonly Rule[] = [
  summarySideTotal,
  summaryIncomeTotal,
  summaryIncomeLineParts,
  summaryIncomeGrandTotal,
  fiscalCarryoverSources,
  summaryExpenditureTotal,
  summaryExpenditureGrandTotal,
  summaryBalance,
];
