/**
 * 一 to 四 — 收支总体: 收入总计 and 支出总计 against last year, income by source with shares,
 * 基本/项目支出 with shares, 财政拨款 by fund and class (seed text lines 480–500).
 */
import type { Fact, IncomeSource } from '../facts';
import type { NarrativeSection } from '../model';
import { SentenceBuilder } from '../sentence';
import type { NarrativeWriter } from '../writer';

const INCOME_LABELS: Record<IncomeSource, string> = {
  generalPublic: '一般公共预算拨款收入',
  govFund: '政府性基金预算拨款收入',
  stateCapital: '国有资本经营预算拨款收入',
  specialAccount: '财政专户管理资金收入',
  unitFunds: '单位资金收入',
};

/** 一、部门预算收支数据变动情况及原因 */
export function section1(w: NarrativeWriter): NarrativeSection {
  const f = w.facts;
  const income = new SentenceBuilder('一.1');
  w.intro(income);
  income.say('预算收入总计');
  const incomeTotal = w.amountOrAsk(income, f.incomeTotal, '收入总计');
  income.say('，其中：本年收入');
  w.amountOrAsk(income, f.currentIncome, '本年收入合计');
  income.say('，上年结转');
  w.amountOrAsk(income, f.carryover, '上年结转');
  w.change(income, incomeTotal, 'lastYear.incomeTotal', 'reason.income');
  income.say('。');

  const spending = new SentenceBuilder('一.2');
  w.intro(spending);
  spending.say('预算支出总计');
  const spendingTotal = w.amountOrAsk(spending, f.expenditureTotal, '支出总计');
  spending.say('，其中：本年预算安排');
  w.amountOrAsk(spending, f.expenditureCurrent, '支出总计的当年预算安排');
  spending.say('，上年结转');
  w.amountOrAsk(spending, f.expenditureCarryover, '支出总计的上年结转安排');
  w.change(spending, spendingTotal, 'lastYear.expenditureTotal', 'reason.expenditure');
  spending.say('。');
  return { number: '一', title: '部门预算收支数据变动情况及原因', paragraphs: [{ sentences: [income.build()] }, { sentences: [spending.build()] }] };
}

/** 二、收入预算情况说明 */
export function section2(w: NarrativeWriter): NarrativeSection {
  const f = w.facts;
  const b = new SentenceBuilder('二.1');
  w.intro(b);
  b.say('预算收入');
  const whole = w.amountOrAsk(b, f.incomeTotal, '收入总计');
  b.say('，主要包括');
  const items: [string, Fact | undefined][] = f.incomeBySource.map((s) => [INCOME_LABELS[s.source], s]);
  if (items.length === 0) items.push([INCOME_LABELS.generalPublic, undefined]);
  items.push(['上年结转', f.carryover]);
  w.shares(b, items, whole);
  b.say('。');
  return { number: '二', title: '收入预算情况说明', paragraphs: [{ sentences: [b.build()] }] };
}

/** 三、支出预算情况说明 */
export function section3(w: NarrativeWriter): NarrativeSection {
  const f = w.facts;
  const b = new SentenceBuilder('三.1');
  w.intro(b);
  b.say('支出预算');
  const whole = w.amountOrAsk(b, f.expenditureTotal, '支出总计');
  b.say('，其中：');
  w.shares(b, [['基本支出', f.basic], ['项目支出', f.project]], whole);
  b.say('。');
  return { number: '三', title: '支出预算情况说明', paragraphs: [{ sentences: [b.build()] }] };
}

/** 四、财政拨款收支预算总体情况说明 */
export function section4(w: NarrativeWriter): NarrativeSection {
  const fiscal = w.facts.fiscal;
  const total = new SentenceBuilder('四.1');
  w.intro(total);
  total.say('财政拨款收支总预算');
  w.amountOrAsk(total, fiscal.total, '财政拨款收入总计');
  total.say('。');

  const byFund = new SentenceBuilder('四.2');
  byFund.say('其中：一般公共预算拨款');
  w.amountOrAsk(byFund, fiscal.generalPublic, '财政拨款支出总计的一般公共预算');
  byFund.say('，政府性基金预算拨款');
  w.amountOrAsk(byFund, fiscal.govFund, '财政拨款支出总计的政府性基金预算');
  byFund.say('，国有资本经营预算拨款');
  w.amountOrAsk(byFund, fiscal.stateCapital, '财政拨款支出总计的国有资本经营预算');
  byFund.say('。');

  const timing = new SentenceBuilder('四.3');
  timing.say('其中：当年拨款收入');
  w.amountOrAsk(timing, fiscal.current, '财政拨款本年收入合计');
  timing.say('，上年结转收入');
  w.amountOrAsk(timing, fiscal.carryover, '上年财政拨款结转');
  timing.say('。');

  const classes = new SentenceBuilder('四.4');
  classes.say('支出包括：');
  if (fiscal.classes.length === 0) classes.placeholder(w.missingFigure('财政拨款支出功能分类'));
  fiscal.classes.forEach((c, index) => {
    if (index > 0) classes.say('、');
    classes.say(c.name);
    classes.amount(c, w.missingFigure(c.name));
  });
  classes.say('。');
  return {
    number: '四',
    title: '财政拨款收支预算总体情况说明',
    paragraphs: [{ sentences: [total.build(), byFund.build()] }, { sentences: [timing.build(), classes.build()] }],
  };
}
