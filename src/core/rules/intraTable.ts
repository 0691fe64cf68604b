/**
 * 表内勾稽 — totals within one table: 合计 columns across each row, total rows down each column.
 * Source: domain guide, "Rules that must hold" → Intra-table.
 */
import type { AmountCell, TableKind, TypedRow, TypedTable } from '../model';
import type { Finding } from './finding';
import { defineRule, type Rule } from './rule';
import { allRows, cellIn, childrenByCode, codedRows, columnLabel, labelRef, logicalColumns, rowLabel, stripOrdinal, type LogicalColumn } from './tables';
import { checkSum } from './tieouts';
import { TABLE_KINDS, TWO_SIDED_KINDS } from '../kinds';

const SOURCE_INTRA = 'domain.md §Rules that must hold → Intra-table';

/**
 * 合计列 = Σ 其下各列, row by row, for every column sum the table's header declares (its header tree,
 * recognize/columns.ts): 合计 = 基本支出 + 项目支出; 合计 = 人员经费 + 公用经费 + 项目支出 where 基本支出
 * splits in two; 收入 合计 = Σ 资金来源 including sources the vocabulary has no word for; 小计 = 购置费 +
 * 运行费 under 公务用车购置及运行费; 合计 预算数 = Σ 各项 预算数 in a 决算 三公 table.
 */
export const rowColumnSum = defineRule({
  id: 'row.columnSum',
  family: 'all',
  severity: 'error',
  source: SOURCE_INTRA + '（every 合计 column = the sum of its component columns, per row）; issue 13 item 1',
  title: '每行的合计列等于表头中其下各列之和',
  message: '{table} {row}：{column} {actual} 与{parts}之和 {expected} 相差 {difference}{verdict}',
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const table of ctx.input.tables) {
      const byCol = new Map(table.columns.map((column) => [column.col, column]));
      const name = (col: number): string => {
        const column = byCol.get(col);
        return column ? columnLabel(column) : '';
      };
      for (const sum of table.columnSums) {
        const column = name(sum.total);
        const partsName = sum.parts.map(name).join('、');
        for (const row of allRows(table)) {
          const total = row.cells[sum.total];
          if (!total) continue;
          findings.push(
            ...checkSum(ctx, self, {
              table,
              total,
              parts: sum.parts.map((col) => row.cells[col]),
              at: labelRef(table, row),
              slots: () => ({ table: ctx.label(table), row: rowLabel(row), column, parts: partsName }),
            }),
          );
        }
      }
    }
    return findings;
  },
});

/**
 * Runs `each` for every amount column of the table's rows (columns without a meaning included), a column
 * printed in each block of a table in blocks once; `cell` gives a row's cell in it.
 */
function perColumn(table: TypedTable, each: (column: LogicalColumn['column'], cell: (row: TypedRow) => AmountCell | undefined, logical: LogicalColumn) => Finding[]): Finding[] {
  return logicalColumns(table).flatMap((logical) => each(logical.column, (row) => cellIn(row, logical), logical));
}

/**
 * The total rows of a table printed in blocks, each with the rows it totals: where every block closes
 * with its own total (the 决算 人员经费合计 | 公用经费合计), each totals the rows of its block; where one
 * total row is printed, it totals every block.
 */
function totalsOver(table: TypedTable, logical: LogicalColumn, totals: readonly TypedRow[], parts: readonly TypedRow[]): { total: TypedRow; parts: TypedRow[]; col?: number }[] {
  const printing = totals.filter((row) => cellIn(row, logical) !== undefined);
  if (printing.length <= 1 || logical.cols.length === 1) {
    const total = printing[0] ?? totals[0];
    return total ? [{ total, parts: [...parts] }] : [];
  }
  return printing.map((total) => {
    const col = logical.cols.find((c) => total.cells[c] !== undefined)!;
    return { total, parts: parts.filter((row) => row.cells[col] !== undefined), col };
  });
}

/**
 * Tables whose rows are coded by 科目. The two-sided totals tables carry 类 codes on their class
 * lines too (recognition adds them), but their footer arithmetic has its own rules (twoSided.ts).
 */
