/**
 * BUDGET.* 自定义函数 — budget-disclosure helpers usable in any cell.
 *
 * Each function is synchronous, pure over its arguments and a few lines over core; its JSDoc is
 * its declaration: custom-functions-metadata generates functions.json (ids, zh-CN descriptions,
 * parameters) from the `@customfunction` tags below. Bad input comes back as a Chinese text or an
 * Excel error (#VALUE! with a Chinese tooltip), never as a thrown exception. A blank amount gives a
 * blank result, as a blank cell in a table means "no item".
 */
import { Decimal, formatAmount, percent, roundHalfUp, yuanToWan } from '../core/amount';
import { describeChange } from '../core/format/change';
import { rmbUpper, MAX_UPPER_AMOUNT } from '../core/format/upper';
import { rollupByCode, type CodedAmount } from '../core/format/rollup';
import { parseRoundingPolicy, ROUNDING_POLICIES, tieOut } from '../core/rules/rounding';
import { lookupSubject, normalizeCode, subjectLevel } from '../core/subjects';
import { amountArg, amountsArg, BadArgument, cellsOf, guarded, isBlankArg, placesArg, unitArg } from './args';
import { type FunctionError, isFunctionError, registerFunctions } from './runtime';

/** Printed amounts carry two decimals (万元 or 元 with 分); TIE compares at that precision. */
const PRINTED_DECIMALS = 2;

function codeArg(value: unknown): string {
  if (isFunctionError(value)) throw new BadArgument(`科目编码引用了错误值 ${value.code}`);
  const code = typeof value === 'number' || typeof value === 'string' ? normalizeCode(value) : undefined;
  if (!code) throw new BadArgument(`“${String(value)}”不是科目编码（应为3、5或7位数字）`);
  return code;
}

/**
 * 返回科目编码对应的科目名称（支出功能分类或经济分类），如 2080505 → 机关事业单位基本养老保险缴费支出；未收录的编码返回说明文字。
 * @customfunction SUBJECT
 * @param code 科目编码，3位（类）、5位（款）或7位（项），数字或文本均可
 * @returns 科目名称
 */
export function subject(code: number | string | null): string | FunctionError {
  return guarded(() => {
    if (isBlankArg(code)) return '';
    const normalized = codeArg(code);
    return lookupSubject(normalized)?.name ?? `未收录的科目编码${normalized}`;
  });
}

/**
 * 返回科目编码的级次：类（3位）、款（5位）或项（7位）。
 * @customfunction LEVEL
 * @param code 科目编码，数字或文本均可
 * @returns 类、款或项
 */
export function level(code: number | string | null): string | FunctionError {
  return guarded(() => {
    if (isBlankArg(code)) return '';
    return subjectLevel(codeArg(code)) ?? '';
  });
}

/**
 * 按科目编码前缀汇总金额，只加最末级的行，表中同时列有类、款、项小计时不重复计算。
 * @customfunction ROLLUP
 * @param codes 科目编码列（与金额列等长），空白行不参与汇总
 * @param amounts 金额列
 * @param code 要汇总的科目编码（类、款或项），如 208
 * @returns 该编码下最末级行的金额合计
 */
export function rollup(codes: unknown[][], amounts: unknown[][], code: number | string | null): number | FunctionError {
  return guarded(() => {
    const codeCells = cellsOf(codes);
    const amountCells = cellsOf(amounts);
    if (codeCells.length !== amountCells.length) {
      throw new BadArgument(`编码列有${codeCells.length}个单元格，金额列有${amountCells.length}个，应一样多`);
    }
    const prefix = codeArg(code);
    const rows: CodedAmount[] = [];
    codeCells.forEach((cell, index) => {
      if (isBlankArg(cell)) return;
      const rowCode = typeof cell === 'number' || typeof cell === 'string' ? normalizeCode(cell) : undefined;
      // Rows without a code (合计, group names) are not part of any code's roll-up.
      if (!rowCode || !rowCode.startsWith(prefix)) return;
      const amount = amountCells[index];
      if (isBlankArg(amount)) return;
      rows.push({ code: rowCode, amount: amountArg(amount, `第${index + 1}行金额`) });
    });
    return rollupByCode(rows, prefix).toNumber();
  });
}

/**
 * 检查合计与各分项之和是否一致，容许四舍五入造成的尾差：返回“一致”、“尾差0.01”或“不符：差1.00”。
 * @customfunction TIE
 * @param total 合计数
 * @param parts 各分项（单元格区域），空白单元格不算分项，0.00 算分项
 * @param [policy] 尾差规则：tight（默认，差额不超过分项数一半个最小单位）、calc11（XBRL 计算规则1.1）或 strict（必须完全相等）
 * @returns 一致、尾差或不符
 */
export function tie(total: number | string | null, parts: unknown[][], policy?: string | null): string | FunctionError {
  return guarded(() => {
    if (isBlankArg(total)) return '';
    const rule = policyArg(policy);
    // Compare the printed figures: a cell holding 2837.0150000001 prints 2837.02.
    const printed = roundHalfUp(amountArg(total, '合计'), PRINTED_DECIMALS);
    const items = amountsArg(parts, '分项').map((part) => roundHalfUp(part, PRINTED_DECIMALS));
    const result = tieOut(printed, items, PRINTED_DECIMALS, rule);
    const difference = formatAmount(result.difference.abs(), PRINTED_DECIMALS);
    if (result.status === 'exact') return '一致';
    if (result.status === 'rounding') return `尾差${difference}`;
    return `不符：差${difference}`;
  });
}

