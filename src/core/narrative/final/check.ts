/**
 * 决算情况说明校验 — reads "年初预算为A万元，支出决算为B万元，完成年初预算的P%" statements and the
 * "决算数大于/小于/等于预算数" that follows them, and checks them against their own figures:
 * a 完成率 over a zero 年初预算, a comparison word the figures contradict, a 完成率 that does not
 * recompute from A and B (allowing what the rounding of the printed A, B and P explains, as the budget
 * checker does for rates; domain guide, "Rounding").
 *
 * A statement runs from one "预算为" to the next within a line, so a paragraph that lists the 三公
 * total and its items is read item by item, and the comparison sentence after the 完成率 belongs to
 * the statement before it.
 */
import { Decimal, formatAmount, roundHalfUp, unitOfLastPlace } from '../../amount';
import { canonicalName } from '../../subjects';
import { intersects, printedInterval } from '../../rules/rounding';
import type { Interval } from '../../rules/rounding';
import type { Finding } from '../finding';
import type { BudgetedItem, FinalFacts } from './facts';
import { threePublicLine } from './facts';
import { finalNarrativeRule } from './rules';
import type { FinalNarrativeRuleId } from './rules';

/** Where the text came from, so that findings name a place. */
export interface CheckFinalNarrativeOptions {
  /** The sheet (or file) the text was read from. Default “情况说明”. */
  readonly sheet?: string;
  /** A1 address of each line of the text; otherwise findings say 第N行. */
  readonly lineCells?: readonly string[];
  /** The 决算 tables' figures: with them, the stated 预算 and 决算 are compared with the tables too. */
  readonly facts?: FinalFacts;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const BUDGET = new RegExp('预算(?:数)?(?:为|是)?\\s*' + NUMBER + '\\s*万元', 'gu');
const ACTUAL = new RegExp('决算(?:数)?(?:为|是)?\\s*' + NUMBER + '\\s*万元', 'u');
const RATE = new RegExp('完成(?:年初)?(?:全年)?预算(?:数)?的\\s*' + NUMBER + '\\s*%', 'u');
const COMPARISON = /决算数?(大于|高于|超过|多于|小于|低于|少于|等于|与(?:年初)?预算数?持平)/u;

interface Stated {
  readonly value: Decimal;
  readonly decimals: number;
  readonly text: string;
}

function stated(match: RegExpExecArray | RegExpMatchArray, group = 1): Stated {
  const digits = match[group]!.replace(/,/g, '');
  return { value: new Decimal(digits), decimals: (/\.(\d+)$/u.exec(digits)?.[1] ?? '').length, text: match[0] };
}

function interval(s: Stated): Interval {
  return printedInterval(s.value, s.decimals);
}

/** Whether P% can be B ÷ A × 100 for A, B anywhere within their printed intervals. */
function rateFits(rate: Stated, actual: Stated, budget: Stated): boolean {
  const a = interval(budget);
  const b = interval(actual);
  if (a.high.lte(0)) return false;
  const possible: Interval = a.low.gt(0)
    ? { low: Decimal.max(b.low, 0).times(100).dividedBy(a.high), high: b.high.times(100).dividedBy(a.low) }
    : { low: new Decimal(0), high: new Decimal(Infinity) };
  return intersects(interval(rate), possible);
}

/**
 * Full-width digits, ％ and a full-width point or thousands comma between digits → ASCII, one
 * character for one; other Chinese punctuation stays (it splits sentences and clauses).
 */
function normalizeFigures(text: string): string {
  return text
    .replace(/[０-９]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/％/gu, '%')
    .replace(/(?<=\d)．(?=\d)/gu, '.')
    .replace(/(?<=\d)，(?=\d{3}(?!\d))/gu, ',');
}

/** −1, 0, 1 for 小于, 等于, 大于 as the comparison word says. */
function wordDirection(word: string): number {
  if (/大于|高于|超过|多于/u.test(word)) return 1;
  if (/小于|低于|少于/u.test(word)) return -1;
  return 0;
}

class FinalChecker {
  private readonly findings: Finding[] = [];

  constructor(private readonly options: CheckFinalNarrativeOptions) {}

  check(text: string): Finding[] {
    normalizeFigures(text)
      .split(/\r?\n/u)
      .forEach((line, index) => this.checkLine(index, line));
    return this.findings;
  }

  private report(line: number, rule: FinalNarrativeRuleId, quote: string, problem: string, extra: Partial<Finding> = {}): void {
    this.findings.push({
      rule,
      severity: finalNarrativeRule(rule).severity,
      sheet: this.options.sheet ?? '情况说明',
      cell: this.options.lineCells?.[line] ?? `第${line + 1}行`,
      message: `“${quote}”：${problem}`,
      ...extra,
    });
  }

