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
   * 'budget13' (default): the seed's 13 tables as published. 'budget12': the seed's figures in the shapes
   * of the 12-table family (issue 13): a three-sided 收支预算总表 (收入 | 支出功能分类 | 支出经济分类), a
   * 单位预留机动经费 column in the 支出总表, a “三公”经费、会议费、培训费预算表 and a 政府采购预算表 (from the
   * seed's text: 货物 15.00), and no 表7, 表11 or 表13 — 11 tables that stand for the family's 12 kinds.
   * Table numbers (`tables`, `cellOf`) are then the family's own, in its order.
   */
  readonly family?: 'budget13' | 'budget12';
  /**
   * The basic-expenditure economic table (seed 表6) printed in two blocks side by side, 工资福利支出 and
   * 对个人和家庭的补助 on the left, 商品和服务支出 and 资本性支出 on the right, each block with its own name and
   * amount columns, and the 合计 on the last line (data/corpus prints the 决算 table so).
   */
  readonly economicBlocks?: boolean;
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
  /** The seed's title (key of `loadSeed().tables`), or a reshaped table's own (`family: 'budget12'`). */
  readonly seedTitle: string;
  /** The title as printed in the workbook. */
  readonly printedTitle: string;
  readonly sheet: string;
  /** Title row to note row (or last data row), on the sheet. */
  readonly range: CellRange;
  /** Number of header rows as printed (including an inserted 类/款/项 row). */
  readonly headerRows: number;
  /**
   * (row, col) of the table as laid out (the seed's, or the reshaped one for `family`/`economicBlocks`)
   * → landing place; for split codes the 类 cell. Header rows included.
   */
  readonly cells: readonly (readonly SeedCellPlace[])[];
  /** The seed table and cell each laid-out cell carries, where it carries one (see {@link SourceTable}). */
  readonly origin?: SourceTable['origin'];
  /** The rows as laid out (the seed's, or reshaped), as printed strings. */
  readonly rows: readonly (readonly string[])[];
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
   * The seed cell that landed at a sheet's cell (the inverse of `cellOf` for the seed's own tables): the
   * seed's table number, row and column, whatever the layout reshaped; undefined for a cell no seed cell
   * landed on (a title, a 类/款 part of a split code, a cell a reshaped table adds).
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

/** One table to lay out: the seed's, or one reshaped from the seed's figures. */
export interface SourceTable {
  readonly title: string;
  readonly rows: readonly (readonly string[])[];
  readonly note: string;
  /** The seed table (1-based) and the seed cell a cell of `rows` prints, where it prints one. */
  readonly origin?: { readonly table: number; at(row: number, col: number): { row: number; col: number } | undefined };
}

/** The tables a layout prints, in order. */
function sourceTables(options: SeedGridOptions): SourceTable[] {
  const seed = loadSeed();
  const plain = seedTableTitles().map((title, i): SourceTable => {
    const table = seed.tables[title]!;
    return { title, rows: table.rows, note: table.note, origin: { table: i + 1, at: (row, col) => ({ row, col }) } };
  });
  const tables = options.economicBlocks ? plain.map((table) => (table.origin?.table === 6 ? economicInBlocks(table) : table)) : plain;
  return options.family === 'budget12' ? twelveTables(tables) : tables;
}

/** 表6 in two blocks: the 人员 groups on the left, the 公用 groups on the right, the 合计 on the last line. */
function economicInBlocks(table: SourceTable): SourceTable {
  const [first, second, ...body] = table.rows;
  const total = body.findIndex((row) => row[0] === '合计');
  const groups: number[][] = [];
  body.forEach((row, i) => {
    if (i === total) return;
    if (row[1] === '' && row[0] !== '') groups.push([i]);
    else groups[groups.length - 1]?.push(i);
  });
  const leftGroups = new Set(['工资福利支出', '对个人和家庭的补助']);
  const left = groups.filter((g) => leftGroups.has(body[g[0]!]![0]!)).flat();
  const right = groups.filter((g) => !leftGroups.has(body[g[0]!]![0]!)).flat();
  const lines = Math.max(left.length, right.length) + 1;
  const width = first!.length;
  const blank = Array<string>(width).fill('');
  const rows: string[][] = [[...first!, ...first!], [...second!, ...second!]];
  const origin = new Map<string, { row: number; col: number }>();
  const place = (row: number, col: number, seedRow: number, seedCol: number) => origin.set(`${row},${col}`, { row: seedRow, col: seedCol });
  for (let c = 0; c < width; c++) {
    place(0, c, 0, c);
    place(1, c, 1, c);
  }
  for (let i = 0; i < lines; i++) {
    const l = i === lines - 1 ? total : left[i];
    const r = i === lines - 1 ? undefined : right[i];
    rows.push([...(l === undefined ? blank : body[l]!), ...(r === undefined ? blank : body[r]!)]);
    for (let c = 0; c < width; c++) {
      if (l !== undefined) place(i + 2, c, l + 2, c);
      if (r !== undefined) place(i + 2, width + c, r + 2, c);
    }
  }
  return { ...table, rows, origin: { table: 6, at: (row, col) => origin.get(`${row},${col}`) } };
}

