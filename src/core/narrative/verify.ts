/**
 * 核对 — each statement of a 情况说明 checked the way a reviewer checks it: an amount against the
 * quantity its phrase binds to (tables, or 参数 for what no table holds), a figure stated twice with two
 * values, a change (direction word, amount, rate) against the base the sentence names and the printed
 * figures' rounding, a share against its base, a 完成率, 持平 against last year, a comparison with this
 * very year, two comparison bases for one figure, a subject heading's names against its codes, a list
 * (主要包括) against the table's rows, an empty reason, a leftover placeholder. Nothing passes silently:
 * every figure ends as checked, 无法核对 (bound, but no table or 参数 holds it) or 未识别 (unbound).
 * Source: issue 12 items 3–5 and 7; domain guide, "The explanation (情况说明)" and "Rounding".
 */
import { Decimal, formatAmount, roundHalfUp, unitOfLastPlace } from '../amount';
import type { CellRef } from '../grid';
import { amountOf, type TypedTable } from '../model';
import { intersects, printedInterval, type Interval } from '../rules/rounding';
import { stripOrdinal } from '../rules/tables';
import { canonicalName, lookupSubject, nameMatchesSubject } from '../subjects';
import type { Binding, Candidate, Known, Lexicon } from './bind';
import { foldPhrase } from './bind';
import type { Finding } from './finding';
import { renderMessage } from '../rules/finding';
import { readStatements, type Figure, type ReadSentence, type Statement } from './read/statements';
import { narrativeRule, type NarrativeRuleId } from './rules';

/** What a text is checked against. */
export interface NarrativeContext {
  readonly lexicon: Lexicon;
  /** The year the disclosure is for. */
  readonly year?: number;
  /** A 决算 disclosure: its figures are 决算数 unless a phrase says 预算. */
  readonly final: boolean;
  readonly department?: string;
  readonly tables: readonly TypedTable[];
}

/** Where the text came from, so that findings name a place. */
export interface CheckTextOptions {
  /** The sheet (or file) the text was read from. Default “情况说明”. */
  readonly sheet?: string;
  /** A1 address of each line of the text; otherwise findings say 第N行. */
  readonly lineCells?: readonly string[];
}

/** 核对覆盖 — what became of the text's figures. */
export interface NarrativeCoverage {
  readonly figures: number;
  readonly checked: number;
  readonly unverifiable: number;
  readonly unbound: number;
}

/** What became of one figure of the text. */
export interface CheckedFigure {
  /** The figure as written ("4,510.52万元", "13.97%"). */
  readonly text: string;
  /** Where it starts in the text given (full-width digits count one for one). */
  readonly at: number;
  readonly outcome: 'checked' | 'unverifiable' | 'unbound';
  /** The cells (tables or 参数) it was checked against; empty for rates and what was not checked. */
  readonly sources: readonly CellRef[];
}

/** The findings and the coverage of one text. */
export interface NarrativeCheck {
  readonly findings: Finding[];
  readonly coverage: NarrativeCoverage;
  /** Every figure of the text, in order, with what became of it. */
  readonly figures: readonly CheckedFigure[];
}

/** A stated amount, in 万元 (or as typed for counts), with what it was bound to. */
interface Stated {
  readonly figure: Figure;
  /** In 万元 for amounts. */
  readonly value: Decimal;
  readonly decimals: number;
  readonly label: string;
  readonly binding?: Binding;
  readonly timing: 'current' | 'last';
  readonly measure?: 'budget' | 'final' | 'execution';
  /** Subjects of different codes printed under the phrase (行政运行 under 20101 and 22401): each a reading, none preferred. */
  readonly ambiguous?: readonly string[];
}

/** A figure's value in 万元 and the decimals of its last digit there (元 → 万元 adds 4). */
function inWan(figure: Figure): { value: Decimal; decimals: number } {
  if (figure.unit === '元') return { value: figure.value.dividedBy(10000), decimals: figure.decimals + 4 };
  if (figure.unit === '亿元') return { value: figure.value.times(10000), decimals: figure.decimals - 4 };
  return { value: figure.value, decimals: figure.decimals };
}

/**
 * How a stated amount agrees with a known one: as the known figure printed to the stated places
 * (rounded, or cut as some authors do), or within 尾差 — one unit of the last place both print, at
 * most 0.01 万元 (2837.02 for a printed 2837.01 whose parts sum to 2837.02) — or not at all
 * (1508万元 for 1,507.00; 1万元 for 0.00).
 */
function agreement(stated: { value: Decimal; decimals: number }, known: Known): 'exact' | 'rounding' | undefined {
  const places = Math.min(stated.decimals, known.decimals);
  const exact =
    stated.decimals <= known.decimals
      ? stated.value.eq(roundHalfUp(known.value, places)) || stated.value.eq(known.value.toDecimalPlaces(places, Decimal.ROUND_DOWN))
      : roundHalfUp(stated.value, places).eq(known.value);
  if (exact) return 'exact';
  return stated.value.minus(known.value).abs().lte(unitOfLastPlace(Math.max(places, 2))) ? 'rounding' : undefined;
}

/** Whether a stated amount agrees with a known one, 尾差 included. */
function fits(stated: { value: Decimal; decimals: number }, known: Known): boolean {
  return agreement(stated, known) !== undefined;
}

/** Whether a stated rate can be part ÷ whole × 100 for figures within their printed intervals. */
function rateFits(rate: Figure, part: Interval, whole: Interval): boolean {
  if (whole.high.lte(0)) return false;
  const low = whole.low.gt(0) ? part.low.times(100).dividedBy(whole.high) : new Decimal(-Infinity);
  const high = whole.low.gt(0) ? part.high.times(100).dividedBy(whole.low) : new Decimal(Infinity);
  return intersects(printedInterval(rate.value, rate.decimals), { low: Decimal.min(low, high), high: Decimal.max(low, high) });
}

const interval = (value: Decimal, decimals: number): Interval => printedInterval(value, decimals);
const wan = (value: Decimal, decimals = 2): string => `${formatAmount(value, Math.max(2, Math.min(decimals, 6)))}万元`;

/** Labels that name no subject, only when or how it is measured: they speak of the paragraph's subject. */
const TIMING_ONLY = /^(?:当年|本年|上年)?(?:预算执行数|执行数|预算数|预算安排|年初预算数?|全年预算数?|调整预算数?|支出决算数?|决算数?|实际支出|预算|安排)?$/u;
/** Generic prefixes of a department speaking of itself. */
const SELF = /^(?:本部门|本单位|我局|本局|全局|部门)/u;

