/**
 * 绩效目标表 — the project performance-target table (项目支出绩效目标表) and the department-wide one
 * (部门整体支出绩效目标表), as read from a sheet and as laid out.
 *
 * Amounts in these tables are in 元 (the seed's 项目资金(元)), while the 项目支出表 prints 万元; each
 * figure keeps the cell it was read from so a finding can point at it. Source: domain guide, "The
 * document" item 5 and "Rules that must hold" (project tables); the seed text, lines 555–1541.
 */
import type { Decimal, ParsedAmount } from '../amount';
import type { CellRef } from '../grid';

/** 资金来源 — the funding lines of 项目资金, in print order. */
export type FundSource = 'central' | 'provincial' | 'local' | 'selfRaised' | 'other';

/** Every funding source, in print order, with its printed label. */
export const FUND_SOURCES: readonly (readonly [FundSource, string])[] = [
  ['central', '其中:中央财政资金'],
  ['provincial', '省级财政资金'],
  ['local', '市县(区)财政资金'],
  ['selfRaised', '单位自筹'],
  ['other', '其他资金'],
];

/** 按资金来源划分 — the source lines of a 部门整体支出绩效目标表 as the seed prints them (seed text lines 570–577). */
export const DEPARTMENT_SOURCES: readonly string[] = [
  '其中:一般公共预算资金',
  '政府性基金预算资金',
  '国有资本经营预算资金',
  '社会保险基金预算资金',
  '专户管理资金',
  '单位资金',
];

/** One amount cell of a 绩效目标表 (元). */
export interface TargetAmount {
  readonly parsed: ParsedAmount;
  readonly at: CellRef;
}

/** 项目资金 — 资金总额 and its sources, for 实施期 or for the year. */
export interface TargetFunds {
  /** 资金总额 (实施期资金总额 / 年度资金总额); absent when the table prints no such label. */
  readonly total?: TargetAmount;
  readonly sources: Partial<Record<FundSource, TargetAmount>>;
}

/** 绩效指标 — one row of the 一级/二级/三级 indicator grid. */
export interface Indicator {
  /** 一级指标: 产出指标, 效益指标, 满意度指标. */
  readonly level1: string;
  /** 二级指标: 数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标, 服务对象满意度 … */
  readonly level2: string;
  /** 三级指标 — what is measured. */
  readonly level3: string;
  /** 指标值 — as printed (≥90%, 5个, 2024年1至12月). */
  readonly value: string;
}

/** 项目支出绩效目标表 as read from a sheet. */
export interface PerformanceTarget {
  readonly sheet: string;
  readonly title: string;
  /** Where the title is printed: findings about the table as a whole point here. */
  readonly titleAt: CellRef;
  /** 项目名称. */
  readonly name: string;
  readonly nameAt: CellRef;
  /** 主管部门及代码, e.g. 217-阳城县应急管理局. */
  readonly department?: string;
  /** 实施单位. */
  readonly implementingUnit?: string;
  /** 项目属性, e.g. 经常性项目(长期开展). */
  readonly attribute?: string;
  /** 项目期, e.g. 99年. */
  readonly period?: string;
  readonly periodFunds: TargetFunds;
  readonly annualFunds: TargetFunds;
  /** 项目概况. */
  readonly overview?: string;
  /** 立项依据. */
  readonly basis?: string;
  /** 项目设立必要性. */
  readonly necessity?: string;
  /** 保证项目实施的制度、措施. */
  readonly measures?: string;
  /** 项目实施计划. */
  readonly plan?: string;
  /** 总体目标 for 实施期 and for the year. */
  readonly goals: { readonly period?: string; readonly annual?: string };
  /** The 年度 indicators (the right-hand set when the table prints 实施期 and 年度 side by side). */
  readonly indicators: readonly Indicator[];
  /** The 实施期 indicators (the left-hand set); the same as `indicators` when only one set is printed. */
  readonly periodIndicators: readonly Indicator[];
}

