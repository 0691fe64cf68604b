/**
 * 表间勾稽 — the cross-table rules of the seed's 13-table family (预算).
 * Table numbers in the comments are the seed's; rules find tables by kind, not by number.
 * Source: domain guide, "Rules that must hold" → Cross-table.
 */
import type { AmountCell, ColumnKey, TableKind, TypedRow, TypedTable } from '../model';
import { namesMatch } from '../subjects';
import type { Finding } from './finding';
import { defineRule, type Rule, type RuleFamily } from './rule';
import { allRows, codedRows, columnKeys, COLUMN_NAMES, labelRef, rowLabel, stripOrdinal, totalRow } from './tables';
import { checkSame } from './tieouts';
import { expenditureColumns, expenditureSide, incomeAmount, incomeSide } from './twoSided';

const SOURCE = 'domain.md §Rules that must hold → Cross-table';
/** `{column}` is empty or ends with a space; `{other}` names the other table and what in it. */
const MESSAGE = '{table} {row}：{column}{actual} 与{other} {expected} 相差 {difference}{verdict}';

/** Income lines of the totals tables, by the fund they name. */
const FUND_LINES: readonly (readonly [RegExp, ColumnKey])[] = [
  [/^一般公共预算/, 'generalPublic'],
  [/^政府性基金/, 'govFund'],
  [/^国有资本经营/, 'stateCapital'],
  [/^财政专户/, 'specialAccount'],
  [/^单位资金/, 'unitFunds'],
];

/** The fund column an income line of 表1 / 表4 stands for. */
export function fundOfLine(row: TypedRow): ColumnKey | undefined {
  const name = stripOrdinal(row.name).replace(/\s+/g, '');
  return FUND_LINES.find(([pattern]) => pattern.test(name))?.[1];
}

/**
 * Whether a table prints a column: a layout without the column (a province's 表2 without 上年结转)
 * has nothing to compare, which is not a difference.
 */
function prints(table: TypedTable, key: ColumnKey): boolean {
  return columnKeys(table).includes(key);
}

/** Coded rows by code (the first row for a code printed twice). */
function rowsByCode(table: TypedTable): Map<string, TypedRow> {
  const byCode = new Map<string, TypedRow>();
  for (const row of codedRows(table)) if (!byCode.has(row.code!)) byCode.set(row.code!, row);
  return byCode;
}

/** The 类 row of a coded table matching a class line of 表1 (by code, else by name). */
function classRowFor(line: TypedRow, coded: TypedTable): TypedRow | undefined {
  const classes = codedRows(coded).filter((row) => row.code!.length === 3);
  if (line.code) return classes.find((row) => row.code === line.code);
  const name = stripOrdinal(line.name);
  return classes.find((row) => namesMatch(row.name, name));
}

/** What a cross-table rule declares besides its comparison. */
interface CrossRuleDeclaration {
  readonly id: string;
  readonly title: string;
  /** The table the findings are about, then the table it is compared with. */
  readonly kinds: readonly [TableKind, TableKind];
  readonly family?: RuleFamily;
  readonly severity?: Rule['severity'];
  readonly source?: string;
}

/** Emits one comparison: a cell of the first table against the sum of cells of the second. */
type Emit = (
  row: TypedRow,
  cell: AmountCell | undefined,
  column: string,
  others: readonly (AmountCell | undefined)[],
  otherWhat: string,
) => void;

/** A cross-table rule between two kinds; `compare` yields the pairs of cells to compare. */
function crossRule(declaration: CrossRuleDeclaration, compare: (a: TypedTable, b: TypedTable, emit: Emit) => void): Rule {
  const { id, title, kinds, family = 'budget13', severity = 'error', source = SOURCE } = declaration;
  return defineRule({
    id,
    family,
    severity,
    source,
    title,
    message: MESSAGE,
    check(ctx, self) {
      const a = ctx.tableOf(kinds[0]);
      const b = ctx.tableOf(kinds[1]);
      if (!a || !b) return [];
      const findings: Finding[] = [];
      compare(a, b, (row, cell, column, others, otherWhat) => {
        // A code printed only in the other table is reported where it is printed.
        const home = cell || allRows(a).includes(row) ? a : b;
        findings.push(
          ...checkSame(ctx, self, {
            table: home,
            cell,
            at: labelRef(home, row),
            otherTable: b,
            others,
            slots: { table: ctx.label(a), row: rowLabel(row), column: column ? column + ' ' : '', other: `${ctx.label(b)} ${otherWhat}` },
          }),
        );
      });
      return findings;
    },
  });
}