/**
 * The seed's figures in the 12-table family's shapes (see `family`). Every figure is the seed's: the
 * third side of 表1 prints 表3's 基本支出 and 项目支出 and 表6's 人员经费 and 公用经费, and the 政府采购预算表
 * the seed text's 政府采购货物预算15.00万元 (section 九).
 */
function twelveTables(seedTables: readonly SourceTable[]): SourceTable[] {
  const bySeed = (n: number) => seedTables[n - 1]!;
  const total = (n: number, col: number) => bySeed(n).rows.find((row) => row[0] === '合计')![col]!;
  const summary = bySeed(1);
  const footerStart = summary.rows.findIndex((row) => row[0] === '本年收入合计');
  const useSide: string[][] = [
    ['一、基本支出', total(3, 3)],
    ['1、人员经费', total(6, 3)],
    ['2、公用经费', total(6, 4)],
    ['二、项目支出', total(3, 4)],
    ['三、单位预留机动经费', ''],
  ];
  const threeSided: SourceTable = {
    title: '2024年部门收支预算总表',
    note: '',
    rows: summary.rows.map((row, r) => {
      if (r === 0) return ['收入', '', '支出功能分类', '', '支出经济分类', ''];
      if (r === 1) return ['项目', '2024年预算数', '项目', '2024年预算数', '项目', '2024年预算数'];
      const use = r >= footerStart ? [r === footerStart ? '本年支出合计' : r === footerStart + 1 ? '年终结转' : '支出总计', row[3]!] : (useSide[r - 2] ?? ['', '']);
      return [row[0]!, row[1]!, row[2]!, row[3]!, ...use];
    }),
    origin: { table: 1, at: (row, col) => (row >= 2 && col < 4 ? { row, col } : undefined) },
  };
  const expenditure = bySeed(3);
  const withReserve: SourceTable = {
    ...expenditure,
    rows: expenditure.rows.map((row, r) => [...row, r === 1 ? '单位预留机动经费' : '']),
    origin: { table: 3, at: (row, col) => (col < expenditure.rows[0]!.length ? { row, col } : undefined) },
  };
  const threePublic = bySeed(10);
  const width = threePublic.rows[0]!.length;
  const combined: SourceTable = {
    ...threePublic,
    title: '2024年“三公”经费、会议费、培训费预算表',
    rows: [...threePublic.rows.map((row) => (row[0] === '合计' ? ['“三公”经费合计', ...row.slice(1)] : [...row])), ['会议费', ...Array<string>(width - 1).fill('')], ['培训费', ...Array<string>(width - 1).fill('')]],
    origin: { table: 10, at: (row, col) => (row < threePublic.rows.length ? { row, col } : undefined) },
  };
  const procurement: SourceTable = {
    title: '2024年政府采购预算表',
    note: '',
    rows: [
      ['项目', '采购品目', '2024年预算数', '', '', ''],
      ['', '', '合计', '货物', '工程', '服务'],
      ['合计', '', '15.00', '15.00', '', ''],
      [loadSeed().department, '办公设备购置', '15.00', '15.00', '', ''],
    ],
  };
  return [threeSided, bySeed(2), withReserve, bySeed(4), bySeed(5), bySeed(6), bySeed(8), bySeed(9), combined, procurement, bySeed(12)];
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
  const department = loadSeed().department;
  const sources = sourceTables(options);
  const numbers = options.tables ?? sources.map((_, i) => i + 1);
  for (const n of numbers) {
    if (!sources[n - 1]) throw new SeedGridError(`no seed table ${n}`);
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
      const source = sources[n - 1]!;
      const seedTitle = source.title;
      const block = layoutTable(seedTitle, source, department, n, options);
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
        ...(source.origin ? { origin: source.origin } : {}),
        rows: source.rows,
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
          place.cells.forEach((row, r) =>
            row.forEach((at, c) => {
              const seedCell = place.origin ? place.origin.at(r, c) : { row: r, col: c };
              if (at && seedCell) landed!.set(`${at.sheet}!${at.cell}`, { table: place.origin?.table ?? place.number, ...seedCell });
            }),
          );
        }
      }
      return landed.get(`${sheet}!${cell}`);
    },
    cellOf(which, row, col) {
      const place = table(which);
      const rows = place.rows;
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
  table: Pick<SourceTable, 'rows' | 'note'>,
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
