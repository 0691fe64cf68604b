/**
 * 决算 — rules of the final-accounts family that the budget tables do not have: the balance of
 * each fund line (年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余) and 三公 决算数 against 预算数.
 * 基本支出 = 人员经费 + 公用经费 is `row.columnSum` (the header tree); the 三公 totals run on every column
 * (预算数 and 决算数 alike) in intraTable.ts.
 * Source: domain guide, "Other families and layouts" → Final accounts; issue 3 §3.
 */
import { Decimal } from '../amount';
import { amountOf, type AmountCell } from '../model';
import { formatFindingAmount, makeFinding, renderMessage, type Finding } from './finding';
import { tieOut } from './rounding';
import { defineRule, type Rule } from './rule';
import { cellRef, columnKeys, displayPlaces, hasValue, isReadable, labelRef, rowLabel } from './tables';
import { tieOutFinding } from './tieouts';

const SOURCE_FINAL = 'domain.md §Other families and layouts → Final accounts (决算)';

/**
 * 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余, per row of every table printing the four;
 * reported at the 年末结转和结余 cell.
 */
export const finalBalance = defineRule({
  id: 'final.balance',
  family: 'final9',
  severity: 'error',
  source: SOURCE_FINAL,
  title: '年初结转和结余加本年收入等于本年支出加年末结转和结余',
  message: '{table} {row}：年初结转和结余与本年收入之和 {actual} 与本年支出、年末结转和结余之和 {expected} 相差 {difference}{verdict}',
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const table of ctx.input.tables) {
      const keys = columnKeys(table);
      if (!keys.includes('openingBalance') || !keys.includes('closingBalance')) continue;
      const incomeKey = keys.includes('income') ? 'income' : keys.includes('currentYear') ? 'currentYear' : undefined;
      const spendingKey = keys.includes('expenditure') ? 'expenditure' : keys.includes('total') ? 'total' : undefined;
      if (!incomeKey || !spendingKey) continue;
      for (const row of table.rows) {
        const cells = [row.amounts.openingBalance, row.amounts[incomeKey], row.amounts[spendingKey], row.amounts.closingBalance];
        if (!cells.every(isReadable) || !cells.some(hasValue)) continue;
        const [opening, income, spending, closing] = cells.map((cell) => amountOf(cell) ?? new Decimal(0)) as [Decimal, Decimal, Decimal, Decimal];
        // Four rounded figures: tie 年初 out against 本年支出 + 年末 − 本年收入 (n = 3), then
        // report it the way a reader adds it up: (年初 + 本年收入) against (本年支出 + 年末).
        const decimals = ctx.decimals(table);
        const result = tieOut(opening, [spending, closing, income.negated()], decimals, ctx.policy);
        const at = row.amounts.closingBalance ? cellRef(table, row.amounts.closingBalance) : labelRef(table, row);
        findings.push(
          ...tieOutFinding(self, { ...result, sum: spending.plus(closing) }, {
            table,
            at,
            places: displayPlaces(table, decimals),
            compared: { table, cells: cells.filter((cell): cell is AmountCell => cell !== undefined && cell.address !== at.cell) },
            slots: () => ({ table: ctx.label(table), row: rowLabel(row) }),
          }),
        );
      }
    }
    return findings;
  },
});

/** 三公 决算数 over 预算数: a person explains it (提示). */
export const finalThreePublicOverBudget = defineRule({
  id: 'final.threePublicOverBudget',
  family: 'final9',
  severity: 'warning',
  source: SOURCE_FINAL + '（"三公"经费 预算数 and 决算数 side by side）',
  title: '“三公”经费决算数不超过预算数',
  message: '{table} {row}：决算数 {actual} 超过预算数 {expected}，超出 {difference}，请说明原因',
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const table of ctx.tablesOf('final.threePublic')) {
      const places = displayPlaces(table, ctx.decimals(table));
      for (const row of table.rows) {
        const budgeted = row.amounts.budgeted;
        const actual = row.amounts.actual;
        const spent = amountOf(actual);
        if (!actual || spent === undefined) continue;
        const allowed = amountOf(budgeted) ?? new Decimal(0);
        if (spent.lessThanOrEqualTo(allowed)) continue;
        const format = (value: Decimal): string => formatFindingAmount(value, places);
        const slots = { table: ctx.label(table), row: rowLabel(row), actual: format(spent), expected: format(allowed), difference: format(spent.minus(allowed)) };
        findings.push(
          makeFinding({
            rule: self.id,
            severity: self.severity,
            sheet: table.sheet,
            cell: actual.address,
            table: table.title,
            message: renderMessage(self.message, slots),
            expected: slots.expected,
            actual: slots.actual,
            difference: slots.difference,
            ...(budgeted ? { compared: [cellRef(table, budgeted)] } : {}),
          }),
        );
      }
    }
    return findings;
  },
});

/** The 决算-only rules, in catalogue order. */
export const FINAL_RULES: readonly Rule[] = [finalBalance, finalThreePublicOverBudget];
