/**
 * 指称 — what a phrase of a 情况说明 refers to, by facets, not by wording alone. The lexicon holds every
 * phrase and alias of the vocabulary (the declared quantities, the workbook's own subjects by name and
 * code, the 参数 fields), and a label binds to the entries whose phrase ends it, longest first. A facet
 * the label names that an entry lacks (国有资本经营 against a generic 支出预算) blocks the match, so a
 * named fund can never mean the total. A subject heading (公共安全支出（204类）司法（06款）行政运行（01项）,
 * or the names alone with （类）（款）（项）) binds through its codes, or its names under each other.
 * Source: issue 12 items 1 and 3.
 */
import { Decimal } from '../amount';
import type { CellRef } from '../grid';
import type { TypedTable } from '../model';
import { PARAM_FIELDS, paramField } from '../params/schema';
import type { ParamValues } from '../params/sheet';
import { decimalParam } from '../params/sheet';
import { codedRows, stripOrdinal } from '../rules/tables';
import { cellRef } from '../rules/tables';
import { canonicalName } from '../subjects';
import { kindInfo } from '../kinds';
import { FUND_NAMES, printedFigure, type Facets, type PrintedQuantity, type Quantity } from '../vocabulary';

/** A figure a bound phrase can be checked against: from the tables, or from 参数. */
export interface Known {
  /** In 万元 for amounts; as typed for counts and areas. */
  readonly value: Decimal;
  /** Decimals of the source's last digit, in 万元 (a 元 table's whole 元 are 4). */
  readonly decimals: number;
  readonly sources: readonly CellRef[];
  readonly from: 'table' | 'param';
}

/** One thing a phrase may mean. */
export interface Candidate {
  readonly id: string;
  readonly phrase: string;
  readonly facets: Facets;
  /** This year's figure, where the workbook has it. */
  readonly known?: Known;
  /** Last year's figure, where 参数 has it. */
  readonly lastYear?: Known;
  /** The 参数 field of last year's figure (asked for when absent). */
  readonly lastYearParam?: string;
  /** A count or an area (参数), not an amount. */
  readonly count?: boolean;
  /** The accounts it belongs to: printed only in 预算 tables, only in 决算 tables, or in neither (参数 alone). */
  readonly accounts: 'budget' | 'final' | 'any';
  /** Every cell the quantity is printed in (each printing), or its 参数 cells. */
  readonly printedAt: readonly CellRef[];
}

/** What binding found: the equally good candidates (empty when the phrase names nothing known). */
export interface Binding {
  readonly candidates: readonly Candidate[];
  /** The words of the label that matched. */
  readonly matched: string;
}

/** What the lexicon is built from. */
export interface LexiconInput {
  readonly quantities: readonly PrintedQuantity[];
  readonly params: ParamValues;
  readonly paramSources: Readonly<Record<string, CellRef>>;
  readonly tables: readonly TypedTable[];
}

