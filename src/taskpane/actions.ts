/**
 * The task pane's dispatcher: each action is one or more jobs of `src/excel` run inside `Excel.run`,
 * fed by the pure core (in the pane's worker where the work is heavy). Components receive these
 * actions as props and never touch Office themselves.
 *
 * The core modules are imported when an action first runs, so the templates, the sample and the
 * rules are separate chunks, not part of the initial task pane bundle (≤ 150 KB gzip).
 */
import type { ExcelContext } from '../excel/api';
import type { Unit } from '../core/amount';
import type { FamilyId } from '../core/model';
import type { Acceptance } from '../core/rules/acceptances';
import type { Finding } from '../core/rules/finding';
import type { RoundingPolicy } from '../core/rules/rounding';
import type { CodeLayout } from '../core/templates';
import type { GeneratedKind, GeneratedSheet } from '../excel/generated';
import type { MarkResult } from '../excel/marks';
import type { BalanceAdjustment } from '../core/balance';
import type { BalanceView, NarrativeView, PreparedDocument, PreviousFile, WorkbookStatus } from './coreJobs';
import type { SpawnWorker } from './offThread';

/** Runs one job in a batch against the workbook: `Excel.run` in Excel, the fake in the browser tests. */
export type ExcelRun = <T>(job: (context: ExcelContext) => Promise<T>) => Promise<T>;

