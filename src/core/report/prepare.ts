/**
 * 一键生成 — everything a report needs, from one workbook: review it, read 参数, generate the
 * 情况说明 with its charts (the 决算 one for a 决算 family), cut the 绩效目标表 out of their sheets, read
 * the 名词解释 sheet, and assemble the document model — a draft while the review has errors or the
 * 情况说明 lacks inputs. The CLI `report` command and the task pane both call this, so the two produce
 * the same document.
 */
import type { CheckOptions } from '../check';
import { cellText, type Workbook } from '../grid';
import {
  chartSpecs,
  factsFromTables,
  finalFactsFromTables,
  finalInputsFromParams,
  generateFinalNarrative,
  generateNarrative,
  type ChartSpec,
  type Narrative,
} from '../narrative';
import { readParams, textParam, decimalParam } from '../params';
import { expectedKinds, type RecognizedFamilyId, type TableKind } from '../kinds';
import type { TypedTable } from '../model';
import type { Finding } from '../rules/finding';
import type { PreviousWorkbook } from '../previous';
import { reviewWorkbook, type WorkbookReview } from '../review';
import { buildReport, type NarrativeItem, type NarrativeSectionInput } from './build';
import { targetForms } from './forms';
import { readGlossary } from './glossary';
import type { ReportChart, ReportDocument, UnfinishedItem } from './model';
import { readDepartmentProfile } from './profile';
import { tableSourcesFromRecognition } from './tables';
import { placeholder } from './text';

/** Options of {@link prepareReport}; every field has a default. */
export interface PrepareReportOptions extends CheckOptions {
  /** 审核稿: append the findings. Default false. */
  readonly review?: boolean;
  /**
   * Last year's workbook, as `reviewWorkbook` takes it: the review compares with it, and the
   * 情况说明 takes the 参数 上年 fields left empty from it. Default none.
   */
  readonly previous?: PreviousWorkbook;
}

/** The document and what was found on the way. */
export interface PreparedReport {
  readonly document: ReportDocument;
  /** The review of the workbook: the same findings and counts as 校验 and `check` show. */
  readonly review: WorkbookReview;
  readonly narrative: Narrative;
  /** What generating the 情况说明 lacked (参数 not given, figures not found): the document's 【待填写】. */
  readonly unfinished: readonly Finding[];
}

/**
 * 未完成事项 — what keeps a workbook's document a draft, in the order the draft's last page lists
 * them: the review's open errors, then what the 情况说明 lacked. The task pane shows the same list.
 * (The document adds any other 【待填写】 it holds, e.g. a missing 职责; see `ReportDocument.unfinished`.)
 * @example unfinishedItems(review, narrative.findings)[0] // { kind: 'error', where: '表3!C5', what: '…' }
 */
export function unfinishedItems(review: WorkbookReview, lacking: readonly Finding[]): UnfinishedItem[] {
  const errors = review.findings.filter((f) => f.severity === 'error' && f.accepted === undefined);
  return [
    ...errors.map((f): UnfinishedItem => ({ kind: 'error', where: `${f.sheet}!${f.cell}`, what: f.message })),
    ...lacking.map((f): UnfinishedItem => ({ kind: 'placeholder', where: `${f.sheet}!${f.cell}`, what: f.message })),
  ];
}

/** 图 — a narrative chart spec as the report draws it (values are printed 万元, two places). */
function reportChart(spec: ChartSpec): ReportChart {
  return { kind: spec.kind, title: spec.title, categories: spec.categories, values: spec.values, unit: '万元' };
}

/** The generated sections as report sections: sentences joined per paragraph, sub-headings and charts in place. */
function narrativeSections(narrative: Narrative): NarrativeSectionInput[] {
  return narrative.sections.map((section) => {
    const items: NarrativeItem[] = [];
    for (const paragraph of section.paragraphs) {
      if (paragraph.heading) items.push({ subheading: paragraph.heading });
      const text = paragraph.sentences.map((s) => s.text).join('');
      if (text !== '') items.push(text);
      if (paragraph.chart && paragraph.chart.categories.length > 0) items.push({ chart: reportChart(paragraph.chart) });
    }
    return { heading: `${section.number}、${section.title}`, paragraphs: items };
  });
}