/** 表1 ↔ 表2: 本年收入合计, each income line and 上年结转 agree with 表2's 合计 row. */
export const crossSummaryIncome = crossRule(
  { id: 'cross.summaryIncome', title: '表1 收入与表2 合计行一致', kinds: ['budget.summary', 'budget.income'] },
  (t1, t2, emit) => {
    const total = totalRow(t2);
    if (!total) return;
    const side = incomeSide(t1);
    if (side.subtotal && prints(t2, 'total')) emit(side.subtotal, incomeAmount(side.subtotal), '', [total.amounts.total], '合计行 合计');
    for (const line of side.items) {
      const fund = fundOfLine(line);
      if (fund && prints(t2, fund)) emit(line, incomeAmount(line), '', [total.amounts[fund]], `合计行 ${COLUMN_NAMES[fund]}`);
    }
    if (side.carry && prints(t2, 'carryover')) emit(side.carry, incomeAmount(side.carry), '', [total.amounts.carryover], '合计行 上年结转');
  },
);

/** 表1 ↔ 表3: 本年支出合计 = 表3 合计. */
export const crossSummaryExpenditure = crossRule(
  { id: 'cross.summaryExpenditure', title: '表1 本年支出合计与表3 合计一致', kinds: ['budget.summary', 'budget.expenditure'] },
  (t1, t3, emit) => {
    const subtotal = expenditureSide(t1).subtotal;
    const total = totalRow(t3);
    if (subtotal && total && prints(t3, 'total')) emit(subtotal, subtotal.amounts.total, COLUMN_NAMES.total, [total.amounts.total], '合计行 合计');
  },
);

/** 表1 ↔ 表3: each expenditure class of 表1 = that 类 in 表3. */
export const crossSummaryClasses = crossRule(
  { id: 'cross.summaryClasses', title: '表1 各类支出与表3 各类一致', kinds: ['budget.summary', 'budget.expenditure'] },
  (t1, t3, emit) => {
    if (!prints(t3, 'total')) return;
    for (const line of expenditureSide(t1).items) {
      const match = classRowFor(line, t3);
      emit(line, line.amounts.total, COLUMN_NAMES.total, [match?.amounts.total], `${match ? rowLabel(match) : '同名类'} 合计`);
    }
  },
);

/** 表1 ↔ 表2: each class's 当年预算安排 = 表2 类 合计, 上年结转安排 = 表2 类 上年结转. */
export const crossSummaryClassesIncome = crossRule(
  { id: 'cross.summaryClassesIncome', title: '表1 各类当年预算安排、上年结转安排与表2 一致', kinds: ['budget.summary', 'budget.income'] },
  (t1, t2, emit) => {
    for (const line of expenditureSide(t1).items) {
      const match = classRowFor(line, t2);
      const other = match ? rowLabel(match) : '同名类';
      if (prints(t1, 'currentYear') && prints(t2, 'total')) emit(line, line.amounts.currentYear, COLUMN_NAMES.currentYear, [match?.amounts.total], `${other} 合计`);
      if (prints(t1, 'carryover') && prints(t2, 'carryover')) emit(line, line.amounts.carryover, COLUMN_NAMES.carryover, [match?.amounts.carryover], `${other} 上年结转`);
    }
  },
);

/** Every code printed in either table, in the first table's order then the second's. */
function unionOfCodes(a: TypedTable, b: TypedTable): { code: string; row: TypedRow; inA: boolean }[] {
  const inA = rowsByCode(a);
  const result = [...inA.values()].map((row) => ({ code: row.code!, row, inA: true }));
  for (const [code, row] of rowsByCode(b)) if (!inA.has(code)) result.push({ code, row, inA: false });
  return result;
}

