/**
 * 绩效目标表 — rules between the project performance-target tables (项目支出绩效目标表, 元) and the
 * 项目支出表 (表12, 万元): every project has a target table, each table's 年度资金总额 agrees with its
 * project's amount (rounding-aware, names matched loosely), and its sources add up to it.
 *
 * Target tables are no typed tables (they are forms, not rows by columns), so these rules read them
 * from `performance` beside the recognised tables ({@link PerformanceRuleInput}); the performance
 * module reads them (`readPerformanceTargets`) and runs these rules (`checkPerformance`).
 * Source: domain guide, "Rules that must hold" (project tables); issue 8 item 3.
 */
import { Decimal, convertUnit, roundHalfUp } from '../amount';
import { amountOf, type TypedRow, type TypedTable } from '../model';
import type { DepartmentTarget, PerformanceTarget } from '../performance/model';
import { targetValue } from '../performance/model';
import { pairByName } from '../performance/similarity';
import { formatFindingAmount, makeFinding, renderMessage, type Finding } from './finding';
import { compareSame, tieOut } from './rounding';
import { defineRule, type Rule, type RuleContext, type RuleInput } from './rule';
import { labelRef } from './tables';
import { plainFinding, tieOutFinding } from './tieouts';

/** What the performance rules read: the recognised tables and the target tables read beside them. */
export interface PerformanceRuleInput extends RuleInput {
  readonly performance?: { readonly projects: readonly PerformanceTarget[]; readonly departments?: readonly DepartmentTarget[] };
}

const SOURCE = 'domain.md §Rules that must hold (project tables: 绩效目标表 年度资金 agree with 表12); issue 8 item 3';

/** A project row of 表12 and a target table taken to be about the same project. */
interface Pairing {
  readonly table: TypedTable;
  readonly matched: readonly { readonly row: TypedRow; readonly target: PerformanceTarget; readonly score: number }[];
  readonly projectsWithout: readonly TypedRow[];
  readonly targetsWithout: readonly PerformanceTarget[];
}

function targetsOf(ctx: RuleContext): readonly PerformanceTarget[] {
  return (ctx.input as PerformanceRuleInput).performance?.projects ?? [];
}

/** 项目 — the project rows of 表12: items with a name (unit subtotals are groups or totals). */
function projectRows(table: TypedTable): TypedRow[] {
  return table.rows.filter((row) => row.role === 'item' && row.name.trim() !== '');
}

const pairings = new WeakMap<RuleInput, Pairing | null>();

/** The 表12 projects paired with the target tables, computed once per check. */
function pairingOf(ctx: RuleContext): Pairing | undefined {
  if (pairings.has(ctx.input)) return pairings.get(ctx.input) ?? undefined;
  const table = ctx.tableOf('budget.projects');
  const targets = targetsOf(ctx);
  let pairing: Pairing | null = null;
  if (table && targets.length > 0) {
    const rows = projectRows(table);
    const pairs = pairByName(rows, targets, (row) => row.name, (target) => target.name);
    const pairedRows = new Set(pairs.map((p) => p.left));
    const pairedTargets = new Set(pairs.map((p) => p.right));
    pairing = {
      table,
      matched: pairs.map((p) => ({ row: p.left, target: p.right, score: p.score })),
      projectsWithout: rows.filter((row) => !pairedRows.has(row)),
      targetsWithout: targets.filter((target) => !pairedTargets.has(target)),
    };
  }
  pairings.set(ctx.input, pairing);
  return pairing ?? undefined;
}

/** Every project of 表12 has a 绩效目标表 (提示: some projects are exempt from target management). */
export const performanceProjectWithoutTarget = defineRule({
  id: 'performance.projectWithoutTarget',
  family: 'budget13',
  severity: 'warning',
  source: SOURCE,
  title: '项目支出表中的每个项目都有绩效目标表',
  message: '{table} 项目“{project}”（{amount}万元）没有对应的项目支出绩效目标表',
  check(ctx, self) {
    const pairing = pairingOf(ctx);
    if (!pairing) return [];
    return pairing.projectsWithout.map((row) =>
      plainFinding(self, labelRef(pairing.table, row), {
        table: ctx.label(pairing.table),
        project: row.name.trim(),
        amount: formatFindingAmount(amountOf(row.amounts.total) ?? new Decimal(0)),
      }, { table: pairing.table }),
    );
  },
});

