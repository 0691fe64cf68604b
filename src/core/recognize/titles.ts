/**
 * 表标题 — which disclosure table a title names, whatever its prefix, year or wording.
 *
 * Titles vary by province and year (部门/单位 prefixes, with or without 2024年, 总表/汇总表/预算表,
 * “三公” in curly or straight quotes, （不含上年结转） suffixes), so a title is classified by its
 * keywords, most specific first, never by an exact string.
 * Source: domain guide, "The budget table family of the seed" and "Other families and layouts".
 */
import { toHalfWidth } from '../amount';
import { kindOfFoldedTitle, type TableKind } from '../kinds';

/**
 * Traditional characters of the words disclosure titles use, each with its simplified form: a title
 * typed in 繁体字 (a template from elsewhere, an input method left in 繁体) still names its table, and
 * recognition says so.
 */
const TRADITIONAL = '預预總总匯汇財财撥拨決决經经費费項项國国資资營营專专戶户單单採采購购會会議议訓训機机關关濟济類类結结轉转餘余門门運运務务報报計计劃划額额數数據据實实際际級级縣县區区鄉乡衛卫醫医療疗養养業业產产體体傳传環环節节護护農农稅税補补貼贴績绩設设備备辦办';
const SIMPLIFIED = new Map<string, string>(Array.from({ length: TRADITIONAL.length / 2 }, (_, i) => [TRADITIONAL[2 * i]!, TRADITIONAL[2 * i + 1]!]));
const ANY_TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`, 'u');

/** The title with its traditional characters simplified (those `TRADITIONAL` knows). @example simplified('預算收支總表') // "预算收支总表" */
export function simplified(text: string): string {
  if (!ANY_TRADITIONAL.test(text)) return text;
  let out = '';
  for (const char of text) out += SIMPLIFIED.get(char) ?? char;
  return out;
}

/** Folds a printed title: half-width brackets, simplified characters, no spaces or quotes. */
export function foldTitle(text: string): string {
  return simplified(toHalfWidth(text))
    .replace(/\s+/g, '')
    .replace(/[“”"'‘’「」『』]/g, '');
}

/**
 * A line in English where a title should be ("Budget Expenditure Table"): letters and no Chinese.
 * @example isEnglishLine('Budget Expenditure Summary Table') // true
 */
export function isEnglishLine(text: string): boolean {
  return /[A-Za-z]{3}/.test(text) && !/[\u4e00-\u9fff]/.test(text);
}

/** "预算公开表1", "表十三", "公开01表", "附表2" — a table-number label beside a title, not a title itself. */
const TABLE_NUMBER_LABEL = /^[\u4e00-\u9fa5]{0,4}?(表[0-9一二三四五六七八九十]+|[0-9]+表)$/;

/** True for a table-number label line such as "预算公开表1". */
export function isTableNumberLabel(text: string): boolean {
  // Folding never makes a 表: a line without one (every data row of a table) is not folded.
  return text.includes('表') && TABLE_NUMBER_LABEL.test(foldTitle(text));
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

/**
 * The kind of table a title names, or undefined when it names none we know (a 绩效目标表, anything
 * else). The title words of each kind are declared in `../kinds.ts`.
 * @example classifyTitle('2024年财政拨款安排“三公”经费支出预算表') // 'budget.threePublic'
 * @example classifyTitle('一般公共预算财政拨款基本支出决算表') // 'final.basicEconomic'
 */
export function classifyTitle(text: string): TableKind | undefined {
  return kindOfFoldedTitle(foldTitle(text));
}

/**
 * The year a title names (2026年部门支出预算总表 → 2026), undefined when it names none (收入决算表).
 * @example yearInTitle('2024年预算收支总表') // 2024
 */
export function yearInTitle(text: string): number | undefined {
  const match = /((?:19|20)\d{2})\s*年/.exec(toHalfWidth(text));
  return match ? Number(match[1]) : undefined;
}
