/**
 * 读取工作簿 — every sheet of the open workbook as Grids, for recognition and the checks.
 *
 * Syncs: 1) sheet names and visibility; 2) each sheet's used range (values only: a sheet whose
 * whole columns are formatted would otherwise answer a million rows) and its merged areas (where
 * Excel can say, ExcelApi 1.13: elsewhere the sheets are read without merges, which recognition
 * handles as it handles an export that lost them — a heading stands in its upper-left cell);
 * 3) values, value types, formulas and number formats of every used range. That is three syncs
 * whatever the size, until the cells to read exceed `maxCellsPerSync`; only then is the work cut
 * into row blocks, one sync per block group, so no answer exceeds the 5 MB payload limit of Excel
 * on the web (about 32 bytes a cell for the four properties of figures; measured on the fake). A
 * group that Excel still refuses as too large (long texts) is read again in halves.
 */
import type { ExcelContext, RangeApi, RangeAreasApi, WorksheetApi } from './api';
import { type CapabilityOptions, hostCapabilities } from './capabilities';
import { type CellValue, type Grid, type Workbook, rangeToA1 } from '../core/grid';
import { formulaOf, fromExcel, parseAreasAddress } from './cells';
import { MARK_RECORD_SHEET } from './marks-record';

export interface ReadOptions extends CapabilityOptions {
  /** Cells read in one sync at most (default 120,000 ≈ 4 MB of answer). */
  readonly maxCellsPerSync?: number;
}

export const DEFAULT_MAX_CELLS_PER_SYNC = 120_000;

/** Misuse of the reader's options. */
export class ReadOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOptionsError';
  }
}

interface SheetProbe {
  readonly sheet: WorksheetApi;
  readonly used: RangeApi;
  /** Absent where this Excel cannot read merged areas. */
  readonly merges?: RangeAreasApi;
}

interface Block {
  readonly probe: number;
  /** 0-based sheet row of the block's first row, and its row count. */
  readonly top: number;
  readonly rows: number;
  readonly left: number;
  readonly columns: number;
}

interface BlockAnswer {
  readonly block: Block;
  readonly range: RangeApi;
}

/**
 * Reads every sheet (hidden ones flagged `hidden`; our own mark record is skipped).
 * @example const workbook = await Excel.run((context) => readWorkbook(context));
 * @throws ReadOptionsError when maxCellsPerSync is not a positive integer
 */
export async function readWorkbook(context: ExcelContext, options: ReadOptions = {}): Promise<Workbook> {
  const budget = options.maxCellsPerSync ?? DEFAULT_MAX_CELLS_PER_SYNC;
  if (!Number.isInteger(budget) || budget < 1) {
    throw new ReadOptionsError(`maxCellsPerSync must be a positive integer, got ${budget}`);
  }
  const collection = context.workbook.worksheets.load(['items/name', 'items/visibility']);
  await context.sync();
  const sheets = collection.items.filter((sheet) => sheet.name !== MARK_RECORD_SHEET);

  const { mergedAreas } = options.capabilities ?? hostCapabilities();
  const probes: SheetProbe[] = sheets.map((sheet) => ({
    sheet,
    used: sheet.getUsedRangeOrNullObject(true).load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']),
    // Merges are read over the whole sheet: a merged title may reach past the last value.
    ...(mergedAreas ? { merges: sheet.getRange().getMergedAreasOrNullObject().load(['address']) } : {}),
  }));
  await context.sync();

  const answers: BlockAnswer[] = [];
  const pending = groupBlocks(planBlocks(probes, budget), budget);
  while (pending.length > 0) {
    const group = pending.shift()!;
    const loaded = group.map((block) => ({
      block,
      range: probes[block.probe]!.sheet
        .getRange(rangeToA1({ top: block.top, left: block.left, bottom: block.top + block.rows - 1, right: block.left + block.columns - 1 }))
        .load(['values', 'valueTypes', 'formulas', 'numberFormat']),
    }));
    try {
      await context.sync();
    } catch (error) {
      // Long texts make some cells far bigger than the estimate: read the group in halves.
      const halves = isPayloadLimit(error) ? splitGroup(group) : undefined;
      if (!halves) throw error;
      pending.unshift(...halves);
      continue;
    }
    answers.push(...loaded);
  }

  return probes.map((probe, index) => toGrid(probe, answers.filter((a) => a.block.probe === index)));
}

