/**
 * BUDGET.* 自定义函数 — budget-disclosure helpers usable in any cell.
 *
 * Each function is synchronous, pure over its arguments and a few lines over core; its JSDoc is
 * its declaration: custom-functions-metadata generates functions.json (ids, zh-CN descriptions,
 * parameters) from the `@customfunction` tags below, and the build associates each id with its
 * function (the plugin appends one `CustomFunctions.associate` per id to this module; the module
 * itself registers nothing, so no id is registered twice). Parameter names and help per locale:
 * `locales.json`. Bad input comes back as a Chinese text or an Excel error (#VALUE! with a Chinese
 * tooltip), never as a thrown exception. A blank amount gives a blank result, as a blank cell in a
 * table means "no item".
 *
 * Numbers and plain decimal text take a path in whole 分 (core/format/fen.ts), exact and far
 * cheaper than decimal.js; anything else (text with separators, units, full-width digits; more
 * decimals than the path keeps exactly) takes the decimal.js path. Both give the same answer
 * (test/properties/fen.property.test.ts).
 */
import { Decimal, formatAmount, percent, roundHalfUp, yuanToWan } from '../core/amount';
import { describeChange } from '../core/format/change';
import { divideHalfUp, exactScaled, formatScaled, MAX_SCALED_PLACES, scaledHalfUp } from '../core/format/fen';
import { rmbUpper, rmbUpperFen, MAX_UPPER_AMOUNT, MAX_UPPER_FEN } from '../core/format/upper';
import { rollupByCode, rollupFen, type CodedAmount } from '../core/format/rollup';
import { tieOutFen } from '../core/format/tie';
import { type RoundingPolicy, tieOut } from '../core/rules/rounding';
import { lookupSubject, normalizeCode, subjectLevel } from '../core/subjects';
import { ADDIN_VERSION } from '../excel/diagnostics';
import { amountArg, amountsArg, BadArgument, cellsOf, guarded, isBlankArg, placesArg, plainDecimal, scaledAmountsArg, unitArg } from './args';
import { type FunctionError, isFunctionError } from './runtime';

/** Printed amounts carry two decimals (万元 or 元 with 分); TIE compares at that precision. */
const PRINTED_DECIMALS = 2;

const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000] as const;

function codeArg(value: unknown): string {
  if (isFunctionError(value)) throw new BadArgument(`科目编码引用了错误值 ${value.code}`);
  const code = typeof value === 'number' || typeof value === 'string' ? normalizeCode(value) : undefined;
  if (!code) throw new BadArgument(`“${String(value)}”不是科目编码（应为3、5或7位数字）`);
  return code;
}

/**
 * A test of a code column's cells: the cell's normalised code when it lies under `prefix`, else
 * undefined. Whole numbers — what code columns mostly hold — are tested by arithmetic, without
 * turning every cell into text (ROLLUP reads whole columns on each recalculation).
 */
function prefixTest(prefix: string): (cell: unknown) => string | undefined {
  const prefixValue = Number(prefix);
  return (cell) => {
    if (typeof cell === 'number' && Number.isSafeInteger(cell)) {
      const digits = codeDigits(cell);
      const shift = digits - prefix.length;
      if (digits === 0 || shift < 0 || Math.floor(cell / POWERS_OF_TEN[shift]!) !== prefixValue) return undefined;
      return String(cell);
    }
    const rowCode = typeof cell === 'string' || typeof cell === 'number' ? normalizeCode(cell) : undefined;
    return rowCode?.startsWith(prefix) ? rowCode : undefined;
  };
}

/**
 * Visits the cells of two ranges of the same shape in step (what ROLLUP's two columns are), in
 * reading order, without copying them; false when the shapes differ (the caller then flattens).
 */
function forEachCellPair(a: unknown, b: unknown, visit: (x: unknown, y: unknown, index: number) => void): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let row = 0; row < a.length; row++) {
    const left: unknown = a[row];
    const right: unknown = b[row];
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
  }
  let index = 0;
  for (let row = 0; row < a.length; row++) {
    const left = a[row] as unknown[];
    const right = b[row] as unknown[];
    for (let column = 0; column < left.length; column++) visit(left[column], right[column], index++);
  }
  return true;
}

/** How many digits a whole number has if it is a code (3, 5 or 7), else 0. */
function codeDigits(value: number): number {
  if (value >= 100 && value < 1_000) return 3;
  if (value >= 10_000 && value < 100_000) return 5;
  if (value >= 1_000_000 && value < 10_000_000) return 7;
  return 0;
}

