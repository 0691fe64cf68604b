/**
 * 情况说明校验 — checks an existing 情况说明 against the tables (issue 4 item 4).
 *
 * Each sentence is read for what it states: amounts with what they refer to (收入总计, a class by
 * name, 基本支出, the 三公 items, 机关运行经费 …), changes with their direction word, rates and
 * shares. Each statement is compared with the tables the way a reviewer would: an amount may differ
 * from the table in its last printed digit (some offices truncate); a rate or share is recomputed
 * from the printed figures, allowing only what their rounding explains; a direction word must agree
 * with the sign; a rate over a zero base, a template placeholder left in (下降（增长）, XX, 【】) and a
 * percentage without % are reported. Wording the checker cannot attribute is left alone: a checker
 * that cries wolf is not used (domain guide, "The explanation", last paragraph).
 */
import { Decimal, formatAmount, roundHalfUp, toHalfWidth, unitOfLastPlace } from '../amount';
import type { TypedTable } from '../model';
import type { ParamValues } from '../params/sheet';
import { decimalParam } from '../params/sheet';
import { canonicalName, namesMatch } from '../subjects';
import { cleanName } from './facts';
import type { Fact, NarrativeFacts } from './facts';
import type { Finding } from './finding';
import { LAST_YEAR, subjectOfLabel } from './labels';
import type { NamedTarget, Subject, SubjectKey } from './labels';
import { narrativeRule } from './rules';
import type { NarrativeRuleId } from './rules';

/** Where the text came from, so that findings name a place. */
export interface CheckNarrativeOptions {
  /** The sheet (or file) the text was read from. Default “情况说明”. */
  readonly sheet?: string;
  /** A1 address of each line of `text` (from {@link findNarrativeText}); otherwise findings say 第N行. */
  readonly lineCells?: readonly string[];
  /** Last year's figures, to check direction words and change amounts; without them only the text's own arithmetic is checked. */
  readonly params?: ParamValues;
}

/** A figure stated in the text, with the decimals it was printed with. */
interface Stated {
  readonly value: Decimal;
  readonly decimals: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What an amount in a clause is. */
type Token =
  | (Stated & { readonly role: 'subject'; readonly label: string; readonly key?: SubjectKey; readonly candidates: readonly Fact[] })
  | (Stated & { readonly role: 'change'; readonly direction: 1 | -1; readonly fromZero: boolean })
  | (Stated & { readonly role: 'base' });

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const AMOUNT = new RegExp(NUMBER + '\\s*(万元|元)', 'gu');
const RATE = new RegExp('(增长|增加|下降|降低|减少|增幅为?|降幅为?)' + NUMBER + '%', 'gu');
const SHARE = new RegExp('占([^，,；;。\\d]{0,20}?)的?' + NUMBER + '%', 'gu');
const PERCENT_WITHOUT_SIGN = new RegExp('(增长|下降|增幅为?|降幅为?|占|比重为?)' + NUMBER + '(?![\\d.%]|个百分点|万元|元|倍)', 'gu');
const PLACEHOLDERS: readonly RegExp[] = [
  /(增长|下降|增加|减少)[（(](增长|下降|增加|减少)[)）]/u,
  /[XＸ×x]{2,}/u,
  /【[^】]*】/u,
];
const DIRECTION_AT_END = /(增加|减少|新增|增长|下降)$/u;
const SAME_AS_LAST_YEAR = /与上年(预算数)?(相同|持平)|无增减/u;
const LABEL_DELIMITERS = /[，,、：:；;。（(）)]/u;

function parseStated(match: RegExpMatchArray, numberGroup: number): Stated {
  const digits = match[numberGroup]!.replace(/,/g, '');
  const start = match.index!;
  return {
    value: new Decimal(digits),
    decimals: (/\.(\d+)$/.exec(digits)?.[1] ?? '').length,
    start,
    end: start + match[0].length,
    text: match[0],
  };
}

/**
 * Full-width digits, ％, and a full-width point or thousands comma between digits (as typed with a
 * Chinese IME) → ASCII, one character for one, so that quotes keep their wording. Other Chinese
 * commas and 。 stay: they split clauses and sentences.
 */
function normalizeFigures(text: string): string {
  return text
    .replace(/[０-９]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/％/gu, '%')
    .replace(/(?<=\d)．(?=\d)/gu, '.')
    .replace(/(?<=\d)，(?=\d{3}(?!\d))/gu, ',');
}

/** Bigram Dice similarity of two names, 0…1 — to tell a misspelt class name from an unrelated phrase. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const x = grams(a);
  const y = grams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** 区间 — the values a printed figure may stand for, [low, high] (domain guide, "Rounding"). */
type Interval = readonly [Decimal, Decimal];

/** The interval a printed figure stands for: ±½ unit of its last place. */
function interval(value: Decimal, decimals: number): Interval {
  const half = unitOfLastPlace(decimals).dividedBy(2);
  return [value.minus(half), value.plus(half)];
}

/** Whether two intervals meet. */
function intersects(a: Interval, b: Interval): boolean {
  return a[1].gte(b[0]) && a[0].lte(b[1]);
}

/**
 * Whether a stated rate or share can be part ÷ whole × 100 for figures anywhere within their
 * printed intervals — what rounding explains, and nothing more (so share-forcing by 0.01 shows).
 */
function rateFits(rate: Stated, part: Interval, whole: Interval): boolean {
  if (whole[1].lte(0)) return false;
  const possible: Interval = whole[0].gt(0)
    ? [part[0].times(100).dividedBy(whole[1]), part[1].times(100).dividedBy(whole[0])]
    : [new Decimal(0), new Decimal(Infinity)];
  return intersects(interval(rate.value, rate.decimals), possible);
}

/** Amounts agree when they differ by at most one unit of the stated last place (truncation allowed). */
function amountFits(stated: Stated, table: Decimal): boolean {
  return stated.value.minus(table).abs().lte(unitOfLastPlace(stated.decimals));
}

/** Reads sentences; knows the figures and how labels map onto them. */
class Checker {
  private readonly findings: Finding[] = [];
  private readonly namedFacts: NamedTarget[];
  private readonly codeNames = new Map<string, string>();

