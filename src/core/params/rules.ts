/**
 * 参数规则 — what the 参数 reader reports, declared like every other rule (src/core/rules/README.md).
 * Source: issue 4 items 1–2 (the 参数 sheet); issue 12 item 8 (the 参数 rule lives with 参数).
 */
import type { DeclaredRule } from '../rules/rule';

/** Every 参数 rule, by name. */
export const PARAM_RULES = {
  invalidValue: {
    id: 'params.invalidValue',
    severity: 'error',
    source: 'issue 4 items 1–2',
    title: '参数表的值符合其类型（金额、整数、面积、选项）',
    message: '参数“{label}”{problem}',
  },
} as const satisfies Record<string, DeclaredRule>;
