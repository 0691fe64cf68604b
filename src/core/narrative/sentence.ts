/**
 * 句子 — a generated sentence as a value: its text, every number in it with the cells it came from,
 * the placeholders it still carries and the findings it raised (issue 4 items 2 and 3).
 *
 * Sentences are written by {@link SentenceBuilder}, which is the only place figures are formatted:
 * amounts as "4,510.52万元" (formatWan, two places, always), rates and shares to two places computed
 * from the printed figures (so a reader can recompute them; domain guide, "Wording conventions").
 */
import { Decimal, formatPercent, formatWan, percent, roundHalfUp } from '../amount';
import type { CellRef } from '../grid';
import type { Fact } from './facts';
import type { Finding } from './finding';
import { narrativeRule } from './rules';

/** 数字 — one number as it appears in a sentence. */
export interface NarrativeNumber {
  /** As printed, e.g. "4,510.52万元", "13.97%", "2辆". */
  readonly text: string;
  /** The printed value (万元 for amounts, percentage points for rates). */
  readonly value: Decimal;
  readonly kind: 'amount' | 'percent' | 'count' | 'area';
  /** The table or 参数 cells it was computed from. */
  readonly sources: readonly CellRef[];
}

/** 句子 — one generated sentence (or clause ending in ；). */
export interface Sentence {
  /** Stable id within the narrative, e.g. "一.1", "七.2.3". */
  readonly id: string;
  readonly text: string;
  readonly numbers: readonly NarrativeNumber[];
  /**
   * Cells the wording rests on without printing them: "与上年持平" rests on last year's 参数 cell.
   * With the sources of `numbers`, every cell that can change this sentence.
   */
  readonly wordingSources: readonly CellRef[];
  /** The placeholders left in the text, e.g. "【待填写：上年收入总计】". */
  readonly placeholders: readonly string[];
  readonly findings: readonly Finding[];
}

/** A figure as the text prints it: rounded to two places (万元), with its sources. */
export interface Printed {
  readonly value: Decimal;
  readonly sources: readonly CellRef[];
}

/** What a missing value should say and where the user fills it in. */
export interface Missing {
  /** The zh-CN name of what is missing, e.g. "上年收入总计". */
  readonly label: string;
  /** Where to fill it in: the 参数 cell, or the table cell area when a table figure is absent. */
  readonly at?: CellRef;
  /** `narrative.missingInput` (参数) or `narrative.missingFigure` (a table). */
  readonly rule: 'narrative.missingInput' | 'narrative.missingFigure';
}

/** Builds one sentence left to right. */
export class SentenceBuilder {
  private readonly parts: string[] = [];
  private readonly numbers: NarrativeNumber[] = [];
  private readonly placeholders: string[] = [];
  private readonly findings: Finding[] = [];
  private readonly wordingSources: CellRef[] = [];

  constructor(private readonly id: string) {}

  /** Literal words. */
  say(text: string): this {
    this.parts.push(text);
    return this;
  }

  /** An amount in 万元, rounded to the printed two places; a placeholder when absent. */
  amount(fact: Fact | undefined, missing: Missing): Printed | undefined {
    if (!fact) {
      this.placeholder(missing);
      return undefined;
    }
    const printed = { value: roundHalfUp(fact.value, 2), sources: fact.sources };
    this.number(wanWording(printed.value), printed.value, 'amount', printed.sources);
    return printed;
  }

  /** An amount already printed (e.g. a difference of two printed figures). */
  printedAmount(printed: Printed): void {
    this.number(wanWording(printed.value), printed.value, 'amount', printed.sources);
  }

  /** A rate or share of `part` over `whole`, both printed figures; nothing when the base is zero. */
  percent(part: Printed, whole: Printed): Decimal | undefined {
    const rate = percent(part.value, whole.value);
    if (rate === null) return undefined;
    this.number(percentWording(rate), rate, 'percent', [...part.sources, ...whole.sources]);
    return rate;
  }

  /** A count or area with its unit word, e.g. "2辆", "900平方米". */
  quantity(value: Decimal, unit: string, kind: 'count' | 'area', sources: readonly CellRef[]): void {
    this.number(value.toString() + unit, value, kind, sources);
  }

  /** Words that rest on figures not printed in the sentence (e.g. "与上年持平"). */
  sayFrom(text: string, sources: readonly CellRef[]): this {
    this.parts.push(text);
    this.wordingSources.push(...sources);
    return this;
  }

  /** A visible placeholder 【待填写：…】 and the finding asking for it. */
  placeholder(missing: Missing): void {
    const text = `【待填写：${missing.label}】`;
    this.parts.push(text);
    this.placeholders.push(text);
    const input = missing.rule === 'narrative.missingInput';
    this.findings.push({
      rule: missing.rule,
      severity: narrativeRule(missing.rule).severity,
      sheet: missing.at?.sheet ?? '',
      cell: missing.at?.cell ?? '',
      message: input
        ? `情况说明需要“${missing.label}”，请在参数表填写`
        : `情况说明需要“${missing.label}”，但未在表格中找到`,
    });
  }

  build(): Sentence {
    return {
      id: this.id,
      text: this.parts.join(''),
      numbers: [...this.numbers],
      wordingSources: [...this.wordingSources],
      placeholders: [...this.placeholders],
      findings: [...this.findings],
    };
  }

  private number(text: string, value: Decimal, kind: NarrativeNumber['kind'], sources: readonly CellRef[]): void {
    this.parts.push(text);
    const unique = sources.filter((ref, i) => sources.findIndex((other) => other.sheet === ref.sheet && other.cell === ref.cell) === i);
    this.numbers.push({ text, value: new Decimal(value), kind, sources: unique });
  }
}

/** An amount in 万元 as the seed words it: 4,510.52万元, and nothing as 0万元 (not 0.00万元). */
function wanWording(value: Decimal): string {
  return value.isZero() ? '0万元' : formatWan(value);
}

/** A rate as the seed words it: 13.97%, and the round ends as 0% and 100% (not 0.00%, 100.00%). */
function percentWording(rate: Decimal): string {
  return rate.isZero() ? '0%' : rate.eq(100) ? '100%' : formatPercent(rate);
}
