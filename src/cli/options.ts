/**
 * 选项校验 — every command option is checked once, here at the boundary, with a zh-CN message
 * that names the option and what it accepts (style guide §11).
 */
import type { Unit } from '../core/amount';
import { ROUNDING_POLICIES, RoundingPolicyError, parseRoundingPolicy, type RoundingPolicy } from '../core/rules/rounding';
import type { CodeLayout } from '../core/templates';
import { UsageError } from './errors';

const UNITS: readonly Unit[] = ['万元', '元'];
const CODE_LAYOUTS: readonly CodeLayout[] = ['single', 'split'];
/** Years a disclosure can plausibly be for; outside this a typo (e.g. 202) is more likely than intent. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** `--unit 万元|元`; "万" alone is accepted as 万元. */
export function parseUnit(value: string | undefined, fallback: Unit): Unit {
  if (value === undefined) return fallback;
  const text = value.trim();
  if (text === '万') return '万元';
  if ((UNITS as readonly string[]).includes(text)) return text as Unit;
  throw new UsageError(`选项 --unit 的值“${value}”无效：只接受 万元 或 元。`);
}

/** `--codes single|split`; the Chinese words 一列 / 类款项 are accepted too. */
export function parseCodeLayout(value: string | undefined, fallback: CodeLayout): CodeLayout {
  if (value === undefined) return fallback;
  const text = value.trim().toLowerCase();
  if ((CODE_LAYOUTS as readonly string[]).includes(text)) return text as CodeLayout;
  if (text === '一列') return 'single';
  if (text === '类款项' || text === '分列') return 'split';
  throw new UsageError(`选项 --codes 的值“${value}”无效：只接受 single（科目编码一列）或 split（类、款、项分三列）。`);
}

/** `--year 2025`: a four-digit year. */
export function parseYear(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const text = value.trim();
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
    throw new UsageError(`选项 --year 的值“${value}”无效：应为 ${FIRST_YEAR}–${LAST_YEAR} 之间的四位年份，例如 2025。`);
  }
  return year;
}

/** `--department 名称`: any non-empty name, trimmed. */
export function parseDepartment(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const name = value.trim();
  if (name === '') throw new UsageError('选项 --department 的值不能为空：请填写部门（单位）名称，例如 阳城县应急管理局。');
  if (name.length > 100) throw new UsageError('选项 --department 的值过长：部门名称不应超过 100 个字。');
  return name;
}

/** `--policy tight|calc11|strict` (README: rounding policies); tight by default. */
export function parsePolicy(value: string | undefined): RoundingPolicy {
  if (value === undefined) return 'tight';
  try {
    return parseRoundingPolicy(value);
  } catch (error) {
    if (!(error instanceof RoundingPolicyError)) throw error;
    throw new UsageError(`选项 --policy 的值“${value}”无效：只接受 ${ROUNDING_POLICIES.join('、')}。`);
  }
}

/**
 * An output file option (`option`, e.g. `-o, --output` or `--json`): required, and its name must
 * match `extension`; `what` names the extension in the message (e.g. `.html`).
 */
export function parseOutputPath(value: string | undefined, option: string, extension: RegExp, what: string): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new UsageError(`缺少选项 ${option}：请给出要写出的 ${what} 文件路径。`);
  if (!extension.test(text)) throw new UsageError(`选项 ${option} 的值“${value}”无效：输出文件名须以 ${what} 结尾。`);
  return text;
}

/** `-o FILE.xlsx`: must name an .xlsx file. */
export function parseXlsxOutput(value: string | undefined): string {
  return parseOutputPath(value, '-o, --output', /\.xlsx$/i, '.xlsx');
}

/** `-o FILE.docx`: must name a .docx file. */
export function parseDocxOutput(value: string | undefined): string {
  return parseOutputPath(value, '-o, --output', /\.docx$/i, '.docx');
}
