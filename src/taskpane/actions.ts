/**
 * The task pane's dispatcher: each action is one job of `src/excel` run inside `Excel.run`, fed by
 * the pure core. Components receive these actions as props and never touch Office themselves.
 *
 * The core modules are imported when an action first runs, so the templates, the sample and the
 * rules are separate chunks, not part of the initial task pane bundle (issue 6: ≤ 150 KB gzip).
 */
import type { ExcelContext } from '../excel/api';
import type { Unit } from '../core/amount';
import type { FamilyId } from '../core/model';
import type { Finding } from '../core/rules/finding';
import type { WorkbookNarrative } from '../core/narrative';
import type { RoundingPolicy } from '../core/rules/rounding';
import type { CodeLayout } from '../core/templates';
import type { MarkResult } from '../excel/marks';
import type { CheckReport } from './checkJob';
import type { SpawnWorker } from './checkOffThread';

/** Runs one job in a batch against the workbook: `Excel.run` in Excel, the fake in the browser tests. */
export type ExcelRun = <T>(job: (context: ExcelContext) => Promise<T>) => Promise<T>;

/** 生成模板 — what the user chose in the 模板 panel. */
export interface TemplateRequest {
  family: FamilyId;
  department: string;
  year: number;
  unit: Unit;
  codeLayout: CodeLayout;
}

/**
 * 生成下一年度模板 — the new sheets for `year`, or why the workbook cannot be rolled forward
 * (core/rollforward's Chinese reason; nothing is written then).
 */
export type RollForwardOutcome =
  | {
      kind: 'rolled';
      year: number;
      sheets: string[];
      /** The family's tables the workbook lacked (laid out blank), by their sheet names, e.g. 表13 绩效目标表. */
      missing: string[];
    }
  | { kind: 'unusable'; reason: string };

/** 校验 — what a check found, and how the marking went. */
export interface CheckOutcome {
  result: CheckReport;
  marks: MarkResult;
}

/** The step a check is at, for the pane's progress indication: read, check (off the UI thread), mark. */
export type CheckStage = 'reading' | 'checking' | 'marking';

export interface TaskpaneActions {
  /** Lays out the family's blank tables and the 参数 sheet into new sheets; returns the sheet names used. */
  layOutTemplates(request: TemplateRequest): Promise<string[]>;
  /** Lays out the embedded sample (the seed's 13 tables) and its 参数 sheet; returns the sheet names used. */
  layOutSample(codeLayout: CodeLayout): Promise<string[]>;
  /** 生成下一年度模板 — reads the workbook and lays out next year's templates and 参数 into new sheets. */
  rollForward(): Promise<RollForwardOutcome>;
  /**
   * Reads the workbook, runs every rule (in the check worker where there is one) and marks the
   * findings not accepted in place; `onProgress` hears each step as it starts.
   */
  check(policy: RoundingPolicy, onProgress?: (stage: CheckStage) => void): Promise<CheckOutcome>;
  /** Selects a finding's cell; false when its sheet no longer exists. */
  selectCell(sheet: string, cell: string): Promise<boolean>;
  /** Takes every mark away, restoring the cells' fills; returns the number of cells restored. */
  clearMarks(): Promise<number>;
  /** Accepts a 提示 or info finding with a 说明, kept in the workbook's hidden `_校验说明` sheet. */
  acceptFinding(finding: Finding, note: string): Promise<void>;
  /** 生成情况说明 — from the recognised tables and the 参数 sheet. */
  generateNarrative(): Promise<WorkbookNarrative>;
  /** 写入工作表 — the narrative and its charts into a new sheet; returns the sheet's name. */
  writeNarrative(narrative: WorkbookNarrative['narrative']): Promise<string>;
  /** 检查已有说明 — findings for the narrative the workbook already holds (none when it holds none). */
  checkExistingNarrative(): Promise<{ found: boolean; findings: readonly Finding[] }>;
  /** 生成公开文档 — the whole disclosure: the 公开文本 sheet in the workbook and the .docx bytes. */
  produceReport(): Promise<ReportOutcome>;
}

