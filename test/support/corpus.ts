/**
 * 语料 — the real disclosures of data/corpus (copied from ../shared/corpus), turned into workbooks the
 * way a user has them: one sheet per table (title; 部门名称 and 单位 line; the header rows, merged as
 * printed; the body with figures as numbers in the printed number format), and the published
 * 情况说明 on its own sheet, one paragraph a row.
 *
 * Figures keep their printed precision: "22,118,861" is the number 22118861 formatted `#,##0`, as the
 * budget system's export shows it; "0.00" is 0 formatted `0.00`; a blank stays blank.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CellRange, CellValue, Grid, Workbook } from '../../src/core/grid';
import type { Finding } from '../../src/core/rules/finding';
import { DATA_DIR } from './seed';

export const CORPUS_DIR = path.join(DATA_DIR, 'corpus');

/** One corpus document as transcribed (data/corpus/README.md). */
export interface CorpusDocument {
  readonly file: string;
  readonly source_url: string;
  readonly department: string;
  readonly year: number;
  readonly kind: string;
  readonly unit: string;
  readonly province: string;
  readonly tables: Record<string, { readonly unit: string; readonly rows: string[][]; readonly note: string }>;
  readonly narrative: string;
  readonly notes: readonly string[];
}

/** What a checker must report on one document (data/corpus/expected.json). */
export interface CorpusExpectation {
  readonly must_catch: readonly { readonly id: string; readonly what: string; readonly match: readonly string[] }[];
  readonly rounding: readonly { readonly id: string; readonly what: string; readonly match: readonly string[] }[];
  readonly no_error_on: readonly (readonly string[])[];
}

/** The four documents' file names, in a stable order. */
export const CORPUS_FILES = [
  'sh-putuo-commerce-budget-2025.json',
  'sh-putuo-sifaju-budget-2026.json',
  'sh-putuo-sifaju-unit-budget-2026.json',
  'sh-putuo-czj-final-2024.json',
] as const;

export function loadCorpusDocument(file: string): CorpusDocument {
  const json = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as Omit<CorpusDocument, 'file'>;
  return { ...json, file };
}

export function loadCorpusExpectations(): Record<string, CorpusExpectation> {
  return (JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'expected.json'), 'utf8')) as { files: Record<string, CorpusExpectation> }).files;
}

/** A printed figure: digits with optional thousands separators and decimals, maybe negative. */
const FIGURE = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** The sheet name a table gets: 表N and a short title, within Excel's 31 characters. */
function sheetName(index: number, title: string): string {
  return `表${index + 1} ${title.replace(/^\d{4}年/, '')}`.replace(/[\\/?*[\]:]/g, '').slice(0, 31);
}

/** Whether a row is part of the header: no figure in it, and it comes before the first one. */
function headerRowCount(rows: readonly (readonly string[])[]): number {
  const first = rows.findIndex((row) => row.some((text) => FIGURE.test(text.trim())) || /^(无|合计)$/.test(row[0]?.trim() ?? ''));
  return first < 0 ? rows.length : first;
}

/**
 * Header merges as published tables draw them: a heading spans right over blank cells that have a
 * sub-heading below them, and down over blank cells when it has none.
 */
function headerMerges(header: readonly (readonly string[])[], width: number, top: number): CellRange[] {
  const blank = (r: number, c: number) => (header[r]?.[c] ?? '').trim() === '';
  const below = (r: number, c: number) => header.slice(r + 1).some((row) => (row[c] ?? '').trim() !== '');
  const covered = new Set<string>();
  const merges: CellRange[] = [];
  for (let r = 0; r < header.length; r++) {
    for (let c = 0; c < width; c++) {
      if (blank(r, c) || covered.has(`${r},${c}`)) continue;
      let right = c;
      while (right + 1 < width && blank(r, right + 1) && !covered.has(`${r},${right + 1}`) && below(r, right + 1)) right++;
      let bottom = r;
      if (right === c) while (bottom + 1 < header.length && blank(bottom + 1, c)) bottom++;
      if (right > c || bottom > r) {
        merges.push({ top: top + r, left: c, bottom: top + bottom, right });
        for (let rr = r; rr <= bottom; rr++) for (let cc = c; cc <= right; cc++) covered.add(`${rr},${cc}`);
      }
    }
  }
  return merges;
}

/** The number and its printed format for a figure as printed ("22,118,861" → 22118861, `#,##0`). */
function figureCell(text: string): { value: number; format: string } {
  const separators = text.includes(',');
  const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
  const format = (separators ? '#,##0' : '0') + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
  return { value: Number(text.replace(/,/g, '')), format };
}

