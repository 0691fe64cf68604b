/**
 * 生成记录 — which sheets the add-in wrote for what (the templates, the 情况说明, the 公开文本), kept
 * in the hidden sheet `_生成记录`, so that generating again replaces them — after the user has
 * confirmed — instead of piling up 情况说明 (2), 公开文本 (2) (issue 15 item 10). A sheet the user
 * renamed is no longer recorded under its new name, so it is never replaced: only sheets the
 * add-in wrote, under the names it gave them, are.
 *
 * Each row also keeps a fingerprint of the sheet's values as written, so that the confirmation can
 * say which of the sheets to be replaced the user has since filled in or edited (their data would
 * be lost) and which are as the add-in wrote them. A row without one (written by an earlier
 * version) counts as edited.
 */
import type { ExcelContext, WorksheetApi } from './api';
import { asLiteralText } from './cells';

/** The hidden record sheet. Hidden sheets are not read as tables, 参数 or 情况说明 (core/recognize, core/narrative). */
export const GENERATED_RECORD_SHEET = '_生成记录';

/** What the add-in writes into sheets of its own. */
export type GeneratedKind = '模板' | '情况说明' | '公开文本';

const HEADER = ['用途', '工作表', '内容指纹'] as const;

interface RecordRow {
  kind: string;
  sheet: string;
  /** The fingerprint of the values as written; empty when unknown. */
  fingerprint: string;
}

/** A sheet the add-in wrote, and whether its values changed since (the user's data is in it). */
export interface GeneratedSheet {
  readonly sheet: string;
  readonly edited: boolean;
}

/**
 * A fingerprint of a sheet's values (its used range, values only): FNV-1a over their JSON, in hex.
 * Equal values give equal fingerprints; any edit, a cell filled beyond the range included, changes it.
 */