/** The kind of base a comparison names: 预算执行数 or 预算. */
function baseKind(words: string): 'execution' | 'budget' | undefined {
  if (/执行数/u.test(words)) return 'execution';
  if (/预算/u.test(words)) return 'budget';
  return undefined;
}

class TextChecker {
  private readonly findings: Finding[] = [];
  private readonly log: CheckedFigure[] = [];
  /** The figures of the sentence being checked that are 无法核对 and 未识别, for its info findings. */
  private sentenceUnverifiable: string[] = [];
  private sentenceUnbound: string[] = [];
  /** Where the quote of the statement being checked ends: the end of its clause. */
  private quoteUpTo: number | undefined;
  /** First statement of each quantity this year, for "stated twice". */
  private readonly statedOnce = new Map<string, { value: Decimal; decimals: number; text: string }>();
  /** The cells each amount of the text was checked against. */
  private readonly checkedAt = new Map<Stated, readonly CellRef[]>();
  /** The base kind each stated figure was first compared with, for "two bases". */
  private readonly comparedWith = new Map<string, string>();

  /** The department's name as bare labels drop it. */
  private readonly department: string;

  constructor(
    private readonly context: NarrativeContext,
    private readonly options: CheckTextOptions,
  ) {
    this.department = context.department ? canonicalName(context.department) : '';
  }

  check(text: string): NarrativeCheck {
    let line = -1;
    let paragraph: Paragraph = {};
    const checked = withinLimit(text);
    if (checked.length < text.length) this.reportTooLong(text, checked);
    for (const sentence of readStatements(checked)) {
      if (sentence.line !== line) {
        line = sentence.line;
        paragraph = {};
      }
      paragraph = this.checkSentence(sentence, paragraph);
    }
    const count = (outcome: CheckedFigure['outcome']) => this.log.filter((figure) => figure.outcome === outcome).length;
    return {
      findings: this.findings,
      coverage: { figures: this.log.length, checked: count('checked'), unverifiable: count('unverifiable'), unbound: count('unbound') },
      figures: this.log,
    };
  }

  /** A text beyond TEXT_LIMIT: said once, at the first line left unchecked. */
  private reportTooLong(text: string, checked: string): void {
    const line = checked.split('\n').length - (checked.endsWith('\n') ? 1 : 0);
    const message = renderMessage(narrativeRule('narrative.tooLong').message, { length: formatCount(text.length), limit: formatCount(checked.length) });
    this.findings.push(this.findingAt(line, 'narrative.tooLong', message));
  }

  /** A finding of the text at a line: the line's cell when the text came from a sheet, else 第N行. */
  private findingAt(line: number, rule: NarrativeRuleId, message: string, extra: Partial<Finding> = {}): Finding {
    return {
      rule,
      severity: narrativeRule(rule).severity,
      sheet: this.options.sheet ?? '情况说明',
      cell: this.options.lineCells?.[line] ?? `第${line + 1}行`,
      message,
      ...extra,
    };
  }

  /**
   * Records what became of a figure. `silent`: an 未识别 figure that has a finding of its own
   * (an ambiguous name) is not listed again in the sentence's info.
   */
  private tally(sentence: ReadSentence, figure: Figure, outcome: CheckedFigure['outcome'], sources: readonly CellRef[] = [], silent = false): void {
    this.log.push({ text: figure.text, at: sentence.offset + figure.start, outcome, sources });
    if (silent) return;
    if (outcome === 'unverifiable') this.sentenceUnverifiable.push(figure.text);
    if (outcome === 'unbound') this.sentenceUnbound.push(figure.text);
  }

  private report(sentence: ReadSentence, rule: NarrativeRuleId, slots: Record<string, string>, extra: Partial<Finding> = {}): void {
    const declared = narrativeRule(rule);
    // The sentence up to the statement's clause: a right figure later in it is not quoted as wrong.
    const end = this.quoteUpTo ?? sentence.text.length;
    const quote = end < sentence.text.length ? `${sentence.text.slice(0, end).replace(/[，,；;：:]$/u, '')}…` : sentence.text;
    const message = declared.message.replace(/\{(\w+)\}/gu, (_, name: string) => (name === 'sentence' ? quote : slots[name] ?? ''));
    if (this.findings.some((f) => f.rule === rule && f.message === message)) return;
    this.findings.push(this.findingAt(sentence.line, rule, message, extra));
  }