/** What 生成公开文档 produced. */
export interface ReportOutcome {
  /** The sheet the document was laid out in. */
  sheet: string;
  /** The Word document, for the user to download. */
  docx: Uint8Array;
  /** A file name for it, e.g. 阳城县应急管理局2024年部门预算公开.docx. */
  fileName: string;
  /** Findings of the tables, the 参数 sheet and the generated text. */
  findings: readonly Finding[];
}

/** The sheet the narrative is written to (a taken name gets " (2)"). */
const NARRATIVE_SHEET = '情况说明';

/** How the actions reach the workbook. */
export interface ActionHost {
  run: ExcelRun;
  /** Whether the host has the note API (ExcelApi 1.18) for marks; without it, fills only. */
  notesSupported: boolean;
  /** Starts the check worker; without it (or when it fails to start) checks run in this thread. */
  spawnCheckWorker?: SpawnWorker;
}

/** YYYY-MM-DD in the user's time zone, as the acceptance sheet records dates. */
export function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function createActions({ run, notesSupported, spawnCheckWorker }: ActionHost): TaskpaneActions {
  return {
    async layOutTemplates(request) {
      const [{ layoutWorkbook }, { paramsSheet }, { layOutGrids }] = await Promise.all([
        import(/* webpackChunkName: "core-templates" */ '../core/templates'),
        import(/* webpackChunkName: "core-params" */ '../core/params'),
        import(/* webpackChunkName: "excel-layout" */ '../excel/layout'),
      ]);
      const grids = [...layoutWorkbook(request), paramsSheet()];
      return run((context) => layOutGrids(context, grids));
    },
    async layOutSample(codeLayout) {
      const [{ layoutWorkbook }, { sampleDisclosure }, { paramsSheet, sampleParams }, { layOutGrids }] = await Promise.all([
        import(/* webpackChunkName: "core-templates" */ '../core/templates'),
        import(/* webpackChunkName: "core-sample" */ '../core/sample'),
        import(/* webpackChunkName: "core-params" */ '../core/params'),
        import(/* webpackChunkName: "excel-layout" */ '../excel/layout'),
      ]);
      const sample = sampleDisclosure();
      const grids = [
        ...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout, data: sample.data }),
        paramsSheet(sampleParams()),
      ];
      return run((context) => layOutGrids(context, grids));
    },
    async rollForward() {
      const [{ rollForward }, { FAMILIES, tableTemplate }, { readWorkbook }, { layOutGrids }] = await Promise.all([
        import(/* webpackChunkName: "core-rollforward" */ '../core/rollforward'),
        import(/* webpackChunkName: "core-templates" */ '../core/templates'),
        import(/* webpackChunkName: "excel-read" */ '../excel/read'),
        import(/* webpackChunkName: "excel-layout" */ '../excel/layout'),
      ]);
      const rolled = rollForward(await run((context) => readWorkbook(context)));
      if (rolled.kind === 'unusable') return rolled;
      // layOutGrids only adds sheets: this year's 表1 … and 参数 stay, next year's get free names.
      const sheets = await run((context) => layOutGrids(context, rolled.grids));
      const missing = rolled.missing.map((kind) => tableTemplate(FAMILIES[rolled.family], kind)?.sheetName ?? kind);
      return { kind: 'rolled', year: rolled.year + 1, sheets, missing };
    },
    async check(policy, onProgress) {
      const [{ checkOffThread }, { readWorkbook }, { markFindings }] = await Promise.all([
        import(/* webpackChunkName: "check-off-thread" */ './checkOffThread'),
        import(/* webpackChunkName: "excel-read" */ '../excel/read'),
        import(/* webpackChunkName: "excel-marks" */ '../excel/marks'),
      ]);
      onProgress?.('reading');
      const workbook = await run((context) => readWorkbook(context));
      // Recognition and the rules are the long part on a large workbook: off the UI thread.
      onProgress?.('checking');
      const result = await checkOffThread({ workbook, policy }, spawnCheckWorker);
      onProgress?.('marking');
      const open = result.findings.filter((finding) => !finding.accepted);
      const marks = await run((context) => markFindings(context, open, { notes: notesSupported }));
      return { result, marks };
    },
    async selectCell(sheet, cell) {
      const { selectCell } = await import(/* webpackChunkName: "excel-select" */ '../excel/select');
      return run((context) => selectCell(context, sheet, cell));
    },
    async clearMarks() {
      const { clearMarks } = await import(/* webpackChunkName: "excel-marks" */ '../excel/marks');
      return run((context) => clearMarks(context));
    },
    async acceptFinding(finding, note) {
      const [{ acceptanceFor, acceptanceSheet, readAcceptances, withAcceptance }, { readWorkbook }, { writeOwnSheet }] = await Promise.all([
        import(/* webpackChunkName: "core-check" */ '../core/rules/acceptances'),
        import(/* webpackChunkName: "excel-read" */ '../excel/read'),
        import(/* webpackChunkName: "excel-own-sheet" */ '../excel/own-sheet'),
      ]);
      const acceptance = acceptanceFor(finding, note, localDate(new Date()));
      await run(async (context) => {
        const stored = readAcceptances(await readWorkbook(context));
        await writeOwnSheet(context, acceptanceSheet(withAcceptance(stored, acceptance)));
      });
    },
    async generateNarrative() {
      const [{ narrativeOfWorkbook }, { recognizeWorkbook }, { readWorkbook }] = await Promise.all([
        import(/* webpackChunkName: "core-narrative" */ '../core/narrative'),
        import(/* webpackChunkName: "core-recognize" */ '../core/recognize'),
        import(/* webpackChunkName: "excel-read" */ '../excel/read'),
      ]);
      const workbook = await run((context) => readWorkbook(context));
      return narrativeOfWorkbook(workbook, recognizeWorkbook(workbook).tables);
    },
    async writeNarrative(narrative) {
      const { narrativeLines, writeNarrativeSheet } = await import(/* webpackChunkName: "excel-narrative" */ '../excel/narrative');
      return run((context) => writeNarrativeSheet(context, NARRATIVE_SHEET, narrativeLines(narrative), narrative.charts));
    },
    async checkExistingNarrative() {
      const [{ checkWorkbookNarrative, findNarrativeText }, { recognizeWorkbook }, { readWorkbook }] = await Promise.all([
        import(/* webpackChunkName: "core-narrative" */ '../core/narrative'),
        import(/* webpackChunkName: "core-recognize" */ '../core/recognize'),
        import(/* webpackChunkName: "excel-read" */ '../excel/read'),
      ]);
      const workbook = await run((context) => readWorkbook(context));
      const found = findNarrativeText(workbook) !== undefined;
      return { found, findings: checkWorkbookNarrative(workbook, recognizeWorkbook(workbook).tables) };
    },
    async produceReport() {
      const [{ prepareReport, publicTextSheet }, { buildDocx }, { readWorkbook }, { layOutGrids }] = await Promise.all([
        import(/* webpackChunkName: "core-report" */ '../core/report'),
        import(/* webpackChunkName: "report-docx" */ '../report/docx'),
        import(/* webpackChunkName: "excel-read" */ '../excel/read'),
        import(/* webpackChunkName: "excel-layout" */ '../excel/layout'),
      ]);
      const workbook = await run((context) => readWorkbook(context));
      const prepared = prepareReport(workbook);
      const [sheet = ''] = await run((context) => layOutGrids(context, [publicTextSheet(prepared.document)]));
      const docx = await buildDocx(prepared.document);
      const fileName = `${prepared.document.cover.department}${prepared.document.cover.title}.docx`.replace(/[\\/:*?"<>|]/g, '');
      return { sheet, docx, fileName, findings: prepared.review.findings };
    },
  };
}
