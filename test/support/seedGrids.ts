/**
 * 种子工作簿 — the seed's 13 tables laid out as a finance user's workbook, and variants of it.
 *
 * The default is what the budget system's export looks like once pasted: one sheet per table,
 * row 1 the title, row 2 `部门名称：阳城县应急管理局` … `单位：万元`, then the header rows (merged the
 * way the published tables merge them), the rows as printed with figures as numbers, then the note.
 * Options build the layout variants the domain guide says users bring ("Other families and layouts"):
 * figures in 元, codes split into 类 | 款 | 项 with leading zeros lost, several tables on one sheet,
 * renamed or shuffled sheets, blank rows and columns before and inside a table, doctored cells.
 *
 * Every seed cell's landing place is recorded, so a test can ask for "the cell of 22401 合计 in 表2"
 * whatever the layout: `built.cellOf(2, '22401', 2)`.
 */
import { Decimal } from '../../src/core/amount';
import type { Unit } from '../../src/core/amount';
import { toA1 } from '../../src/core/grid';
import type { CellRange, CellRef, CellValue, Grid, Workbook } from '../../src/core/grid';
import { loadSeed } from './seed';

/** How to lay the seed out. Every option defaults to the plain one-table-per-sheet 万元 workbook. */
export interface SeedGridOptions {
  /** 单位 of the printed figures. '元' multiplies every figure by 10000 (exactly). Default '万元'. */
  readonly unit?: Unit;
  /** 'single': one 科目编码 column (2080505). 'split': 类 | 款 | 项 columns, 款/项 without leading zero ("5"). */
  readonly codes?: 'single' | 'split';
  /** Whether code cells hold text ("2080505") or numbers (2080505). Default 'text'. */
  readonly codeType?: 'text' | 'number';
  /** Whether figures are numbers (default) or text as some exports write them ("4052.12"). */
  readonly figureType?: 'number' | 'text';
  /**
   * 'perSheet' (default): one sheet per table. 'oneSheet': all tables stacked on one sheet.
   * Or explicit groups of 1-based table numbers, one group per sheet.
   */
  readonly layout?: 'perSheet' | 'oneSheet' | readonly (readonly number[])[];
  /** Blank rows between stacked tables on a sheet. Default 2. */
  readonly blankRowsBetween?: number;
  /** Sheet name for a sheet holding the given 1-based table numbers. Default `表1`, `表2`…; one sheet: `预算公开表`. */
  readonly sheetName?: (sheetIndex: number, tableNumbers: readonly number[]) => string;
  /** Reorders the sheets with a deterministic shuffle driven by this seed. */
  readonly shuffleSeed?: number;
  /** Blank rows and columns before every table. */
  readonly offset?: { readonly rows?: number; readonly cols?: number };
  /** A blank row between the header rows and the first data row. */
  readonly blankRowAfterHeader?: boolean;
  /** A blank column inserted after this seed column (0-based) of every table, e.g. 1 = after the names. */
  readonly blankColumnAfter?: number;
  /** The printed title of a table (default: the seed title). */
  readonly retitle?: (seedTitle: string, tableNumber: number) => string;
  /** Only these 1-based table numbers, in this order. Default all 13. */
  readonly tables?: readonly number[];
  /**
   * 'decimals' (default): every figure formatted `#,##0.00`. 'integers': a figure whose printed value is a
   * whole number is formatted `#,##0` (in 元 every figure of the seed is; in 万元 "15.00" prints "15"), as
   * some budget systems export them (data/corpus: "22,118,861" beside "86,959,408.34").
   */
  readonly figureFormat?: 'decimals' | 'integers';
  /**
   * A heading printed above the header of every one-sided table, over its amount columns: a header of
   * three (or, with split codes, four) levels, as the corpus prints "项目 | 支出预算 › 合计 | 基本支出 …".
   */
  readonly headingAbove?: string;
  /**
   * The 合计 row that opens a table's body moved to its end, after this many blank rows (the corpus
   * prints ruled blank lines before a 合计 at the bottom). Unset: where the seed prints it.
   */
  readonly totalLastAfterBlankRows?: number;
  /**
   * Replaces a data cell's value as it is placed (after unit conversion). Return `value` to keep it.
   * `row`/`col` are indexes into the seed table's `rows`. Header cells and code cells are not passed
   * (use `mutateSeedCell` on a built workbook for those).
   */
  readonly mutate?: (seedTitle: string, row: number, col: number, value: CellValue) => CellValue;
}