function policyArg(value: unknown): ReturnType<typeof parseRoundingPolicy> {
  if (isBlankArg(value)) return 'tight';
  if (typeof value === 'string' && ROUNDING_POLICIES.includes(value.trim().toLowerCase() as never)) {
    return parseRoundingPolicy(value);
  }
  throw new BadArgument(`尾差规则应为 ${ROUNDING_POLICIES.join('、')} 之一，而不是“${String(value)}”`);
}

/**
 * 把元换算为万元，并按四舍五入保留小数。
 * @customfunction WAN
 * @param yuan 以元为单位的金额（文字“4510.52万元”按万元理解）
 * @param [places] 保留的小数位数，默认2
 * @returns 万元金额
 */
export function wan(yuan: number | string | null, places?: number | null): number | string | FunctionError {
  return guarded(() => {
    if (isBlankArg(yuan)) return '';
    const digits = placesArg(places, 2);
    return roundHalfUp(yuanToWan(amountArg(yuan, '金额', '元')), digits).toNumber();
  });
}

/**
 * 计算占比（百分数，保留两位小数，四舍五入），如 1507.00 占 4510.52 返回 33.41。
 * @customfunction SHARE
 * @param part 分项金额
 * @param total 总额
 * @returns 百分数数值（33.41 表示 33.41%）
 */
export function share(part: number | string | null, total: number | string | null): number | string | FunctionError {
  return guarded(() => {
    if (isBlankArg(part)) return '';
    const value = percent(amountArg(part, '分项金额'), amountArg(total, '总额'));
    if (value === null) throw new BadArgument('总额为0，无法计算占比', 'divisionByZero');
    return value.toNumber();
  });
}

/**
 * 描述本年与上年相比的增减变动，如“增加553.02万元，增长13.97%”“减少…，下降…”“持平”“新增…”。
 * @customfunction CHANGE
 * @param current 本年金额
 * @param prior 上年金额
 * @param [unit] 金额单位：万元（默认）或元
 * @returns 增减变动的文字
 */
export function change(
  current: number | string | null,
  prior: number | string | null,
  unit?: string | null,
): string | FunctionError {
  return guarded(() => {
    if (isBlankArg(current)) return '';
    const amountUnit = unitArg(unit);
    return describeChange(amountArg(current, '本年金额', amountUnit), amountArg(prior, '上年金额', amountUnit), amountUnit);
  });
}

/**
 * 把金额写成公开文本的格式：千分位、两位小数、带单位，如“4,510.52万元”。
 * @customfunction AMOUNT
 * @param x 金额
 * @param [unit] 单位：万元（默认）或元；文字金额自带单位时按此换算
 * @returns 格式化的金额文字
 */
export function amount(x: number | string | null, unit?: string | null): string | FunctionError {
  return guarded(() => {
    if (isBlankArg(x)) return '';
    const amountUnit = unitArg(unit);
    return formatAmount(amountArg(x, '金额', amountUnit)) + amountUnit;
  });
}

/**
 * 把以元为单位的金额写成人民币大写，如 45105200 → 肆仟伍佰壹拾万伍仟贰佰元整。
 * @customfunction UPPER
 * @param amount 以元为单位的金额（文字“4510.52万元”先换算为元）
 * @returns 人民币大写
 */
export function upper(amount: number | string | null): string | FunctionError {
  return guarded(() => {
    if (isBlankArg(amount)) return '';
    const yuan = amountArg(amount, '金额', '元');
    if (roundHalfUp(yuan, 2).abs().greaterThan(MAX_UPPER_AMOUNT)) {
      throw new BadArgument('金额超过9999亿元，无法写成大写');
    }
    return rmbUpper(yuan);
  });
}

/**
 * 精确四舍五入（按十进制计算，避免二进制浮点数造成的误差），如 ROUND(1.005, 2) = 1.01。
 * @customfunction ROUND
 * @param x 数值或金额
 * @param places 保留的小数位数，可为负数（-2 表示取整到百位）
 * @returns 四舍五入后的数值
 */
export function round(x: number | string | null, places: number | null): number | string | FunctionError {
  return guarded(() => {
    if (isBlankArg(x)) return '';
    const value = amountArg(x, '数值');
    if (isBlankArg(places)) throw new BadArgument('请给出保留的小数位数');
    const digits = placesArg(places, 0, -10, 15);
    if (digits >= 0) return roundHalfUp(value, digits).toNumber();
    const scale = new Decimal(10).pow(-digits);
    return roundHalfUp(value.dividedBy(scale), 0).times(scale).toNumber();
  });
}

/** Every BUDGET function by its id, for the shared runtime. */
export const BUDGET_FUNCTIONS = {
  SUBJECT: subject,
  LEVEL: level,
  ROLLUP: rollup,
  TIE: tie,
  WAN: wan,
  SHARE: share,
  CHANGE: change,
  AMOUNT: amount,
  UPPER: upper,
  ROUND: round,
} as const;

registerFunctions(BUDGET_FUNCTIONS);