  /** Checks one sentence; returns what the paragraph is about after it. */
  private checkSentence(sentence: ReadSentence, paragraph: Paragraph): Paragraph {
    let subject = this.headingSubject(sentence) ?? paragraph.subject;
    let current: Stated | undefined;
    /** This year's amounts of the sentence, in order: the readings a change may be about. */
    const currents: Stated[] = [];
    /** Last year's amounts stated in the sentence (2025年预算执行数为…). */
    const lastYears: Stated[] = [];
    /** A base stated with its comparison (比2023年预算94.18万元 …). */
    let base: Base | undefined;
    let changeAmount: { figure: Figure; direction: 1 | -1 } | undefined;
    let budgetStated = paragraph.budget;
    let finalStated = paragraph.final;
    let headline: Stated | undefined;
    /** The paragraph's first bound amount: what its parts (其中：…) are parts of. */
    let lead = paragraph.lead;
    let lastAmount: Stated | undefined;
    this.sentenceUnverifiable = [];
    this.sentenceUnbound = [];

    for (const statement of sentence.statements) {
      const at = 'figure' in statement ? statement.figure.start : statement.at;
      const clause = sentence.clauses.find((c) => at >= c.start && at < c.start + c.text.length);
      this.quoteUpTo = clause ? clause.start + clause.text.length : undefined;
      switch (statement.kind) {
        case 'placeholder':
          this.report(sentence, 'narrative.placeholder', { text: statement.text });
          break;
        case 'percentWithoutSign':
          this.report(sentence, 'narrative.percentWithoutSign', { text: statement.text });
          break;
        case 'unitMissing':
          this.report(sentence, 'narrative.unitMissing', { text: statement.text });
          break;
        case 'reason':
          if (statement.text === '' && /主要原因(?:是|为)?[：:]?。/u.test(sentence.text)) this.report(sentence, 'narrative.reasonEmpty', {});
          break;
        case 'amount': {
          const stated = this.readAmountIn(statement, subject, lead ?? headline);
          if (!stated) {
            this.tally(sentence, statement.figure, statement.inReason ? 'unverifiable' : 'unbound');
            break;
          }
          if (stated.binding && stated.binding.candidates.length > 0 && !TIMING_ONLY.test(this.bare(statement.label))) subject = stated.binding;
          const verified = stated.binding ? this.verifyAmount(sentence, stated) : this.misspeltSubject(sentence, stated);
          if (verified.sources) this.checkedAt.set(stated, verified.sources);
          if (verified.outcome === 'unbound' && statement.inReason) this.tally(sentence, statement.figure, 'unverifiable');
          else this.tally(sentence, statement.figure, verified.outcome, verified.sources, verified.silent);
          if (stated.timing === 'last' || stated.measure === 'execution') lastYears.push(stated);
          else {
            current = stated;
            currents.push(stated);
            headline ??= stated;
            if (stated.binding && stated.binding.candidates.length > 0) lead ??= stated;
          }
          if (stated.measure === 'budget') budgetStated = stated;
          if (stated.measure === 'final') finalStated = stated;
          lastAmount = stated;
          break;
        }
        case 'count': {
          const verified = this.verifyCount(sentence, statement);
          this.tally(sentence, statement.figure, verified.outcome === 'unbound' && statement.inReason ? 'unverifiable' : verified.outcome, verified.sources);
          break;
        }
        case 'base': {
          const { value, decimals } = inWan(statement.figure);
          base = { value, decimals };
          this.checkBaseYear(sentence, statement.label);
          const last = current?.binding ? this.lastYearOf(current.binding) : undefined;
          if (last && !fits({ value, decimals }, last)) {
            this.report(sentence, 'narrative.amountMismatch', { label: `上年${current?.label ?? ''}`, stated: wan(value, decimals), where: this.where(last), expected: wan(last.value, last.decimals) }, {
              expected: formatAmount(last.value),
              actual: formatAmount(value, decimals),
              compared: [...last.sources],
            });
          }
          this.tally(sentence, statement.figure, last ? 'checked' : 'unverifiable', last?.sources);
          break;
        }
        case 'change': {
          this.checkBaseYear(sentence, statement.base);
          this.recordBase(sentence, current, statement.base);
          const readings = this.readings(currents, lastYears, base);
          const outcome = this.checkChange(sentence, statement, readings, changeAmount);
          if (statement.figure.unit !== '%') changeAmount = { figure: statement.figure, direction: statement.direction };
          // A change rests on this year's figure and the base it is compared with.
          const reading = readings.find((r) => r.base !== undefined);
          const sources = outcome === 'checked' && reading ? [...(this.printedAtOf(reading.current) ?? []), ...(reading.base?.sources ?? [])] : [];
          this.tally(sentence, statement.figure, outcome, sources);
          break;
        }
        case 'share':
          this.tally(sentence, statement.figure, this.checkShare(sentence, statement.figure, statement.base, lastAmount, headline) ? 'checked' : 'unverifiable');
          break;
        case 'completion':
          this.tally(sentence, statement.figure, this.checkCompletion(sentence, statement.figure, budgetStated, finalStated) ? 'checked' : 'unverifiable');
          break;
        case 'unchanged':
          this.checkBaseYear(sentence, statement.base);
          this.checkUnchanged(sentence, statement.words, this.readings(currents.length > 0 ? currents : lastAmount ? [lastAmount] : [], lastYears, base));
          break;
        case 'list':
          this.checkList(sentence, statement.items, lastAmount);
          break;
        case 'versus':
          this.checkVersus(sentence, statement.words, statement.sign, budgetStated, finalStated);
          break;
      }
    }
    this.quoteUpTo = undefined;
    if (this.sentenceUnverifiable.length > 0) this.report(sentence, 'narrative.unverifiable', { figures: this.sentenceUnverifiable.join('、') });
    if (this.sentenceUnbound.length > 0) this.report(sentence, 'narrative.unbound', { figures: this.sentenceUnbound.join('、') });
    return {
      ...(subject ? { subject } : {}),
      ...(budgetStated ? { budget: budgetStated } : {}),
      ...(finalStated ? { final: finalStated } : {}),
      ...(lead ? { lead } : {}),
    };
  }

  /** 决算数大于/小于/等于预算数 against the 预算 and 决算 figures stated before it in the paragraph. */
  private checkVersus(sentence: ReadSentence, words: string, sign: -1 | 0 | 1, budget: Stated | undefined, final: Stated | undefined): void {
    if (!budget || !final) return;
    const difference = roundHalfUp(final.value, 2).minus(roundHalfUp(budget.value, 2));
    const actual: -1 | 0 | 1 = difference.isZero() ? 0 : difference.isPositive() ? 1 : -1;
    if (actual === sign) return;
    const expected = actual > 0 ? '大于' : actual < 0 ? '小于' : '等于';
    this.report(sentence, 'narrative.directionContradicts', { problem: `决算数${wan(final.value, final.decimals)}${expected}预算数${wan(budget.value, budget.decimals)}，不应写“${words}”` }, { expected });
  }

  /** The label without years, the department's name and words a department uses of itself. */
  private bare(label: string): string {
    let text = foldPhrase(label).replace(/(?:19|20)\d{2}年度?/gu, '');
    if (this.department) text = text.split(this.department).join('');
    return text.replace(SELF, '').replace(/^(?:财政拨款安排的|安排的|的)/u, '');
  }

  /** The subject a sentence opens with: an item heading (1、公共安全支出（204类）司法（06款）…), its names checked. */
  private headingSubject(sentence: ReadSentence): Binding | undefined {
    const head = sentence.text.split(/\d+(?:\.\d+)?\s*万元|[。，,]/u)[0] ?? '';
    const heading = this.context.lexicon.headingCode(stripOrdinal(head));
    if (!heading) return undefined;
    for (const { code, name } of heading.names) this.checkName(sentence, code, name);
    return { candidates: this.subjectCandidates(heading.code, ''), matched: heading.code };
  }