/** 生成模板 — what the user chose in the 模板 step. */
export interface TemplateRequest {
  family: FamilyId;
  department: string;
  year: number;
  unit: Unit;
  codeLayout: CodeLayout;
  /** 单位类型, when the user chose one (one of core/params UNIT_TYPES). */
  unitType?: string;
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

/** 校验 — where the workbook stands, and how the marking went. */
export interface CheckOutcome {
  status: WorkbookStatus;
  marks: MarkResult;
}

/** The step a check is at, for the pane's progress indication: read, check (off the UI thread), mark. */
export type CheckStage = 'reading' | 'checking' | 'marking';

/** What 生成公开文档 produced. */
export interface ReportOutcome extends Omit<PreparedDocument, 'sheet'> {
  /** The sheet the document was laid out in. */
  sheet: string;
}

export interface TaskpaneActions {
  /** Reads the workbook and reviews it (off the UI thread), against last year's when given; marks nothing. */
  status(policy: RoundingPolicy, previous?: PreviousFile): Promise<WorkbookStatus>;
  /**
   * The sheets the add-in wrote before for `kind` that are still there, each with whether the user
   * filled in or edited it since (to confirm their replacement).
   */
  generatedSheets(kind: GeneratedKind): Promise<GeneratedSheet[]>;
  /**
   * Lays out the family's blank tables and the 参数 sheet (with the department, year and 单位类型
   * filled in), replacing the templates written before; returns the sheet names.
   */
  layOutTemplates(request: TemplateRequest): Promise<string[]>;
  /** Lays out the embedded sample (the seed's 13 tables) and its 参数, replacing the templates written before. */
  layOutSample(codeLayout: CodeLayout): Promise<string[]>;
  /** 生成下一年度模板 — reads the workbook and lays out next year's templates and 参数 into new sheets. */
  rollForward(): Promise<RollForwardOutcome>;
  /** Lays out a blank 参数 sheet (a new sheet; returns its name). */
  addParamsSheet(): Promise<string>;
  /**
   * Reads the workbook, reviews it (in the worker where there is one) — against last year's
   * workbook when `previous` is given, read there too — and marks the open findings in place;
   * `onProgress` hears each step as it starts.
   */
  check(policy: RoundingPolicy, onProgress?: (stage: CheckStage) => void, previous?: PreviousFile): Promise<CheckOutcome>;
  /** Selects a cell; false when its sheet no longer exists. */
  selectCell(sheet: string, cell: string): Promise<boolean>;
  /** Selects where 参数 field `id` is filled in; false when the workbook has no 参数 sheet. */
  selectParamField(id: string): Promise<boolean>;
  /** Takes every mark away, restoring the cells' fills; returns the number of cells restored. */
  clearMarks(): Promise<number>;
  /** Accepts 提示 and 信息 findings with one 说明, kept with the workbook. */
  accept(findings: readonly Finding[], note: string): Promise<void>;
  /** Withdraws the 说明 of an accepted finding: it is open again. */
  withdraw(finding: Finding): Promise<void>;
  /** 舍位平衡… — reads the workbook and proposes the fewest one-unit adjustments (off the UI thread); changes nothing. */
  proposeBalance(policy: RoundingPolicy): Promise<BalanceView>;
  /**
   * 舍位平衡, confirmed: reads the workbook again and, only if it still gives the proposal confirmed,
   * writes the adjusted figures and records each change in `_校验说明`.
   */
  applyBalance(policy: RoundingPolicy, confirmed: readonly BalanceAdjustment[]): Promise<BalanceApplied>;
  /**
   * 生成情况说明 — from the recognised tables and the 参数 sheet (its empty 上年 fields from last
   * year's workbook when given); with where the workbook stands.
   */
  generateNarrative(policy: RoundingPolicy, previous?: PreviousFile): Promise<{ narrative: NarrativeView; status: WorkbookStatus }>;
  /** 写入工作表 — the narrative and its charts into its sheet, replacing the one written before; returns the sheet's name. */
  writeNarrative(narrative: NarrativeView): Promise<string>;
  /**
   * 生成公开文档 — the whole disclosure: the 公开文本 sheet (replacing the one written before) and the
   * .docx bytes; reviewed against last year's workbook when given, its 情况说明 taking the empty 参数 上年 fields from it.
   */
  produceReport(policy: RoundingPolicy, previous?: PreviousFile): Promise<ReportOutcome>;
}

/** What confirming 舍位平衡 did: the figures changed, or why nothing was written. */
export type BalanceApplied = { kind: 'applied'; changed: number } | { kind: 'changed' } | { kind: 'refused'; reason: string };

/** The sheets the narrative and the document are written to. */
const NARRATIVE_SHEET = '情况说明';

/** How the actions reach the workbook. */
export interface ActionHost {
  run: ExcelRun;
  /** Whether the host has the note API (ExcelApi 1.18) for marks; without it, fills only. */
  notesSupported: boolean;
  /** Starts the pane's worker; without it (or when it fails to start) the core runs in this thread. */
  spawnWorker?: SpawnWorker;
}

/** YYYY-MM-DD in the user's time zone, as the acceptance sheet records dates. */
export function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function createActions({ run, notesSupported, spawnWorker }: ActionHost): TaskpaneActions {
  const readWorkbook = async () => {
    const { readWorkbook: read } = await import(/* webpackChunkName: "excel-read" */ '../excel/read');
    return run((context) => read(context));
  };
  const core = () => import(/* webpackChunkName: "off-thread" */ './offThread');
  const replacing = async (kind: GeneratedKind, write: (context: ExcelContext) => Promise<string[]>) => {
    const { replaceGenerated } = await import(/* webpackChunkName: "excel-generated" */ '../excel/generated');
    return run((context) => replaceGenerated(context, kind, write));
  };
  /** Rewrites the stored acceptances with `edit`. */
  const editAcceptances = async (edit: (stored: Acceptance[]) => Acceptance[]) => {
    const [{ acceptanceSheet, readAcceptances }, { writeOwnSheet }, { readWorkbook: read }] = await Promise.all([
      import(/* webpackChunkName: "core-acceptances" */ '../core/rules/acceptances'),
      import(/* webpackChunkName: "excel-own-sheet" */ '../excel/own-sheet'),
      import(/* webpackChunkName: "excel-read" */ '../excel/read'),
    ]);
    await run(async (context) => {
      const stored = readAcceptances(await read(context));
      await writeOwnSheet(context, acceptanceSheet(edit(stored)));
    });
  };
  return {
    async status(policy, previous) {
      const workbook = await readWorkbook();
      const { offThread } = await core();
      return (await offThread({ kind: 'status', workbook, policy, ...(previous ? { previous } : {}) }, spawnWorker)).status;
    },
    async generatedSheets(kind) {
      const { generatedSheetsState } = await import(/* webpackChunkName: "excel-generated" */ '../excel/generated');
      return run((context) => generatedSheetsState(context, kind));
    },
    async layOutTemplates(request) {
      const [{ layoutWorkbook }, { paramsSheet }, { Decimal }, { layOutGrids }] = await Promise.all([
        import(/* webpackChunkName: "core-templates" */ '../core/templates'),
        import(/* webpackChunkName: "core-params" */ '../core/params'),
        import(/* webpackChunkName: "core-params" */ '../core/amount'),
        import(/* webpackChunkName: "excel-layout" */ '../excel/layout'),
      ]);
      // What the user typed in 模板 goes into 参数, so that the 情况说明 does not ask for it again.
      const params = { department: request.department, year: new Decimal(request.year), ...(request.unitType ? { unitType: request.unitType } : {}) };
      const grids = [...layoutWorkbook(request), paramsSheet(params)];
      return replacing('模板', (context) => layOutGrids(context, grids));
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
      return replacing('模板', (context) => layOutGrids(context, grids));
    },
    async rollForward() {
      const [{ rollForward }, { FAMILIES, tableTemplate }, { layOutGrids }] = await Promise.all([
        import(/* webpackChunkName: "core-rollforward" */ '../core/rollforward'),
        import(/* webpackChunkName: "core-templates" */ '../core/templates'),
        import(/* webpackChunkName: "excel-layout" */ '../excel/layout'),
      ]);
      const rolled = rollForward(await readWorkbook());
      if (rolled.kind === 'unusable') return rolled;
      // layOutGrids only adds sheets: this year's 表1 … and 参数 stay, next year's get free names.
      const sheets = await run((context) => layOutGrids(context, rolled.grids));
      const missing = rolled.missing.map((kind) => tableTemplate(FAMILIES[rolled.family], kind)?.sheetName ?? kind);
      return { kind: 'rolled', year: rolled.year + 1, sheets, missing };
    },
    async addParamsSheet() {
      const [{ paramsSheet }, { layOutGrids }] = await Promise.all([
        import(/* webpackChunkName: "core-params" */ '../core/params'),
        import(/* webpackChunkName: "excel-layout" */ '../excel/layout'),
      ]);
      const [name = ''] = await run((context) => layOutGrids(context, [paramsSheet()]));
      return name;
    },
    async check(policy, onProgress, previous) {
      const [{ offThread }, { markFindings }] = await Promise.all([core(), import(/* webpackChunkName: "excel-marks" */ '../excel/marks')]);
      onProgress?.('reading');
      const workbook = await readWorkbook();
      // Recognition and the rules are the long part on a large workbook: off the UI thread.
      onProgress?.('checking');
      const { status } = await offThread({ kind: 'status', workbook, policy, ...(previous ? { previous } : {}) }, spawnWorker);
      onProgress?.('marking');
      const open = status.findings.filter((finding) => !finding.accepted && finding.sheet !== '' && finding.cell !== '');
      const marks = await run((context) => markFindings(context, open, { notes: notesSupported, suspects: status.suspects }));
      return { status, marks };
    },
    async selectCell(sheet, cell) {
      const { selectCell } = await import(/* webpackChunkName: "excel-select" */ '../excel/select');
      return run((context) => selectCell(context, sheet, cell));
    },
    async selectParamField(id) {
      const { selectParamField } = await import(/* webpackChunkName: "excel-params-field" */ '../excel/params-field');
      return (await run((context) => selectParamField(context, id))) !== undefined;
    },
    async clearMarks() {
      const { clearMarks } = await import(/* webpackChunkName: "excel-marks" */ '../excel/marks');
      return run((context) => clearMarks(context));
    },
    async accept(findings, note) {
      const { acceptAll } = await import(/* webpackChunkName: "core-acceptances" */ '../core/acceptance-edits');
      // Refused (an error, an empty 说明) before the workbook is touched.
      acceptAll([], findings, note, localDate(new Date()));
      await editAcceptances((stored) => acceptAll(stored, findings, note, localDate(new Date())));
    },
    async withdraw(finding) {
      const { withdrawAcceptance } = await import(/* webpackChunkName: "core-acceptances" */ '../core/acceptance-edits');
      await editAcceptances((stored) => withdrawAcceptance(stored, finding));
    },
    async proposeBalance(policy) {
      const workbook = await readWorkbook();
      const { offThread } = await core();
      return (await offThread({ kind: 'balance', workbook, policy }, spawnWorker)).proposal;
    },
    async applyBalance(policy, confirmed) {
      const workbook = await readWorkbook();
      const [{ offThread }, { writeBalance }] = await Promise.all([core(), import(/* webpackChunkName: "excel-balance" */ '../excel/balance')]);
      const { write } = await offThread({ kind: 'applyBalance', workbook, policy, confirmed, date: localDate(new Date()) }, spawnWorker);
      if (write.kind !== 'write') return write;
      await run((context) => writeBalance(context, write.cells, write.record));
      return { kind: 'applied', changed: write.cells.length };
    },
    async generateNarrative(policy, previous) {
      const workbook = await readWorkbook();
      const { offThread } = await core();
      const { narrative, status } = await offThread({ kind: 'narrative', workbook, policy, ...(previous ? { previous } : {}) }, spawnWorker);
      return { narrative, status };
    },
    async writeNarrative(narrative) {
      const { writeNarrativeSheet } = await import(/* webpackChunkName: "excel-narrative" */ '../excel/narrative');
      const [sheet = ''] = await replacing('情况说明', async (context) => [await writeNarrativeSheet(context, NARRATIVE_SHEET, narrative.lines, narrative.charts)]);
      return sheet;
    },
    async produceReport(policy, previous) {
      const workbook = await readWorkbook();
      const [{ offThread }, { layOutGrids }] = await Promise.all([core(), import(/* webpackChunkName: "excel-layout" */ '../excel/layout')]);
      const { document } = await offThread({ kind: 'report', workbook, policy, ...(previous ? { previous } : {}) }, spawnWorker);
      const [sheet = ''] = await replacing('公开文本', (context) => layOutGrids(context, [document.sheet]));
      return { status: document.status, docx: document.docx, fileName: document.fileName, sheet, ...(document.draft ? { draft: document.draft } : {}) };
    },
  };
}
