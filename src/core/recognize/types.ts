/**
 * 识别结果 — what recognition returns: the tables it found, the blocks it could not classify, and
 * the problems it met in cells. Names fixed by the cross-helper contract (briefs/contracts.md).
 */
import type { CellRange } from '../grid';
import type { RecognizedFamilyId } from '../kinds';
import type { TypedTable } from '../model';

/** 未识别区域 — a block that looks like a table but names no table we know. Reported, never dropped. */
export interface UnrecognizedBlock {
  readonly sheet: string;
  readonly range: CellRange;
  /** The block's first text (its title when it has one), for the message. */
  readonly text: string;
  /** Why it was not classified, in Chinese. */
  readonly reason: string;
}

/** 识别问题 — a problem in one cell: a text number, full-width digits, #REF!, a merged amount cell. */
export interface RecognitionProblem {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  /** zh-CN, for a finance user. */
  readonly message: string;
}

/** What recognising a workbook found. */
export interface Recognition {
  /** The table family the tables found belong to, when any were found. */
  readonly family?: RecognizedFamilyId;
  /**
   * 年度 — the year the tables' titles name (2026年部门收入预算总表), the one most of them name; absent
   * when none does (决算 titles often name none). It picks the classification edition (subjects/editions.ts).
   */
  readonly year?: number;
  /** In workbook order: sheet by sheet, top to bottom. */
  readonly tables: TypedTable[];
  readonly unrecognized: UnrecognizedBlock[];
  readonly problems: RecognitionProblem[];
}