  /** A subject's name against the name the tables print for its code (and the reference data's variants). */
  private checkName(sentence: ReadSentence, code: string, name: string): void {
    if (name === '') return;
    const printed = this.context.lexicon.nameOf(code);
    if (!printed || canonicalName(printed) === canonicalName(name)) return;
    const reference = lookupSubject(code, 'func');
    if (reference && nameMatchesSubject(reference, name) && nameMatchesSubject(reference, printed)) return;
    this.report(sentence, 'narrative.nameMismatch', { code, expected: printed, actual: name }, { expected: printed, actual: name });
  }

  /** The subject quantities of a code this text can mean: no split unless named, this kind of accounts. */
  private subjectCandidates(code: string, label: string): Candidate[] {
    const namesSplit = /基本支出|项目支出|人员经费|公用经费/u.test(label);
    return this.context.lexicon
      .subjectCandidates(code)
      .filter((candidate) => this.rightAccounts(candidate) && !candidate.id.includes('.current') && !candidate.id.includes('.carryover'))
      .filter((candidate) => {
        const split = candidate.facets.split;
        if (namesSplit) return split !== undefined;
        // An economic subject's own figure is its 合计 column, which is all 基本支出.
        return split === undefined || (candidate.facets.subject?.scheme === 'econ' && split === 'basic');
      });
  }

  /** Whether a candidate is of the text's kind of accounts: 决算 figures for a 决算 text, 预算 otherwise. */
  private rightAccounts(candidate: Candidate): boolean {
    return candidate.accounts === 'any' || (candidate.accounts === 'final') === this.context.final;
  }

  /**
   * Reads an amount statement by its label, else by its sentence up to it (…二级项目，共计金额 when
   * 共计金额 alone names nothing); undefined when its words name two years.
   */
  private readAmountIn(statement: Extract<Statement, { kind: 'amount' }>, subject: Binding | undefined, headline: Stated | undefined): Stated | undefined {
    const direct = this.readAmount(statement.figure, statement.label, subject);
    const wider = direct?.binding || statement.context === '' || statement.context === statement.label ? undefined : this.readAmount(statement.figure, statement.context, subject);
    const stated = wider?.binding && wider.binding.candidates.length > 0 ? { ...wider, label: statement.label } : direct;
    return stated?.binding && headline?.binding ? { ...stated, binding: preferring(stated.binding, headline.binding) } : stated;
  }

  /** Reads an amount under a label: when it is, how it is measured, and what it binds to. */
  private readAmount(figure: Figure, label: string, subject: Binding | undefined): Stated | undefined {
    const { value, decimals } = inWan(figure);
    const years = [...new Set([...foldPhrase(label).matchAll(/((?:19|20)\d{2})年/gu)].map((m) => Number(m[1])))];
    if (years.length > 1) return undefined;
    const year = years[0];
    const lastYearWord = /上年(?!.{0,6}结[转余])/u.test(label);
    const timing: Stated['timing'] = (year !== undefined && this.context.year !== undefined && year < this.context.year) || lastYearWord ? 'last' : 'current';
    const measure: Stated['measure'] = /执行数/u.test(label) ? 'execution' : /决算/u.test(label) ? 'final' : /预算/u.test(label) && this.context.final ? 'budget' : undefined;
    const bare = this.bare(label);
    const base = { figure, value, decimals, label, timing, ...(measure ? { measure } : {}) } as const;
    const heading = this.context.lexicon.headingCode(bare);
    if (heading) return { ...base, binding: { candidates: this.subjectCandidates(heading.code, bare), matched: heading.code } };
    const found = this.context.lexicon.bind(bare);
    const candidates = found.candidates.flatMap((candidate) => {
      if (!this.rightAccounts(candidate)) return [];
      if (candidate.facets.subject) return this.subjectCandidates(candidate.facets.subject.code, bare).filter((c) => c.id === candidate.id || c.facets.subject?.code === candidate.facets.subject?.code);
      return [candidate, ...this.relatives(candidate, bare)];
    });
    const unique = candidates.filter((c, i) => candidates.findIndex((o) => o.id === c.id) === i);
    const codes = [...new Set(found.candidates.filter((c) => this.rightAccounts(c)).flatMap((c) => (c.facets.subject ? [c.facets.subject.code] : [])))];
    const ambiguous = codes.length > 1 ? { ambiguous: codes.map((code) => `${code}${found.candidates.find((c) => c.facets.subject?.code === code)?.phrase ?? ''}`) } : {};
    if (unique.length > 0) return { ...base, ...ambiguous, binding: { candidates: unique, matched: found.matched } };
    return TIMING_ONLY.test(bare) && subject ? { ...base, binding: subject } : { ...base };
  }

  /**
   * Readings a phrase may also have when it names no fund, scope or timing: 项目支出 may be the
   * 一般公共预算 part a sentence about 一般公共预算 means, and 一般公共预算支出 the part with or without
   * 上年结转. The readings agree with the matched entry on what the figure is (flow, split, item, level),
   * and with the words of the label on fund, scope and timing.
   */
  private relatives(candidate: Candidate, label: string): Candidate[] {
    const facets = candidate.facets;
    const out: Candidate[] = [];
    // A 参数 field or a quantity that says neither flow nor item has no readings besides itself.
    if (facets.flow === undefined && facets.item === undefined) return out;
    for (const other of this.alike(facets)) {
      if (other.id === candidate.id || !this.rightAccounts(other)) continue;
      if (!namedAgrees(label, other.facets)) continue;
      out.push(other);
    }
    return out;
  }

  /** The declared candidates (no subjects) by what a figure is: flow, split, item and level. */
  private alikeCache: Map<string, Candidate[]> | undefined;
  private alike(facets: Candidate['facets']): readonly Candidate[] {
    const key = (f: Candidate['facets']) => `${f.flow}|${f.split}|${f.item}|${f.level}`;
    if (!this.alikeCache) {
      this.alikeCache = new Map();
      for (const candidate of this.context.lexicon.declared()) {
        const list = this.alikeCache.get(key(candidate.facets)) ?? [];
        list.push(candidate);
        this.alikeCache.set(key(candidate.facets), list);
      }
    }
    return this.alikeCache.get(key(facets)) ?? [];
  }

