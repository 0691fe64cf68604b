/**
 * 生成公开文档 — assembles the whole disclosure: 封面, 目录, 第一部分 概况, 第二部分 报表,
 * 第三部分 情况说明 (with its charts), 第四部分 名词解释, and — for a review copy only — an
 * appendix of findings. Source: domain guide, "The document"; the seed's 目录 gives the order
 * and the headings (yangcheng-emergency-2024-budget-disclosure.txt, lines 17–58).
 */
import { isRounding, SEVERITIES } from '../rules/finding';
import { BUDGET_GLOSSARY, type GlossaryEntry } from './glossary';
import type { ReportBlock, ReportChart, ReportDocument, ReportFinding } from './model';
import type { DepartmentProfile } from './profile';
import { reportTable, type TableSource } from './tables';

/** One item of a 情况说明 section: a paragraph, a sub-heading (（一）…) or a chart at that place. */
export type NarrativeItem = string | { readonly subheading: string } | { readonly chart: ReportChart };

/** A section of the generated 情况说明: its heading (一、…) and its items in order. */
export interface NarrativeSectionInput {
  readonly heading: string;
  readonly paragraphs: readonly NarrativeItem[];
}

/** The part of a finding the appendix prints (a `Finding` of src/core/rules fits). */
export interface FindingInput {
  readonly severity: 'error' | 'warning' | 'info';
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  /** Set on a tie-out within rounding tolerance: an info finding with one is printed as 尾差. */
  readonly tolerance?: string;
}

/** What the report is made from. */
export interface ReportInput {
  readonly department: string;
  /** 年度; when unknown the titles say 【待填写：年度】. */
  readonly year: number | undefined;
  /** 预算 (default) or 决算: decides the title, 部门预算公开 / 部门决算公开. */
  readonly kind?: 'budget' | 'final';
  /** The disclosure tables in print order. */
  readonly tables: readonly TableSource[];
  readonly profile?: DepartmentProfile;
  readonly narrative?: readonly NarrativeSectionInput[];
  /** Charts placed after the section they belong to (三公 → 七, 一般公共预算 → 五); charts inside sections go there. */
  readonly charts?: readonly ReportChart[];
  readonly findings?: readonly FindingInput[];
  /** 审核稿 — add the findings appendix. Default false: the public copy never shows findings. */
  readonly review?: boolean;
  /** Replaces the standard 名词解释. */
  readonly glossary?: readonly GlossaryEntry[];
}

/** Thrown for a report input that cannot make a document (misuse, not a workbook problem). */
export class ReportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportInputError';
  }
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * Chinese numeral for 1–99, as headings number their items (表十三, 二十一).
 * @example chineseNumeral(13) // "十三"
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new ReportInputError(`chineseNumeral: ${n} is outside 1–99`);
  if (n <= 10) return NUMERALS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : (NUMERALS[tens] ?? '')) + '十' + (ones === 0 ? '' : (NUMERALS[ones] ?? ''));
}

/** 【待填写：…】 — the mark a user searches for before publishing. */
export function placeholder(what: string): string {
  return `【待填写：${what}】`;
}

function paragraphsOf(text: string | undefined, missing: string): ReportBlock[] {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return [{ kind: 'paragraph', text: placeholder(missing), placeholder: true }];
  return lines.map((line) => ({ kind: 'paragraph', text: line }));
}

const SEVERITY_LABEL: Record<FindingInput['severity'], string> = { error: '错误', warning: '提示', info: '信息' };

/** Which 情况说明 section a chart belongs after (the seed: 五 has the 一般公共预算 chart, 七 the 三公 one). */
function sectionForChart(chart: ReportChart, sections: readonly NarrativeSectionInput[]): number {
  const wanted = /三公/.test(chart.title) ? /三公/ : /一般公共预算/.test(chart.title) ? /一般公共预算支出/ : undefined;
  if (!wanted) return sections.length - 1;
  const index = sections.findIndex((s) => wanted.test(s.heading));
  return index < 0 ? sections.length - 1 : index;
}

