/**
 * 标记记录 — the hidden sheet where marking keeps each marked cell's original fill, so "clear
 * marks" restores exactly what was there even after the workbook was saved and reopened.
 *
 * One row per marked cell under a Chinese header, plain text so a curious user who unhides the
 * sheet can read it: sheet, cell, original fill pattern / colour / pattern colour, whether the
 * note on the cell is ours, severity, message.
 */
import { cellText, type CellValue } from '../core/grid';

export const MARK_RECORD_SHEET = '_标记记录';

export const MARK_RECORD_HEADER: readonly string[] = [
  '工作表', '单元格', '原填充图案', '原填充颜色', '原图案颜色', '批注为本工具所加', '级别', '说明',
];

export type MarkSeverity = 'error' | 'warning' | 'info';

/** A cell's fill before marking. `pattern` "None" is no fill. */
export interface OriginalFill {
  readonly pattern: string;
  readonly color?: string;
  readonly patternColor?: string;
}

export interface MarkRecord {
  readonly sheet: string;
  /** Single-cell A1 address. */
  readonly cell: string;
  readonly fill: OriginalFill;
  readonly noteAdded: boolean;
  readonly severity: MarkSeverity;
  readonly message: string;
}

const SEVERITIES: readonly MarkSeverity[] = ['error', 'warning', 'info'];

export function recordKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** The record as rows to write (header first); every entry is text. */
export function recordRows(records: readonly MarkRecord[]): string[][] {
  return [
    [...MARK_RECORD_HEADER],
    ...records.map((r) => [
      r.sheet,
      r.cell,
      r.fill.pattern,
      r.fill.color ?? '',
      r.fill.patternColor ?? '',
      r.noteAdded ? '是' : '否',
      r.severity,
      r.message,
    ]),
  ];
}

/**
 * Reads the record back from the sheet's values. Rows that do not parse (someone edited the
 * sheet) are skipped: clearing must never paint a guessed colour.
 */
export function parseRecord(values: readonly (readonly unknown[])[]): MarkRecord[] {
  const records: MarkRecord[] = [];
  for (const row of values.slice(1)) {
    const [sheet, cell, pattern, color, patternColor, noteAdded, severity, message] = row.map((v) => cellText(v as CellValue));
    if (!sheet || !cell || !pattern || !/^[A-Z]{1,3}\d+$/.test(cell)) continue;
    if (pattern !== 'None' && !color) continue;
    const level = SEVERITIES.find((s) => s === severity) ?? 'info';
    records.push({
      sheet,
      cell,
      fill: {
        pattern,
        ...(color && pattern !== 'None' ? { color } : {}),
        ...(patternColor ? { patternColor } : {}),
      },
      noteAdded: noteAdded === '是',
      severity: level,
      message: message ?? '',
    });
  }
  return records;
}
