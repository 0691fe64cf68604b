/**
 * 陈述 — what each sentence of a 情况说明 states, read as a reviewer reads it: every figure with its
 * unit and the words before it (the label it is stated under), and what kind of statement it makes —
 * an amount, a change (增加/减少 and its rate, against the base the sentence names: 比上年, 比2025年预算
 * 执行数), a share (占…%, of the base it names), a completion rate (完成年初预算的…%), a count (28个,
 * 2辆); besides, the lists (主要包括：A、B、C), the reasons (主要原因是…), 持平 and the leftovers of a
 * template (【…】, XX, 增加（减少）, a figure without its %).
 * Source: issue 12 item 2; domain guide, "The explanation (情况说明)", wording conventions.
 */
import { Decimal } from '../../amount';
import { sentencesOf, type TextSentence } from './text';

/** 单位 — what a figure counts in. */
export type FigureUnit = '万元' | '元' | '亿元' | '%' | 'count' | 'area';

/** A figure as printed: its value, the decimals it shows, its unit and where it sits in the sentence. */
export interface Figure {
  readonly value: Decimal;
  readonly decimals: number;
  readonly unit: FigureUnit;
  /** The figure with its unit as written ("4,510.52万元", "13.97%", "2辆"). */
  readonly text: string;
  /** The unit word as written (个, 辆, 平方米 …) for counts and areas. */
  readonly unitWord: string;
  readonly start: number;
  readonly end: number;
}

/** 增减方向 — 增加/增长 (+1), 减少/下降 (−1). */
export type Direction = 1 | -1;

/** A statement: a figure and what the sentence says with it. */
export type Statement =
  /** An amount stated under a label (收入总计4,510.52万元). */
  | ({ readonly kind: 'amount'; readonly figure: Figure; readonly label: string } & Surroundings)
  /** The base of a comparison stated with its figure (比2023年预算94.18万元 …). */
  | { readonly kind: 'base'; readonly figure: Figure; readonly label: string }
  /** A change amount (增加553.02万元) or rate (增长13.97%), with the base the words name, if any. */
  | { readonly kind: 'change'; readonly figure: Figure; readonly direction: Direction; readonly fromZero: boolean; readonly base: string }
  /** A share: 占…Y%, of the base named between 占 and the figure ('' when none is named). */
  | { readonly kind: 'share'; readonly figure: Figure; readonly base: string }
  /** A completion rate: 完成年初预算的Y%. */
  | { readonly kind: 'completion'; readonly figure: Figure; readonly base: string }
  /** A count or an area: 28个, 2辆, 900平方米. */
  | ({ readonly kind: 'count'; readonly figure: Figure; readonly label: string } & Surroundings)
  /** 与上年持平 / 无增减 / 与上年预算数相同, against the base named. */
  | { readonly kind: 'unchanged'; readonly words: string; readonly base: string; readonly at: number }
  /** 主要包括：A、B、C — the items listed after the figure they detail. */
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly at: number }
  /** 主要原因是… — the reason given; empty when the sentence stops right after it. */
  | { readonly kind: 'reason'; readonly text: string; readonly at: number }
  /** A leftover of a template (【待填写】, XX, 增加（减少）). */
  | { readonly kind: 'placeholder'; readonly text: string; readonly at: number }
  /** A rate written without its % (占89.84). */
  | { readonly kind: 'percentWithoutSign'; readonly text: string; readonly at: number }
  /** An amount printed with no unit (收入总计4510.52，): it cannot be read as 元 or 万元. */
  | { readonly kind: 'unitMissing'; readonly text: string; readonly at: number }
  /** 决算数大于/小于/等于（年初）预算数: −1, 0 or 1 as the words say. */
  | { readonly kind: 'versus'; readonly words: string; readonly sign: -1 | 0 | 1; readonly at: number };