  private checkLine(line: number, text: string): void {
    const budgets = [...text.matchAll(BUDGET)];
    budgets.forEach((match, i) => {
      const start = match.index!;
      const end = budgets[i + 1]?.index ?? text.length;
      // The quote starts where the statement's subject does: after the previous sentence or clause.
      const from = Math.max(0, ...['。', '；', ';'].map((mark) => text.lastIndexOf(mark, start) + 1));
      this.checkStatement(line, text.slice(from, end).trim(), stated(match), text.slice(start + match[0].length, end), text.slice(from, start));
    });
  }

  /** A stated figure agrees with the table when it differs by at most one unit of its last place. */
  private checkAmount(line: number, quote: string, item: BudgetedItem, what: string, figure: Stated, table: Decimal | undefined): void {
    if (table === undefined || figure.value.minus(table).abs().lte(unitOfLastPlace(figure.decimals))) return;
    const sources = what === '预算数' ? item.budgeted?.sources : item.actual?.sources;
    this.report(line, 'final.narrative.amountMismatch', quote, `${item.code ?? ''}${item.name}的${what}${figure.text.replace(/^\D+/u, '')}与表中${formatAmount(table)}万元不符`, {
      expected: formatAmount(table),
      actual: formatAmount(figure.value, figure.decimals),
      ...(sources ? { compared: [...sources] } : {}),
    });
  }

  private checkStatement(line: number, quote: string, budget: Stated, rest: string, subject: string): void {
    const actualMatch = ACTUAL.exec(rest);
    if (!actualMatch) return;
    const actual = stated(actualMatch);
    const item = this.options.facts ? itemOf(subject, this.options.facts) : undefined;
    if (item) {
      this.checkAmount(line, quote, item, '预算数', budget, item.budgeted?.value);
      this.checkAmount(line, quote, item, '决算数', actual, item.actual?.value);
    }
    const rateMatch = RATE.exec(rest);
    const comparison = COMPARISON.exec(rest);
    const zeroBase = budget.value.isZero();
    if (rateMatch) {
      const rate = stated(rateMatch);
      if (zeroBase) {
        this.report(line, 'final.narrative.completionOverZeroBase', quote, `年初预算为0，“${rate.text}”没有意义，应只写决算数及其大于预算数的原因`);
      } else if (!rateFits(rate, actual, budget)) {
        const expected = roundHalfUp(actual.value.times(100).dividedBy(budget.value), 2).toFixed(2) + '%';
        this.report(line, 'final.narrative.completionMismatch', quote, `完成率${rate.value.toFixed(rate.decimals)}%与${formatAmount(actual.value, actual.decimals)}÷${formatAmount(budget.value, budget.decimals)}计算的${expected}不符`, {
          expected,
          actual: `${rate.value.toFixed(rate.decimals)}%`,
        });
      }
    }
    if (comparison) {
      const said = wordDirection(comparison[1]!);
      // Compared as printed: the reader sees A and B, so 等于 must mean the same printed figure.
      const decimals = Math.min(actual.decimals, budget.decimals);
      const sign = roundHalfUp(actual.value, decimals).comparedTo(roundHalfUp(budget.value, decimals));
      if (said !== sign) {
        const should = sign > 0 ? '大于' : sign < 0 ? '小于' : '等于';
        this.report(line, 'final.narrative.comparisonContradicts', quote, `决算数${formatAmount(actual.value, actual.decimals)}万元${should}预算数${formatAmount(budget.value, budget.decimals)}万元，不应写“${comparison[0]}”`, {
          expected: should,
          actual: comparison[1]!,
        });
      }
    }
  }
}

/**
 * The table line a statement is about, by what precedes its "预算为": a 7-digit code, a 项 name, a
 * 三公 line, or the 一般公共预算财政拨款支出 total. Nothing when the words name none of them.
 */
function itemOf(subject: string, facts: FinalFacts): BudgetedItem | undefined {
  const words = canonicalName(subject);
  const code = /(?<!\d)(\d{7})(?!\d)/u.exec(words)?.[1];
  if (code) return facts.generalPublicItems.find((item) => item.code === code);
  if (/三公/u.test(words)) return facts.threePublic.total;
  const line = /(因公出国|公务接待|公务用车)/u.test(words) ? threePublicLine(words.replace(/支出$/u, '')) : undefined;
  if (line) return facts.threePublic[line];
  const named = facts.generalPublicItems
    .filter((item) => item.name.length >= 2 && words.includes(canonicalName(item.name)))
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (named) return named;
  return /一般公共预算财政拨款支出$/u.test(words) ? facts.generalPublicTotal : undefined;
}

/**
 * 校验决算情况说明 — findings (`final.narrative.*`) for the budget-vs-决算 statements of a text.
 * Each finding quotes the statement.
 * @example checkFinalNarrative('年初预算为0.00万元，支出决算为5.00万元，完成年初预算的100%。')[0].rule
 *   // "final.narrative.completionOverZeroBase"
 */
export function checkFinalNarrative(text: string, options: CheckFinalNarrativeOptions = {}): Finding[] {
  return new FinalChecker(options).check(text);
}