/** 表3 ↔ 表2: per code, 表3 合计 = 表2 本年合计 + 上年结转. */
export const crossExpenditureByCode = crossRule(
  { id: 'cross.expenditureByCode', title: '表3 各科目合计等于表2 本年收入加上年结转', kinds: ['budget.expenditure', 'budget.income'] },
  (t3, t2, emit) => {
    // A 表2 printed without 上年结转 cannot show what 表3 includes of it: nothing to compare.
    if (!prints(t3, 'total') || !prints(t2, 'total') || !prints(t2, 'carryover')) return;
    const income = rowsByCode(t2);
    const expenditure = rowsByCode(t3);
    for (const { code, row, inA } of unionOfCodes(t3, t2)) {
      const other = income.get(code);
      const own = inA ? expenditure.get(code) : undefined;
      emit(row, own?.amounts.total, COLUMN_NAMES.total, [other?.amounts.total, other?.amounts.carryover], '同一科目 本年收入与上年结转之和');
    }
  },
);

/** 表5 ↔ 表2: per code, 表5 合计 = 表2 一般公共预算. */
export const crossGeneralPublicByCode = crossRule(
  { id: 'cross.generalPublicByCode', title: '表5 各科目合计等于表2 一般公共预算', kinds: ['budget.generalPublic', 'budget.income'] },
  (t5, t2, emit) => {
    if (!prints(t5, 'total') || !prints(t2, 'generalPublic')) return;
    const income = rowsByCode(t2);
    const general = rowsByCode(t5);
    for (const { code, row, inA } of unionOfCodes(t5, t2)) {
      const own = inA ? general.get(code) : undefined;
      emit(row, own?.amounts.total, COLUMN_NAMES.total, [income.get(code)?.amounts.generalPublic], '同一科目 一般公共预算');
    }
  },
);

/** 表5 基本支出 合计 = 表6 合计. */
export const crossBasicEconomic = crossRule(
  { id: 'cross.basicEconomic', title: '表5 基本支出合计等于表6 合计', kinds: ['budget.generalPublic', 'budget.basicEconomic'] },
  (t5, t6, emit) => {
    const total = totalRow(t5);
    const economic = totalRow(t6);
    if (total && economic && prints(t5, 'basic') && prints(t6, 'total')) emit(total, total.amounts.basic, COLUMN_NAMES.basic, [economic.amounts.total], '合计');
  },
);

/** 表5 项目支出 合计 = 表12 一般公共预算 合计. */
export const crossProjectsGeneralPublic = crossRule(
  { id: 'cross.projectsGeneralPublic', title: '表5 项目支出合计等于表12 一般公共预算合计', kinds: ['budget.generalPublic', 'budget.projects'] },
  (t5, t12, emit) => {
    const total = totalRow(t5);
    const projects = totalRow(t12);
    if (total && projects && prints(t5, 'project') && prints(t12, 'generalPublic')) {
      emit(total, total.amounts.project, COLUMN_NAMES.project, [projects.amounts.generalPublic], '合计 一般公共预算');
    }
  },
);

/** 表13 合计 = 上年结转 (表2 合计行 上年结转). */
export const crossProjectsCarryover = crossRule(
  { id: 'cross.projectsCarryover', title: '表13 合计等于表2 上年结转', kinds: ['budget.projectsCarryover', 'budget.income'] },
  (t13, t2, emit) => {
    const total = totalRow(t13);
    const income = totalRow(t2);
    if (total && income && prints(t2, 'carryover')) emit(total, total.amounts.total, COLUMN_NAMES.total, [income.amounts.carryover], '合计行 上年结转');
  },
);

/** Whether 表1 has income outside 财政拨款 (财政专户管理资金, 单位资金). */
function hasNonFiscalIncome(t1: TypedTable): boolean {
  return incomeSide(t1).items.some((line) => {
    const fund = fundOfLine(line);
    const value = incomeAmount(line);
    return (fund === 'specialAccount' || fund === 'unitFunds') && value?.parsed.kind === 'amount' && !value.parsed.value.isZero();
  });
}