/** The words around an amount or count, for a label that names nothing on its own. */
export interface Surroundings {
  /** The sentence up to the figure, earlier figures left out (…二级项目，共计金额 for 共计金额). */
  readonly context: string;
  /** The words after a count, to the clause's end (1个 → 单位（包括机关）编报了…). */
  readonly after: string;
  /** Stated inside a reason (主要原因是…新增项目资金426.4万元): the author's own figure. */
  readonly inReason: boolean;
}

/** A sentence and its statements, in reading order. */
export interface ReadSentence extends TextSentence {
  readonly statements: readonly Statement[];
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
/** A figure and its unit. 万 alone is 万元 (1720.00万，其中…). */
const FIGURE = new RegExp(
  NUMBER + String.raw`\s*(亿元|万元|元|万(?![人余多户个])|%|个百分点|个|辆|台[(（]套[)）]|台套|台|套|平方米|人|家|户)`,
  'gu',
);
const COUNT_UNITS = new Set(['个', '辆', '台(套)', '台（套）', '台套', '台', '套', '人', '家', '户']);

function figureOf(match: RegExpMatchArray): Figure {
  const digits = match[1]!.replace(/,/g, '');
  const word = match[2]!;
  const unit: FigureUnit = word === '%' ? '%' : word === '亿元' ? '亿元' : word === '元' ? '元' : word.startsWith('万') ? '万元' : word === '平方米' ? 'area' : 'count';
  return {
    value: new Decimal(digits),
    decimals: (/\.(\d+)$/u.exec(digits)?.[1] ?? '').length,
    unit,
    unitWord: COUNT_UNITS.has(word) || word === '平方米' ? word : '',
    text: match[0],
    start: match.index!,
    end: match.index! + match[0].length,
  };
}

/** Words joining a label to what came before it: 其中：, 主要包括, 用于, 、, 和. */
const LEADING = /^[\s，,、；;：:。（(）)]*(?:其中[：:]?|包括[：:]?|主要包括[：:]?|主要用于(?:以下方面)?[：:]?|用于[：:]?|分别(?:是|为)?|以及|及|和|与|另外|此外)*[\s：:]*/u;
/** Words between a label and its figure: 为, 是, 达, 共计 …. */
const TRAILING = /(?:为|是|达到?|共计|约|了)+$/u;
/** An ordinal opening an item: 1、 （一） ① 一、. */
const ORDINAL = /^(?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]+、)/u;