/** The family's table kinds in print order (表1 … 表13), when the family is known. */
function familyOrder(family: RecognizedFamilyId | undefined): readonly TableKind[] {
  return family ? expectedKinds(family) : [];
}

/** 部门名称：X as the layouts print it above each table (src/core/templates/layout.ts). */
function departmentFromSheets(workbook: Workbook): string | undefined {
  for (const grid of workbook) {
    for (const row of grid.values.slice(0, 4)) {
      for (const value of row) {
        const match = /^(?:部门名称|单位名称|编制单位|编制部门)\s*[:：]\s*(\S.*)$/.exec(cellText(value ?? null));
        if (match?.[1]) return match[1].trim();
      }
    }
  }
  return undefined;
}

/** 部门与年度 — who and which year a workbook discloses, as far as it says. */
export interface DisclosureIdentity {
  readonly department?: string;
  readonly year?: number;
}

/**
 * Who and which year: the 参数 sheet first (the user's own statement), then the tables (the
 * 机关运行经费 unit row, the titles' year), then the 部门名称：… line printed above a table.
 * @example identifyDisclosure(workbook, recognition.tables) // { department: '阳城县应急管理局', year: 2024 }
 */
export function identifyDisclosure(workbook: Workbook, tables: readonly TypedTable[]): DisclosureIdentity {
  const params = readParams(workbook);
  const facts = factsFromTables(tables);
  const department = textParam(params.values, 'department') ?? facts.department ?? departmentFromSheets(workbook);
  const yearParam = decimalParam(params.values, 'year');
  const year = yearParam?.isInteger() ? yearParam.toNumber() : facts.year;
  return { ...(department === undefined ? {} : { department }), ...(year === undefined ? {} : { year }) };
}

/**
 * Checks the workbook and builds its report. Problems in the workbook are findings; an absent
 * department or year becomes 【待填写：…】 in the document, never a guess.
 * @example prepareReport(workbook).document.cover.title // "2024年度部门预算公开"
 */
export function prepareReport(workbook: Workbook, options: PrepareReportOptions = {}): PreparedReport {
  const review = reviewWorkbook(workbook, { ...(options.policy ? { policy: options.policy } : {}), ...(options.previous ? { previous: options.previous } : {}) });
  const { recognition } = review;
  const { params } = review;
  const final = recognition.family === 'final9';
  const facts = factsFromTables(recognition.tables);
  const narrative = final
    ? generateFinalNarrative(finalFactsFromTables(recognition.tables), finalInputsFromParams(params.values))
    : generateNarrative(facts, params.values, { paramSources: params.sources });
  const identity = identifyDisclosure(workbook, recognition.tables);
  const department = identity.department ?? placeholder('部门名称');
  const year = identity.year;
  const sections = narrativeSections(narrative);
  const placedCharts = new Set(narrative.sections.flatMap((s) => s.paragraphs.flatMap((p) => (p.chart ? [p.chart.title] : []))));
  const looseCharts = (narrative.charts.length > 0 || final ? narrative.charts : chartSpecs(facts))
    .filter((c) => !placedCharts.has(c.title) && c.categories.length > 0)
    .map(reportChart);
  const glossary = readGlossary(workbook).entries;
  const document = buildReport({
    department,
    year,
    kind: final ? 'final' : 'budget',
    tables: tableSourcesFromRecognition(workbook, recognition.tables, familyOrder(recognition.family)),
    profile: readDepartmentProfile(workbook),
    narrative: sections,
    charts: looseCharts,
    targets: targetForms(workbook),
    findings: review.findings.filter((f) => f.accepted === undefined),
    review: options.review === true,
    ...(glossary === undefined ? {} : { glossary }),
    unfinished: unfinishedItems(review, narrative.findings),
  });
  return { document, review, narrative, unfinished: narrative.findings };
}