/** Subject names by normalised code, as looked up once (the table is fixed for the session). */
const SUBJECT_NAMES = new Map<string, string>();

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
    let name = SUBJECT_NAMES.get(normalized);
    if (name === undefined) {
      name = lookupSubject(normalized)?.name ?? `未收录的科目编码${normalized}`;
      SUBJECT_NAMES.set(normalized, name);
    }
    return name;
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
    const prefix = codeArg(code);
    const underPrefix = prefixTest(prefix);
    const rowCodes: string[] = [];
    const rowCells: unknown[] = [];
    const rowIndexes: number[] = [];
    const visit = (cell: unknown, amount: unknown, index: number): void => {
      // Rows without a code (合计, group names) are not part of any code's roll-up.
      const rowCode = isBlankArg(cell) ? undefined : underPrefix(cell);
      if (rowCode === undefined || isBlankArg(amount)) return;
      rowCodes.push(rowCode);
      rowCells.push(amount);
      rowIndexes.push(index);
    };
    if (!forEachCellPair(codes, amounts, visit)) {
      const codeCells = cellsOf(codes);
      const amountCells = cellsOf(amounts);
      if (codeCells.length !== amountCells.length) {
        throw new BadArgument(`编码列有${codeCells.length}个单元格，金额列有${amountCells.length}个，应一样多`);
      }
      codeCells.forEach((cell, index) => visit(cell, amountCells[index], index));
    }
    const fen: number[] = [];
    for (const cell of rowCells) {
      const plain = plainDecimal(cell);
      const value = plain === undefined ? undefined : exactScaled(plain, PRINTED_DECIMALS);
      if (value === undefined) break;
      fen.push(value);
    }
    const sum = fen.length === rowCells.length ? rollupFen(rowCodes, fen, prefix) : undefined;
    if (sum !== undefined) return sum / 100;
    const rows: CodedAmount[] = rowCodes.map((rowCode, i) => ({ code: rowCode, amount: amountArg(rowCells[i], `第${rowIndexes[i]! + 1}行金额`) }));
    return rollupByCode(rows, prefix).toNumber();
  });
}

/**
 * 检查合计与各分项之和是否一致，容许四舍五入造成的尾差：返回“一致”、“尾差0.01”或“不符：合计多1.00”（合计少则写“合计少”）。
 * @customfunction TIE
 * @param total 合计数
 * @param parts 各分项（单元格区域），空白单元格不算分项，0.00 算分项
 * @param [policy] 尾差规则：标准（默认，差额不超过分项数一半个最小单位）、区间（XBRL 计算规则1.1，较宽）或严格（必须完全相等）；也可写 tight、calc11、strict
 * @returns 一致、尾差或不符（并说明合计多还是少）
 */
export function tie(total: number | string | null, parts: unknown[][], policy?: string | null): string | FunctionError {
  return guarded(() => {
    if (isBlankArg(total)) return '';
    const rule = policyArg(policy);
    const plainTotal = plainDecimal(total);
    const fenTotal = plainTotal === undefined ? undefined : scaledHalfUp(plainTotal, PRINTED_DECIMALS);
    const fenParts = fenTotal === undefined ? undefined : scaledAmountsArg(parts, PRINTED_DECIMALS);
    const fast = fenTotal !== undefined && fenParts !== undefined ? tieOutFen(fenTotal, fenParts, rule) : undefined;
    if (fast) return tieText(fast.status, fast.difference);
    // Compare the printed figures: a cell holding 2837.0150000001 prints 2837.02.
    const printed = roundHalfUp(amountArg(total, '合计'), PRINTED_DECIMALS);
    const items = amountsArg(parts, '分项').map((part) => roundHalfUp(part, PRINTED_DECIMALS));
    const result = tieOut(printed, items, PRINTED_DECIMALS, rule);
    return tieText(result.status, result.difference.times(100).toNumber());
  });
}

/** TIE's answer from the status and the difference total − Σ parts in 分. */
function tieText(status: 'exact' | 'rounding' | 'mismatch', differenceFen: number): string {
  const amount = formatScaled(Math.abs(differenceFen), PRINTED_DECIMALS);
  if (status === 'exact') return '一致';
  if (status === 'rounding') return `尾差${amount}`;
  return `不符：合计${differenceFen > 0 ? '多' : '少'}${amount}`;
}

/** 尾差规则 by the words TIE accepts: the Chinese names first, the command line's names too. */
const POLICY_WORDS: Readonly<Record<string, RoundingPolicy>> = {
  标准: 'tight',
  区间: 'calc11',
  宽松: 'calc11',
  严格: 'strict',
  tight: 'tight',
  calc11: 'calc11',
  strict: 'strict',
};

function policyArg(value: unknown): RoundingPolicy {
  if (isBlankArg(value)) return 'tight';
  const policy = typeof value === 'string' ? POLICY_WORDS[value.trim().toLowerCase()] : undefined;
  if (!policy) throw new BadArgument(`尾差规则应为“标准”“区间”或“严格”（或 tight、calc11、strict），而不是“${String(value)}”`);
  return policy;
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
    const plain = plainDecimal(yuan);
    const fen = plain === undefined || digits > MAX_SCALED_PLACES ? undefined : exactScaled(plain, PRINTED_DECIMALS);
    // 1 万元 = 10,000 元 = 1,000,000 分.
    const scaled = fen === undefined ? undefined : divideHalfUp(fen * POWERS_OF_TEN[digits]!, 1_000_000);
    if (scaled !== undefined) return scaled / POWERS_OF_TEN[digits]!;
    return roundHalfUp(yuanToWan(amountArg(yuan, '金额', '元')), digits).toNumber();
  });
}

