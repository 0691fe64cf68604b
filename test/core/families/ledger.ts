/**
 * 账 — a made-up department's exact figures, in 元 with 分, from which the tests build FILLED
 * examples of the budget9 and final9 families by the domain guide's rules ("Rules that must hold"):
 * every figure of a table is derived from these 项 amounts and summed up the code hierarchy (项 → 款 →
 * 类 → 合计), never typed per table; a 万元 table rounds each exact figure 四舍五入 to 0.01, as the
 * budget system's export does ("Rounding"). Nothing here is copied from any published document.
 */
import { Decimal, roundHalfUp, type Unit } from '../../../src/core/amount';

/** 资金来源 — the five funding sources of the budget tables. */
export type Source = 'generalPublic' | 'govFund' | 'stateCapital' | 'specialAccount' | 'unitFunds';
export const SOURCES: readonly Source[] = ['generalPublic', 'govFund', 'stateCapital', 'specialAccount', 'unitFunds'];
export const FISCAL: readonly Source[] = ['generalPublic', 'govFund', 'stateCapital'];

/** One 项 (7-digit function subject) with its exact 元 amounts by source, split 基本 / 项目. */
export interface LedgerItem {
  readonly code: string;
  readonly basic: Partial<Record<Source, Decimal>>;
  readonly project: Partial<Record<Source, Decimal>>;
  /** 上年结转 of 一般公共预算 project money spent on this 项 (budget), 元. */
  readonly carryover?: Decimal;
}

/** Subject names as the 政府收支分类科目 prints them (`data/subjects/subject-codes.tsv` where listed). */
export const SUBJECT_NAMES: Readonly<Record<string, string>> = {
  '201': '一般公共服务支出',
  '20106': '财政事务',
  '2010601': '行政运行',
  '2010602': '一般行政管理事务',
  '208': '社会保障和就业支出',
  '20805': '行政事业单位养老支出',
  '2080505': '机关事业单位基本养老保险缴费支出',
  '2080506': '机关事业单位职业年金缴费支出',
  '210': '卫生健康支出',
  '21011': '行政事业单位医疗',
  '2101101': '行政单位医疗',
  '221': '住房保障支出',
  '22102': '住房改革支出',
  '2210201': '住房公积金',
  '229': '其他支出',
  '22960': '彩票公益金安排的支出',
  '2296002': '用于社会福利的彩票公益金支出',
  '223': '国有资本经营预算支出',
  '22301': '解决历史遗留问题及改革成本支出',
  '2230199': '其他解决历史遗留问题及改革成本支出',
};

/** A deterministic generator of 元 amounts with 分 (a linear congruential sequence), so the figures are arbitrary but stable. */
function amounts(seed: number): () => Decimal {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    // 1,000.00 … 2,000,999.99 元
    return new Decimal(100000 + (state % 200000000)).dividedBy(100);
  };
}

/** The ledger: 8 项 under 6 类; 一般公共预算 everywhere, one 项 each of 基金, 国资, 专户 and 单位资金. */
export function ledger(seed = 20240101): LedgerItem[] {
  const next = amounts(seed);
  return [
    { code: '2010601', basic: { generalPublic: next(), unitFunds: next() }, project: {} },
    { code: '2010602', basic: {}, project: { generalPublic: next(), specialAccount: next() }, carryover: next() },
    { code: '2080505', basic: { generalPublic: next() }, project: {} },
    { code: '2080506', basic: { generalPublic: next() }, project: {} },
    { code: '2101101', basic: { generalPublic: next() }, project: {} },
    { code: '2210201', basic: { generalPublic: next() }, project: {} },
    { code: '2296002', basic: {}, project: { govFund: next() } },
    { code: '2230199', basic: {}, project: { stateCapital: next() } },
  ];
}

/** Σ of exact amounts; undefined when none is present (a blank cell, not 0.00). */
export function sum(values: readonly (Decimal | undefined)[]): Decimal | undefined {
  const present = values.filter((v): v is Decimal => v !== undefined);
  return present.length === 0 ? undefined : present.reduce((a, b) => a.plus(b), new Decimal(0));
}

/**
 * An exact 元 amount as the data of a table printed in `unit`: 万元 data of a 万元 table is rounded
 * 四舍五入 to 0.01 (the printed figure); of a 元 table it is exact (the layout prints the 元 back).
 */
export function printed(yuan: Decimal | undefined, unit: Unit): Decimal | undefined {
  if (yuan === undefined) return undefined;
  const wan = yuan.dividedBy(10000);
  return unit === '万元' ? roundHalfUp(wan, 2) : wan;
}

/** The codes a coded table prints for some 项: each 类, then its 款, then its 项, in code order. */
export function hierarchy(codes: readonly string[]): string[] {
  const all = new Set<string>();
  for (const code of codes) {
    all.add(code.slice(0, 3));
    all.add(code.slice(0, 5));
    all.add(code);
  }
  return [...all].sort();
}
