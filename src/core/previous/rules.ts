/**
 * 上年工作簿规则 — what comparing this year's workbook with last year's reports, declared like every
 * other rule (src/core/rules/README.md): the 上年 figures this year states against last year's own
 * tables, and a last year's workbook that cannot be compared at all.
 * Source: issue 14 item 4 (last year's workbook) and its "Done when" (previous year; bad input).
 */
import type { DeclaredRule } from '../rules/rule';

const SOURCE = 'issue 14 item 4';

/** Every rule of the comparison with last year's workbook, by name. */
export const PREVIOUS_RULES = {
  figureMismatch: {
    id: 'previous.figureMismatch',
    severity: 'error',
    source: SOURCE,
    title: '本年工作簿所列上年数与上年工作簿一致（按所列精度，末位允许相差1）',
    message: '“{label}”：本年工作簿{where}为{stated}万元，上年工作簿“{file}”{source}为{expected}万元，相差{difference}万元',
  },
  figureRounding: {
    id: 'previous.figureRounding',
    severity: 'info',
    source: SOURCE,
    title: '本年所列上年数与上年工作簿相差不超过末位1个单位时为尾差',
    message: '“{label}”：本年工作簿{where}为{stated}万元，上年工作簿“{file}”{source}为{expected}万元，相差{difference}万元，在舍入误差内（尾差）',
  },
  unusable: {
    id: 'previous.unusable',
    severity: 'warning',
    source: `${SOURCE}; "Done when" → Bad input`,
    title: '所选上年工作簿是本部门上一年度的公开表',
    message: '上年工作簿“{file}”无法使用：{reason}',
  },
} as const satisfies Record<string, DeclaredRule>;
