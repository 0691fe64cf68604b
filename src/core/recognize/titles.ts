/**
 * 表标题 — which disclosure table a title names, whatever its prefix, year or wording.
 *
 * Titles vary by province and year (部门/单位 prefixes, with or without 2024年, 总表/汇总表/预算表,
 * “三公” in curly or straight quotes, （不含上年结转） suffixes), so a title is classified by its
 * keywords, most specific first, never by an exact string.
 * Source: domain guide, "The budget table family of the seed" and "Other families and layouts".
 */
import { toHalfWidth } from '../amount';
import type { TableKind } from '../model';

/** Folds a printed title: half-width brackets, no spaces or quotes. */
export function foldTitle(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/[“”"'‘’「」『』]/g, '');
}

/** "预算公开表1", "表十三", "公开01表", "附表2" — a table-number label beside a title, not a title itself. */
const TABLE_NUMBER_LABEL = /^[\u4e00-\u9fa5]{0,4}?(表[0-9一二三四五六七八九十]+|[0-9]+表)$/;

/** A leading "表1 " / "表一、" / "预算公开表3：" before the title proper. */
const TABLE_NUMBER_PREFIX = /^(预算公开|决算公开|公开)?表[0-9一二三四五六七八九十]+[、.:\-_]*/;

/** True for a table-number label line such as "预算公开表1". */
export function isTableNumberLabel(text: string): boolean {
  return TABLE_NUMBER_LABEL.test(foldTitle(text));
}

/**
 * Whether a cell's text has the shape of a table title: short, and ending in 表 (optionally
 * followed by a bracketed qualifier such as （本年预算） or （不含上年结转）).
 * @example looksLikeTitle('2024年预算收支总表') // true
 */
export function looksLikeTitle(text: string): boolean {
  const folded = foldTitle(text);
  if (folded.length < 4 || folded.length > 60) return false;
  // A trailing qualifier may carry the unit: 预算收支总表（单位：万元）.
  const body = folded.replace(/(\([^()]*\))+$/, '');
  if (/^注|^说明|[:：]/.test(body) || isTableNumberLabel(body)) return false;
  return body.endsWith('表');
}

interface TitleRule {
  readonly kind: TableKind;
  readonly test: (title: string) => boolean;
}

const has = (...words: readonly string[]) => (title: string) => words.every((w) => title.includes(w));
const hasAny = (...words: readonly string[]) => (title: string) => words.some((w) => title.includes(w));

/**
 * 决算 titles, most specific first. Source: domain guide, "Final accounts (决算), 9 tables".
 */
const FINAL_RULES: readonly TitleRule[] = [
  { kind: 'final.threePublic', test: has('三公') },
  { kind: 'final.basicEconomic', test: has('基本支出') },
  { kind: 'final.fund', test: has('政府性基金') },
  { kind: 'final.stateCapital', test: has('国有资本经营') },
  { kind: 'final.fiscalSummary', test: (t) => t.includes('财政拨款') && hasAny('收入支出', '收支')(t) && t.includes('总表') },
  { kind: 'final.generalPublic', test: has('一般公共预算', '支出') },
  { kind: 'final.summary', test: (t) => hasAny('收入支出', '收支')(t) && t.includes('总表') },
  { kind: 'final.income', test: has('收入') },
  // 财政拨款支出决算明细表 (some provinces' tenth table) is not 支出决算表.
  { kind: 'final.expenditure', test: (t) => t.includes('支出') && !t.includes('财政拨款') },
];

/**
 * 预算 titles, most specific first: 三公 before 一般公共预算 (表10 says 财政拨款安排“三公”经费),
 * 基本支出 before 一般公共预算 (表6), 财政拨款收支 before the plain 收支总表 (表4 vs 表1).
 */
const BUDGET_RULES: readonly TitleRule[] = [
  { kind: 'budget.threePublicAndOperating', test: has('三公', '机关运行') },
  { kind: 'budget.threePublic', test: has('三公') },
  { kind: 'budget.operating', test: has('机关运行') },
  { kind: 'budget.projectsCarryover', test: has('项目支出', '上年结转') },
  { kind: 'budget.projects', test: has('项目支出') },
  { kind: 'budget.basicEconomic', test: has('基本支出') },
  { kind: 'budget.fundIncome', test: (t) => t.includes('政府性基金') && t.includes('收入') && !t.includes('支出') },
  { kind: 'budget.fundExpenditure', test: has('政府性基金') },
  { kind: 'budget.stateCapital', test: has('国有资本经营') },
  { kind: 'budget.fiscalSummary', test: (t) => t.includes('财政拨款') && hasAny('收支', '收入支出')(t) },
  { kind: 'budget.generalPublic', test: has('一般公共预算', '支出') },
  { kind: 'budget.summary', test: (t) => hasAny('收支', '收入支出')(t) && t.includes('总表') },
  { kind: 'budget.income', test: (t) => t.includes('收入') && hasAny('总表', '预算表')(t) },
  { kind: 'budget.expenditure', test: (t) => t.includes('支出') && hasAny('总表', '汇总表', '预算表')(t) },
];

/**
 * The kind of table a title names, or undefined when it names none we know (a 绩效目标表, a
 * 政府采购 table, anything else).
 * @example classifyTitle('2024年财政拨款安排“三公”经费支出预算表') // 'budget.threePublic'
 * @example classifyTitle('一般公共预算财政拨款基本支出决算表') // 'final.basicEconomic'
 */
export function classifyTitle(text: string): TableKind | undefined {
  const title = foldTitle(text)
    .replace(TABLE_NUMBER_PREFIX, '')
    // “不含上年结转” qualifies tables 5–9; it must not make them 上年结转 tables.
    .replace(/\(?不含上年结转\)?/g, '');
  if (!title.includes('表') || title.includes('绩效')) return undefined;
  const rules = title.includes('决算') ? FINAL_RULES : BUDGET_RULES;
  return rules.find((rule) => rule.test(title))?.kind;
}