function codedTables(tables: readonly TypedTable[]): TypedTable[] {
  return tables.filter((table) => !TWO_SIDED_KINDS.includes(table.kind) && codedRows(table).length > 0);
}

const COLUMN_MESSAGE = '{table} {row}：{column} {actual} 与{parts} {expected} 相差 {difference}{verdict}';

/** 类 = Σ 款, 款 = Σ 项, by code prefix, in every coded table and every column. */
export const codedHierarchy = defineRule({
  id: 'coded.hierarchy',
  family: 'all',
  severity: 'error',
  source: SOURCE_INTRA + '（类 = Σ 款，款 = Σ 项）',
  title: '类等于其下各款之和，款等于其下各项之和',
  message: COLUMN_MESSAGE,
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const table of codedTables(ctx.input.tables)) {
      const children = childrenByCode(table);
      for (const row of codedRows(table)) {
        const kids = children.get(row.code!);
        if (!kids) continue;
        findings.push(
          ...perColumn(table, (column, cell) =>
            checkSum(ctx, self, {
              table,
              total: cell(row),
              parts: kids.map(cell),
              at: labelRef(table, row),
              slots: () => ({ table: ctx.label(table), row: rowLabel(row), column: columnLabel(column), parts: row.code!.length === 3 ? '其下各款之和' : '其下各项之和' }),
            }),
          ),
        );
      }
    }
    return findings;
  },
});

/** 合计 row = Σ 类 rows, in every coded table. */
export const codedTotal = defineRule({
  id: 'coded.total',
  family: 'all',
  severity: 'error',
  source: SOURCE_INTRA + '（合计 = Σ 类）',
  title: '合计行等于各类之和',
  message: COLUMN_MESSAGE,
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const table of codedTables(ctx.input.tables)) {
      const totals = table.rows.filter((row) => row.role === 'total');
      const classes = codedRows(table).filter((row) => row.code!.length === 3);
      if (totals.length === 0 || classes.length === 0) continue;
      // The 决算 basic-expenditure table in two column pairs closes each pair with its own total row
      // (人员经费合计 | 公用经费合计): a column is totalled by the total row that prints it.
      findings.push(
        ...perColumn(table, (column, cell, logical) =>
          totalsOver(table, logical, totals, classes).flatMap(({ total, parts, col }) =>
            checkSum(ctx, self, {
              table,
              total: col === undefined ? cell(total) : total.cells[col],
              parts: parts.map((row) => (col === undefined ? cell(row) : row.cells[col])),
              at: labelRef(table, total),
              slots: () => ({ table: ctx.label(table), row: rowLabel(total), column: columnLabel(column), parts: '各类之和' }),
            }),
          ),
        ),
      );
    }
    return findings;
  },
});

/** Groups in row order: each `group` row with the `item` rows after it, up to the next group or total. */
function groupsInOrder(rows: readonly TypedRow[]): { group: TypedRow; items: TypedRow[] }[] {
  const groups: { group: TypedRow; items: TypedRow[] }[] = [];
  let current: { group: TypedRow; items: TypedRow[] } | undefined;
  for (const row of rows) {
    if (row.role === 'group') {
      current = { group: row, items: [] };
      groups.push(current);
    } else if (row.role === 'item') {
      current?.items.push(row);
    } else {
      // a total or footer row closes the group above it
      current = undefined;
    }
  }
  return groups;
}

/** Tie-out of each group row against its items, for tables of the given kinds. */
function groupRule(id: string, title: string, kinds: readonly TableKind[], source: string, parts: string): Rule {
  return defineRule({
    id,
    family: 'all',
    severity: 'error',
    source,
    title,
    message: COLUMN_MESSAGE,
    check(ctx, self) {
      const findings: Finding[] = [];
      for (const table of ctx.tablesOf(...kinds)) {
        for (const { group, items } of groupsInOrder(table.rows)) {
          if (items.length === 0) continue;
          findings.push(
            ...perColumn(table, (column, cell) =>
              checkSum(ctx, self, {
                table,
                total: cell(group),
                parts: items.map(cell),
                at: labelRef(table, group),
                slots: () => ({ table: ctx.label(table), row: rowLabel(group), column: columnLabel(column), parts }),
              }),
            ),
          );
        }
      }
      return findings;
    },
  });
}