/**
 * 计算占比，返回小数（保留四位，四舍五入），如 1507.00 占 4510.52 返回 0.3341，设为百分比格式即显示 33.41%。
 * @customfunction SHARE
 * @param part 分项金额
 * @param total 总额
 * @returns 占比（0.3341 即 33.41%）
 */
export function share(part: number | string | null, total: number | string | null): number | string | FunctionError {
  return guarded(() => {
    if (isBlankArg(part)) return '';
    const plainPart = plainDecimal(part);
    const plainTotal = plainDecimal(total);
    const partFen = plainPart === undefined ? undefined : exactScaled(plainPart, PRINTED_DECIMALS);
    const totalFen = plainTotal === undefined ? undefined : exactScaled(plainTotal, PRINTED_DECIMALS);
    if (partFen !== undefined && totalFen !== undefined) {
      if (totalFen === 0) throw new BadArgument('总额为0，无法计算占比', 'divisionByZero');
      // A share with four decimals is a percent with two: the rate as the 情况说明 prints it.
      const tenThousandths = divideHalfUp(partFen * 10_000, totalFen);
      if (tenThousandths !== undefined) return tenThousandths / 10_000;
    }
    const value = percent(amountArg(part, '分项金额'), amountArg(total, '总额'));
    if (value === null) throw new BadArgument('总额为0，无法计算占比', 'divisionByZero');
    return value.dividedBy(100).toNumber();
  });
}

/**
 * 描述本年与上年相比的增减变动，如“增加553.02万元，增长13.97%”“减少…，下降…”“持平”“新增…”；上年为负数等无法计算增减幅度时返回 #VALUE! 并说明原因。
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
    const plainCurrent = plainDecimal(current);
    const plainPrior = plainDecimal(prior);
    const wording =
      plainCurrent !== undefined && plainPrior !== undefined
        ? describeChange(plainCurrent, plainPrior, amountUnit)
        : describeChange(amountArg(current, '本年金额', amountUnit), amountArg(prior, '上年金额', amountUnit), amountUnit);
    if (wording.kind === 'refused') throw new BadArgument(wording.reason);
    return wording.text;
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
    const plain = plainDecimal(x);
    const fen = plain === undefined ? undefined : scaledHalfUp(plain, PRINTED_DECIMALS);
    if (fen !== undefined) return formatScaled(fen, PRINTED_DECIMALS) + amountUnit;
    return formatAmount(amountArg(x, '金额', amountUnit)) + amountUnit;
  });
}

/**
 * 把以元为单位的金额写成人民币大写，如 45105200 → 肆仟伍佰壹拾万伍仟贰佰元整。
 * @customfunction RMB
 * @param amount 以元为单位的金额（文字“4510.52万元”先换算为元）
 * @returns 人民币大写
 */
export function rmb(amount: number | string | null): string | FunctionError {
  return guarded(() => {
    if (isBlankArg(amount)) return '';
    const plain = plainDecimal(amount);
    const fen = plain === undefined ? undefined : scaledHalfUp(plain, PRINTED_DECIMALS);
    const tooLarge = '金额超过9999亿元，无法写成大写';
    if (fen !== undefined) {
      if (Math.abs(fen) > MAX_UPPER_FEN) throw new BadArgument(tooLarge);
      return rmbUpperFen(fen);
    }
    const yuan = amountArg(amount, '金额', '元');
    if (roundHalfUp(yuan, 2).abs().greaterThan(MAX_UPPER_AMOUNT)) throw new BadArgument(tooLarge);
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
    const plain = plainDecimal(x);
    const parsed = plain === undefined ? amountArg(x, '数值') : undefined;
    if (isBlankArg(places)) throw new BadArgument('请给出保留的小数位数');
    const digits = placesArg(places, 0, -10, 15);
    const scaled = plain === undefined || digits < 0 ? undefined : scaledHalfUp(plain, digits);
    if (scaled !== undefined) return scaled / POWERS_OF_TEN[digits]!;
    const value = parsed ?? amountArg(x, '数值');
    if (digits >= 0) return roundHalfUp(value, digits).toNumber();
    const scale = new Decimal(10).pow(-digits);
    return roundHalfUp(value.dividedBy(scale), 0).times(scale).toNumber();
  });
}

/**
 * 返回预算公开助手的版本号，如“0.1.0”；报告问题时请一并提供。
 * @customfunction VERSION
 * @returns 加载项版本号
 */
export function version(): string {
  return ADDIN_VERSION;
}

/** Every BUDGET function by its id (the ids functions.json declares, in its order). */
export const BUDGET_FUNCTIONS = {
  SUBJECT: subject,
  LEVEL: level,
  ROLLUP: rollup,
  TIE: tie,
  WAN: wan,
  SHARE: share,
  CHANGE: change,
  AMOUNT: amount,
  RMB: rmb,
  ROUND: round,
  VERSION: version,
} as const;