/** Where one seed cell landed. */
export interface SeedCellPlace extends CellRef {
  readonly row: number;
  readonly col: number;
}

/** Where one seed table landed. */
export interface SeedTablePlace {
  /** 1-based number in document order (表1 … 表13). */
  readonly number: number;
  /** The seed's title (key of `loadSeed().tables`). */
  readonly seedTitle: string;
  /** The title as printed in the workbook. */
  readonly printedTitle: string;
  readonly sheet: string;
  /** Title row to note row (or last data row), on the sheet. */
  readonly range: CellRange;
  /** Number of header rows as printed (including an inserted 类/款/项 row). */
  readonly headerRows: number;
  /** Seed (row, col) → landing place; for split codes the 类 cell. Header rows included. */
  readonly cells: readonly (readonly SeedCellPlace[])[];
}

/** A built seed workbook with the landing place of every seed cell. */
export interface SeedWorkbook {
  readonly workbook: Workbook;
  readonly tables: readonly SeedTablePlace[];
  /** A table by 1-based number or seed title. */
  table(which: number | string): SeedTablePlace;
  /**
   * The landing place of a seed cell. `row` is a seed row index or a label matched against the
   * row's first two cells (code or name; the first match).
   * @example built.cellOf(2, '22401', 2) // 表2, 22401 应急管理事务, 合计 column
   */
  cellOf(which: number | string, row: number | string, col: number): SeedCellPlace;
  /**
   * The seed cell that landed at a sheet's cell (the inverse of `cellOf`): table number, seed row and
   * column; undefined for a cell no seed cell landed on (a title, a 类/款 part of a split code).
   * @example built.seedCellAt('表2', 'C21') // { table: 2, row: 18, col: 2 }
   */
  seedCellAt(sheet: string, cell: string): { readonly table: number; readonly row: number; readonly col: number } | undefined;
}

/** Misuse of the seed builder (an unknown table, row or column). */
export class SeedGridError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedGridError';
  }
}

const FIGURE = /^-?\d+\.\d+$/;
const CODE = /^\d{3}(\d{2}){0,2}$/;

/** The seed's table titles in document order. */
export function seedTableTitles(): string[] {
  return Object.keys(loadSeed().tables);
}

/** A laid-out block: rows relative to the table's top-left, before placing on a sheet. */
interface Block {
  readonly values: CellValue[][];
  readonly formats: (string | undefined)[][];
  readonly merges: CellRange[];
  readonly place: { row: number; col: number }[][];
  readonly headerRows: number;
  readonly printedTitle: string;
}

/**
 * Builds the seed workbook (or a variant).
 * @example buildSeedWorkbook({ unit: '元', codes: 'split', layout: 'oneSheet' })
 */