  constructor(
    private readonly facts: NarrativeFacts,
    tables: readonly TypedTable[],
    private readonly options: CheckNarrativeOptions,
  ) {
    this.namedFacts = [
      ...facts.classes.map((fact) => ({ name: fact.name, fact, ...(fact.code ? { code: fact.code } : {}) })),
      ...facts.fiscal.classes.map((fact) => ({ name: fact.name, fact })),
      ...facts.generalPublic.classes.map((fact) => ({ name: fact.name, fact, ...(fact.code ? { code: fact.code } : {}) })),
      ...facts.codedRows.map((fact) => ({ name: fact.name, fact, ...(fact.code ? { code: fact.code } : {}) })),
    ];
    for (const table of tables) {
      for (const row of [...table.rows, ...(table.sides?.expenditure ?? [])]) {
        if (row.code && !this.codeNames.has(row.code)) this.codeNames.set(row.code, cleanName(row.name));
      }
    }
  }

  private subjectOf(label: string): Subject | undefined {
    return subjectOfLabel(label, this.facts, this.namedFacts, this.options.params);
  }

  private place(line: number): { sheet: string; cell: string } {
    return { sheet: this.options.sheet ?? '情况说明', cell: this.options.lineCells?.[line] ?? `第${line + 1}行` };
  }

  private report(line: number, rule: NarrativeRuleId, sentence: string, problem: string, extra: Partial<Finding> = {}): void {
    this.findings.push({
      rule,
      severity: narrativeRule(rule).severity,
      ...this.place(line),
      message: `“${sentence}”：${problem}`,
      ...extra,
    });
  }

  check(text: string): Finding[] {
    normalizeFigures(text).split(/\r?\n/).forEach((line, index) => {
      for (const sentence of line.split(/(?<=。)/u)) {
        const quote = sentence.trim();
        if (quote) this.checkSentence(index, quote);
      }
    });
    return this.findings;
  }

  private checkSentence(line: number, sentence: string): void {
    for (const pattern of PLACEHOLDERS) {
      const match = pattern.exec(sentence);
      if (match) this.report(line, 'narrative.placeholder', sentence, `模板占位符“${match[0]}”未替换`);
    }
    for (const match of sentence.matchAll(PERCENT_WITHOUT_SIGN)) {
      this.report(line, 'narrative.percentWithoutSign', sentence, `“${match[0]}”缺少百分号%`);
    }
    this.checkCodeNames(line, sentence);
    const tokens = this.tokens(sentence);
    const head = tokens.find((t) => t.role === 'subject');
    let start = 0;
    for (const clause of sentence.split(/(?<=[；;])/u)) {
      const end = start + clause.length;
      this.checkClause(line, sentence, tokens.filter((t) => t.start >= start && t.start < end), { start, end }, head);
      start = end;
    }
  }