/** The label a figure is stated under: the words since the last figure or clause boundary, tidied. */
function cleanLabel(raw: string): string {
  return raw.replace(ORDINAL, '').replace(LEADING, '').replace(/[“”"]/gu, '').trim().replace(TRAILING, '').trim();
}

/** 比上年 / 比2025年预算执行数 / 较上年 / 同比 / 与2023年度相比: the base a comparison names. */
const COMPARED = /(?:比|较|同比|与)(.{0,24}?)(?:相比|比较)?[，,]?\s*$/u;
const DIRECTION_WORD = /(增加|增长|新增|减少|下降|降低|减)(?:了)?$/u;
const DIRECTION_START = /^(?:比|较|同比|与)/u;

/** The direction a word says. */
function directionOf(word: string): Direction {
  return /减少|下降|降低|减/u.test(word) ? -1 : 1;
}

const PLACEHOLDERS: readonly RegExp[] = [
  /(增长|下降|增加|减少)[（(](增长|下降|增加|减少)[)）]/gu,
  /[XＸ×x]{2,}/gu,
  /【[^】]*】/gu,
];
const UNCHANGED = /(?:与|比|较)([^，,；;。]{0,24}?)(?:基本)?(?:持平|相同|一致)|无增减/gu;
const REASON = /主要原因(?:是|为)?[：:]?|(?<!主要)原因(?:是|为|在于)[：:]?/gu;
const VERSUS = /决算数?(大于|高于|超过|多于|小于|低于|少于|等于|与(?:年初)?(?:全年)?预算数?(?:基本)?持平)(?:年初|全年)?(?:预算数?)?/gu;
const LIST = /(?:主要)?包括[：:]/gu;
/** A figure of money (2 decimals or thousands separators) after words of money, with no unit before the clause ends. */
const UNIT_MISSING = new RegExp(
  String.raw`(?:总计|合计|收入|支出|经费|拨款|预算|决算|资金|金额|费)(?:为|是|共计|达)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2})(?=\s*(?:[，；;。、)）]|,(?!\d)|$))`,
  'gu',
);
const PERCENT_WITHOUT_SIGN = new RegExp(String.raw`(增长|下降|增幅为?|降幅为?|占[^，,；;。\d]{0,12}?|比重为?)` + NUMBER + String.raw`(?![\d.%]|\s*(?:个百分点|万|元|倍|个|辆|人|台|套|年|月|日))`, 'gu');

type Bare<T> = T extends Surroundings ? Omit<T, keyof Surroundings> : T;
/** A statement as a clause alone tells it: amounts and counts without their surroundings. */
type ClauseStatement = Bare<Statement>;

/** The words before a figure without the punctuation that opens its clause. */
function opening(before: string): string {
  return before.replace(/^[\s，,、；;：:。]*/u, '');
}

/** Reads the figure statements of one clause. */
function figureStatements(clause: string, offset: number, out: ClauseStatement[]): void {
  let previous = 0;
  for (const match of clause.matchAll(FIGURE)) {
    const figure = figureOf(match);
    const shifted: Figure = { ...figure, start: figure.start + offset, end: figure.end + offset };
    // 单位价值50万元以上: a threshold, part of the label of the figure after it.
    if (/^\s*(?:[(（]原值[)）])?以[上下]/u.test(clause.slice(figure.end))) continue;
    const before = clause.slice(previous, figure.start);
    previous = figure.end;
    // A year (2024年), a code in brackets (（204类）) or an ordinal (1、) is no figure.
    if (figure.unit === 'count' && /年$/u.test(before)) continue;
    const label = cleanLabel(before);
    if (figure.unit === '%') {
      const share = /占(.*?)的?$/u.exec(before);
      if (share) {
        out.push({ kind: 'share', figure: shifted, base: cleanLabel(share[1] ?? '') });
        continue;
      }
      const completion = /完成(.*?)的?$/u.exec(before);
      if (completion) {
        out.push({ kind: 'completion', figure: shifted, base: cleanLabel(completion[1] ?? '') });
        continue;
      }
      const direction = DIRECTION_WORD.exec(label) ?? /^(增幅|降幅)为?$/u.exec(label);
      if (direction) {
        const word = direction[1]!;
        out.push({ kind: 'change', figure: shifted, direction: word === '降幅' ? -1 : directionOf(word), fromZero: false, base: COMPARED.exec(label.replace(DIRECTION_WORD, ''))?.[1] ?? '' });
        continue;
      }
      out.push({ kind: 'amount', figure: shifted, label });
      continue;
    }
    if (figure.unit === 'count' || figure.unit === 'area') {
      out.push({ kind: 'count', figure: shifted, label });
      continue;
    }
    const direction = DIRECTION_WORD.exec(label);
    // 与上年相比预算数减少: the label lost its leading 与 (a conjunction elsewhere); the clause did not.
    const compared = DIRECTION_START.test(label) ? label : DIRECTION_START.test(opening(before)) ? opening(before) : undefined;
    if (direction && (label === direction[0] || compared !== undefined)) {
      const word = direction[1]!;
      out.push({ kind: 'change', figure: shifted, direction: directionOf(word), fromZero: word === '新增', base: COMPARED.exec((compared ?? label).replace(DIRECTION_WORD, ''))?.[1] ?? '' });
      continue;
    }
    if (DIRECTION_START.test(label) && COMPARED.test(label)) {
      out.push({ kind: 'base', figure: shifted, label: COMPARED.exec(label)![1]!.trim() });
      continue;
    }
    out.push({ kind: 'amount', figure: shifted, label });
  }
}

/** An amount or count with the words around it in its sentence. */
function surrounded(statement: ClauseStatement, text: string, figures: readonly Figure[], reasonAt: readonly number[]): Statement {
  if (statement.kind !== 'amount' && statement.kind !== 'count') return statement;
  const { figure } = statement;
  let context = '';
  let from = 0;
  for (const earlier of figures) {
    if (earlier.start >= figure.start) break;
    context += text.slice(from, earlier.start);
    from = earlier.end;
  }
  context += text.slice(from, figure.start);
  // The words since the last ；: what came before it is another part of the sentence.
  context = context.slice(context.search(/[^；;]*$/u));
  const after = statement.kind === 'count' ? (/^[^，,；;。：:]*/u.exec(text.slice(figure.end))?.[0] ?? '') : '';
  const inReason = reasonAt.some((at) => at < figure.start && !/[；;]/u.test(text.slice(at, figure.start)));
  return { ...statement, context: cleanLabel(context), after: after.trim(), inReason };
}

/** Reads one sentence. */
function readSentence(sentence: TextSentence): Statement[] {
  const out: ClauseStatement[] = [];
  const text = sentence.text;
  for (const pattern of PLACEHOLDERS) for (const match of text.matchAll(pattern)) out.push({ kind: 'placeholder', text: match[0], at: match.index });
  for (const match of text.matchAll(PERCENT_WITHOUT_SIGN)) out.push({ kind: 'percentWithoutSign', text: match[0], at: match.index });
  for (const match of text.matchAll(UNIT_MISSING)) out.push({ kind: 'unitMissing', text: match[1]!, at: match.index + match[0].length - match[1]!.length });
  for (const clause of sentence.clauses) figureStatements(clause.text, clause.start, out);
  for (const match of text.matchAll(UNCHANGED)) out.push({ kind: 'unchanged', words: match[0], base: (match[1] ?? '').trim(), at: match.index });
  for (const match of text.matchAll(VERSUS)) {
    const word = match[1]!;
    const sign = /大于|高于|超过|多于/u.test(word) ? 1 : /小于|低于|少于/u.test(word) ? -1 : 0;
    out.push({ kind: 'versus', words: match[0], sign, at: match.index });
  }
  for (const match of text.matchAll(REASON)) {
    const rest = text.slice(match.index + match[0].length);
    out.push({ kind: 'reason', text: rest.replace(/[。；;，,\s]+$/u, ''), at: match.index });
  }
  for (const match of text.matchAll(LIST)) {
    const rest = text.slice(match.index + match[0].length).split(/[；;。]/u)[0] ?? '';
    const items = rest
      .replace(/等(?:支出|方面)?$/u, '')
      .split(/[、，,]/u)
      .map((item) => item.replace(/等$/u, '').trim())
      .filter((item) => item !== '' && !/\d/u.test(item));
    if (items.length > 1) out.push({ kind: 'list', items, at: match.index });
  }
  const position = (statement: ClauseStatement): number => ('figure' in statement ? statement.figure.start : statement.at);
  const figures = out.flatMap((statement) => ('figure' in statement ? [statement.figure] : [])).sort((a, b) => a.start - b.start);
  const reasonAt = [...text.matchAll(REASON)].map((match) => match.index);
  return out.sort((a, b) => position(a) - position(b)).map((statement) => surrounded(statement, text, figures, reasonAt));
}

/**
 * 读 — the statements of a 情况说明, sentence by sentence.
 * @example readStatements('收入总计4,510.52万元，比上年增加553.02万元，增长13.97%。')[0].statements.map((s) => s.kind)
 *   // ['amount', 'change', 'change']
 */
export function readStatements(text: string): ReadSentence[] {
  return sentencesOf(text).map((sentence) => ({ ...sentence, statements: readSentence(sentence) }));
}