/**
 * 表4 = the 财政拨款 part of 表1: the fund lines of income agree; when 表1 has no income outside
 * 财政拨款, 上年结转 and each class agree too.
 */
export const crossFiscalSummary = crossRule(
  { id: 'cross.fiscalSummary', title: '表4 与表1 的财政拨款部分一致', kinds: ['budget.fiscalSummary', 'budget.summary'] },
  (t4, t1, emit) => {
    const fiscal = incomeSide(t4);
    const all = incomeSide(t1);
    for (const line of fiscal.items) {
      const fund = fundOfLine(line);
      const match = all.items.find((other) => fundOfLine(other) === fund);
      if (fund) emit(line, incomeAmount(line), '', [incomeAmount(match)], `${match ? rowLabel(match) : '同一资金'}`);
    }
    if (hasNonFiscalIncome(t1)) return;
    if (fiscal.carry) emit(fiscal.carry, incomeAmount(fiscal.carry), '', [incomeAmount(all.carry)], '上年结转');
    const classes = expenditureSide(t1).items;
    const key = expenditureColumns(t4)[0]?.key ?? 'total';
    for (const line of expenditureSide(t4).items) {
      const match = line.code
        ? classes.find((other) => other.code === line.code)
        : classes.find((other) => namesMatch(stripOrdinal(other.name), stripOrdinal(line.name)));
      emit(line, line.amounts[key], COLUMN_NAMES[key], [match?.amounts.total], `${match ? rowLabel(match) : '同名类'} 合计`);
    }
  },
);

/**
 * The 合计 of a fund table: its total row's 合计 cell, or that row's only amount (表7 prints one
 * column, 政府性基金收入预算); 表9 prints its income side first.
 */
function fundTableTotal(table: TypedTable): AmountCell | undefined {
  const total = totalRow(table) ?? table.sides?.income.find((row) => row.role === 'total');
  return total?.amounts.total ?? Object.values(total?.amounts ?? {})[0];
}

/**
 * 表7 / 表8 / 表9 ↔ 表4: an empty 政府性基金 or 国有资本经营 table goes with empty fund columns in
 * 表4, and a filled one agrees with them.
 */
export const crossFundTables = defineRule({
  id: 'cross.fundTables',
  family: 'budget13',
  severity: 'error',
  source: SOURCE + '（an empty table 7/8/9 ⇔ empty fund columns in table 4）',
  title: '表7、表8、表9 与表4 的政府性基金、国有资本经营预算一致',
  message: MESSAGE,
  check(ctx, self) {
    const t4 = ctx.tableOf('budget.fiscalSummary');
    if (!t4) return [];
    const incomeLine = (fund: ColumnKey): TypedRow | undefined => incomeSide(t4).items.find((line) => fundOfLine(line) === fund);
    const spending = expenditureSide(t4).subtotal;
    const pairs: { kind: TableKind; row: TypedRow | undefined; cell: AmountCell | undefined; column: string }[] = [
      { kind: 'budget.fundIncome', row: incomeLine('govFund'), cell: incomeAmount(incomeLine('govFund')), column: '' },
      { kind: 'budget.fundExpenditure', row: spending, cell: spending?.amounts.govFund, column: COLUMN_NAMES.govFund },
      { kind: 'budget.stateCapital', row: spending, cell: spending?.amounts.stateCapital, column: COLUMN_NAMES.stateCapital },
    ];
    return pairs.flatMap(({ kind, row, cell, column }) => {
      const other = ctx.tableOf(kind);
      if (!other || !row) return [];
      return checkSame(ctx, self, {
        table: t4,
        cell,
        at: labelRef(t4, row),
        otherTable: other,
        others: [fundTableTotal(other)],
        slots: { table: ctx.label(t4), row: rowLabel(row), column: column ? column + ' ' : '', other: ctx.label(other) + ' 合计' },
      });
    });
  },
});

/** The 表6 item row named like `name` (公务接待费, 公务用车运行维护费). */
function economicItem(t6: TypedTable, name: string): TypedRow | undefined {
  return t6.rows.find((row) => row.role !== 'group' && namesMatch(stripOrdinal(row.name), name));
}