  /** Amounts of a sentence with their role, left to right. */
  private tokens(text: string): Token[] {
    const tokens: Token[] = [];
    let previousEnd = 0;
    for (const match of text.matchAll(AMOUNT)) {
      const stated = parseStated(match, 1);
      const value = match[2] === '元' ? stated.value.dividedBy(10000) : stated.value;
      const decimals = match[2] === '元' ? stated.decimals + 4 : stated.decimals;
      const before = text.slice(previousEnd, stated.start);
      previousEnd = stated.end;
      // "预算数为3.66万元": the verb is not part of what the figure is.
      const label = before.split(LABEL_DELIMITERS).pop()!.trim().replace(/(为|是|达|共计)$/u, '');
      const figure = { ...stated, value, decimals };
      const direction = DIRECTION_AT_END.exec(label);
      if (direction) {
        const word = direction[1]!;
        tokens.push({ ...figure, role: 'change', direction: word === '减少' || word === '下降' ? -1 : 1, fromZero: word === '新增' });
      } else if (/(比|较|同比).*(上年|\d{4}年|同期)/u.test(label)) {
        tokens.push({ ...figure, role: 'base' });
      } else {
        const subject = this.subjectOf(label);
        tokens.push({ ...figure, role: 'subject', label, ...(subject?.key ? { key: subject.key } : {}), candidates: subject?.candidates ?? [] });
      }
    }
    return tokens;
  }

  private checkClause(line: number, sentence: string, tokens: readonly Token[], range: { start: number; end: number }, head: Token | undefined): void {
    const inClause = (m: RegExpMatchArray) => m.index! >= range.start && m.index! < range.end;
    const rates = [...sentence.matchAll(RATE)].filter(inClause);
    tokens.forEach((token, i) => {
      if (token.role === 'subject') this.checkAmount(line, sentence, token);
      if (token.role === 'change') this.checkChange(line, sentence, rates, tokens, i);
    });
    const same = SAME_AS_LAST_YEAR.exec(sentence.slice(range.start, range.end));
    if (same) this.checkUnchanged(line, sentence, tokens, range.start + same.index, same[0]);
    for (const match of [...sentence.matchAll(SHARE)].filter(inClause)) {
      const share = parseStated(match, 2);
      const part = [...tokens].reverse().find((t) => t.end <= share.start && t.role === 'subject');
      if (!part) continue;
      const named = match[1] ? this.subjectOf(match[1]) : undefined;
      const wholes: Stated[] = [];
      for (const fact of named?.candidates ?? []) wholes.push({ ...share, value: roundHalfUp(fact.value, 2), decimals: 2 });
      if (head && head.start !== part.start) wholes.push(head);
      if (wholes.length === 0) continue;
      const fits = wholes.some((w) => rateFits(share, interval(part.value, part.decimals), interval(w.value, w.decimals)));
      if (!fits) {
        const whole = wholes[0]!;
        const expected = whole.value.isZero() ? undefined : roundHalfUp(part.value.times(100).dividedBy(whole.value), 2);
        const stated = share.value.toFixed(share.decimals) + '%';
        this.report(line, 'narrative.rateMismatch', sentence, `占比${stated}与按${formatAmount(part.value, part.decimals)}÷${formatAmount(whole.value, whole.decimals)}计算的${expected ? expected.toFixed(2) + '%' : '结果'}不符`, {
          ...(expected ? { expected: expected.toFixed(2) + '%' } : {}),
          actual: stated,
        });
      }
    }
  }

  /** "与上年持平": only checkable against last year's 参数. */
  private checkUnchanged(line: number, sentence: string, tokens: readonly Token[], at: number, words: string): void {
    const subject = [...tokens].reverse().find((t): t is Extract<Token, { role: 'subject' }> => t.role === 'subject' && t.start < at);
    const last = subject?.key && this.options.params ? decimalParam(this.options.params, LAST_YEAR[subject.key]) : undefined;
    const current = subject?.candidates[0];
    if (!last || !current) return;
    if (!roundHalfUp(current.value, 2).equals(roundHalfUp(last, 2))) {
      this.report(line, 'narrative.directionContradicts', sentence, `本年${formatAmount(current.value)}万元、上年${formatAmount(last)}万元，不应写“${words}”`);
    }
  }

