/**
 * The shape of the generated sample file (written by scripts/generate-sample.js): the seed's
 * tables as structured rows, amounts as the printed strings in 万元 keyed by column meaning.
 */
import type { ColumnKey, TableKind } from '../model';

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

export interface GeneratedSample {
  readonly department: string;
  readonly year: number;
  readonly unit: '万元' | '元';
  readonly profile: PrintedProfile;
  readonly tables: Readonly<Partial<Record<TableKind, PrintedTable>>>;
}
