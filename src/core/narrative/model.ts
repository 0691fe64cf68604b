/**
 * 情况说明的结构 — a generated 第三部分: sections of paragraphs of {@link Sentence}s, with the charts.
 */
import type { CellRef } from '../grid';
import type { ChartSpec } from './charts';
import type { Finding } from './finding';
import type { Sentence } from './sentence';

/** Options of {@link generateNarrative}. */
export interface NarrativeOptions {
  /** Where each 参数 value sits (`readParams(...).sources`); defaults to the standard 参数 layout. */
  readonly paramSources?: Readonly<Record<string, CellRef>>;
}

/** 段落 — sentences printed together, under an optional sub-heading, with an optional chart after. */
export interface Paragraph {
  readonly heading?: string;
  readonly sentences: readonly Sentence[];
  readonly chart?: ChartSpec;
}

/** 部分 — one numbered section (一 … 十二). */
export interface NarrativeSection {
  readonly number: string;
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
}

/** 情况说明 — the generated 第三部分. */
export interface Narrative {
  readonly title: string;
  readonly sections: readonly NarrativeSection[];
  readonly charts: readonly ChartSpec[];
  /** Every finding of every sentence, once each. */
  readonly findings: readonly Finding[];
}