  private checkAmount(line: number, sentence: string, token: Extract<Token, { role: 'subject' }>): void {
    if (token.candidates.length > 0) {
      if (token.candidates.some((fact) => amountFits(token, fact.value))) return;
      const expected = token.candidates[0]!;
      this.report(line, 'narrative.amountMismatch', sentence, `“${token.label}”${token.text}与表中${formatAmount(expected.value)}万元不符`, {
        expected: formatAmount(expected.value),
        actual: formatAmount(token.value, token.decimals),
        difference: token.value.minus(roundHalfUp(expected.value, 2)).toString(),
        tolerance: unitOfLastPlace(token.decimals).toString(),
        compared: [...expected.sources],
      });
      return;
    }
    // A label that reads like a subject name but is no table's name: a misspelt class/款/项 when a
    // row with this amount has a similar name.
    const name = cleanName(token.label).replace(/^.*(其中|包括|用于以下方面|主要用于)/u, '');
    if (!/(支出|事务|费|经费|补助|缴费|救助)$/u.test(name) || name.length < 4) return;
    const similar = this.namedFacts
      .filter((n) => amountFits(token, n.fact.value))
      .map((n) => ({ ...n, score: similarity(canonicalName(n.name), canonicalName(name)) }))
      .filter((n) => n.score >= 0.5)
      .sort((a, b) => b.score - a.score)[0];
    if (similar) {
      this.report(line, 'narrative.nameMismatch', sentence, `“${name}”与表中该金额的科目名称“${similar.name}”${similar.code ? `（${similar.code}）` : ''}不一致`, {
        expected: similar.name,
        actual: name,
        compared: [...similar.fact.sources],
      });
    }
  }

  /** "2240102一般行政管理事务": a code followed by a name must carry the table's name for that code. */
  private checkCodeNames(line: number, sentence: string): void {
    for (const match of toHalfWidth(sentence).matchAll(/(?<!\d)(\d{3}(?:\d{2}){0,2})(?!\d)[“"]?([\u4e00-\u9fa5()（）]{2,}?)(?=[”"，,、；;。.:：\s\d]|$)/gu)) {
      const known = this.codeNames.get(match[1]!);
      // 决算 texts mark the level after the name: "2010101行政运行（项）".
      const name = match[2]!.replace(/[(（][类款项][)）]$/u, '');
      // A bare 3-digit number before words is too often a count ("118人员"); a 类 code must name a 支出.
      if (match[1]!.length === 3 && !name.endsWith('支出')) continue;
      if (known && !namesMatch(known, name)) {
        this.report(line, 'narrative.nameMismatch', sentence, `科目${match[1]!}的名称应为“${known}”，而不是“${name}”`, { expected: known, actual: name });
      }
    }
  }