  /** This year's (or last year's) figure of a binding, and whether the stated amount agrees. */
  private verifyAmount(sentence: ReadSentence, stated: Stated): Verified {
    const binding = stated.binding;
    if (!binding || binding.candidates.length === 0) return { outcome: 'unbound' };
    const knowns = binding.candidates.flatMap((c) => {
      if (stated.timing === 'last' || stated.measure === 'execution') return c.lastYear ? [{ candidate: c, known: c.lastYear }] : [];
      // In a 决算 text a 预算 figure (年初预算, 预算数) is a 预算数 column's, a 决算 figure any other.
      if (this.context.final && (stated.measure === 'budget') !== (c.facets.measure === 'budget')) return [];
      return c.known ? [{ candidate: c, known: c.known }] : [];
    });
    if (knowns.length === 0) {
      if (stated.timing === 'current' && stated.measure !== 'execution') this.checkStatedTwice(sentence, stated, binding.candidates[0]!.id);
      return { outcome: 'unverifiable' };
    }
    const fitting = knowns.find(({ known }) => agreement(stated, known) === 'exact') ?? knowns.find(({ known }) => fits(stated, known));
    if (fitting) {
      if (agreement(stated, fitting.known) === 'rounding') {
        const difference = stated.value.minus(fitting.known.value).abs();
        this.report(sentence, 'narrative.roundingDifference', { label: stated.label || fitting.candidate.phrase, stated: stated.figure.text, where: this.where(fitting.known), expected: wan(fitting.known.value, fitting.known.decimals), difference: wan(difference) });
      }
      return { outcome: 'checked', sources: stated.timing === 'current' && stated.measure !== 'execution' ? fitting.candidate.printedAt : fitting.known.sources };
    }
    const values = new Set(knowns.map(({ known }) => roundHalfUp(known.value, 2).toString()));
    if (stated.ambiguous && values.size > 1) {
      this.report(sentence, 'narrative.ambiguous', { label: stated.label, stated: stated.figure.text, subjects: stated.ambiguous.join('、') });
      return { outcome: 'unbound', silent: true };
    }
    const { known } = knowns[0]!;
    this.report(
      sentence,
      'narrative.amountMismatch',
      { label: stated.label || knowns[0]!.candidate.phrase, stated: stated.figure.text, where: this.where(known), expected: wan(known.value, known.decimals) },
      {
        expected: formatAmount(known.value),
        actual: formatAmount(stated.value, stated.decimals),
        difference: stated.value.minus(roundHalfUp(known.value, 2)).toString(),
        tolerance: unitOfLastPlace(stated.decimals).toString(),
        compared: [...known.sources],
      },
    );
    return { outcome: 'checked', sources: stated.timing === 'current' && stated.measure !== 'execution' ? knowns[0]!.candidate.printedAt : known.sources };
  }

  /**
   * A label that reads like a subject name but is no table's name: a misspelt class, 款 or 项 when a
   * subject printed with this amount has a similar name (社会保障与就业支出 for 社会保障和就业支出).
   */
  private misspeltSubject(sentence: ReadSentence, stated: Stated): Verified {
    const name = canonicalName(this.bare(stated.label)).replace(/^.*(?:其中|包括|用于以下方面|主要用于)/u, '');
    if (name.length < 4 || !/(?:支出|事务|费|经费|补助|缴费|救助)$/u.test(name)) return { outcome: 'unbound' };
    const similar = this.context.lexicon
      .subjectsByName()
      .filter(({ candidate }) => candidate.known && fits(stated, candidate.known))
      .map((entry) => ({ ...entry, score: similarity(canonicalName(entry.name), name) }))
      .filter((entry) => entry.score >= 0.5)
      .sort((a, b) => b.score - a.score)[0];
    if (!similar || canonicalName(similar.name) === name) return { outcome: 'unbound' };
    const code = similar.candidate.facets.subject?.code ?? '';
    const sources = similar.candidate.known?.sources ?? [];
    this.report(sentence, 'narrative.nameMismatch', { code, expected: similar.name, actual: name }, { expected: similar.name, actual: name, compared: [...sources] });
    return { outcome: 'checked', sources };
  }

  /** The cells of the quantity an amount was checked against, once it has been. */
  private printedAtOf(stated: Stated): readonly CellRef[] | undefined {
    return this.checkedAt.get(stated);
  }

  /** How a message names where a known figure comes from. */
  private where(known: Known): string {
    const at = known.sources[0];
    if (known.from === 'param') return at ? `参数表（${at.sheet}!${at.cell}）中的` : '参数表中的';
    return at ? `表中（${at.sheet}!${at.cell}）的` : '表中的';
  }

  /** The same quantity stated twice this year with two values beyond rounding. */
  private checkStatedTwice(sentence: ReadSentence, stated: Stated, id: string): void {
    const first = this.statedOnce.get(id);
    if (!first) {
      this.statedOnce.set(id, { value: stated.value, decimals: stated.decimals, text: stated.figure.text });
      return;
    }
    const tolerance = unitOfLastPlace(Math.min(first.decimals, stated.decimals));
    if (first.value.minus(stated.value).abs().gt(tolerance)) {
      this.report(sentence, 'narrative.statedTwice', { label: stated.label, first: first.text, stated: stated.figure.text }, { actual: stated.figure.text, expected: first.text });
    }
  }

  /** Last year's figure of a binding, from 参数. */
  private lastYearOf(binding: Binding): Known | undefined {
    return binding.candidates.find((c) => c.lastYear)?.lastYear;
  }

  /** 比2026年预算 in a 2026 budget: a comparison with this very year. */
  private checkBaseYear(sentence: ReadSentence, words: string): void {
    const year = /((?:19|20)\d{2})年/u.exec(words)?.[1];
    if (!year || this.context.year === undefined || Number(year) < this.context.year) return;
    this.report(sentence, 'narrative.baseIsThisYear', { words: `比${words}`.replace(/^比(比|与|较)/u, '$1'), year: String(this.context.year), previous: String(this.context.year - 1) });
  }

  /** Records the base a figure is compared with; a second, different kind of base for the same figure is a warning. */
  private recordBase(sentence: ReadSentence, current: Stated | undefined, words: string): void {
    const kind = baseKind(words);
    if (!current || !kind) return;
    const key = current.figure.text.replace(/,/g, '');
    const first = this.comparedWith.get(key);
    if (!first) {
      this.comparedWith.set(key, words);
      return;
    }
    if (baseKind(first) !== kind) this.report(sentence, 'narrative.mixedBases', { stated: current.figure.text, first, second: words });
  }