/** Tie-out of the total row against the group rows (or the items when there are no groups). */
function totalOverRule(id: string, title: string, kinds: readonly TableKind[], source: string): Rule {
  return defineRule({
    id,
    family: 'all',
    severity: 'error',
    source,
    title,
    message: COLUMN_MESSAGE,
    check(ctx, self) {
      const findings: Finding[] = [];
      for (const table of ctx.tablesOf(...kinds)) {
        const totals = table.rows.filter((row) => row.role === 'total');
        if (totals.length === 0 || codedRows(table).length > 0) continue;
        const groups = table.rows.filter((row) => row.role === 'group');
        const rows = groups.length > 0 ? groups : table.rows.filter((row) => row.role === 'item');
        if (rows.length === 0) continue;
        const partsName = groups.length > 0 ? '各组之和' : '各行之和';
        // The first total row (a project table's 部门合计 heads its unit subtotals); in a table printed in
        // blocks, each block's own total where every block prints one.
        const first = totals.slice(0, 1);
        findings.push(
          ...perColumn(table, (column, cell, logical) =>
            totalsOver(table, logical, logical.cols.length > 1 ? totals : first, rows).flatMap(({ total, parts, col }) =>
              checkSum(ctx, self, {
                table,
                total: col === undefined ? cell(total) : total.cells[col],
                parts: parts.map((row) => (col === undefined ? cell(row) : row.cells[col])),
                at: labelRef(table, total),
                slots: () => ({ table: ctx.label(table), row: rowLabel(total), column: columnLabel(column), parts: partsName }),
              }),
            ),
          ),
        );
      }
      return findings;
    },
  });
}

const ECONOMIC_KINDS: readonly TableKind[] = ['budget.basicEconomic', 'final.basicEconomic'];
const SOURCE_ECONOMIC = SOURCE_INTRA + '（经济分类表：类 = Σ 款，合计 = Σ 类）';

/** 经济分类 group (工资福利支出 …) = Σ its items. */
export const economicGroup = groupRule('economic.group', '经济分类各类等于其下各款之和', ECONOMIC_KINDS, SOURCE_ECONOMIC, '其下各款之和');

/** 经济分类 合计 = Σ groups. */
export const economicTotal = totalOverRule('economic.total', '经济分类合计等于各类之和', ECONOMIC_KINDS, SOURCE_ECONOMIC);

const PROJECT_KINDS: readonly TableKind[] = ['budget.projects', 'budget.projectsCarryover'];
const SOURCE_PROJECTS = 'domain.md §Rules that must hold → Cross-table（project tables: unit subtotal = Σ projects）';

/** 项目支出表: each unit subtotal = Σ its projects. */
export const projectsSubtotal = groupRule('projects.subtotal', '单位小计等于其下各项目之和', PROJECT_KINDS, SOURCE_PROJECTS, '其下各项目之和');

/** 项目支出表: the department total = Σ unit subtotals. */
export const projectsTotal = totalOverRule('projects.total', '部门合计等于各单位小计之和', PROJECT_KINDS, SOURCE_PROJECTS);

/** 机关运行经费表: 部门合计 = Σ units. */
export const operatingTotal = totalOverRule(
  'operating.total',
  '机关运行经费部门合计等于各单位之和',
  ['budget.operating'],
  SOURCE_INTRA + '（表11 部门合计 = Σ 单位）',
);

/** Tables of a 合计 row over plain item rows (政府采购预算表, 会议费/培训费预算表): kinds.ts `rows: 'items'`. */
const ITEM_KINDS: readonly TableKind[] = TABLE_KINDS.filter((kind) => kind.rows === 'items').map((kind) => kind.id);

