/**
 * The shape of the generated sample file (written by scripts/generate-sample.js): the seed's
 * tables as structured rows, amounts as the printed strings in 万元 keyed by column meaning.
 */
import type { ColumnKey, TableKind } from '../model';
import type { FundSource, Indicator, KeyTask, LabelledText } from '../performance/model';

/** Printed amounts of a row; a blank cell is an absent key. */
export type PrintedAmounts = Partial<Record<ColumnKey, string>>;

export interface PrintedCodedList {
  readonly total: PrintedAmounts;
  readonly rows: readonly { readonly code: string; readonly name: string; readonly amounts: PrintedAmounts }[];
}

/** A labelled line of a two-sided or fixed-row table, in printed order. */
export interface PrintedLine {
  readonly label: string;
  readonly amounts: PrintedAmounts;
}

export interface PrintedNamed {
  readonly name: string;
  readonly amounts: PrintedAmounts;
}

export type PrintedTable = { readonly title: string; readonly note: string } & (
  | ({ readonly shape: 'coded' } & PrintedCodedList)
  | { readonly shape: 'pairedCoded'; readonly income: PrintedCodedList; readonly expenditure: PrintedCodedList }
  | { readonly shape: 'twoSided'; readonly income: readonly PrintedLine[]; readonly expenditure: readonly PrintedLine[] }
  | {
      readonly shape: 'economic';
      readonly total: PrintedAmounts;
      readonly rows: readonly {
        readonly role: 'group' | 'item';
        readonly name: string;
        readonly govName?: string;
        readonly amounts: PrintedAmounts;
      }[];
    }
  | { readonly shape: 'fixed'; readonly rows: readonly PrintedLine[] }
  | { readonly shape: 'units'; readonly total: PrintedAmounts; readonly units: readonly PrintedNamed[] }
  | {
      readonly shape: 'projects';
      readonly total: PrintedAmounts;
      readonly units: readonly (PrintedNamed & { readonly projects: readonly PrintedNamed[] })[];
    }
);

/** 第一部分 概况 as the published text prints it: paragraphs separated by line breaks. */
export interface PrintedProfile {
  /** 本部门职责. */
  readonly duties: string;
  /** 机构设置情况. */
  readonly organisation: string;
}

/** 项目支出绩效目标表 as printed; amounts are exact 元 strings, a blank one absent. */
export interface PrintedProjectTarget {
  readonly title: string;
  readonly name: string;
  readonly department?: string;
  readonly implementingUnit?: string;
  readonly attribute?: string;
  readonly period?: string;
  readonly periodFunds: Partial<Record<FundSource, string>>;
  readonly annualFunds: Partial<Record<FundSource, string>>;
  readonly overview?: string;
  readonly basis?: string;
  readonly necessity?: string;
  readonly measures?: string;
  readonly plan?: string;
  readonly goals: { readonly period?: string; readonly annual?: string };
  readonly periodIndicators: readonly Indicator[];
  readonly indicators: readonly Indicator[];
}

/** 部门整体支出绩效目标表 as printed; amounts are exact 万元 strings. */
export interface PrintedDepartmentTarget {
  readonly title: string;
  readonly department?: string;
  readonly facts: readonly LabelledText[];
  readonly duties?: string;
  readonly strategy?: string;
  readonly sources: readonly { readonly label: string; readonly amount?: string }[];
  readonly basic?: string;
  readonly project?: string;
  readonly tasks: readonly KeyTask[];
  readonly goal?: string;
  readonly indicators: readonly Indicator[];
}

export interface GeneratedSample {
  readonly department: string;
  readonly year: number;
  readonly unit: '万元' | '元';
  readonly profile: PrintedProfile;
  readonly tables: Readonly<Partial<Record<TableKind, PrintedTable>>>;
  /** The 绩效目标表 of 十、绩效管理情况: the 整体 table and one per project, in print order. */
  readonly performance: { readonly department: PrintedDepartmentTarget; readonly projects: readonly PrintedProjectTarget[] };
}
