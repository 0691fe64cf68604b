/**
 * 表内勾稽 — totals within one table: 合计 columns across each row, total rows down each column.
 * Source: domain guide, "Rules that must hold" → Intra-table.
 */
import type { ColumnKey, TableKind, TypedRow, TypedTable } from '../model';
import type { Finding } from './finding';
import { defineRule, type Rule } from './rule';
import { childrenByCode, codedRows, columnKeys, COLUMN_NAMES, labelRef, rowLabel, stripOrdinal, totalRow } from './tables';
import { checkSum } from './tieouts';
import { TWO_SIDED_KINDS } from '../kinds';

const SOURCE_INTRA = 'domain.md §Rules that must hold → Intra-table';

/** The template every "a total against its components across a row" rule uses. */
const ROW_MESSAGE = '{table} {row}：{column} {actual} 与{parts}之和 {expected} 相差 {difference}{verdict}';

/** 合计 (or another total column) against its component columns, for every row of every table having them. */
function rowSplitRule(
  id: string,
  title: string,
  totalKeys: ColumnKey | readonly ColumnKey[],
  partKeys: readonly ColumnKey[],
  applies: (keys: readonly ColumnKey[]) => boolean = () => true,
): Rule {
  return defineRule({
    id,
    family: 'all',
    severity: 'error',
    source: SOURCE_INTRA,
    title,
    message: ROW_MESSAGE,
    check(ctx, self) {
      const findings: Finding[] = [];
      for (const table of ctx.input.tables) {
        const keys = columnKeys(table);
        const parts = partKeys.filter((key) => keys.includes(key));
        const totalKey = (typeof totalKeys === 'string' ? [totalKeys] : totalKeys).find((key) => keys.includes(key));
        if (!totalKey || parts.length === 0 || !applies(keys)) continue;
        const partsName = parts.map((key) => COLUMN_NAMES[key]).join('、');
        for (const row of table.rows) {
          findings.push(
            ...checkSum(ctx, self, {
              table,
              total: row.amounts[totalKey],
              parts: parts.map((key) => row.amounts[key]),
              at: labelRef(table, row),
              slots: { table: ctx.label(table), row: rowLabel(row), column: COLUMN_NAMES[totalKey], parts: partsName },
            }),
          );
        }
      }
      return findings;
    },
  });
}

/** 合计 = Σ 资金来源 (一般公共预算, 政府性基金, 国有资本经营, 财政专户, 单位资金). */
export const rowFundSources = rowSplitRule('row.fundSources', '合计等于各资金来源之和', 'total', [
  'generalPublic',
  'govFund',
  'stateCapital',
  'specialAccount',
  'unitFunds',
]);

/** 合计 = 基本支出 + 项目支出; in 决算 tables that print 本年支出 小计 | 基本支出 | 项目支出, 本年支出 = 基本 + 项目. */
export const rowBasicProject = rowSplitRule('row.basicProject', '合计等于基本支出加项目支出', ['total', 'expenditure'], ['basic', 'project']);

/** 合计 = 人员经费 + 公用经费, in tables where those split the total (not the 基本支出 only). */
export const rowPersonnelPublic = rowSplitRule(
  'row.personnelPublic',
  '合计等于人员经费加公用经费',
  'total',
  ['personnel', 'publicUse'],
  (keys) => !keys.includes('basic'),
);

/** 基本支出 = 人员经费 + 公用经费, where a table splits 基本支出 further (决算 tables). */
export const rowBasicPersonnelPublic = rowSplitRule('row.basicPersonnelPublic', '基本支出等于人员经费加公用经费', 'basic', [
  'personnel',
  'publicUse',
]);

/** 合计 = 当年预算安排 + 上年结转安排 (表1's expenditure side). */
export const rowCurrentCarryover = rowSplitRule(
  'row.currentCarryover',
  '合计等于当年预算安排加上年结转安排',
  'total',
  ['currentYear', 'carryover'],
  // 表2 prints 上年结转 beside 本年收入 合计, outside it: only a 当年 column makes 上年结转 a component.
  (keys) => keys.includes('currentYear'),
);