/** A 绩效目标表 whose project is not in 表12 (a renamed or dropped project). */
export const performanceTargetWithoutProject = defineRule({
  id: 'performance.targetWithoutProject',
  family: 'budget13',
  severity: 'warning',
  source: SOURCE,
  title: '每张项目支出绩效目标表的项目都在项目支出表中',
  message: '绩效目标表的项目“{project}”在{table}中找不到（名称不同或项目未列入）',
  check(ctx, self) {
    const pairing = pairingOf(ctx);
    if (!pairing) return [];
    return pairing.targetsWithout.map((target) =>
      makeFinding({
        rule: self.id,
        severity: self.severity,
        sheet: target.nameAt.sheet,
        cell: target.nameAt.cell,
        table: target.title,
        message: renderMessage(self.message, { project: target.name, table: ctx.label(pairing.table) }),
      }),
    );
  },
});

/** Names paired by similarity, not equality: a person confirms the pairing (info). */
export const performanceNameDiffers = defineRule({
  id: 'performance.nameDiffers',
  family: 'budget13',
  severity: 'info',
  source: SOURCE + '（project names may differ slightly between the two）',
  title: '绩效目标表与项目支出表的项目名称一致',
  message: '绩效目标表的项目名称“{target}”与{table}的“{project}”不完全一致，按相似名称（相似度 {score}）对应',
  check(ctx, self) {
    const pairing = pairingOf(ctx);
    if (!pairing) return [];
    return pairing.matched
      .filter((m) => m.score < 1)
      .map((m) =>
        plainFinding(self, m.target.nameAt, {
          target: m.target.name,
          table: ctx.label(pairing.table),
          project: m.row.name.trim(),
          score: roundHalfUp(m.score, 2).toFixed(2),
        }, { compared: [labelRef(pairing.table, m.row)] }),
      );
  },
});

/** 年度资金总额 is printed (a target table without it cannot be checked against 表12). */
export const performanceAnnualTotalMissing = defineRule({
  id: 'performance.annualTotalMissing',
  family: 'budget13',
  severity: 'warning',
  source: SOURCE,
  title: '绩效目标表填写了年度资金总额',
  message: '绩效目标表“{project}”的年度资金总额未填写或不是金额',
  check(ctx, self) {
    return targetsOf(ctx)
      .filter((target) => targetValue(target.annualFunds.total) === undefined)
      .map((target) =>
        makeFinding({
          rule: self.id,
          severity: self.severity,
          sheet: target.annualFunds.total?.at.sheet ?? target.titleAt.sheet,
          cell: target.annualFunds.total?.at.cell ?? target.titleAt.cell,
          table: target.title,
          message: renderMessage(self.message, { project: target.name }),
        }),
      );
  },
});

/**
 * 年度资金总额 (元) = the project's 合计 in 表12 (万元). The 元 figure is exact; rounded 四舍五入 to
 * 表12's printed places it must be the printed figure, give or take 表12's own 尾差 (compareSame).
 */
export const performanceAnnualTotalMatchesProject = defineRule({
  id: 'performance.annualTotalMatchesProject',
  family: 'budget13',
  severity: 'error',
  source: SOURCE,
  title: '绩效目标表的年度资金总额（元）与项目支出表中该项目的金额（万元）一致',
  message: '绩效目标表“{target}”的年度资金总额 {yuan}元（{actual}万元）与{table}“{project}”的 {expected}万元 相差 {difference}万元{verdict}',
  check(ctx, self) {
    const pairing = pairingOf(ctx);
    if (!pairing) return [];
    const findings: Finding[] = [];
    const decimals = ctx.decimals(pairing.table);
    for (const { row, target } of pairing.matched) {
      const yuan = targetValue(target.annualFunds.total);
      const printed = amountOf(row.amounts.total);
      if (yuan === undefined || printed === undefined || !row.amounts.total) continue;
      const inTableUnit = roundHalfUp(convertUnit(yuan, '元', pairing.table.unit), Math.max(decimals, 0));
      const result = compareSame(inTableUnit, printed, decimals, ctx.policy);
      findings.push(
        ...tieOutFinding(self, result, {
          table: pairing.table,
          at: target.annualFunds.total!.at,
          places: Math.max(decimals, 2),
          compared: { table: pairing.table, cells: [row.amounts.total] },
          slots: () => ({ target: target.name, yuan: formatFindingAmount(yuan, 0), table: ctx.label(pairing.table), project: row.name.trim() }),
        }).map((finding) => makeFinding({ ...finding, table: target.title })),
      );
    }
    return findings;
  },
});

