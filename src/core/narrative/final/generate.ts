/**
 * 生成决算情况说明 — the 决算 sections of 第三部分 from the 决算 tables and the inputs:
 * 一 收入支出决算总体情况 (totals vs last year), 二 一般公共预算财政拨款支出决算 (each 项: 年初预算,
 * 决算数, 完成率, 大于/小于/等于 and the reason), 三 “三公”经费 预算 vs 决算, 四 机关运行经费,
 * 五 政府采购 with 授予中小企业合同金额, 六 国有资产.
 *
 * Wording (issue 8 item 2; domain guide, "Wording conventions"): "年初预算为A万元，支出决算为B万元，
 * 完成年初预算的P%" with P from the printed A and B; no 完成率 over a zero 年初预算 (the mistake the
 * checker reports); "决算数大于/小于年初预算数的主要原因是…" or "决算数等于年初预算数"; a missing
 * reason or figure is a visible 【待填写：…】 with a finding, never made up.
 */
import { Decimal, roundHalfUp } from '../../amount';
import type { Fact } from '../facts';
import type { Finding } from '../finding';
import type { Narrative, NarrativeSection, Paragraph } from '../model';
import { SentenceBuilder } from '../sentence';
import type { Missing, Printed, Sentence } from '../sentence';
import { cleanReason, sayChange } from '../writer';
import type { BudgetedItem, FinalFacts, ThreePublicLine } from './facts';
import type { FinalInputs, ReasonKey } from './inputs';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function inputFact(value: Decimal | undefined): Fact | undefined {
  return value === undefined ? undefined : { value, sources: [] };
}

/** The sentences of the 决算 text and the phrases they share. */
class FinalWriter {
  constructor(
    readonly facts: FinalFacts,
    readonly inputs: FinalInputs,
  ) {}

  get year(): number | undefined {
    return this.inputs.year ?? this.facts.year;
  }

  missing(label: string): Missing {
    return { label, rule: 'narrative.missingInput' };
  }

  figure(label: string): Missing {
    return { label, rule: 'narrative.missingFigure' };
  }

  intro(b: SentenceBuilder): void {
    if (this.year === undefined) b.placeholder(this.missing('决算年度'));
    else b.say(String(this.year));
    b.say('年度');
  }

  reason(b: SentenceBuilder, key: ReasonKey, label: string): void {
    const text = this.inputs.reasons?.[key];
    if (text && text.trim()) b.say(cleanReason(text));
    else b.placeholder(this.missing(label));
  }

  /** "，比上年增加X万元，增长Y%，主要原因是…" against last year's 决算 figure. */
  change(b: SentenceBuilder, current: Printed | undefined, last: Decimal | undefined, lastLabel: string, reasonKey: ReasonKey, reasonLabel: string): void {
    if (!current) return;
    if (last === undefined) {
      b.say('，上年数');
      b.placeholder(this.missing(lastLabel));
      return;
    }
    const lastPrinted: Printed = { value: roundHalfUp(last, 2), sources: [] };
    const difference = current.value.minus(lastPrinted.value);
    if (difference.isZero()) {
      b.say('，与上年持平');
      return;
    }
    b.say('，比上年');
    sayChange(b, difference, lastPrinted, current.sources);
    b.say('，主要原因是');
    this.reason(b, reasonKey, reasonLabel);
  }

  /**
   * "年初预算为A万元，支出决算为B万元，完成年初预算的P%。" and "决算数大于年初预算数的主要原因是…。" —
   * `budgetWord` is 年初预算 for a 项, 预算 for 三公. No 完成率 when A is zero.
   */
  budgetVsActual(id: string, subject: string, item: BudgetedItem, budgetWord: string, reasonKey: ReasonKey): Sentence[] {
    const b = new SentenceBuilder(id);
    b.say(`${subject}${budgetWord}为`);
    const budget = b.amount(item.budgeted, this.figure(`${item.code ?? ''}${item.name}${budgetWord}数`));
    b.say('，支出决算为');
    const actual = b.amount(item.actual, this.figure(`${item.code ?? ''}${item.name}决算数`));
    if (budget && actual && !budget.value.isZero()) {
      b.say(`，完成${budgetWord}的`);
      b.percent(actual, budget);
    }
    b.say('。');
    const sentences = [b.build()];
    if (!budget || !actual) return sentences;
    const c = new SentenceBuilder(`${id}.比较`);
    const comparison = actual.value.comparedTo(budget.value);
    c.sayFrom(`决算数${comparison > 0 ? '大于' : comparison < 0 ? '小于' : '等于'}${budgetWord}数`, [...budget.sources, ...actual.sources]);
    if (comparison !== 0) {
      c.say('的主要原因是');
      this.reason(c, reasonKey, `${item.code ?? ''}${item.name}决算数${comparison > 0 ? '大于' : '小于'}${budgetWord}数的原因`);
    }
    c.say('。');
    sentences.push(c.build());
    return sentences;
  }