/** Runs `each` for every amount column of the table. */
function perColumn(table: TypedTable, each: (key: ColumnKey) => Finding[]): Finding[] {
  return columnKeys(table).flatMap(each);
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
          ...perColumn(table, (key) =>
            checkSum(ctx, self, {
              table,
              total: row.amounts[key],
              parts: kids.map((kid) => kid.amounts[key]),
              at: labelRef(table, row),
              slots: { table: ctx.label(table), row: rowLabel(row), column: COLUMN_NAMES[key], parts: row.code!.length === 3 ? '其下各款之和' : '其下各项之和' },
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
      const first = totalRow(table);
      const classes = codedRows(table).filter((row) => row.code!.length === 3);
      if (!first || classes.length === 0) continue;
      // The 决算 basic-expenditure table in two column pairs closes each pair with its own total row
      // (人员经费合计 | 公用经费合计): a column is totalled by the total row that prints it.
      const totalOf = (key: ColumnKey): TypedRow => table.rows.find((row) => row.role === 'total' && row.amounts[key] !== undefined) ?? first;
      findings.push(
        ...perColumn(table, (key) => {
          const total = totalOf(key);
          return checkSum(ctx, self, {
            table,
            total: total.amounts[key],
            parts: classes.map((row) => row.amounts[key]),
            at: labelRef(table, total),
            slots: { table: ctx.label(table), row: rowLabel(total), column: COLUMN_NAMES[key], parts: '各类之和' },
          });
        }),
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
            ...perColumn(table, (key) =>
              checkSum(ctx, self, {
                table,
                total: group.amounts[key],
                parts: items.map((item) => item.amounts[key]),
                at: labelRef(table, group),
                slots: { table: ctx.label(table), row: rowLabel(group), column: COLUMN_NAMES[key], parts },
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
        const total = totalRow(table);
        if (!total || codedRows(table).length > 0) continue;
        const groups = table.rows.filter((row) => row.role === 'group');
        const parts = groups.length > 0 ? groups : table.rows.filter((row) => row.role === 'item');
        if (parts.length === 0) continue;
        const partsName = groups.length > 0 ? '各组之和' : '各行之和';
        findings.push(
          ...perColumn(table, (key) =>
            checkSum(ctx, self, {
              table,
              total: total.amounts[key],
              parts: parts.map((row) => row.amounts[key]),
              at: labelRef(table, total),
              slots: { table: ctx.label(table), row: rowLabel(total), column: COLUMN_NAMES[key], parts: partsName },
            }),
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
      return perColumn(table, (key) =>
        checkSum(ctx, self, {
          table,
          total: vehicles.amounts[key],
          parts: parts.map((row) => row.amounts[key]),
          at: labelRef(table, vehicles),
          slots: { table: ctx.label(table), row: rowLabel(vehicles), column: COLUMN_NAMES[key], parts: '购置费与运行维护费之和' },
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
      return perColumn(table, (key) =>
        checkSum(ctx, self, {
          table,
          total: total.amounts[key],
          parts: parts.map((row) => row.amounts[key]),
          at: labelRef(table, total),
          slots: { table: ctx.label(table), row: rowLabel(total), column: COLUMN_NAMES[key], parts: '三项之和' },
        }),
      );
    });
  },
});

/** The intra-table rules, in catalogue order. */
export const INTRA_TABLE_RULES: readonly Rule[] = [
  rowFundSources,
  rowBasicProject,
  rowPersonnelPublic,
  rowBasicPersonnelPublic,
  rowCurrentCarryover,
  codedHierarchy,
  codedTotal,
  economicGroup,
  economicTotal,
  projectsSubtotal,
  projectsTotal,
  operatingTotal,
  threePublicVehicles,
  threePublicTotal,
];