export function valuesFingerprint(values: readonly (readonly unknown[])[] | undefined): string {
  const text = JSON.stringify(values ?? []);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(16)}-${hash.toString(16).padStart(8, '0')}`;
}

/** Queues the record's read: its sheet, and its rows once synced. */
function queueRecord(context: ExcelContext): { sheet: WorksheetApi; rows: () => RecordRow[] } {
  const sheet = context.workbook.worksheets.getItemOrNullObject(GENERATED_RECORD_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true).load(['values']);
  return {
    sheet,
    rows: () =>
      sheet.isNullObject || used.isNullObject
        ? []
        : used.values
            .slice(1)
            .map((row) => ({ kind: String(row[0] ?? ''), sheet: String(row[1] ?? ''), fingerprint: String(row[2] ?? '') }))
            .filter((row) => row.kind !== '' && row.sheet !== ''),
  };
}

/** Sheet names, case-insensitively, as Excel compares them. */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The sheets the add-in wrote for `kind` that are still there under the names it gave them. One sync.
 * @example await Excel.run((context) => generatedSheets(context, '情况说明')) // ['情况说明']
 */
export async function generatedSheets(context: ExcelContext, kind: GeneratedKind): Promise<string[]> {
  const record = queueRecord(context);
  const collection = context.workbook.worksheets.load(['items/name']);
  await context.sync();
  const names = collection.items.map((sheet) => sheet.name);
  return record
    .rows()
    .filter((row) => row.kind === kind)
    .map((row) => names.find((name) => same(name, row.sheet)))
    .filter((name): name is string => name !== undefined);
}

/**
 * The sheets {@link generatedSheets} returns, each with whether its values changed since the
 * add-in wrote it — what the confirmation of a replacement must name. Two syncs.
 * @example await Excel.run((context) => generatedSheetsState(context, '模板')) // [{ sheet: '表1 收支总表', edited: true }, …]
 */
export async function generatedSheetsState(context: ExcelContext, kind: GeneratedKind): Promise<GeneratedSheet[]> {
  const record = queueRecord(context);
  const collection = context.workbook.worksheets.load(['items/name']);
  await context.sync();
  const present = record
    .rows()
    .filter((row) => row.kind === kind)
    .flatMap((row) => {
      const sheet = collection.items.find((item) => same(item.name, row.sheet));
      return sheet ? [{ row, name: sheet.name, used: sheet.getUsedRangeOrNullObject(true).load(['values']) }] : [];
    });
  if (present.length === 0) return [];
  await context.sync();
  return present.map(({ row, name, used }) => ({
    sheet: name,
    edited: row.fingerprint === '' || row.fingerprint !== valuesFingerprint(used.isNullObject ? [] : used.values),
  }));
}

/** "表1 收支总表 (2)" → "表1 收支总表": the name a sheet was asked for before a taken name was numbered. */
function baseName(name: string): string {
  return name.replace(/ \(\d+\)$/, '');
}

/**
 * Writes new sheets for `kind` with `write` (a job that adds sheets and returns their names), then
 * deletes the sheets recorded for `kind` before, gives each new sheet the name of the old sheet it
 * replaces (paired by the name asked for) and puts the new sheets, in order, where the old ones
 * began; then records the new sheets. Call it only after
 * the user confirmed the replacement of what {@link generatedSheets} returned. The new sheets are
 * written first, so a failure leaves the old ones in place. Three syncs besides `write`'s: the
 * record, the sheets' names and places, then the replacement and the record in one batch.
 * @example await Excel.run((context) => replaceGenerated(context, '情况说明', (c) => writeNarrativeSheet(c, '情况说明', lines)))
 */
export async function replaceGenerated(context: ExcelContext, kind: GeneratedKind, write: (context: ExcelContext) => Promise<string[]>): Promise<string[]> {
  const record = queueRecord(context);
  await context.sync();
  const before = record.rows();
  const written = await write(context);

  const collection = context.workbook.worksheets.load(['items/name', 'items/position']);
  // The values as written, for the record's fingerprints (read in the same sync).
  const writtenValues = new Map(written.map((name) => [name, context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load(['values'])]));
  await context.sync();
  const byName = (name: string): WorksheetApi | undefined => collection.items.find((sheet) => same(sheet.name, name));
  const old = before
    .filter((row) => row.kind === kind && !written.some((name) => same(name, row.sheet)))
    .map((row) => byName(row.sheet))
    .filter((sheet): sheet is WorksheetApi => sheet !== undefined)
    .map((sheet) => ({ sheet, name: sheet.name, position: sheet.position }));
  // Each new sheet with the name it keeps: that of the old sheet it replaces, if any.
  const fresh = written.flatMap((name) => {
    const sheet = byName(name);
    const used = writtenValues.get(name);
    const fingerprint = valuesFingerprint(!used || used.isNullObject ? [] : used.values);
    return sheet ? [{ sheet, fingerprint, name: old.find((entry) => same(baseName(entry.name), baseName(name)))?.name ?? sheet.name }] : [];
  });
  // Activate a new sheet first: the active sheet is about to be deleted, perhaps.
  fresh[0]?.sheet.activate();
  for (const { sheet } of old) sheet.delete();
  // The new sheets take the old ones' place, in the order written: from where the first old sheet was.
  const first = Math.min(...old.map((entry) => entry.position));
  const start = collection.items.filter((sheet) => sheet.position < first && !old.some((entry) => entry.sheet === sheet) && !fresh.some((entry) => entry.sheet === sheet)).length;
  fresh.forEach(({ sheet, name }, index) => {
    if (sheet.name !== name) sheet.name = name;
    if (old.length > 0) sheet.position = start + index;
  });
  const names = fresh.map(({ name }) => name);

  const rows = [...before.filter((row) => row.kind !== kind), ...fresh.map(({ name, fingerprint }) => ({ kind, sheet: name, fingerprint }))];
  let recordSheet = record.sheet;
  if (record.sheet.isNullObject) {
    recordSheet = context.workbook.worksheets.add(GENERATED_RECORD_SHEET);
    recordSheet.visibility = 'Hidden';
  } else {
    recordSheet.getRange().clear('Contents');
  }
  const values = [[...HEADER], ...rows.map((row) => [row.kind, asLiteralText(row.sheet), asLiteralText(row.fingerprint)])];
  recordSheet.getRange(`A1:C${values.length}`).values = values;
  await context.sync();
  return names;
}