export function buildSeedWorkbook(options: SeedGridOptions = {}): SeedWorkbook {
  const seed = loadSeed();
  const titles = seedTableTitles();
  const numbers = options.tables ?? titles.map((_, i) => i + 1);
  for (const n of numbers) {
    if (!titles[n - 1]) throw new SeedGridError(`no seed table ${n}`);
  }
  const layout = options.layout ?? 'perSheet';
  const groups: (readonly number[])[] =
    layout === 'oneSheet'
      ? [numbers]
      : layout === 'perSheet'
        ? numbers.map((n) => [n])
        : layout.map((g: readonly number[]) => g.filter((n: number) => numbers.includes(n)));
  const names = groups.map((group, i) =>
    options.sheetName ? options.sheetName(i, group) : options.layout === 'oneSheet' ? '预算公开表' : `表${group.join('-')}`,
  );
  const order = groups.map((_, i) => i);
  if (options.shuffleSeed !== undefined) shuffle(order, options.shuffleSeed);

  const offsetRows = options.offset?.rows ?? 0;
  const offsetCols = options.offset?.cols ?? 0;
  const between = options.blankRowsBetween ?? 2;
  const places: SeedTablePlace[] = [];
  const grids: Grid[] = [];
  for (const sheetIndex of order) {
    const group = groups[sheetIndex]!;
    const sheet = names[sheetIndex]!;
    const values: CellValue[][] = [];
    const formats: (string | undefined)[][] = [];
    const merges: CellRange[] = [];
    let top = 0;
    for (const n of group) {
      const seedTitle = titles[n - 1]!;
      const block = layoutTable(seedTitle, seed.tables[seedTitle]!, seed.department, n, options);
      const rowBase = top + offsetRows;
      for (let r = 0; r < rowBase; r++) values[r] ??= [];
      block.values.forEach((row, r) => {
        const target = (values[rowBase + r] ??= []);
        const targetFormats = (formats[rowBase + r] ??= []);
        row.forEach((v, c) => {
          target[offsetCols + c] = v;
          targetFormats[offsetCols + c] = block.formats[r]?.[c];
        });
      });
      for (const m of block.merges) {
        merges.push({ top: m.top + rowBase, bottom: m.bottom + rowBase, left: m.left + offsetCols, right: m.right + offsetCols });
      }
      const width = Math.max(...block.values.map((r) => r.length));
      places.push({
        number: n,
        seedTitle,
        printedTitle: block.printedTitle,
        sheet,
        range: { top: rowBase, left: offsetCols, bottom: rowBase + block.values.length - 1, right: offsetCols + width - 1 },
        headerRows: block.headerRows,
        cells: block.place.map((row) =>
          row.map((p) => {
            const at = { row: p.row + rowBase, col: p.col + offsetCols };
            return { sheet, cell: toA1(at.row, at.col), ...at };
          }),
        ),
      });
      top = rowBase + block.values.length + between;
    }
    grids.push({ name: sheet, values: fillRagged(values), numberFormats: formats, merges });
  }
  places.sort((a, b) => numbers.indexOf(a.number) - numbers.indexOf(b.number));
  return makeSeedWorkbook(grids, places);
}

/**
 * A copy of a built workbook with one seed cell's value replaced — a doctored copy for mutation tests.
 * @example mutateSeedCell(built, 3, '22401', 2, 3263.51)
 */
export function mutateSeedCell(
  built: SeedWorkbook,
  which: number | string,
  row: number | string,
  col: number,
  newValue: CellValue,
): SeedWorkbook {
  const at = built.cellOf(which, row, col);
  const grids = built.workbook.map((grid) => {
    if (grid.name !== at.sheet) return grid;
    const values = grid.values.map((r) => [...r]);
    const target = (values[at.row] ??= []);
    target[at.col] = newValue;
    return { ...grid, values };
  });
  return makeSeedWorkbook(grids, built.tables);
}

function makeSeedWorkbook(workbook: Workbook, tables: readonly SeedTablePlace[]): SeedWorkbook {
  const table = (which: number | string): SeedTablePlace => {
    const found = tables.find((t) => (typeof which === 'number' ? t.number === which : t.seedTitle === which));
    if (!found) throw new SeedGridError(`table ${String(which)} is not in this workbook`);
    return found;
  };
  let landed: Map<string, { table: number; row: number; col: number }> | undefined;
  return {
    workbook,
    tables,
    table,
    seedCellAt(sheet, cell) {
      if (!landed) {
        landed = new Map();
        for (const place of tables) {
          place.cells.forEach((row, r) => row.forEach((at, c) => at && landed!.set(`${at.sheet}!${at.cell}`, { table: place.number, row: r, col: c })));
        }
      }
      return landed.get(`${sheet}!${cell}`);
    },
    cellOf(which, row, col) {
      const place = table(which);
      const rows = loadSeed().tables[place.seedTitle]!.rows;
      const index =
        typeof row === 'number' ? row : rows.findIndex((r) => r[0]?.trim() === row || r[1]?.trim() === row);
      const cell = place.cells[index]?.[col];
      if (!cell) throw new SeedGridError(`table ${place.number} has no seed cell (${String(row)}, ${col})`);
      return cell;
    },
  };
}

