/**
 * 校验结果 — a finding: one thing a check found in a workbook, as an immutable value.
 *
 * A finding names the rule, its severity (强制 → `error`, 提示 → `warning`, 尾差 and
 * "unverified" → `info`), the sheet and cell it is about, the cells it compared, and a Chinese
 * message a finance user understands. Amount fields are decimal strings as printed ("2,837.01").
 * Source: issue 3 "Findings"; domain guide, "Rules that must hold" (强制 / 提示).
 */
import { formatAmount, type Decimal } from '../amount';
import type { CellRef } from '../grid';

/** 严重程度 — error (强制, must pass), warning (提示, a person decides), info (尾差, unverified). */
export type Severity = 'error' | 'warning' | 'info';

/** Every severity, most severe first (the order a report lists them in). */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What a check found. Immutable: checks build new findings, never edit one. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell the finding is about. */
  readonly cell: string;
  /** The table's title as printed. */
  readonly table?: string;
  readonly message: string;
  /** The value the cell should hold (e.g. the sum of the parts), formatted "2,837.02". */
  readonly expected?: string;
  /** The value the cell holds, formatted "2,837.01". */
  readonly actual?: string;
  /** actual − expected, formatted "-0.01". */
  readonly difference?: string;
  /** The largest difference the rounding policy tolerates, formatted "0.02". */
  readonly tolerance?: string;
  /** The other cells the check read. */
  readonly compared?: readonly CellRef[];
  /** Set when a person accepted the finding with a 说明 (stored in the workbook). */
  readonly accepted?: { readonly note: string };
  /**
   * The suspect cell that explains it: an index into the review's `suspects` (error localisation:
   * the finding is a consequence of that cell, not a fault of its own cell).
   */
  readonly cause?: number;
}

/** Misuse of a message template: a slot the template names was not given. */
export class MessageTemplateError extends Error {
  constructor(
    readonly template: string,
    readonly slot: string,
  ) {
    super(`message template "${template}" needs slot {${slot}}`);
    this.name = 'MessageTemplateError';
  }
}

/** Values for a template's named slots. */
export type MessageSlots = Readonly<Record<string, string | number>>;

/**
 * Renders a zh-CN message template with named slots `{name}`.
 * @example renderMessage('{table}：合计 {actual}', { table: '表3', actual: '2,837.01' }) // "表3：合计 2,837.01"
 * @throws MessageTemplateError when a slot in the template has no value
 */
export function renderMessage(template: string, slots: MessageSlots): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new MessageTemplateError(template, name);
    return String(value);
  });
}

/**
 * Formats an amount for a finding: thousands separators, `places` decimals (四舍五入 only if the
 * value has more), a leading "-" for negatives.
 * @example formatFindingAmount(new Decimal('2837.01')) // "2,837.01"
 */
export function formatFindingAmount(value: Decimal, places = 2): string {
  return formatAmount(value, Math.max(places, value.decimalPlaces()));
}

/** Builds a finding, frozen so that nobody edits it after the fact. */
export function makeFinding(fields: Finding): Finding {
  // Assigned, not spread conditionally: a large department's check makes 100,000 findings.
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = { ...fields };
  if (fields.compared) finding.compared = Object.freeze(fields.compared.map((ref) => Object.freeze({ ...ref })));
  if (fields.accepted) finding.accepted = Object.freeze({ ...fields.accepted });
  return Object.freeze(finding);
}

/** The same finding marked as accepted with a 说明 (a new value; the original is unchanged). */
export function acceptFinding(finding: Finding, note: string): Finding {
  return makeFinding({ ...finding, accepted: { note } });
}

/**
 * 尾差 — an info finding that a tie-out tolerated: it carries the policy's tolerance. Other info
 * findings (an unverified code) carry none.
 * @example isRounding(finding) // true for "表2 22401 …相差 0.01，在舍入误差内（尾差）"
 */
export function isRounding(finding: Pick<Finding, 'severity' | 'tolerance'>): boolean {
  return finding.severity === 'info' && finding.tolerance !== undefined;
}

/** Counts findings by severity, leaving out accepted ones. */
export function summarize(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const summary = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (!finding.accepted) summary[finding.severity] += 1;
  return summary;
}
