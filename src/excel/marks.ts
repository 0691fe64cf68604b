/**
 * 标记 / 清除标记 — shows findings in place: a fill by severity and a note with the message, and
 * takes them away again restoring each cell's original fill (including no fill).
 *
 * Marks never write a value into a user's cell: fills and notes only; the original fills go to
 * the hidden sheet `_标记记录` (marks-record.ts). Marking again first restores cells whose findings
 * are gone, and keeps the first-recorded original of cells still marked.
 *
 * Syncs: mark 2 (read current fills, notes and the old record; write everything), clear 2 (read
 * the record; restore and delete it), 1 when there is nothing to clear.
 *
 * A suspect (error localisation: the cell most likely typed wrong) gets its own fill and a note
 * saying what it is and what it should be (“应为” only there); a cell that only shows a
 * consequence keeps its severity's fill and its note names the suspect it comes from.
 *
 * Notes use the ExcelApi 1.18 note API, fill patterns ExcelApi 1.9. Where this Excel lacks them
 * (`capabilities`, by default what it answers) marks are fills only — the task pane's list still
 * shows every finding — and a fill is known by its colour alone: white, which Excel also answers
 * for no fill, is restored as no fill (marking sets the colour only, so a pattern is never lost).
 * A note the user wrote is never replaced or deleted; ours, added by a newer Excel, stay where
 * this one cannot delete them.
 */
import type { ExcelContext, NoteApi, RangeFillApi, WorksheetApi } from './api';
import { formatCellRef, rangeFromA1, rangeToA1, toA1 } from '../core/grid';
import { type CapabilityOptions, type ExcelCapabilities, hostCapabilities } from './capabilities';
import { asLiteralText } from './cells';
import {
  MARK_RECORD_SHEET,
  type MarkRecord,
  type MarkSeverity,
  type OriginalFill,
  parseRecord,
  recordKey,
  recordRows,
} from './marks-record';

/** Fill colours by severity (Excel's own "bad" red, "neutral" yellow, a light blue for 尾差). */
export const SEVERITY_FILL: Readonly<Record<MarkSeverity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** The fill of a suspect cell: a stronger red than the cells that only show its consequences. */
export const SUSPECT_FILL = '#FF7C80';

/** The colour Excel answers for a cell without fill. */
const NO_FILL_COLOR = '#FFFFFF';

/** What marking needs of a finding (a `Finding` from core/rules fits). */
export interface MarkableFinding {
  readonly severity: MarkSeverity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  /** The index in `MarkOptions.suspects` of the cell that explains it. */
  readonly cause?: number;
}

/** What marking needs of a suspect (a `Suspect` of the core's review fits). */
export interface MarkableSuspect {
  readonly sheet: string;
  readonly cell: string;
  /** As printed; empty for a blank cell. */
  readonly current: string;
  readonly suggested: string;
}

export interface MarkOptions extends CapabilityOptions {
  /** Add a note with the message to each marked cell (default true; only where Excel has notes). */
  readonly notes?: boolean;
  /** The review's suspects, which findings' `cause` index into. */
  readonly suspects?: readonly MarkableSuspect[];
}

export interface MarkResult {
  /** Cells now marked. */
  readonly marked: number;
  /** Findings that could not be marked, with the reason (zh-CN). */
  readonly skipped: readonly { readonly sheet: string; readonly cell: string; readonly reason: string }[];
}

/** The prefix of our notes, so a reader knows who wrote them. */
export const NOTE_PREFIX = '【预算公开助手】';

/** A finding's range is expanded to its cells up to this many; beyond, its first cell stands for it. */
const MAX_CELLS_PER_FINDING = 500;

const SEVERITY_RANK: Readonly<Record<MarkSeverity, number>> = { error: 3, warning: 2, info: 1 };

interface Target {
  readonly sheet: string;
  readonly cell: string;
  severity: MarkSeverity;
  readonly messages: string[];
  /** The cell is a suspect: its own fill, its line first in the note. */
  suspect?: boolean;
}

/**
 * Marks the findings' cells. Returns how many cells are marked and which findings were skipped.
 * @example await Excel.run((context) => markFindings(context, result.findings));
 */