/** A label and what is printed beside it (内设职能部数 · 7个). */
export interface LabelledText {
  readonly label: string;
  readonly text: string;
}

/** 年度重点任务 — a core function and its key task for the year. */
export interface KeyTask {
  /** 核心职能. */
  readonly duty: string;
  /** 重点任务. */
  readonly task: string;
}

/** 部门整体支出绩效目标表 as read from a sheet: who, how much, and the indicators. */
export interface DepartmentTarget {
  readonly sheet: string;
  readonly title: string;
  readonly titleAt: CellRef;
  /** 部门名称. */
  readonly department?: string;
  /** 部门基本信息 besides the name, in print order: 内设职能部数, 所属预算单位数, 人员编制 … */
  readonly facts: readonly LabelledText[];
  /** 部门职责. */
  readonly duties?: string;
  /** 部门战略目标. */
  readonly strategy?: string;
  /** 年度预算 合计 (万元, 按资金来源). */
  readonly total?: TargetAmount;
  /** 年度预算 by source (万元), 合计 excluded: 一般公共预算资金, 政府性基金预算资金 … */
  readonly sources: readonly { readonly label: string; readonly amount: TargetAmount }[];
  readonly basic?: TargetAmount;
  readonly project?: TargetAmount;
  /** 年度重点任务. */
  readonly tasks: readonly KeyTask[];
  /** 年度绩效目标. */
  readonly goal?: string;
  readonly indicators: readonly Indicator[];
}

/** What a project's 绩效目标表 is laid out from. Amounts in 元, exact. */
export interface PerformanceProject {
  /** The title as the budget system prints it; default 项目支出绩效目标表. */
  readonly title?: string;
  readonly name: string;
  readonly year?: number;
  /** 主管部门及代码. */
  readonly department?: string;
  readonly implementingUnit?: string;
  readonly attribute?: string;
  readonly period?: string;
  /** 年度资金 by source; 年度资金总额 is laid out as their sum. */
  readonly annualFunds?: Partial<Record<FundSource, Decimal>>;
  /** 实施期资金 by source; defaults to the annual funds. */
  readonly periodFunds?: Partial<Record<FundSource, Decimal>>;
  readonly overview?: string;
  readonly basis?: string;
  /** 项目设立必要性. */
  readonly necessity?: string;
  /** 保证项目实施的制度、措施. */
  readonly measures?: string;
  /** 项目实施计划. */
  readonly plan?: string;
  readonly goals?: { readonly period?: string; readonly annual?: string };
  /** The 年度 indicators. */
  readonly indicators?: readonly Indicator[];
  /** The 实施期 indicators; default the 年度 ones. */
  readonly periodIndicators?: readonly Indicator[];
}

/** What a 部门整体支出绩效目标表 is laid out from. Amounts in 万元. */
export interface DepartmentProject {
  /** The title as the budget system prints it; default 部门整体支出绩效目标表. */
  readonly title?: string;
  readonly department: string;
  readonly year?: number;
  /** 部门基本信息 besides the name (内设职能部数 · 7个 …), two to a row. */
  readonly facts?: readonly LabelledText[];
  /** 部门职责. */
  readonly duties?: string;
  /** 部门战略目标. */
  readonly strategy?: string;
  /** 年度预算 by source, 合计 excluded; by default the lines of {@link DEPARTMENT_SOURCES}, blank. */
  readonly sources?: readonly { readonly label: string; readonly amount: Decimal | undefined }[];
  readonly basic?: Decimal;
  readonly project?: Decimal;
  /** 年度重点任务. */
  readonly tasks?: readonly KeyTask[];
  readonly goal?: string;
  readonly indicators?: readonly Indicator[];
}

/** The value of a target amount, or undefined when blank or unreadable. */
export function targetValue(amount: TargetAmount | undefined): Decimal | undefined {
  return amount?.parsed.kind === 'amount' ? amount.parsed.value : undefined;
}