  /** The item with its 年初预算 from the inputs when the table prints none. */
  withBudget(item: BudgetedItem): BudgetedItem {
    if (item.budgeted || !item.code) return item;
    const budget = this.inputs.budgetByCode?.[item.code];
    return budget === undefined ? item : { ...item, budgeted: { value: budget, sources: [] } };
  }
}

function section(index: number, title: string, paragraphs: readonly Paragraph[]): NarrativeSection {
  return { number: NUMERALS[index]!, title, paragraphs };
}

function totals(w: FinalWriter): NarrativeSection {
  const f = w.facts;
  const income = new SentenceBuilder('一.1');
  w.intro(income);
  income.say('收入总计');
  const incomeTotal = income.amount(f.incomeTotal, w.figure('收入总计'));
  w.change(income, incomeTotal, w.inputs.lastYear?.incomeTotal, '上年收入总计', 'income', '收入总计变动原因');
  income.say('；其中：本年收入合计');
  income.amount(f.currentIncome, w.figure('本年收入合计'));
  income.say('，年初结转和结余');
  income.amount(f.openingBalance, w.figure('年初结转和结余'));
  income.say('。');
  const spending = new SentenceBuilder('一.2');
  w.intro(spending);
  spending.say('支出总计');
  const spendingTotal = spending.amount(f.expenditureTotal, w.figure('支出总计'));
  w.change(spending, spendingTotal, w.inputs.lastYear?.expenditureTotal, '上年支出总计', 'expenditure', '支出总计变动原因');
  spending.say('；其中：本年支出合计');
  spending.amount(f.currentExpenditure, w.figure('本年支出合计'));
  spending.say('，年末结转和结余');
  spending.amount(f.closingBalance, w.figure('年末结转和结余'));
  spending.say('。');
  return section(0, '收入支出决算总体情况说明', [{ sentences: [income.build(), spending.build()] }]);
}

function generalPublic(w: FinalWriter): NarrativeSection {
  const f = w.facts;
  const paragraphs: Paragraph[] = [];
  if (f.generalPublicTotal) {
    const subject = `${w.year ?? ''}年度一般公共预算财政拨款支出`;
    paragraphs.push({ heading: '（一）总体情况', sentences: w.budgetVsActual('二.1', subject, w.withBudget(f.generalPublicTotal), '年初预算', 'generalPublic') });
  }
  const items = f.generalPublicItems.map((item) => w.withBudget(item)).filter((item) => !(isZero(item.budgeted) && isZero(item.actual)));
  const sentences = items.flatMap((item, i) => w.budgetVsActual(`二.2.${i + 1}`, `${i + 1}.${item.code ?? ''}${item.name}（项）：`, item, '年初预算', `item.${item.code ?? item.name}`));
  if (sentences.length > 0) paragraphs.push({ heading: '（二）具体情况', sentences });
  return section(1, '一般公共预算财政拨款支出决算情况说明', paragraphs);
}

function isZero(fact: Fact | undefined): boolean {
  return fact !== undefined && roundHalfUp(fact.value, 2).isZero();
}

const THREE_PUBLIC_ITEMS: readonly (readonly [ThreePublicLine, string])[] = [
  ['abroad', '因公出国（境）费'],
  ['vehicle', '公务用车购置及运行费'],
  ['vehiclePurchase', '其中：公务用车购置费'],
  ['vehicleOperation', '公务用车运行维护费'],
  ['reception', '公务接待费'],
];

function threePublic(w: FinalWriter): NarrativeSection {
  const lines = w.facts.threePublic;
  const sentences: Sentence[] = [];
  // Reasons and placeholders name the total “三公”经费, not the row's printed 合计.
  const total = { ...(lines.total ?? {}), name: '“三公”经费' };
  sentences.push(...w.budgetVsActual('三.1', `${w.year ?? ''}年度一般公共预算财政拨款“三公”经费支出`, total, '预算', 'threePublic.total'));
  THREE_PUBLIC_ITEMS.forEach(([line, label], i) => {
    const item = lines[line];
    if (item) sentences.push(...w.budgetVsActual(`三.${i + 2}`, `${label}支出`, item, '预算', `threePublic.${line}`));
  });
  return section(2, '一般公共预算财政拨款“三公”经费支出决算情况说明', [{ sentences }]);
}