export async function markFindings(
  context: ExcelContext,
  findings: readonly MarkableFinding[],
  options: MarkOptions = {},
): Promise<MarkResult> {
  const capabilities = options.capabilities ?? hostCapabilities();
  const withNotes = (options.notes ?? true) && capabilities.cellNotes;
  const fillProperties: ('color' | 'pattern' | 'patternColor')[] = capabilities.fillPatterns ? ['color', 'pattern', 'patternColor'] : ['color'];
  const skipped: { sheet: string; cell: string; reason: string }[] = [];
  const targets = collectTargets(findings, options.suspects ?? [], skipped);

  const worksheets = context.workbook.worksheets;
  const existing = worksheets.load(['items/name']);
  const recordSheet = worksheets.getItemOrNullObject(MARK_RECORD_SHEET);
  const recordUsed = recordSheet.getUsedRangeOrNullObject(true).load(['values']);
  const sheets = sheetLookup(context);
  const current = targets.map((target) => {
    const sheet = sheets(target.sheet);
    return {
      target,
      sheet,
      fill: sheet.getRange(target.cell).format.fill.load(fillProperties),
      note: withNotes ? sheet.notes.getItemOrNullObject(target.cell).load(['content']) : undefined,
    };
  });
  await context.sync();

  const previous = new Map<string, MarkRecord>();
  if (!recordUsed.isNullObject) {
    for (const record of parseRecord(recordUsed.values)) previous.set(recordKey(record.sheet, record.cell), record);
  }
  const marking = new Set(targets.map((t) => recordKey(t.sheet, t.cell)));
  const restoreSheets = sheetLookup(context);
  const present = sheetNames(existing.items);
  for (const [key, record] of previous) {
    if (!marking.has(key) && present.has(record.sheet.toLowerCase())) restoreCell(restoreSheets(record.sheet), record, capabilities);
  }

  const records: MarkRecord[] = [];
  for (const { target, sheet, fill, note } of current) {
    if (sheet.isNullObject) {
      skipped.push({ sheet: target.sheet, cell: target.cell, reason: `工作表“${target.sheet}”不存在` });
      continue;
    }
    const old = previous.get(recordKey(target.sheet, target.cell));
    const original = originalFill(fill, old, capabilities.fillPatterns);
    const message = target.messages.join('\n');
    sheet.getRange(target.cell).format.fill.color = target.suspect ? SUSPECT_FILL : SEVERITY_FILL[target.severity];
    // Without notes, a note of ours from an earlier marking stays recorded, for a newer Excel to clear.
    const noteAdded = note ? writeNote(sheet, target.cell, note, old?.noteAdded ?? false, message) : (old?.noteAdded ?? false);
    records.push({ sheet: target.sheet, cell: target.cell, fill: original, noteAdded, severity: target.severity, message });
  }

  if (records.length > 0) writeRecord(context, recordSheet, records);
  else if (!recordSheet.isNullObject) recordSheet.delete();
  await context.sync();
  return { marked: records.length, skipped };
}

/**
 * Takes every mark away: restores the recorded fills, deletes our notes (where this Excel has
 * notes), deletes the record. Returns the number of cells restored.
 */
export async function clearMarks(context: ExcelContext, options: CapabilityOptions = {}): Promise<number> {
  const capabilities = options.capabilities ?? hostCapabilities();
  const existing = context.workbook.worksheets.load(['items/name']);
  const recordSheet = context.workbook.worksheets.getItemOrNullObject(MARK_RECORD_SHEET);
  const recordUsed = recordSheet.getUsedRangeOrNullObject(true).load(['values']);
  await context.sync();
  if (recordSheet.isNullObject) return 0;
  // A sheet deleted or renamed since marking has nothing left to restore.
  const present = sheetNames(existing.items);
  const records = (recordUsed.isNullObject ? [] : parseRecord(recordUsed.values)).filter((r) => present.has(r.sheet.toLowerCase()));
  const sheets = sheetLookup(context);
  for (const record of records) restoreCell(sheets(record.sheet), record, capabilities);
  recordSheet.delete();
  await context.sync();
  return records.length;
}

/** Sheet names as Excel compares them (ignoring case). */
function sheetNames(sheets: readonly { readonly name: string }[]): Set<string> {
  return new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
}

/**
 * Merges findings per cell (the highest severity wins, messages are joined) and expands ranges;
 * a suspect's cell comes first with what it should be, and a consequence names its suspect.
 */
function collectTargets(
  findings: readonly MarkableFinding[],
  suspects: readonly MarkableSuspect[],
  skipped: { sheet: string; cell: string; reason: string }[],
): Target[] {
  const targets = new Map<string, Target>();
  for (const suspect of suspects) {
    const current = suspect.current === '' ? '空白' : suspect.current;
    const message = `很可能填错：现为 ${current}，应为 ${suspect.suggested}`;
    targets.set(recordKey(suspect.sheet, suspect.cell), { sheet: suspect.sheet, cell: suspect.cell, severity: 'error', messages: [message], suspect: true });
  }
  for (const original of findings) {
    const cause = original.cause === undefined ? undefined : suspects[original.cause];
    // At the suspect itself the note already says so.
    const suspect = cause && !(cause.sheet === original.sheet && cause.cell === original.cell) ? cause : undefined;
    const finding = suspect ? { ...original, message: `${original.message}（很可能由 ${formatCellRef(suspect)} 填错引起）` } : original;
    let cells: string[];
    try {
      cells = cellsOf(finding.cell);
    } catch {
      skipped.push({ sheet: finding.sheet, cell: finding.cell, reason: `“${finding.cell}”不是单元格地址` });
      continue;
    }
    for (const cell of cells) {
      const key = recordKey(finding.sheet, cell);
      const existing = targets.get(key);
      if (!existing) {
        targets.set(key, { sheet: finding.sheet, cell, severity: finding.severity, messages: [finding.message] });
        continue;
      }
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[existing.severity]) existing.severity = finding.severity;
      if (!existing.messages.includes(finding.message)) existing.messages.push(finding.message);
    }
  }
  return [...targets.values()];
}