/** 中央 + 省级 + 市县 + 自筹 (+ 其他) = 年度资金总额, in 元 as printed. */
export const performanceSourcesSum = defineRule({
  id: 'performance.sourcesSum',
  family: 'budget13',
  severity: 'error',
  source: SOURCE + '（central + provincial + local + self-raised = total）',
  title: '绩效目标表的中央、省级、市县、自筹资金之和等于年度资金总额',
  message: '绩效目标表“{target}”的年度资金总额 {actual}元 与各来源之和 {expected}元 相差 {difference}元{verdict}',
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const target of targetsOf(ctx)) {
      const total = targetValue(target.annualFunds.total);
      const parts = Object.values(target.annualFunds.sources).map(targetValue).filter((v): v is Decimal => v !== undefined);
      if (total === undefined || parts.length === 0) continue;
      // The sheet prints 元 with up to two decimals (2,008,147.72): tie out at 分.
      const result = tieOut(total, parts, 2, ctx.policy);
      if (result.status === 'exact') continue;
      const format = (value: Decimal): string => formatFindingAmount(value, 2);
      const actual = result.sum.plus(result.difference);
      const verdict = result.status === 'rounding' ? '，在舍入误差内（尾差）' : '';
      findings.push(
        makeFinding({
          rule: self.id,
          severity: result.status === 'rounding' ? 'info' : self.severity,
          sheet: target.annualFunds.total!.at.sheet,
          cell: target.annualFunds.total!.at.cell,
          table: target.title,
          message: renderMessage(self.message, { target: target.name, actual: format(actual), expected: format(result.sum), difference: format(result.difference.abs()), verdict }),
          expected: format(result.sum),
          actual: format(actual),
          difference: format(result.difference),
          tolerance: format(result.tolerance),
          compared: Object.values(target.annualFunds.sources).map((source) => source!.at),
        }),
      );
    }
    return findings;
  },
});

/** 部门整体支出绩效目标表: 年度预算 合计 = 基本支出 + 项目支出 (万元, as the seed prints 4915.89 = 1507.00 + 3408.89). */
export const performanceDepartmentTotal = defineRule({
  id: 'performance.departmentTotal',
  family: 'all',
  severity: 'error',
  source: SOURCE + '（部门整体支出绩效目标表）',
  title: '部门整体支出绩效目标表的资金合计等于基本支出与项目支出之和',
  message: '部门整体支出绩效目标表的合计 {actual}万元 与基本支出、项目支出之和 {expected}万元 相差 {difference}万元{verdict}',
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const dept of (ctx.input as PerformanceRuleInput).performance?.departments ?? []) {
      const total = targetValue(dept.total);
      const parts = [dept.basic, dept.project].map(targetValue).filter((v): v is Decimal => v !== undefined);
      if (total === undefined || parts.length === 0) continue;
      const result = tieOut(total, parts, 2, ctx.policy);
      if (result.status === 'exact') continue;
      const format = (value: Decimal): string => formatFindingAmount(value, 2);
      const actual = result.sum.plus(result.difference);
      findings.push(
        makeFinding({
          rule: self.id,
          severity: result.status === 'rounding' ? 'info' : self.severity,
          sheet: dept.total!.at.sheet,
          cell: dept.total!.at.cell,
          table: dept.title,
          message: renderMessage(self.message, {
            actual: format(actual),
            expected: format(result.sum),
            difference: format(result.difference.abs()),
            verdict: result.status === 'rounding' ? '，在舍入误差内（尾差）' : '',
          }),
          expected: format(result.sum),
          actual: format(actual),
          difference: format(result.difference),
          tolerance: format(result.tolerance),
          compared: [dept.basic, dept.project].flatMap((amount) => (amount ? [amount.at] : [])),
        }),
      );
    }
    return findings;
  },
});

/** The performance-target rules, in catalogue order. */
export const PERFORMANCE_RULES: readonly Rule[] = [
  performanceAnnualTotalMissing,
  performanceSourcesSum,
  performanceAnnualTotalMatchesProject,
  performanceNameDiffers,
  performanceProjectWithoutTarget,
  performanceTargetWithoutProject,
  performanceDepartmentTotal,
];