/** Lays out one table: title row, 部门名称/单位 row, header rows with merges, data rows, note. */
function layoutTable(
  seedTitle: string,
  table: { readonly rows: readonly (readonly string[])[]; readonly note: string },
  department: string,
  number: number,
  options: SeedGridOptions,
): Block {
  const unit = options.unit ?? '万元';
  const split = options.codes === 'split';
  const rows = table.rows;
  const seedWidth = Math.max(...rows.map((r) => r.length));
  const headerCount = countHeaderRows(rows);
  const codeCols = new Set<number>();
  for (let r = 0; r < headerCount; r++) {
    rows[r]?.forEach((text, c) => {
      if (text.includes('科目编码')) codeCols.add(c);
    });
  }
  // Seed column → first grid column; a split code column takes three.
  const colStart: number[] = [];
  let next = 0;
  for (let c = 0; c < seedWidth; c++) {
    colStart.push(next);
    next += split && codeCols.has(c) ? 3 : 1;
    if (options.blankColumnAfter === c) next += 1;
  }
  const width = next;

  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const place: { row: number; col: number }[][] = rows.map(() => []);
  const printedTitle = options.retitle ? options.retitle(seedTitle, number) : seedTitle;
  values.push([printedTitle]);
  const info: CellValue[] = [`部门名称：${department}`];
  info[width - 1] = `单位：${unit}`;
  values.push(info);

  const splitHeaderRow = split && codeCols.size > 0 ? findCodeHeaderRow(rows, headerCount) : -1;
  const headerStart = values.length;
  const above = options.headingAbove !== undefined && !isTwoSided(rows) ? headingRow(rows, options.headingAbove) : undefined;
  if (above) {
    const line: CellValue[] = new Array<CellValue>(width).fill(null);
    above.forEach((text, c) => {
      line[colStart[c]!] = text === '' ? null : text;
    });
    values.push(line);
  }
  rows.slice(0, headerCount).forEach((seedRow, r) => {
    const line: CellValue[] = new Array<CellValue>(width).fill(null);
    seedRow.forEach((text, c) => {
      line[colStart[c]!] = text === '' ? null : text;
      place[r]![c] = { row: values.length, col: colStart[c]! };
    });
    values.push(line);
    if (r === splitHeaderRow) {
      const parts: CellValue[] = new Array<CellValue>(width).fill(null);
      for (const c of codeCols) {
        parts[colStart[c]!] = '类';
        parts[colStart[c]! + 1] = '款';
        parts[colStart[c]! + 2] = '项';
      }
      values.push(parts);
    }
  });
  const headerRows = values.length - headerStart;
  const merges = [
    { top: 0, left: 0, bottom: 0, right: width - 1 },
    ...inferHeaderMerges(values.slice(headerStart), width).map((m) => ({ ...m, top: m.top + headerStart, bottom: m.bottom + headerStart })),
  ];
  if (options.blankRowAfterHeader) values.push([]);

  const body = rows.slice(headerCount).map((_, i) => headerCount + i);
  const totalFirst = (rows[headerCount]?.[0] ?? '').trim() === '合计';
  if (options.totalLastAfterBlankRows !== undefined && totalFirst && body.length > 1) body.push(body.shift()!);
  body.forEach((r) => {
    const seedRow = rows[r]!;
    if (r === headerCount && body.length > 1 && body[body.length - 1] === r) {
      for (let blank = 0; blank < options.totalLastAfterBlankRows!; blank++) values.push([]);
    }
    const line: CellValue[] = [];
    const lineFormats: (string | undefined)[] = [];
    seedRow.forEach((text, c) => {
      const at = colStart[c]!;
      place[r]![c] = { row: values.length, col: at };
      if (codeCols.has(c) && CODE.test(text)) {
        const parts = split ? splitCode(text) : [text];
        parts.forEach((part, k) => {
          line[at + k] = part === '' ? null : options.codeType === 'number' ? Number(part) : part;
        });
        return;
      }
      let value: CellValue = text === '' ? null : text;
      if (FIGURE.test(text)) {
        const amount = unit === '元' ? new Decimal(text).times(10000) : new Decimal(text);
        value = options.figureType === 'text' ? amount.toFixed(2) : amount.toNumber();
        lineFormats[at] = options.figureFormat === 'integers' && amount.isInteger() ? '#,##0' : '#,##0.00';
      }
      line[at] = options.mutate ? options.mutate(seedTitle, r, c, value) : value;
    });
    values.push(line);
    formats[values.length - 1] = lineFormats;
  });
  if (table.note) values.push([table.note]);
  return { values, formats, merges, place, headerRows, printedTitle };
}