  /**
   * The readings a change may be about, nearest first: each of this year's amounts of the sentence
   * (收入总计…，其中：本年收入…，上年结转…，比上年增加… is about 收入总计), with its base — the one the
   * sentence states (比2023年预算94.18万元), else last year's amount stated of the same subject
   * (2025年预算执行数为…), else last year's 参数.
   */
  private readings(currents: readonly Stated[], lastYears: readonly Stated[], stated: Base | undefined): Reading[] {
    const readings: Reading[] = [];
    for (const current of [...currents].reverse()) {
      const same = lastYears.filter((last) => sameSubject(last, current));
      const last = stated ?? same[same.length - 1] ?? (current.binding ? this.lastYearOf(current.binding) : undefined);
      readings.push(last ? { current, base: last } : { current });
      // The tables' own figure of the subject is a printed figure too (a heading of 208.8 beside a
      // misstated 201.50 in the same item: the rate was computed from 208.8).
      const table = current.binding?.candidates.find((c) => c.known?.from === 'table')?.known;
      if (table && last && !fits(current, table)) readings.push({ current: { ...current, value: table.value, decimals: table.decimals }, base: last });
    }
    return readings;
  }

  /**
   * A change (amount or rate): consistent under any reading is consistent; otherwise the problem of the
   * nearest reading that has a base is reported.
   */
  private checkChange(
    sentence: ReadSentence,
    change: Extract<Statement, { kind: 'change' }>,
    readings: readonly Reading[],
    changeAmount: { figure: Figure; direction: 1 | -1 } | undefined,
  ): 'checked' | 'unverifiable' {
    if (change.figure.unit === '%' && changeAmount && changeAmount.direction !== change.direction) {
      this.report(sentence, 'narrative.directionContradicts', { problem: `“${changeAmount.figure.text}”与“${change.figure.text}”的增减方向相反` });
      return 'checked';
    }
    const problems: Problem[] = [];
    for (const reading of readings) {
      const outcome = change.figure.unit === '%' ? rateProblem(change, reading, changeAmount) : amountChangeProblem(change, reading);
      if (outcome === 'ok') return 'checked';
      if (outcome !== 'unverifiable') problems.push(outcome);
    }
    const problem = problems[0];
    if (!problem) return 'unverifiable';
    this.report(sentence, problem.rule, problem.slots, problem.extra ?? {});
    return 'checked';
  }

  /** 与上年持平 where the figures differ under every reading. */
  private checkUnchanged(sentence: ReadSentence, words: string, readings: readonly Reading[]): void {
    const known = readings.filter((r): r is Required<Reading> => r.base !== undefined);
    if (known.length === 0 || known.some((r) => roundHalfUp(r.current.value, 2).equals(roundHalfUp(r.base.value, 2)))) return;
    const { current, base } = known[0]!;
    this.report(sentence, 'narrative.directionContradicts', { problem: `本年${wan(current.value, current.decimals)}、上年${wan(base.value, base.decimals)}，不应写“${words}”` });
  }

  /** A share: the part just before it over the base it names, or over the sentence's headline. */
  private checkShare(sentence: ReadSentence, share: Figure, baseWords: string, part: Stated | undefined, headline: Stated | undefined): boolean {
    if (!part) return false;
    const wholes: { value: Decimal; decimals: number; text: string }[] = [];
    const named = baseWords.replace(/的$/u, '');
    if (named !== '') {
      const read = this.readAmount(share, named, undefined);
      const candidates = read?.binding?.candidates ?? [];
      for (const candidate of candidates) {
        if (candidate.known) wholes.push({ value: roundHalfUp(candidate.known.value, 2), decimals: 2, text: wan(candidate.known.value) });
      }
    }
    if (wholes.length === 0 && headline && headline !== part) wholes.push({ value: headline.value, decimals: headline.decimals, text: headline.figure.text });
    const whole = wholes[0];
    if (!whole) return false;
    if (wholes.some((w) => rateFits(share, interval(part.value, part.decimals), interval(w.value, w.decimals)))) return true;
    const expected = whole.value.isZero() ? undefined : roundHalfUp(part.value.times(100).dividedBy(whole.value), 2);
    this.report(sentence, 'narrative.rateMismatch', { problem: `占比${share.text}与按${part.figure.text}÷${whole.text}计算的${expected ? `${expected.toFixed(2)}%` : '结果'}不符` }, {
      ...(expected ? { expected: `${expected.toFixed(2)}%` } : {}),
      actual: share.text,
    });
    return true;
  }

  /** 完成年初预算的P%: P against 决算 ÷ 预算 of the sentence; a 预算 of 0 makes it meaningless. */
  private checkCompletion(sentence: ReadSentence, rate: Figure, budget: Stated | undefined, final: Stated | undefined): boolean {
    if (!budget || !final) return false;
    if (budget.value.isZero()) {
      this.report(sentence, 'narrative.completionOverZero', { rate: rate.text });
      return true;
    }
    if (rateFits(rate, interval(final.value, final.decimals), interval(budget.value, budget.decimals))) return true;
    const expected = roundHalfUp(final.value.times(100).dividedBy(budget.value), 2);
    this.report(sentence, 'narrative.rateMismatch', { problem: `完成率${rate.text}与按${final.figure.text}÷${budget.figure.text}计算的${expected.toFixed(2)}%不符` }, {
      expected: `${expected.toFixed(2)}%`,
      actual: rate.text,
    });
    return true;
  }

  /** 主要包括：A、B、C after 人员经费 / 公用经费: items blank in the table, and rows with figures left out. */
  private checkList(sentence: ReadSentence, items: readonly string[], about: Stated | undefined): void {
    const split = about?.binding?.candidates.map((c) => c.facets.split).find((s) => s === 'personnel' || s === 'publicUse');
    if (!split) return;
    const table = this.context.tables.find((t) => t.kind === (this.context.final ? 'final.basicEconomic' : 'budget.basicEconomic'));
    if (!table) return;
    const column = this.context.final ? undefined : split;
    const rows = table.rows.filter((row) => row.role === 'item');
    const valueOf = (row: (typeof rows)[number]) => amountOf(column ? row.amounts[column] : (row.amounts.actual ?? row.amounts.total));
    const inBlock = this.context.final ? rows.filter((row) => (split === 'personnel' ? /^30[13]/u : /^3(0[2]|[1-9])/u).test(row.code ?? '')) : rows;
    const named = (item: string) => inBlock.find((row) => canonicalName(stripOrdinal(row.name)) === canonicalName(item));
    const absent = items.filter((item) => {
      const row = named(item);
      const value = row ? valueOf(row) : undefined;
      return row !== undefined && (value === undefined || value.isZero());
    });
    const listed = new Set(items.map((item) => canonicalName(item)));
    const omitted = inBlock.filter((row) => {
      const value = valueOf(row);
      return value !== undefined && !value.isZero() && !listed.has(canonicalName(stripOrdinal(row.name)));
    });
    const where = { table: this.tableLabel(table), column: split === 'personnel' ? '人员经费' : '公用经费' };
    if (absent.length > 0) this.report(sentence, 'narrative.listItemAbsent', { ...where, items: absent.join('、') });
    if (omitted.length > 0 && omitted.length <= 3) {
      this.report(sentence, 'narrative.listOmits', { ...where, items: omitted.map((row) => stripOrdinal(row.name).trim()).join('、') });
    }
  }

