/**
 * 写作 — the shared phrases of the 情况说明 templates, and where each missing input is asked for.
 *
 * Wording (issue 4 item 2; domain guide, "Wording conventions"): 增加/增长, 减少/下降, 与上年持平,
 * 新增 when last year was zero; rates and shares from the printed figures; a reason after every
 * change, or a visible 【待填写：…】 and a `narrative.missingInput` finding naming the 参数 cell.
 */
import { Decimal } from '../amount';
import type { CellRef } from '../grid';
import { paramField } from '../params/schema';
import type { ParamValues } from '../params/sheet';
import { decimalParam, defaultParamCell, textParam } from '../params/sheet';
import { chartSpecs } from './charts';
import type { ChartSpec } from './charts';
import type { Fact, NarrativeFacts, NamedFact } from './facts';
import type { NarrativeOptions } from './model';
import { SentenceBuilder } from './sentence';
import type { Missing, Printed } from './sentence';

/**
 * Trailing punctuation of a typed reason, so that the template's own punctuation is the only one (no "。；").
 * Shared with the 决算 text (final/generate.ts).
 */
export function cleanReason(text: string): string {
  return text.trim().replace(/[。；;，,、\s]+$/u, '');
}

/**
 * The words after "比上年": "增加553.02万元，增长13.97%" or "减少…，下降…%", or "新增…万元" when last
 * year's printed figure is zero (no rate over a zero base). `difference` is this year's printed
 * figure minus `lastPrinted`, non-zero (与上年持平 is the caller's); the rate is from the printed
 * figures; `sources` are the cells the difference rests on. Shared with the 决算 text (final/generate.ts).
 */
export function sayChange(b: SentenceBuilder, difference: Decimal, lastPrinted: Printed, sources: readonly CellRef[]): void {
  const delta: Printed = { value: difference.abs(), sources };
  if (lastPrinted.value.isZero()) {
    b.say('新增');
    b.printedAmount(delta);
    return;
  }
  const up = difference.isPositive();
  b.say(up ? '增加' : '减少');
  b.printedAmount(delta);
  b.say(up ? '，增长' : '，下降');
  b.percent(delta, lastPrinted);
}

/**
 * 写作上下文 — what every section template needs: the figures, the 参数, the year and department,
 * and the phrases shared by several sections (the intro, a change against last year, shares, counts).
 */
export class NarrativeWriter {
  readonly year: number | undefined;
  readonly department: string | undefined;
  readonly charts: readonly ChartSpec[];

  constructor(
    readonly facts: NarrativeFacts,
    readonly params: ParamValues,
    private readonly options: NarrativeOptions,
  ) {
    const year = decimalParam(params, 'year');
    this.year = year ? year.toNumber() : facts.year;
    this.department = textParam(params, 'department') ?? facts.department;
    this.charts = chartSpecs(facts);
  }

  get title(): string {
    return `第三部分 ${this.year ?? '【待填写：预算年度】'}年度部门预算情况说明`;
  }

  cellOf(id: string): CellRef {
    return this.options.paramSources?.[id] ?? defaultParamCell(id);
  }

  missingInput(id: string): Missing {
    return { label: paramField(id).label, at: this.cellOf(id), rule: 'narrative.missingInput' };
  }

  missingFigure(label: string): Missing {
    return { label, rule: 'narrative.missingFigure' };
  }

  param(id: string): Fact | undefined {
    const value = decimalParam(this.params, id);
    return value ? { value, sources: [this.cellOf(id)] } : undefined;
  }

  /** "2024年度阳城县应急管理局" (or "2024年…" with `suffix` '年'). */
  intro(b: SentenceBuilder, suffix = '年度'): void {
    if (this.year === undefined) b.placeholder(this.missingInput('year'));
    else b.say(String(this.year));
    b.say(suffix);
    this.departmentName(b);
  }

  departmentName(b: SentenceBuilder): void {
    if (this.department === undefined) b.placeholder(this.missingInput('department'));
    else b.say(this.department);
  }

  /** "截至2023年12月31日，阳城县应急管理局" — assets are stated at the end of last year. */
  asOf(b: SentenceBuilder): void {
    b.say('截至');
    if (this.year === undefined) b.placeholder(this.missingInput('year'));
    else b.say(String(this.year - 1));
    b.say('年12月31日，');
    this.departmentName(b);
  }

  /**
   * "，比上年增加553.02万元，增长13.97%，主要原因是…" against the 参数 `lastId`; the reason from
   * `reasonId`. With `statedBase`, last year's figure is printed too ("比上年预算94.18万元增加…").
   */
  change(b: SentenceBuilder, current: Printed | undefined, lastId: string, reasonId: string, statedBase = false): void {
    if (!current) return;
    const last = this.param(lastId);
    if (!last) {
      b.say('，上年数');
      b.placeholder(this.missingInput(lastId));
      return;
    }
    const lastPrinted: Printed = { value: last.value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP), sources: last.sources };
    const difference = current.value.minus(lastPrinted.value);
    if (difference.isZero()) {
      b.sayFrom('，与上年持平', lastPrinted.sources);
      return;
    }
    if (statedBase) {
      b.say('，比上年预算');
      b.printedAmount(lastPrinted);
    } else {
      b.say('，比上年');
    }
    sayChange(b, difference, lastPrinted, [...current.sources, ...lastPrinted.sources]);
    b.say('，主要原因是');
    const reason = textParam(this.params, reasonId);
    if (reason) b.say(cleanReason(reason));
    else b.placeholder(this.missingInput(reasonId));
  }

  amountOrAsk(b: SentenceBuilder, fact: Fact | undefined, label: string): Printed | undefined {
    return b.amount(fact, this.missingFigure(label));
  }

  /** "名称X万元，占Y%" for each item, separated by ；. */
  shares(b: SentenceBuilder, items: readonly (readonly [string, Fact | undefined])[], whole: Printed | undefined): void {
    items.forEach(([label, fact], index) => {
      if (index > 0) b.say('；');
      b.say(label);
      const part = this.amountOrAsk(b, fact, label);
      if (part && whole && !whole.value.isZero()) {
        b.say('，占');
        b.percent(part, whole);
      }
    });
  }

  list(b: SentenceBuilder, items: readonly NamedFact[]): void {
    b.say(items.map((item) => item.name).join('、'));
  }

  count(b: SentenceBuilder, id: string, unit: string): Decimal | undefined {
    const fact = this.param(id);
    if (!fact) {
      b.placeholder(this.missingInput(id));
      b.say(unit);
      return undefined;
    }
    b.quantity(fact.value, unit, paramField(id).type === 'area' ? 'area' : 'count', fact.sources);
    return fact.value;
  }

  inputAmount(b: SentenceBuilder, id: string): Printed | undefined {
    return b.amount(this.param(id), this.missingInput(id));
  }
}