/**
 * Header rows are the leading rows before the first data row. A data row holds a figure, starts
 * with 合计 or a code, or (表10's 因公出国（境）费, all blank) is a lone label under a header row
 * whose first cell is blank.
 */
function countHeaderRows(rows: readonly (readonly string[])[]): number {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const first = row[0]?.trim() ?? '';
    if (row.some((t) => FIGURE.test(t))) return r;
    if (first === '合计' || CODE.test(first)) return r;
    const loneLabel = first !== '' && row.slice(1).every((t) => t.trim() === '');
    if (r > 0 && loneLabel && (rows[r - 1]![0]?.trim() ?? '') === '') return r;
  }
  return rows.length;
}

/** A 收支 table: its first header row heads a 收入 side and a 支出 side. */
function isTwoSided(rows: readonly (readonly string[])[]): boolean {
  const first = rows[0] ?? [];
  return first.some((text) => /收入/.test(text)) && first.some((text) => /支出/.test(text));
}

/**
 * The row printed above a header: the first header row's label headings kept (项目, 科目名称 …), and
 * `heading` alone over the amount columns, from the first column that holds a figure.
 */
function headingRow(rows: readonly (readonly string[])[], heading: string): string[] {
  const firstAmount = Math.min(...rows.map((row) => row.findIndex((text) => FIGURE.test(text))).filter((c) => c >= 0));
  const first = rows[0] ?? [];
  return first.map((text, c) => (c < firstAmount ? text : c === firstAmount ? heading : ''));
}

function findCodeHeaderRow(rows: readonly (readonly string[])[], headerCount: number): number {
  for (let r = headerCount - 1; r >= 0; r--) {
    if (rows[r]!.some((t) => t.includes('科目编码'))) return r;
  }
  return -1;
}

/** "2080505" → ["208", "5", "5"]; "208" → ["208", "", ""] — leading zeros lost as exports lose them. */
function splitCode(code: string): string[] {
  const part = (from: number): string => (code.length > from ? String(Number(code.slice(from, from + 2))) : '');
  return [code.slice(0, 3), part(3), part(5)];
}

/**
 * Merges of a header as the published tables draw them: a heading spans right over blank cells
 * that have sub-headings below them, and spans down over blank cells when it has none.
 */
function inferHeaderMerges(header: readonly (readonly CellValue[])[], width: number): CellRange[] {
  const blank = (r: number, c: number): boolean => {
    const v = header[r]?.[c];
    return v === null || v === undefined || v === '';
  };
  const covered = new Set<string>();
  const merges: CellRange[] = [];
  for (let r = 0; r < header.length; r++) {
    for (let c = 0; c < width; c++) {
      if (blank(r, c) || covered.has(`${r},${c}`)) continue;
      let right = c;
      const spans = (col: number): boolean =>
        col < width && blank(r, col) && !covered.has(`${r},${col}`) && hasBelow(header, r, col, blank);
      // An inserted empty column inside a heading's span stays under that heading.
      const emptyColumn = (col: number): boolean => col < width && header.every((_, rr) => blank(rr, col));
      while (spans(right + 1) || (emptyColumn(right + 1) && spans(right + 2))) right++;
      let bottom = r;
      if (right === c) while (bottom + 1 < header.length && blank(bottom + 1, c)) bottom++;
      if (right > c || bottom > r) {
        merges.push({ top: r, left: c, bottom, right });
        for (let rr = r; rr <= bottom; rr++) for (let cc = c; cc <= right; cc++) covered.add(`${rr},${cc}`);
      }
    }
  }
  return merges;
}

function hasBelow(
  header: readonly (readonly CellValue[])[],
  r: number,
  c: number,
  blank: (r: number, c: number) => boolean,
): boolean {
  for (let below = r + 1; below < header.length; below++) if (!blank(below, c)) return true;
  return false;
}

function fillRagged(values: CellValue[][]): CellValue[][] {
  return Array.from({ length: values.length }, (_, r) => Array.from(values[r] ?? [], (v) => v ?? null));
}

/** Fisher–Yates with a small linear congruential generator, so a seed gives the same order every run. */
function shuffle(items: number[], seed: number): void {
  let state = seed >>> 0 || 1;
  for (let i = items.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