  private tableLabel(table: TypedTable): string {
    return `《${table.title}》`;
  }

  /** A count or an area (车辆 2辆, 办公用房 900平方米, 项目28个) against 参数. */
  private verifyCount(sentence: ReadSentence, statement: Extract<Statement, { kind: 'count' }>): Verified {
    const { figure } = statement;
    // 二级项目28个 names it before; 1个单位（包括机关）编报了… after; 其中2辆 by the sentence before.
    const candidate = [statement.label, statement.context, statement.after]
      .filter((words) => words !== '')
      .map((words) => this.context.lexicon.bind(this.bare(words)).candidates.find((c) => c.count))
      .find((found) => found !== undefined);
    if (!candidate) return { outcome: 'unbound' };
    const known = candidate.known;
    if (!known) return { outcome: 'unverifiable' };
    if (!figure.value.equals(known.value)) {
      this.report(sentence, 'narrative.amountMismatch', { label: statement.label || candidate.phrase, stated: figure.text, where: this.where(known), expected: `${known.value.toString()}${figure.unitWord}` }, {
        expected: known.value.toString(),
        actual: figure.value.toString(),
        compared: [...known.sources],
      });
    }
    return { outcome: 'checked', sources: candidate.printedAt };
  }

}

/** What checking a figure came to, and the cells it was checked against. */
interface Verified {
  readonly outcome: CheckedFigure['outcome'];
  readonly sources?: readonly CellRef[];
  /** Reported by a finding of its own (an ambiguous name): not listed again as 未识别. */
  readonly silent?: boolean;
}

/** What a paragraph is about so far: its subject, and the last 预算 and 决算 figures stated. */
interface Paragraph {
  readonly subject?: Binding;
  readonly lead?: Stated;
  readonly budget?: Stated;
  readonly final?: Stated;
}

/** A base of comparison: last year's figure, stated or from 参数 (with its cell). */
interface Base {
  readonly value: Decimal;
  readonly decimals: number;
  readonly sources?: readonly CellRef[];
}

/** One reading of a change: the figure it is about, and the base it is compared with. */
interface Reading {
  readonly current: Stated;
  readonly base?: Base;
}

/** A problem a reading of a change shows, ready to report. */
interface Problem {
  readonly rule: NarrativeRuleId;
  readonly slots: Record<string, string>;
  readonly extra?: Partial<Finding>;
}

/** Two statements about one subject: their bindings share a candidate (or the second inherits the first's). */
function sameSubject(a: Stated, b: Stated): boolean {
  if (!a.binding || !b.binding) return false;
  if (a.binding === b.binding) return true;
  return a.binding.candidates.some((c) => b.binding!.candidates.some((d) => d.id === c.id));
}

/**
 * The readings of a binding, those that agree with the sentence's headline first (its flow, fund and
 * scope): 上年结转 after 支出总计 is the expenditure side's, 基本支出 after 一般公共预算支出 the
 * 一般公共预算 part.
 */
function preferring(binding: Binding, headline: Binding): Binding {
  const lead = headline.candidates[0]?.facets;
  if (!lead || headline === binding) return binding;
  // Scope weighs most: in a paragraph led by 财政拨款收入总计 its 上年结转收入 is the fiscal one.
  const score = (candidate: Candidate) =>
    (candidate.facets.flow === lead.flow ? 1 : 0) + (candidate.facets.fund === lead.fund ? 1 : 0) + (candidate.facets.scope === lead.scope ? 2 : 0);
  const candidates = [...binding.candidates].sort((a, b) => score(b) - score(a));
  return { ...binding, candidates };
}

/** A change amount (增加553.02万元) under one reading. */
function amountChangeProblem(change: Extract<Statement, { kind: 'change' }>, reading: Reading): Problem | 'ok' | 'unverifiable' {
  const { current, base } = reading;
  if (!base) return 'unverifiable';
  const amount = inWan(change.figure);
  const difference = roundHalfUp(current.value, 2).minus(roundHalfUp(base.value, 2));
  if (change.fromZero) {
    return base.value.isZero() ? 'ok' : { rule: 'narrative.directionContradicts', slots: { problem: `上年为${wan(base.value)}，不是新增` } };
  }
  if (!difference.isZero() && difference.isPositive() !== (change.direction > 0)) {
    return {
      rule: 'narrative.directionContradicts',
      slots: { problem: `本年${wan(current.value, current.decimals)}、上年${wan(base.value, base.decimals)}，应为${difference.isPositive() ? '增加' : '减少'}，而不是“${change.figure.text}”前的${change.direction > 0 ? '增加' : '减少'}` },
    };
  }
  const tolerance = unitOfLastPlace(Math.min(current.decimals, base.decimals, amount.decimals));
  if (difference.abs().minus(amount.value).abs().lte(tolerance)) return 'ok';
  return {
    rule: 'narrative.changeMismatch',
    slots: { problem: `${wan(current.value, current.decimals)}与${wan(base.value, base.decimals)}相差${wan(difference.abs())}，而不是${change.figure.text}` },
    extra: { expected: formatAmount(difference.abs()), actual: formatAmount(amount.value, amount.decimals) },
  };
}