/** One corpus table as a sheet. */
function tableGrid(doc: CorpusDocument, title: string, index: number): Grid {
  const table = doc.tables[title]!;
  const width = Math.max(...table.rows.map((row) => row.length));
  const values: CellValue[][] = [[title], [`部门名称：${doc.department}`]];
  values[1]![width - 1] = `单位：${table.unit}`;
  const formats: (string | undefined)[][] = [[], []];
  const headers = headerRowCount(table.rows);
  const merges: CellRange[] = [{ top: 0, left: 0, bottom: 0, right: width - 1 }, ...headerMerges(table.rows.slice(0, headers), width, 2)];
  table.rows.forEach((row, r) => {
    const line: CellValue[] = [];
    const lineFormats: (string | undefined)[] = [];
    row.forEach((text, c) => {
      const trimmed = text.trim();
      // Code cells (类 | 款 | 项) stay text, as the budget system exports them ("06").
      if (r >= headers && FIGURE.test(trimmed) && !isCodeCell(table.rows, headers, c)) {
        const { value, format } = figureCell(trimmed);
        line[c] = value;
        lineFormats[c] = format;
      } else {
        line[c] = trimmed === '' ? null : trimmed;
      }
    });
    values.push(line);
    formats.push(lineFormats);
  });
  if (table.note) values.push([table.note]);
  return { name: sheetName(index, title), values, numberFormats: formats, merges };
}

/** A column headed 类, 款, 项 or …编码 holds codes, not figures. */
function isCodeCell(rows: readonly (readonly string[])[], headers: number, col: number): boolean {
  return rows.slice(0, Math.max(headers, 1) + 1).some((row) => /^(类|款|项)$|编码/.test((row[col] ?? '').trim()));
}

/** The sheet that holds the published 情况说明. */
export const NARRATIVE_SHEET = '情况说明';

/** The published 情况说明 as a sheet: its title, then one paragraph a row. */
function narrativeGrid(doc: CorpusDocument): Grid {
  const lines = doc.narrative.split('\n').filter((line) => line.trim() !== '');
  return { name: NARRATIVE_SHEET, values: [['情况说明'], ...lines.map((line) => [line])], merges: [] };
}

/**
 * The document as a user's workbook: one sheet per table in document order, then 情况说明.
 * @example corpusWorkbook(loadCorpusDocument('sh-putuo-czj-final-2024.json')).length // 10
 */
export function corpusWorkbook(doc: CorpusDocument, options: { readonly narrative?: boolean } = {}): Workbook {
  const grids = Object.keys(doc.tables).map((title, index) => tableGrid(doc, title, index));
  return options.narrative === false ? grids : [...grids, narrativeGrid(doc)];
}

/**
 * must_catch items about the published 情况说明, not the tables: a figure, rate, year, name or
 * wording of the text (each item's `what` in expected.json says so). The narrative checker reports them.
 */
export const NARRATIVE_ITEMS: Readonly<Record<string, string>> = {
  'cm-base': 'the text compares one total with 2024年预算执行数 and with 2024年预算',
  'cz-0.3': 'the text states 财政拨款收入支出总计0.3万元',
  'cz-7173': 'a share the text states',
  'cz-items': 'the text lists 个人农业生产补贴 among 人员经费',
  'sj-43269': 'last year’s figure in the text',
  'sj-1766': 'a rate in the text',
  'sj-2015': 'a figure in the text against its own heading',
  'sj-year': 'the comparison year in the text',
  'sj-210': 'a class name in the text (the tables print 卫生健康支出); src/core/subjects nameForYear judges it',
  'su-110': 'a rate in the text',
  'su-578': 'a figure in the text against its own heading',
  'su-2222': 'a rate in the text',
  'su-207': 'a figure in the text against its own heading',
  'su-placeholder': 'a placeholder left in the text',
  'su-reason': 'a reason cut off in the text',
};

/** A finding's text as expected.json's `_doc` reads it, thousands separators removed. */
function searchable(finding: Finding): string {
  return withoutSeparators([finding.message, finding.expected, finding.actual, finding.cell, finding.table].filter(Boolean).join('\n'));
}

function withoutSeparators(text: string): string {
  return text.replace(/(\d),(?=\d{3})/g, '$1');
}

/** Whether a finding names every word of a must_catch / rounding / no_error_on match (`_doc`'s reading). */
export function mentions(finding: Finding, match: readonly string[]): boolean {
  const text = searchable(finding);
  return match.every((word) => text.includes(withoutSeparators(word)));
}

export const serious = (finding: Finding): boolean => finding.severity === 'error' || finding.severity === 'warning';
export const describeFinding = (f: Finding): string => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`;
