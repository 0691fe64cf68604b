/**
 * 生成公开文档 — assembles the whole disclosure in the seed's parts and order: 封面, 目录, 第一部分 概况,
 * 第二部分 报表 (each table with its title, 部门名称 and 单位 lines), 第三部分 情况说明 (with its charts,
 * and the 绩效目标表 after the section on 绩效管理, where the seed prints them), 第四部分 名词解释 — then,
 * for a review copy, the findings, and for a draft, what is unfinished.
 * Source: domain guide, "The document"; the seed's 目录 gives the order and the headings
 * (yangcheng-emergency-2024-budget-disclosure.txt, lines 17–58; the 绩效目标表 at lines 555–1541).
 */
import { isRounding, SEVERITIES } from '../rules/finding';
import { BUDGET_GLOSSARY, FINAL_GLOSSARY, glossaryLine } from './glossary';
import type { ReportBlock, ReportChart, ReportDocument, ReportFinding, ReportTable, UnfinishedItem } from './model';
import type { DepartmentProfile } from './profile';
import { reportTable, type TableSource } from './tables';
import { chineseNumeral, placeholder, PLACEHOLDER_MARK, ReportInputError } from './text';

export { chineseNumeral, placeholder, ReportInputError } from './text';

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
  /** 预算 (default) or 决算: decides the titles and the parts' headings. */
  readonly kind?: 'budget' | 'final';
  /** The disclosure tables in print order. */
  readonly tables: readonly TableSource[];
  readonly profile?: DepartmentProfile;
  readonly narrative?: readonly NarrativeSectionInput[];
  /** Charts placed after the section they belong to (三公 → 七, 一般公共预算 → 五); charts inside sections go there. */
  readonly charts?: readonly ReportChart[];
  /** 绩效目标表 (forms cut from their sheets), printed after the 情况说明 section on 绩效管理. */
  readonly targets?: readonly ReportTable[];
  readonly findings?: readonly FindingInput[];
  /** 审核稿 — add the findings appendix. Default false: the public copy never shows findings. */
  readonly review?: boolean;
  /** 名词解释 entries, as printed after their numbers; the standard glossary of the kind by default. */
  readonly glossary?: readonly string[];
  /**
   * What is unfinished besides the 【待填写】 the document holds: errors of the review, and the
   * inputs the 情况说明 lacked (whose placeholders are then not listed twice).
   */
  readonly unfinished?: readonly UnfinishedItem[];
}

/** The headings that differ between a 预算 and a 决算 disclosure. */
interface Parts {
  readonly word: string;
  readonly profile: string;
  readonly duties: string;
  readonly organisation: string;
  readonly tables: (year: string | number) => string;
}

/**
 * 预算: the seed's headings. 决算: the headings of 财政部's 部门决算公开 template (部门概况, 部门职责,
 * 机构设置; 第二部分 …年度部门决算表).
 */
const PARTS: Readonly<Record<'budget' | 'final', Parts>> = {
  budget: { word: '预算', profile: '概况', duties: '一、本部门职责', organisation: '二、机构设置情况', tables: (y) => `${y}年部门预算报表` },
  final: { word: '决算', profile: '部门概况', duties: '一、部门职责', organisation: '二、机构设置', tables: (y) => `${y}年度部门决算表` },
};

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

/** The 绩效目标表, each on a page of its own as the seed prints them. */
function targetBlocks(targets: readonly ReportTable[]): ReportBlock[] {
  return targets.flatMap((table): ReportBlock[] => [{ kind: 'pageBreak' }, { kind: 'table', table }]);
}

/** 第三部分: the sections with their charts, the 绩效目标表 after the section on 绩效管理 (or at the end). */
function narrativeBlocks(input: ReportInput): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const sections = input.narrative ?? [];
  const charts = input.charts ?? [];
  const targets = input.targets ?? [];
  if (sections.length === 0) {
    blocks.push({ kind: 'paragraph', text: placeholder('情况说明'), placeholder: true });
    for (const chart of charts) blocks.push({ kind: 'chart', chart });
    blocks.push(...targetBlocks(targets));
    return blocks;
  }
  const performance = sections.findIndex((s) => /绩效/.test(s.heading));
  const targetsAfter = performance < 0 ? sections.length - 1 : performance;
  sections.forEach((section, index) => {
    blocks.push({ kind: 'heading', level: 2, text: section.heading });
    for (const item of section.paragraphs) {
      if (typeof item === 'string') blocks.push({ kind: 'paragraph', text: item, ...(item.includes(PLACEHOLDER_MARK) ? { placeholder: true } : {}) });
      else if ('subheading' in item) blocks.push({ kind: 'heading', level: 3, text: item.subheading });
      else blocks.push({ kind: 'chart', chart: item.chart });
    }
    for (const chart of charts) {
      if (sectionForChart(chart, sections) === index) blocks.push({ kind: 'chart', chart });
    }
    if (index === targetsAfter) blocks.push(...targetBlocks(targets));
  });
  return blocks;
}