/** A change rate (增长13.97%) under one reading: against its base, else against the change amount before it. */
function rateProblem(rate: Extract<Statement, { kind: 'change' }>, reading: Reading, changeAmount: { figure: Figure; direction: 1 | -1 } | undefined): Problem | 'ok' | 'unverifiable' {
  const { current, base } = reading;
  const overZero: Problem = { rule: 'narrative.growthOverZeroBase', slots: { problem: `上年数为0，“${rate.figure.text}”没有意义，应写“新增”` } };
  if (base) {
    if (base.value.isZero()) return overZero;
    const now = interval(current.value, current.decimals);
    const then = interval(base.value, base.decimals);
    const change: Interval = { low: now.low.minus(then.high), high: now.high.minus(then.low) };
    const signed = rate.direction > 0 ? rate.figure : { ...rate.figure, value: rate.figure.value.negated() };
    const expected = roundHalfUp(current.value.minus(base.value).times(100).dividedBy(base.value), 2);
    if (rateFits(signed, change, then)) {
      // Rates are computed from the printed figures (domain guide, wording conventions): within one
      // unit of the last digit is rounding; further, yet possible from unrounded figures, a person checks.
      if (signed.value.minus(expected).abs().lte(unitOfLastPlace(rate.figure.decimals))) return 'ok';
      return {
        rule: 'narrative.rateFromUnrounded',
        slots: { problem: `按${wan(current.value, current.decimals)}与${wan(base.value, base.decimals)}计算应为${expected.abs().toFixed(2)}%，文中为${rate.figure.text}（只有按未舍入的金额计算才可能得到，请核实）` },
        extra: { expected: `${expected.abs().toFixed(2)}%`, actual: rate.figure.text },
      };
    }
    const opposite = { ...signed, value: signed.value.negated() };
    if (rateFits(opposite, change, then) || (!expected.isZero() && expected.isPositive() !== rate.direction > 0)) {
      return {
        rule: 'narrative.directionContradicts',
        slots: {
          problem: `按文中数字，本年${wan(current.value, current.decimals)}、比较的基数${wan(base.value, base.decimals)}，应为${expected.isPositive() ? '增长' : '下降'}${expected.abs().toFixed(2)}%，而不是“${rate.figure.text}”前的${rate.direction > 0 ? '增长' : '下降'}`,
        },
        extra: { expected: `${expected.toFixed(2)}%`, actual: rate.figure.text },
      };
    }
    return {
      rule: 'narrative.rateMismatch',
      slots: { problem: `按${wan(current.value, current.decimals)}与${wan(base.value, base.decimals)}计算应为${expected.abs().toFixed(2)}%，而不是${rate.figure.text}` },
      extra: { expected: `${expected.abs().toFixed(2)}%`, actual: rate.figure.text },
    };
  }
  if (!changeAmount) return 'unverifiable';
  const amount = inWan(changeAmount.figure);
  const delta = interval(amount.value, amount.decimals);
  const now = interval(current.value, current.decimals);
  const then: Interval = changeAmount.direction > 0 ? { low: now.low.minus(delta.high), high: now.high.minus(delta.low) } : { low: now.low.plus(delta.low), high: now.high.plus(delta.high) };
  if (then.high.lte(0)) return overZero;
  if (rateFits(rate.figure, delta, then)) return 'ok';
  const mid = then.low.plus(then.high).dividedBy(2);
  const expected = roundHalfUp(amount.value.times(100).dividedBy(mid), 2);
  return {
    rule: 'narrative.rateMismatch',
    slots: { problem: `“${rate.figure.text}”与按文中数字计算的${expected.toFixed(2)}%不符` },
    extra: { expected: `${expected.toFixed(2)}%`, actual: rate.figure.text },
  };
}

/** Bigram Dice similarity of two names, 0…1 — to tell a misspelt subject name from an unrelated phrase. */
function similarity(a: string, b: string): number {
  const grams = (text: string) => Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2));
  const x = grams(a);
  const pool = grams(b);
  if (x.length === 0 || pool.length === 0) return 0;
  const total = x.length + pool.length;
  let common = 0;
  for (const gram of x) {
    const at = pool.indexOf(gram);
    if (at >= 0) {
      common++;
      pool.splice(at, 1);
    }
  }
  return (2 * common) / total;
}

/** Fund, scope and timing words of a label, and whether a reading's facets agree with each it names. */
const NAMED: readonly (readonly [RegExp, (facets: Candidate['facets']) => boolean])[] = [
  [/一般公共预算/u, (f) => f.fund === 'generalPublic'],
  [/政府性基金/u, (f) => f.fund === 'govFund'],
  [/国有资本经营/u, (f) => f.fund === 'stateCapital'],
  [/财政拨款/u, (f) => f.scope === 'fiscal' || f.fund === 'fiscal' || f.fund === 'generalPublic'],
  [/当年|本年/u, (f) => f.timing === 'current' || f.timing === undefined],
  [/上年结转/u, (f) => f.timing === 'carryover'],
];

function namedAgrees(label: string, facets: Candidate['facets']): boolean {
  if (!/一般公共预算|政府性基金|国有资本经营|财政拨款|财政专户|单位资金/u.test(label) && facets.fund !== undefined && facets.fund !== 'generalPublic') return false;
  return NAMED.every(([word, agrees]) => !word.test(label) || agrees(facets));
}

/**
 * The most of a text that is checked: 200,000 characters, some 300 pages — far beyond any 情况说明
 * (the seed's is 4 pages), and checked in a few seconds. What lies beyond is not a 情况说明 but a
 * wrong sheet or file, and is said to be unchecked rather than left to freeze the task pane.
 */
export const TEXT_LIMIT = 200_000;

/** The text up to TEXT_LIMIT, ended at a line break when one is near. */
function withinLimit(text: string): string {
  if (text.length <= TEXT_LIMIT) return text;
  const lineEnd = text.lastIndexOf('\n', TEXT_LIMIT);
  return text.slice(0, lineEnd > TEXT_LIMIT / 2 ? lineEnd + 1 : TEXT_LIMIT);
}

/** A count with thousands separators (1,048,576). */
function formatCount(count: number): string {
  return formatAmount(new Decimal(count), 0);
}

/**
 * 校验情况说明 — findings (`narrative.*`) for what a 情况说明 states, and what became of each figure.
 * Each finding quotes the sentence; amounts name the cell they were compared with.
 * @example checkText('…人员经费1,837.48万元…', context).findings[0].rule // "narrative.amountMismatch"
 */
export function checkText(text: string, context: NarrativeContext, options: CheckTextOptions = {}): NarrativeCheck {
  return new TextChecker(context, options).check(text);
}

export type { CellRef };