function operating(w: FinalWriter): NarrativeSection {
  const b = new SentenceBuilder('四.1');
  w.intro(b);
  b.say('机关运行经费支出');
  const amount = b.amount(inputFact(w.inputs.operating), w.missing('机关运行经费支出'));
  w.change(b, amount, w.inputs.lastYear?.operating, '上年机关运行经费', 'operating', '机关运行经费变动原因');
  b.say('。');
  return section(3, '机关运行经费支出情况说明', [{ sentences: [b.build()] }]);
}

function procurement(w: FinalWriter): NarrativeSection {
  const p = w.inputs.procurement ?? {};
  const b = new SentenceBuilder('五.1');
  w.intro(b);
  const kinds: readonly (readonly [string, Decimal | undefined])[] = [
    ['政府采购货物支出', p.goods],
    ['政府采购工程支出', p.works],
    ['政府采购服务支出', p.services],
  ];
  const known = kinds.every(([, v]) => v !== undefined);
  b.say('政府采购支出总额');
  const total = known ? b.amount(inputFact(kinds.reduce((sum, [, v]) => sum.plus(v!), new Decimal(0))), w.missing('政府采购支出总额')) : undefined;
  if (!known) b.placeholder(w.missing('政府采购货物、工程、服务支出'));
  b.say('，其中：');
  kinds.forEach(([label, value], i) => {
    if (i > 0) b.say('、');
    b.say(label);
    b.amount(inputFact(value), w.missing(label));
  });
  b.say('。');
  const s = new SentenceBuilder('五.2');
  s.say('授予中小企业合同金额');
  const sme = s.amount(inputFact(p.smallMedium), w.missing('授予中小企业合同金额'));
  if (sme && total && !total.value.isZero()) {
    s.say('，占政府采购支出总额的');
    s.percent(sme, total);
  }
  if (p.smallMicro !== undefined) {
    s.say('，其中：授予小微企业合同金额');
    const micro = s.amount(inputFact(p.smallMicro), w.missing('授予小微企业合同金额'));
    if (micro && sme && !sme.value.isZero()) {
      s.say('，占授予中小企业合同金额的');
      s.percent(micro, sme);
    }
  }
  s.say('。');
  return section(4, '政府采购支出情况说明', [{ sentences: [b.build(), s.build()] }]);
}

function assets(w: FinalWriter): NarrativeSection {
  const a = w.inputs.assets ?? {};
  const b = new SentenceBuilder('六.1');
  b.say('截至');
  if (w.year === undefined) b.placeholder(w.missing('决算年度'));
  else b.say(String(w.year));
  b.say('年12月31日，共有车辆');
  const vehicles = a.vehicles;
  if (vehicles === undefined) {
    b.placeholder(w.missing('车辆数'));
    b.say('辆');
  } else {
    b.quantity(vehicles.reduce((sum, [, n]) => sum.plus(n), new Decimal(0)), '辆', 'count', []);
    const listed = vehicles.filter(([, n]) => !n.isZero());
    if (listed.length > 0) {
      b.say('，其中：');
      listed.forEach(([label, n], i) => {
        if (i > 0) b.say('、');
        b.say(label);
        b.quantity(n, '辆', 'count', []);
      });
    }
  }
  b.say('；单位价值50万元以上通用设备');
  if (a.equipmentOver50 === undefined) b.placeholder(w.missing('单位价值50万元以上通用设备数'));
  else b.quantity(a.equipmentOver50, '', 'count', []);
  b.say('台（套），单位价值100万元以上专用设备');
  if (a.equipmentOver100 === undefined) b.placeholder(w.missing('单位价值100万元以上专用设备数'));
  else b.quantity(a.equipmentOver100, '', 'count', []);
  b.say('台（套）。');
  return section(5, '国有资产占用情况说明', [{ sentences: [b.build()] }]);
}

function uniqueFindings(sections: readonly NarrativeSection[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const finding of sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.flatMap((x) => x.findings)))) {
    const key = `${finding.rule}|${finding.sheet}|${finding.cell}|${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}

/**
 * 生成决算情况说明 — the 决算 第三部分 as structured sentences; deterministic.
 * @example generateFinalNarrative(finalFactsFromTables(tables), { year: 2023 }).sections[1].paragraphs[1].sentences[0].text
 *   // "1.2010101行政运行（项）：年初预算为70.00万元，支出决算为60.00万元，完成年初预算的85.71%。"
 */
export function generateFinalNarrative(facts: FinalFacts, inputs: FinalInputs = {}): Narrative {
  const w = new FinalWriter(facts, inputs);
  const sections = [totals(w), generalPublic(w), threePublic(w), operating(w), procurement(w), assets(w)];
  const department = inputs.department ?? '';
  return {
    title: `第三部分 ${w.year ?? '【待填写：决算年度】'}年度${department}部门决算情况说明`,
    sections,
    charts: [],
    findings: uniqueFindings(sections),
  };
}