function reviewBlocks(findingsInput: readonly FindingInput[]): ReportBlock[] {
  const findings: ReportFinding[] = [...findingsInput]
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
    .map((f) => ({
      severity: f.severity,
      severityLabel: isRounding(f) ? '尾差' : SEVERITY_LABEL[f.severity],
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
    }));
  const counts = (['error', 'warning', 'info'] as const).map((s) => `${SEVERITY_LABEL[s]}${findings.filter((f) => f.severity === s).length}条`);
  const blocks: ReportBlock[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: '附录 审核意见' },
    {
      kind: 'paragraph',
      text: findings.length === 0 ? '本次审核未发现问题。' : `本次审核共发现${counts.join('、')}。本附录仅供内部审核，公开前请删除。`,
    },
  ];
  if (findings.length > 0) blocks.push({ kind: 'findings', findings });
  return blocks;
}

const PLACEHOLDERS = /【待填写：([^】]*)】/gu;

/**
 * The 【待填写】 of the document that no given item already names, each once, with the part and
 * section it is in.
 */
function placeholderItems(cover: readonly string[], blocks: readonly ReportBlock[], given: readonly UnfinishedItem[]): UnfinishedItem[] {
  const items: UnfinishedItem[] = [];
  const seen = new Set<string>();
  let part = '';
  let section = '';
  const collect = (text: string, where: string): void => {
    for (const match of text.matchAll(PLACEHOLDERS)) {
      const what = match[1] ?? '';
      if (seen.has(what) || given.some((item) => item.what.includes(what))) continue;
      seen.add(what);
      items.push({ kind: 'placeholder', where, what: match[0] });
    }
  };
  for (const text of cover) collect(text, '封面');
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (block.level === 1) {
        part = block.text;
        section = '';
      } else if (block.level === 2) section = block.text;
      collect(block.text, part);
    } else if (block.kind === 'paragraph') collect(block.text, section === '' ? part : `${part} ${section}`);
  }
  return items;
}

/**
 * Builds the document model of the whole disclosure. While anything is unfinished — an error, a
 * 【待填写】 — the document is a draft: its cover says 草稿 and its last page lists what is left.
 *
 * @example
 * const doc = buildReport({ department: '阳城县应急管理局', year: 2024, tables: sources });
 * doc.cover.title // "2024年度部门预算公开"
 */
export function buildReport(input: ReportInput): ReportDocument {
  if (input.year !== undefined && (!Number.isInteger(input.year) || input.year < 1900 || input.year > 2999)) {
    throw new ReportInputError(`buildReport: year must be a four-digit year, got ${input.year}`);
  }
  const kind = input.kind ?? 'budget';
  const parts = PARTS[kind];
  const year = input.year ?? placeholder('年度');
  const blocks: ReportBlock[] = [];

  blocks.push({ kind: 'heading', level: 1, text: `第一部分 ${parts.profile}` });
  blocks.push({ kind: 'heading', level: 2, text: parts.duties });
  blocks.push(...paragraphsOf(input.profile?.duties, parts.duties.slice(2)));
  blocks.push({ kind: 'heading', level: 2, text: parts.organisation });
  blocks.push(...paragraphsOf(input.profile?.organisation, parts.organisation.slice(2)));

  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: `第二部分 ${parts.tables(year)}` });
  if (input.tables.length === 0) {
    blocks.push({ kind: 'paragraph', text: placeholder('工作簿中未识别到公开报表'), placeholder: true });
  }
  input.tables.forEach((source, i) => {
    const table = reportTable(source, i + 1);
    blocks.push({ kind: 'heading', level: 2, text: `表${chineseNumeral(i + 1)} ${table.title}`, tableTitle: true });
    blocks.push({ kind: 'table', table: { ...table, departmentLine: table.departmentLine ?? `部门名称：${input.department}` } });
  });

  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: `第三部分 ${year}年度部门${parts.word}情况说明` });
  blocks.push(...narrativeBlocks(input));

  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'heading', level: 1, text: '第四部分 名词解释' });
  const glossary = input.glossary ?? (kind === 'final' ? FINAL_GLOSSARY : BUDGET_GLOSSARY);
  if (glossary.length === 0) blocks.push({ kind: 'paragraph', text: placeholder('名词解释'), placeholder: true });
  glossary.forEach((entry, i) => {
    blocks.push({ kind: 'paragraph', text: glossaryLine(entry, i), ...(entry.includes(PLACEHOLDER_MARK) ? { placeholder: true } : {}) });
  });

  const review = input.review === true;
  if (review) blocks.push(...reviewBlocks(input.findings ?? []));

  const title = `${year}年度部门${parts.word}公开`;
  const given = input.unfinished ?? [];
  const unfinished = [...given, ...placeholderItems([input.department, title], blocks, given)];
  if (unfinished.length > 0) blocks.push({ kind: 'pageBreak' }, { kind: 'unfinished', items: unfinished });

  return {
    cover: { department: input.department, year: input.year, title, draft: unfinished.length > 0 },
    toc: { title: '目  录' },
    blocks,
    review,
    unfinished,
  };
}