  private checkChange(line: number, sentence: string, rates: readonly RegExpMatchArray[], tokens: readonly Token[], index: number): void {
    const change = tokens[index] as Extract<Token, { role: 'change' }>;
    const next = tokens.slice(index + 1).find((t) => t.role === 'change');
    const rateMatch = rates.find((m) => m.index! > change.start && (!next || m.index! < next.start));
    const rate = rateMatch ? { ...parseStated(rateMatch, 2), word: rateMatch[1]! } : undefined;
    if (rate && change.fromZero) {
      this.report(line, 'narrative.growthOverZeroBase', sentence, `“${change.text}”是新增，上年为0，不应再写“${rate.text}”`);
      return;
    }
    const rateDirection = rate ? (/下降|降低|减少|降幅/u.test(rate.word) ? -1 : 1) : undefined;
    if (rateDirection !== undefined && rateDirection !== change.direction) {
      this.report(line, 'narrative.directionContradicts', sentence, `“${change.text}”与“${rate!.text}”的增减方向相反`);
      return;
    }
    const before = tokens.slice(0, index);
    const base = [...before].reverse().find((t) => t.role === 'base');
    const subjects = before.filter((t): t is Extract<Token, { role: 'subject' }> => t.role === 'subject');
    const subject = subjects[subjects.length - 1];
    const changeInterval = interval(change.value, change.decimals);
    if (base && subject) {
      // 比上年预算94.18万元增加25.34万元: the text gives both years, so the change is arithmetic.
      const difference = subject.value.minus(base.value);
      const tolerance = unitOfLastPlace(Math.min(subject.decimals, base.decimals, change.decimals));
      if (!difference.isZero() && difference.isPositive() !== (change.direction > 0)) {
        this.report(line, 'narrative.directionContradicts', sentence, `${formatAmount(subject.value, subject.decimals)}比${formatAmount(base.value, base.decimals)}${difference.isPositive() ? '多' : '少'}，不应写“${change.text}”`);
        return;
      }
      if (difference.abs().minus(change.value).abs().gt(tolerance)) {
        this.report(line, 'narrative.changeMismatch', sentence, `${formatAmount(subject.value, subject.decimals)}与${formatAmount(base.value, base.decimals)}相差${formatAmount(difference.abs(), 2)}万元，而不是${change.text}`, {
          expected: formatAmount(difference.abs(), 2),
          actual: formatAmount(change.value, change.decimals),
        });
        return;
      }
      if (rate) this.checkRate(line, sentence, rate, changeInterval, [interval(base.value, base.decimals)], []);
      return;
    }
    const last = subject?.key && this.options.params ? decimalParam(this.options.params, LAST_YEAR[subject.key]) : undefined;
    const current = subject?.candidates[0];
    if (last && current) {
      const difference = roundHalfUp(current.value, 2).minus(roundHalfUp(last, 2));
      if (!difference.isZero() && difference.isPositive() !== (change.direction > 0)) {
        this.report(line, 'narrative.directionContradicts', sentence, `本年${formatAmount(current.value)}万元、上年${formatAmount(last)}万元，应为${difference.isPositive() ? '增加' : '减少'}，而不是“${change.text}”`);
        return;
      }
      if (!amountFits(change, difference.abs())) {
        this.report(line, 'narrative.changeMismatch', sentence, `本年${formatAmount(current.value)}万元、上年${formatAmount(last)}万元，相差${formatAmount(difference.abs())}万元，而不是${change.text}`, {
          expected: formatAmount(difference.abs()),
          actual: formatAmount(change.value, change.decimals),
        });
        return;
      }
    }
    if (!rate) return;
    // Last year = this year ∓ the change, for whichever amount of the clause the change is about.
    const lastYears = subjects.map((s) => {
      const [low, high] = interval(s.value, s.decimals);
      return change.direction > 0
        ? ([low.minus(changeInterval[1]), high.minus(changeInterval[0])] as Interval)
        : ([low.plus(changeInterval[0]), high.plus(changeInterval[1])] as Interval);
    });
    const opposite = subjects.map((s) => {
      const [low, high] = interval(s.value, s.decimals);
      return change.direction > 0
        ? ([low.plus(changeInterval[0]), high.plus(changeInterval[1])] as Interval)
        : ([low.minus(changeInterval[1]), high.minus(changeInterval[0])] as Interval);
    });
    if (lastYears.length > 0) this.checkRate(line, sentence, rate, changeInterval, lastYears, opposite);
  }

  private checkRate(
    line: number,
    sentence: string,
    rate: Stated,
    change: Interval,
    lastYears: readonly Interval[],
    opposite: readonly Interval[],
  ): void {
    if (lastYears.length > 0 && lastYears.every((last) => last[0].plus(last[1]).lte(0))) {
      this.report(line, 'narrative.growthOverZeroBase', sentence, `上年数为0，“${rate.text}”没有意义，应写“新增”`);
      return;
    }
    if (lastYears.some((last) => rateFits(rate, change, last))) return;
    if (opposite.some((last) => rateFits(rate, change, last))) {
      this.report(line, 'narrative.directionContradicts', sentence, `按文中数字，“${rate.text}”对应的是相反的增减方向`);
      return;
    }
    const last = lastYears[0]!;
    const mid = last[0].plus(last[1]).dividedBy(2);
    const expected = mid.isZero() ? undefined : roundHalfUp(change[0].plus(change[1]).dividedBy(2).times(100).dividedBy(mid), 2);
    this.report(line, 'narrative.rateMismatch', sentence, `“${rate.text}”与按文中数字计算的${expected ? expected.toFixed(2) + '%' : '结果'}不符`, {
      ...(expected ? { expected: expected.toFixed(2) + '%' } : {}),
      actual: rate.text.replace(/^\D+/u, ''),
    });
  }
}

/**
 * 校验情况说明 — findings (`narrative.*`) for what an existing 情况说明 states against the tables.
 * Each finding quotes the sentence. Rule ids: amountMismatch, rateMismatch, changeMismatch,
 * directionContradicts, growthOverZeroBase, nameMismatch, placeholder, percentWithoutSign.
 * @example checkNarrative('…人员经费1,837.48万元…', facts, tables)[0].rule // "narrative.amountMismatch"
 */
export function checkNarrative(
  text: string,
  facts: NarrativeFacts,
  tables: readonly TypedTable[],
  options: CheckNarrativeOptions = {},
): Finding[] {
  return new Checker(facts, tables, options).check(text);
}