/** "$b$3" → ["B3"]; "B3:C4" → its cells. Throws AddressError for text that is not an address. */
function cellsOf(address: string): string[] {
  const range = rangeFromA1(address.replace(/\$/g, ''));
  const cells: string[] = [];
  for (let r = range.top; r <= range.bottom && cells.length < MAX_CELLS_PER_FINDING; r++) {
    for (let c = range.left; c <= range.right && cells.length < MAX_CELLS_PER_FINDING; c++) cells.push(toA1(r, c));
  }
  return cells;
}

/** One proxy per sheet name and batch. */
function sheetLookup(context: ExcelContext): (name: string) => WorksheetApi {
  const cache = new Map<string, WorksheetApi>();
  return (name) => {
    let sheet = cache.get(name);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItemOrNullObject(name);
      cache.set(name, sheet);
    }
    return sheet;
  };
}

/**
 * The fill to restore later. A cell marked before keeps its first-recorded original, unless the
 * user has since re-coloured it (its fill is no longer our mark colour). Without fill patterns
 * (`patterns` false) only the colour is known: white, what Excel answers for no fill, is no fill.
 */
function originalFill(fill: RangeFillApi, old: MarkRecord | undefined, patterns: boolean): OriginalFill {
  const color = fill.color;
  const pattern = patterns ? String(fill.pattern ?? 'None') : sameColor(color, NO_FILL_COLOR) ? 'None' : 'Solid';
  if (old && pattern === 'Solid' && (sameColor(color, SEVERITY_FILL[old.severity]) || sameColor(color, SUSPECT_FILL))) return old.fill;
  if (pattern === 'None') return { pattern };
  return {
    pattern,
    ...(color ? { color } : {}),
    ...(patterns && fill.patternColor ? { patternColor: fill.patternColor } : {}),
  };
}

function sameColor(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.replace('#', '').toUpperCase() === b.replace('#', '').toUpperCase();
}

/** Adds or updates our note; leaves a user's note alone. True when the cell's note is ours. */
function writeNote(sheet: WorksheetApi, cell: string, note: NoteApi, wasOurs: boolean, message: string): boolean {
  const text = NOTE_PREFIX + message;
  if (note.isNullObject) {
    sheet.notes.add(cell, text);
    return true;
  }
  if (wasOurs || note.content.startsWith(NOTE_PREFIX)) {
    note.content = text;
    return true;
  }
  return false;
}

/**
 * Puts a cell's recorded fill back and deletes our note. A record written by a newer Excel may
 * hold a pattern or a note this one cannot touch: the colour is restored, the note stays.
 */
function restoreCell(sheet: WorksheetApi, record: MarkRecord, capabilities: ExcelCapabilities): void {
  const fill = sheet.getRange(record.cell).format.fill;
  if (record.fill.pattern === 'None') {
    fill.clear();
  } else {
    fill.color = record.fill.color ?? NO_FILL_COLOR;
    if (capabilities.fillPatterns && record.fill.pattern !== 'Solid') fill.pattern = record.fill.pattern as Excel.RangeFill['pattern'];
    if (capabilities.fillPatterns && record.fill.patternColor) fill.patternColor = record.fill.patternColor;
  }
  // The OrNullObject idiom: if the user has removed our note since, the delete does nothing.
  if (record.noteAdded && capabilities.cellNotes) sheet.notes.getItemOrNullObject(record.cell).delete();
}

function writeRecord(context: ExcelContext, existing: WorksheetApi, records: readonly MarkRecord[]): void {
  let sheet = existing;
  if (existing.isNullObject) {
    sheet = context.workbook.worksheets.add(MARK_RECORD_SHEET);
    sheet.visibility = 'Hidden';
  } else {
    sheet.getRange().clear('Contents');
  }
  const rows = recordRows(records).map((row) => row.map(asLiteralText));
  sheet.getRange(rangeToA1({ top: 0, left: 0, bottom: rows.length - 1, right: rows[0]!.length - 1 })).values = rows;
}