function planBlocks(probes: readonly SheetProbe[], budget: number): Block[] {
  const blocks: Block[] = [];
  probes.forEach((probe, index) => {
    if (probe.used.isNullObject) return;
    const { rowIndex, columnIndex, rowCount, columnCount } = probe.used;
    const rowsPerBlock = Math.max(1, Math.floor(budget / columnCount));
    for (let offset = 0; offset < rowCount; offset += rowsPerBlock) {
      blocks.push({
        probe: index,
        top: rowIndex + offset,
        rows: Math.min(rowsPerBlock, rowCount - offset),
        left: columnIndex,
        columns: columnCount,
      });
    }
  });
  return blocks;
}

/** Packs blocks into syncs of at most `budget` cells (a block bigger than the budget goes alone). */
function groupBlocks(blocks: readonly Block[], budget: number): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const block of blocks) {
    const size = block.rows * block.columns;
    if (current.length > 0 && cells + size > budget) {
      groups.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Excel's refusal of a request or an answer over its payload limit (5 MB on the web). */
function isPayloadLimit(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/** A group cut in two: by blocks, or a lone block by rows; undefined for a single row. */
function splitGroup(group: readonly Block[]): Block[][] | undefined {
  if (group.length > 1) {
    const middle = Math.ceil(group.length / 2);
    return [group.slice(0, middle), group.slice(middle)];
  }
  const [block] = group;
  if (!block || block.rows < 2) return undefined;
  const upper = Math.ceil(block.rows / 2);
  return [[{ ...block, rows: upper }], [{ ...block, top: block.top + upper, rows: block.rows - upper }]];
}

function toGrid(probe: SheetProbe, answers: readonly BlockAnswer[]): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  const formulas: (string | undefined)[][] = [];
  let anyFormat = false;
  let anyFormula = false;

  for (const { block, range } of answers) {
    const cellValues = range.values;
    const types = range.valueTypes;
    const cellFormulas = range.formulas;
    const formats = range.numberFormat;
    for (let i = 0; i < block.rows; i++) {
      const row = block.top + i;
      const rowValues: CellValue[] = [];
      const rowFormats: (string | undefined)[] = [];
      const rowFormulas: (string | undefined)[] = [];
      for (let j = 0; j < block.columns; j++) {
        const col = block.left + j;
        const value = cellValues[i]?.[j];
        const type = types[i]?.[j];
        rowValues[col] = fromExcel(value, type);
        const format = formats[i]?.[j];
        if (typeof format === 'string' && format !== 'General' && format !== '') {
          rowFormats[col] = format;
          anyFormat = true;
        }
        const formula = formulaOf(cellFormulas[i]?.[j], value, type);
        if (formula !== undefined) {
          rowFormulas[col] = formula;
          anyFormula = true;
        }
      }
      values[row] = trimRow(rowValues, rowFormulas.length);
      numberFormats[row] = Array.from(rowFormats);
      formulas[row] = Array.from(rowFormulas);
    }
  }
  // Rows above the used range (and holes) are empty rows, so values[0][0] is A1.
  const rowTotal = values.length;
  for (let r = 0; r < rowTotal; r++) {
    values[r] ??= [];
    numberFormats[r] ??= [];
    formulas[r] ??= [];
  }
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  numberFormats.length = values.length;
  formulas.length = values.length;

  const hidden = String(probe.sheet.visibility) !== 'Visible';
  return {
    name: probe.sheet.name,
    values,
    merges: !probe.merges || probe.merges.isNullObject ? [] : parseAreasAddress(probe.merges.address),
    ...(anyFormat ? { numberFormats } : {}),
    ...(anyFormula ? { formulas } : {}),
    ...(hidden ? { hidden: true } : {}),
  };
}

/**
 * Blanks before the used range's left edge become null; trailing blanks are dropped (Grid rows
 * may be ragged), but never before a formula cell (`keep` cells), whose result may be blank.
 */
function trimRow(row: CellValue[], keep: number): CellValue[] {
  const filled = Array.from(row, (value) => value ?? null);
  let length = filled.length;
  while (length > keep && filled[length - 1] === null) length--;
  filled.length = length;
  return filled;
}