/**
 * Builds the document model of the whole disclosure.
 *
 * @example
 * const doc = buildReport({ department: '阳城县应急管理局', year: 2024, tables: sources });
 * doc.cover.title // "2024年度部门预算公开"
 */
export function buildReport(input: ReportInput): ReportDocument {
  if (input.year !== undefined && (!Number.isInteger(input.year) || input.year < 1900 || input.year > 2999)) {
    throw new ReportInputError(`buildReport: year must be a four-digit year, got ${input.year}`);
  }
  const kindWord = input.kind === 'final' ? '决算' : '预算';
  const year = input.year ?? placeholder('年度');
  const blocks: ReportBlock[] = [];

  blocks.push({ kind: 'heading', level: 1, text: '第一部分 概况' });
  blocks.push({ kind: 'heading', level: 2, text: '一、本部门职责' });
  blocks.push(...paragraphsOf(input.profile?.duties, '本部门职责'));
  blocks.push({ kind: 'heading', level: 2, text: '二、机构设置情况' });
  blocks.push(...paragraphsOf(input.profile?.organisation, '机构设置情况'));

  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: `第二部分 ${year}年部门${kindWord}报表` });
  if (input.tables.length === 0) {
    blocks.push({ kind: 'paragraph', text: placeholder('工作簿中未识别到公开报表'), placeholder: true });
  }
  input.tables.forEach((source, i) => {
    const table = reportTable(source, i + 1);
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'heading', level: 2, text: `表${chineseNumeral(i + 1)} ${table.title}` });
    blocks.push({ kind: 'table', table });
  });

  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: `第三部分 ${year}年度部门${kindWord}情况说明` });
  const sections = input.narrative ?? [];
  const charts = input.charts ?? [];
  if (sections.length === 0) {
    blocks.push({ kind: 'paragraph', text: placeholder('情况说明'), placeholder: true });
    for (const chart of charts) blocks.push({ kind: 'chart', chart });
  }
  sections.forEach((section, index) => {
    blocks.push({ kind: 'heading', level: 2, text: section.heading });
    for (const item of section.paragraphs) {
      if (typeof item === 'string') blocks.push({ kind: 'paragraph', text: item, ...(/【待填写/.test(item) ? { placeholder: true } : {}) });
      else if ('subheading' in item) blocks.push({ kind: 'heading', level: 3, text: item.subheading });
      else blocks.push({ kind: 'chart', chart: item.chart });
    }
    for (const chart of charts) {
      if (sectionForChart(chart, sections) === index) blocks.push({ kind: 'chart', chart });
    }
  });

  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: '第四部分 名词解释' });
  (input.glossary ?? BUDGET_GLOSSARY).forEach((entry, i) => {
    blocks.push({ kind: 'paragraph', text: `${chineseNumeral(i + 1)}、${entry.term}：${entry.definition}` });
  });

  const review = input.review === true;
  if (review) {
    const findings: ReportFinding[] = [...(input.findings ?? [])]
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
      .map((f) => ({
        severity: f.severity,
        severityLabel: isRounding(f) ? '尾差' : SEVERITY_LABEL[f.severity],
        sheet: f.sheet,
        cell: f.cell,
        message: f.message,
      }));
    const counts = (['error', 'warning', 'info'] as const).map(
      (s) => `${SEVERITY_LABEL[s]}${findings.filter((f) => f.severity === s).length}条`,
    );
    blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'heading', level: 1, text: '附录 审核意见' });
    blocks.push({
      kind: 'paragraph',
      text: findings.length === 0 ? '本次审核未发现问题。' : `本次审核共发现${counts.join('、')}。本附录仅供内部审核，公开前请删除。`,
    });
    if (findings.length > 0) blocks.push({ kind: 'findings', findings });
  }

  return {
    cover: { department: input.department, year: input.year, title: `${year}年度部门${kindWord}公开` },
    toc: { title: '目  录' },
    blocks,
    review,
  };
}