/** How a phrase is compared: full/half width, 其它/其他, quotes and spaces folded; subject markers dropped. */
export function foldPhrase(text: string): string {
  return canonicalName(text)
    .replace(/[“”"'‘’《》,，:：]/gu, '')
    .replace(/\((?:\d{2,3})?(?:类|款|项)\)/gu, '');
}

/** Words after a phrase that say how it is stated: 预算数, 预算安排, 总额 … */
const TRAILERS = /(?:预算数|预算安排|预算总额|财政拨款预算|预算|安排|总额|金额|资金|数)$/u;

/** Facet words a label may name, and the facet each stands for. */
const FACET_WORDS: readonly (readonly [RegExp, (facets: Facets) => boolean])[] = [
  [/一般公共预算/u, (f) => f.fund === 'generalPublic'],
  [/政府性基金/u, (f) => f.fund === 'govFund'],
  [/国有资本经营/u, (f) => f.fund === 'stateCapital'],
  [/财政专户/u, (f) => f.fund === 'specialAccount'],
  [/单位资金/u, (f) => f.fund === 'unitFunds'],
  [/事业收入/u, (f) => f.fund === 'businessIncome'],
  [/经营收入/u, (f) => f.fund === 'operatingIncome'],
  [/基本支出/u, (f) => f.split === 'basic'],
  [/项目支出/u, (f) => f.split === 'project'],
  [/人员经费/u, (f) => f.split === 'personnel'],
  [/公用经费/u, (f) => f.split === 'publicUse'],
  [/三公/u, (f) => f.item !== undefined],
  [/机关运行经费/u, (f) => f.item === 'operating'],
];

/** Whether every facet word of `label` agrees with the candidate's facets. */
function agrees(label: string, facets: Facets): boolean {
  return FACET_WORDS.every(([word, has]) => !word.test(label) || has(facets) || facets.subject !== undefined);
}

/** Every cell a printed quantity is printed in, printing by printing. */
function printedCells(printed: PrintedQuantity): CellRef[] {
  return printed.printings.flatMap((printing) => (printing.row === undefined ? [] : printing.cells.flatMap((cell) => (cell ? [cellRef(printing.table, cell)] : []))));
}

/** The figure a printed quantity has in the tables. */
function knownOf(printed: PrintedQuantity): Known | undefined {
  const figure = printedFigure(printed);
  return figure ? { ...figure, from: 'table' } : undefined;
}

function paramKnown(input: LexiconInput, id: string | undefined): Known | undefined {
  if (!id) return undefined;
  const value = decimalParam(input.params, id);
  if (value === undefined) return undefined;
  const at = input.paramSources[id];
  return { value, decimals: Math.max(value.decimalPlaces(), 2), sources: at ? [at] : [], from: 'param' };
}

/**
 * The accounts a quantity belongs to: 决算 tables, 预算 tables, or any where 参数 can give it too
 * (政府采购 is printed in a 预算 table of some provinces and given in 参数 elsewhere, 决算 included).
 */
function accountsOf(quantity: Quantity): Candidate['accounts'] {
  if (quantity.printed.length === 0 || quantity.param || quantity.paramSum) return 'any';
  return quantity.printed.every((printing) => printing.kinds.every((kind) => kindInfo(kind).final)) ? 'final' : 'budget';
}

/** The sum of 参数 fields, when every one of them is given. */
function paramSumKnown(input: LexiconInput, ids: readonly string[] | undefined): Known | undefined {
  if (!ids) return undefined;
  const parts = ids.map((id) => paramKnown(input, id));
  if (parts.some((part) => part === undefined)) return undefined;
  const given = parts as Known[];
  return { value: Decimal.sum(...given.map((k) => k.value)), decimals: Math.max(...given.map((k) => k.decimals)), sources: given.flatMap((k) => k.sources), from: 'param' };
}

/** Extra wordings of 参数 fields as texts (and the generator) write them. */
const PARAM_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'vehicles.quota': ['公务用车编制', '编制'],
  'performance.units': ['机关及下属预算单位'],
  'performance.unitsReporting': ['单位(包括机关)', '编报了单位整体绩效目标的单位', '单位(包括机关)编报了单位整体绩效目标'],
  'performance.unitsAmount': ['编报了单位整体绩效目标涉及资金', '单位整体绩效目标涉及资金'],
  'performance.operatingProjects': ['其他运转类项目'],
  'performance.specificProjects': ['特定目标类项目'],
  'performance.operatingAmount': ['其他运转类项目涉及金额', '其他运转类项目涉及项目金额'],
  'performance.specificAmount': ['特定目标类项目涉及金额', '特定目标类项目涉及项目金额'],
  'performance.publishedProjects': ['公开项目绩效目标'],
  'performance.publishedAmount': ['公开项目绩效目标涉及项目金额'],
  ...Object.fromEntries(PARAM_FIELDS.filter((field) => /^purchasedService\d+\.amount$/u.test(field.id)).map((field) => [field.id, ['购买金额', '政府购买服务金额']])),
  'assets.floorArea': ['办公用房建筑总面积', '使用的办公用房建筑总面积'],
  'assets.equipmentOver50': ['通用设备', '占有使用价值50万元(原值)以上的通用设备', '单位价值50万元以上通用设备'],
  'assets.equipmentOver100': ['占有使用价值100万元(原值)以上的通用设备', '单位价值100万元以上专用设备', '单价100万元以上专用设备'],
};

/** 词典 — every phrase of the workbook's vocabulary, folded, with what it means. */
export class Lexicon {
  private readonly byPhrase = new Map<string, Candidate[]>();
  private readonly ids = new Map<string, Candidate>();
  private readonly byCode = new Map<string, Candidate[]>();
  /** Subject names by code, as the tables print them (for headings named without codes), and canonical. */
  private readonly codeNames = new Map<string, { printed: string; canonical: string }>();

  constructor(private readonly input: LexiconInput) {
    for (const printed of input.quantities) {
      const { quantity } = printed;
      const known = knownOf(printed) ?? paramKnown(input, quantity.param) ?? paramSumKnown(input, quantity.paramSum);
      const lastYear = paramKnown(input, quantity.lastYear);
      const candidate: Candidate = {
        id: quantity.id,
        phrase: quantity.phrase,
        facets: quantity.facets,
        accounts: accountsOf(quantity),
        printedAt: known?.from === 'table' ? printedCells(printed) : (known?.sources ?? []),
        ...(known ? { known } : {}),
        ...(lastYear ? { lastYear } : {}),
        ...(quantity.lastYear ? { lastYearParam: quantity.lastYear } : {}),
        ...(quantity.count ? { count: true } : {}),
      };
      for (const phrase of [quantity.phrase, ...quantity.aliases]) this.add(phrase, candidate);
    }
    for (const field of PARAM_FIELDS) {
      if (field.type !== 'amount' && field.type !== 'count' && field.type !== 'area') continue;
      if (input.quantities.some((q) => q.quantity.param === field.id)) continue;
      const known = paramKnown(input, field.id);
      const candidate: Candidate = {
        id: `param:${field.id}`,
        phrase: field.label,
        facets: {},
        accounts: 'any',
        printedAt: known?.sources ?? [],
        ...(known ? { known } : {}),
        ...(field.type === 'amount' ? {} : { count: true }),
      };
      for (const phrase of [field.label, field.label.replace(/(数|金额)$/u, ''), ...(field.aliases ?? []), ...(PARAM_ALIASES[field.id] ?? [])]) {
        this.add(phrase, candidate);
      }
    }
    for (const table of input.tables) {
      for (const row of codedRows(table)) {
        if (!row.code || this.codeNames.has(row.code)) continue;
        const printed = stripOrdinal(row.name).trim();
        this.codeNames.set(row.code, { printed, canonical: canonicalName(printed) });
      }
    }
  }

  private add(phrase: string, candidate: Candidate): void {
    const key = foldPhrase(phrase);
    if (key === '') return;
    const list = this.byPhrase.get(key) ?? [];
    if (!list.some((c) => c.id === candidate.id)) list.push(candidate);
    this.byPhrase.set(key, list);
    if (this.ids.has(candidate.id)) return;
    this.ids.set(candidate.id, candidate);
    const code = candidate.facets.subject?.code;
    if (code !== undefined) this.byCode.set(code, [...(this.byCode.get(code) ?? []), candidate]);
  }

  /** The name the tables print for a subject code. */
  nameOf(code: string): string | undefined {
    return this.codeNames.get(code)?.printed;
  }

  /** The candidates of a quantity id. */
  byId(id: string): Candidate | undefined {
    return this.ids.get(id);
  }

  /**
   * The candidates of a label: the entries whose phrase ends the label, the longest first; entries
   * whose facets disagree with the label's facet words are passed over.
   * @example lexicon.bind('2024年度阳城县应急管理局预算收入总计').candidates[0]?.id // 'income.grand'
   */
  bind(label: string): Binding {
    let folded = foldPhrase(label);
    let best: Binding = { candidates: [], matched: '' };
    // “三公”经费预算数, 公务接待费支出预算: the words after the phrase say how it is stated, not what it
    // is — the label is tried without them too, and the longest phrase found wins (公务接待费支出 over 支出预算).
    for (let tries = 0; tries < 3 && folded !== ''; tries++) {
      for (let start = 0; start < folded.length - best.matched.length; start++) {
        const suffix = folded.slice(start);
        const found = this.byPhrase.get(suffix);
        if (!found) continue;
        const agreeing = found.filter((candidate) => agrees(folded, candidate.facets));
        if (agreeing.length > 0) {
          best = { candidates: agreeing, matched: suffix };
          break;
        }
      }
      const trimmed = folded.replace(TRAILERS, '');
      if (trimmed === folded) break;
      folded = trimmed;
    }
    return best;
  }

  /**
   * A subject heading's code: 公共安全支出（204类）司法（06款）行政运行（01项）, or names with （类）（款）（项)
   * resolved under each other through the tables' own coded rows. Undefined when it is not a heading.
   */
  headingCode(label: string): { code: string; names: readonly { code: string; name: string }[] } | undefined {
    const text = canonicalName(label).replace(/[“”"]/gu, '');
    if (!/\((?:\d{2,3})?[类款项]\)/u.test(text)) return undefined;
    // A subject's name is short; bounded, the match stays linear on a long line with no heading.
    const parts = [...text.matchAll(/([^()]{0,60}?)\((\d{2,3})?(类|款|项)\)/gu)];
    if (parts.length === 0) return undefined;
    let code = '';
    const names: { code: string; name: string }[] = [];
    for (const [, rawName, digits, level] of parts) {
      const expected = level === '类' ? 3 : level === '款' ? 5 : 7;
      // 2010101行政运行（项）: the whole code printed before the name.
      const prefixed = new RegExp(String.raw`^(\d{${expected}})\s*(.*)$`, 'u').exec((rawName ?? '').trim());
      const name = (prefixed?.[2] ?? rawName ?? '').trim();
      if (prefixed && prefixed[1]!.startsWith(code)) code = prefixed[1]!;
      else if (digits) code = level === '类' ? digits.padStart(3, '0') : code + digits.padStart(2, '0');
      else code = this.childNamed(code, name, expected) ?? '';
      if (code.length !== expected) return undefined;
      names.push({ code, name });
    }
    return { code, names };
  }

  /** The code of the subject named `name` directly under `parent` (or a 类 when parent is ''). */
  private childNamed(parent: string, name: string, length: number): string | undefined {
    const wanted = canonicalName(name);
    for (const [code, printed] of this.codeNames) {
      if (code.length === length && code.startsWith(parent) && printed.canonical === wanted) return code;
    }
    return undefined;
  }

  /** The subject quantities of a code: every quantity whose subject facet is that code. */
  subjectCandidates(code: string): readonly Candidate[] {
    return this.byCode.get(code) ?? [];
  }

  /** Every subject candidate with a name it is printed under. */
  subjectsByName(): { name: string; candidate: Candidate }[] {
    const out: { name: string; candidate: Candidate }[] = [];
    for (const list of this.byPhrase.values()) for (const c of list) if (c.facets.subject) out.push({ name: c.phrase, candidate: c });
    return out;
  }

  /** Every candidate that is no subject: the declared quantities and the 参数 fields. */
  declared(): Candidate[] {
    return [...this.ids.values()].filter((candidate) => !candidate.facets.subject);
  }

  /** The label of a 参数 field, for messages. */
  static paramLabel(id: string): string {
    return paramField(id).label;
  }

  /** The funds' names, for messages. */
  static readonly FUNDS = FUND_NAMES;
}