/** 政府采购预算表 and the like: 合计 = Σ item rows. */
export const itemsTotal = totalOverRule(
  'items.total',
  '合计行等于各行之和（政府采购预算表、会议费培训费预算表）',
  ITEM_KINDS,
  SOURCE_INTRA + '（every total row = the sum of the rows it totals）; issue 13 item 4',
);

const THREE_PUBLIC_KINDS: readonly TableKind[] = ['budget.threePublic', 'final.threePublic', 'budget.threePublicAndOperating'];

/** Finds the 三公 rows by what their names say (the printed order and markers ①② vary). */
export function threePublicRows(table: TypedTable): {
  abroad?: TypedRow;
  reception?: TypedRow;
  vehicles?: TypedRow;
  purchase?: TypedRow;
  running?: TypedRow;
  total?: TypedRow;
} {
  const find = (test: (name: string) => boolean): TypedRow | undefined =>
    table.rows.find((row) => test(stripOrdinal(row.name).replace(/\s+/g, '')));
  return {
    abroad: find((n) => n.includes('因公出国')),
    reception: find((n) => n.includes('公务接待')),
    vehicles: find((n) => /公务用车购置及运行/.test(n)),
    purchase: find((n) => /^(公务用车)?购置费?$/.test(n) || n === '公务用车购置费'),
    running: find((n) => /^(公务用车)?运行(维护)?费$/.test(n)),
    total: table.rows.find((row) => row.role === 'total') ?? find((n) => n.endsWith('合计')),
  };
}

const SOURCE_THREE_PUBLIC = 'domain.md §Rules that must hold → Intra-table / table 10';

/** 三公: 公务用车购置及运行费 = ①购置费 + ②运行维护费, in every column (预算数 and 决算数 alike). */
export const threePublicVehicles = defineRule({
  id: 'threePublic.vehicles',
  family: 'all',
  severity: 'error',
  source: SOURCE_THREE_PUBLIC,
  title: '公务用车购置及运行费等于购置费加运行维护费',
  message: COLUMN_MESSAGE,
  check(ctx, self) {
    return ctx.tablesOf(...THREE_PUBLIC_KINDS).flatMap((table) => {
      const { vehicles, purchase, running } = threePublicRows(table);
      if (!vehicles || (!purchase && !running)) return [];
      const parts = [purchase, running].filter((row): row is TypedRow => row !== undefined);
      return perColumn(table, (column, cell) =>
        checkSum(ctx, self, {
          table,
          total: cell(vehicles),
          parts: parts.map(cell),
          at: labelRef(table, vehicles),
          slots: () => ({ table: ctx.label(table), row: rowLabel(vehicles), column: columnLabel(column), parts: '购置费与运行维护费之和' }),
        }),
      );
    });
  },
});

/** 三公: 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费, in every column. */
export const threePublicTotal = defineRule({
  id: 'threePublic.total',
  family: 'all',
  severity: 'error',
  source: SOURCE_THREE_PUBLIC,
  title: '“三公”经费合计等于因公出国（境）费、公务接待费、公务用车购置及运行费之和',
  message: COLUMN_MESSAGE,
  check(ctx, self) {
    return ctx.tablesOf(...THREE_PUBLIC_KINDS).flatMap((table) => {
      const { abroad, reception, vehicles, total } = threePublicRows(table);
      const parts = [abroad, reception, vehicles].filter((row): row is TypedRow => row !== undefined);
      if (!total || parts.length === 0) return [];
      return perColumn(table, (column, cell) =>
        checkSum(ctx, self, {
          table,
          total: cell(total),
          parts: parts.map(cell),
          at: labelRef(table, total),
          slots: () => ({ table: ctx.label(table), row: rowLabel(total), column: columnLabel(column), parts: '三项之和' }),
        }),
      );
    });
  },
});

/** The intra-table rules, in catalogue order. */
export const INTRA_TABLE_RULES: readonly Rule[] = [
  rowColumnSum,
  codedHierarchy,
  codedTotal,
  economicGroup,
  economicTotal,
  projectsSubtotal,
  projectsTotal,
  operatingTotal,
  itemsTotal,
  threePublicVehicles,
  threePublicTotal,
];
