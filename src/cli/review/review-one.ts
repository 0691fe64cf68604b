/**
 * 审核一个工作簿 — read, check the tables, check the 情况说明 it holds (if any) against them.
 * Never throws for a user's file: an unreadable file comes back as `unusable` with its reason.
 */
import * as path from 'node:path';
import { identifyDisclosure } from '../../core/report';
import { reviewWorkbook } from '../../core/review';
import { isRounding, type Finding } from '../../core/rules/finding';
import type { RoundingPolicy } from '../../core/rules/rounding';
import { readWorkbookFile } from '../../xlsx';
import { UnusableInputError } from '../../xlsx/errors';
import type { ReviewFinding, WorkbookReview } from './types';

function level(finding: Finding): ReviewFinding['level'] {
  return isRounding(finding) ? 'rounding' : finding.severity;
}

function toReviewFinding(finding: Finding, narrative: boolean): ReviewFinding {
  return { rule: finding.rule, level: level(finding), sheet: finding.sheet, cell: finding.cell, message: finding.message, narrative };
}

/**
 * Reviews one file.
 * @example await reviewWorkbookFile('阳城县应急管理局.xlsx', 'tight') // { status: 'checked', counts: { error: 0, … } }
 */
export async function reviewWorkbookFile(file: string, policy: RoundingPolicy): Promise<WorkbookReview> {
  let workbook;
  try {
    workbook = await readWorkbookFile(file);
  } catch (error) {
    if (error instanceof UnusableInputError) return { status: 'unusable', file, reason: error.reason };
    throw error;
  }
  const review = reviewWorkbook(workbook, { policy });
  const { tables } = review.recognition;
  if (tables.length === 0) {
    return {
      status: 'unusable',
      file,
      reason: `“${path.basename(file)}”中没有找到预算公开表格（没有一张表的标题能识别，例如“2024年预算收支总表”）。`,
    };
  }
  const findings = review.findings.filter((f) => !f.accepted).map((f) => toReviewFinding(f, f.rule.startsWith('narrative.')));
  const count = (l: ReviewFinding['level']): number => findings.filter((f) => f.level === l).length;
  const identity = identifyDisclosure(workbook, tables);
  const figures = tables
    .flatMap((t) => [...t.rows, ...(t.sides?.income ?? []), ...(t.sides?.expenditure ?? [])])
    .flatMap((row) => Object.values(row.amounts))
    .filter((cell) => cell?.parsed.kind === 'amount').length;
  return {
    status: 'checked',
    file,
    ...identity,
    tables: tables.map((t) => t.title),
    figures,
    counts: {
      error: count('error'),
      warning: count('warning'),
      rounding: count('rounding'),
      info: count('info'),
      narrative: review.narrative ? findings.filter((f) => f.narrative).length : null,
    },
    ...(review.narrative ? { narrativeSheet: review.narrative.source } : {}),
    findings,
  };
}