/**
 * 表10 ↔ 表6: 公务接待费 and 公务用车运行维护费 agree with the same economic items — when they
 * are funded from 基本支出 only, which the tables cannot show, hence a warning.
 */
export const crossThreePublicEconomic = crossRule(
  { id: 'cross.threePublicEconomic', title: '表10 公务接待费、公务用车运行维护费与表6 对应经济科目一致（仅由基本支出安排时）', kinds: ['budget.threePublic', 'budget.basicEconomic'], severity: 'warning', source: SOURCE + '（table 10 items vs the economic items of table 6, basic expenditure only）' },
  (t10, t6, emit) => {
    for (const name of ['公务接待费', '公务用车运行维护费']) {
      const line = t10.rows.find((row) => namesMatch(stripOrdinal(row.name), name));
      const item = economicItem(t6, name);
      if (line && item) emit(line, line.amounts.total, COLUMN_NAMES.total, [item.amounts.total], `${rowLabel(item)} 合计`);
    }
  },
);

/**
 * 表11 ↔ 表6: 机关运行经费 = 公用经费 for an administrative unit (行政单位/参公); not for 事业单位,
 * so a warning a person decides on (提示).
 */
export const crossOperatingPublicUse = crossRule(
  { id: 'cross.operatingPublicUse', title: '表11 机关运行经费与表6 公用经费一致（行政单位）', kinds: ['budget.operating', 'budget.basicEconomic'], severity: 'warning', source: SOURCE + '（table 11 vs table 6 公用经费: a warning）' },
  (t11, t6, emit) => {
    const total = totalRow(t11);
    const economic = totalRow(t6);
    if (total && economic && prints(t6, 'publicUse')) emit(total, total.amounts.total, COLUMN_NAMES.total, [economic.amounts.publicUse], '合计行 公用经费');
  },
);

const SOURCE_FINAL = 'domain.md §Other families and layouts → Final accounts（"the other families have their equivalents"）';

/** 决算: 收入支出决算总表 本年收入合计 = 收入决算表 合计. */
export const finalSummaryIncome = crossRule(
  { id: 'final.summaryIncome', title: '决算总表本年收入合计与收入决算表合计一致', kinds: ['final.summary', 'final.income'], family: 'final9', source: SOURCE_FINAL },
  (summary, income, emit) => {
    const subtotal = incomeSide(summary).subtotal;
    const total = totalRow(income);
    if (subtotal && total && prints(income, 'total')) emit(subtotal, incomeAmount(subtotal), '', [total.amounts.total], '合计');
  },
);

/** 决算: 收入支出决算总表 本年支出合计 = 支出决算表 合计, and each class = that 类. */
export const finalSummaryExpenditure = crossRule(
  { id: 'final.summaryExpenditure', title: '决算总表本年支出合计及各类支出与支出决算表一致', kinds: ['final.summary', 'final.expenditure'], family: 'final9', source: SOURCE_FINAL },
  (summary, expenditure, emit) => {
    const side = expenditureSide(summary);
    const key = expenditureColumns(summary)[0]?.key;
    const total = totalRow(expenditure);
    if (!key || !prints(expenditure, 'total')) return;
    if (side.subtotal && total) emit(side.subtotal, side.subtotal.amounts[key], '', [total.amounts.total], '合计');
    for (const line of side.items) {
      const match = classRowFor(line, expenditure);
      emit(line, line.amounts[key], '', [match?.amounts.total], `${match ? rowLabel(match) : '同名类'} 合计`);
    }
  },
);

/** The cross-table rules, in catalogue order. */
export const CROSS_TABLE_RULES: readonly Rule[] = [
  crossSummaryIncome,
  crossSummaryExpenditure,
  crossSummaryClasses,
  crossSummaryClassesIncome,
  crossExpenditureByCode,
  crossGeneralPublicByCode,
  crossBasicEconomic,
  crossProjectsGeneralPublic,
  crossProjectsCarryover,
  crossFiscalSummary,
  crossFundTables,
  crossThreePublicEconomic,
  crossOperatingPublicUse,
  finalSummaryIncome,
  finalSummaryExpenditure,
];
