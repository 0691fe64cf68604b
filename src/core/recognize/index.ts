/**
 * 识别 — finds every disclosure table in a workbook by what it says, wherever it sits.
 *
 * Real users paste what their province's budget system exports, so nothing here depends on sheet
 * names, sheet order or positions: a table is found by its title (keywords, any prefix or year),
 * read by its header words and its code column, and typed into the shared vocabulary of
 * `model.ts`. Several tables may share a sheet; blank rows and columns may sit anywhere.
 * Whatever looks like a table but cannot be classified is returned as `unrecognized`; whatever is
 * wrong in a cell is returned as a problem naming sheet and cell. User data never makes it throw.
 * Source: domain guide, "Other families and layouts"; issue 3 item 1.
 */
import { parseAmount } from '../amount';
import { cellAt, mergeAt, rangeToA1, toA1 } from '../grid';
import type { CellRange, Grid, Workbook } from '../grid';
import { expectedKinds, inferFamily, presentKinds, type TableKind } from '../kinds';
import type { TypedTable } from '../model';
import { isPerformanceTitle } from '../performance/read';
import { ProblemSink } from './amounts';
import { firstText, readTable } from './table';
import type { TitleCell } from './table';
import { kindOfContent } from './content';
import { classifyTitle, isEnglishLine, looksLikeTitle, simplified, yearInTitle } from './titles';
import { filledColumns, textAt } from './sheet';
import type { Recognition, UnrecognizedBlock } from './types';

export type { Recognition, RecognitionProblem, UnrecognizedBlock } from './types';
export { classifyTitle, looksLikeTitle, yearInTitle } from './titles';

/**
 * Recognises every disclosure table of a workbook.
 * @example recognizeWorkbook(workbook).tables.map((t) => t.kind) // ['budget.summary', 'budget.income', …]
 */
export function recognizeWorkbook(workbook: Workbook): Recognition {
  const sink = new ProblemSink();
  const tables: TypedTable[] = [];
  const unrecognized: UnrecognizedBlock[] = [];
  for (const grid of workbook) {
    // Hidden sheets hold our own stores (校验说明), not tables a reader sees.
    if (grid.hidden) continue;
    const found = recognizeSheet(withoutOverlappingMerges(grid, sink), sink);
    tables.push(...found.tables);
    unrecognized.push(...found.unrecognized);
  }
  const family = inferFamily(presentKinds(tables));
  const year = documentYear(tables);
  return { ...(family ? { family } : {}), ...(year ? { year } : {}), tables, unrecognized, problems: sink.problems };
}

/** The year most titles name (the latest of equally many), or undefined when no title names one. */
function documentYear(tables: readonly TypedTable[]): number | undefined {
  const counts = new Map<number, number>();
  for (const table of tables) {
    const year = yearInTitle(table.title);
    if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of counts) {
    const bestCount = best === undefined ? 0 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && year > best!)) best = year;
  }
  return best;
}

/**
 * Merged areas cannot overlap in Excel; a file where they do (a damaged export, a hand-edited XML)
 * would give a header two headings in one cell. Each overlap is reported at the later area's first
 * cell, and every area taking part in one is left out: the header is then read as if unmerged, which
 * the repeated-label reading of `headerPaths` handles.
 */
function withoutOverlappingMerges(grid: Grid, sink: ProblemSink): Grid {
  const merges = grid.merges;
  const overlapping = new Set<number>();
  const order = merges.map((_, i) => i).sort((a, b) => merges[a]!.top - merges[b]!.top || merges[a]!.left - merges[b]!.left);
  order.forEach((i, k) => {
    const a = merges[i]!;
    for (let n = k + 1; n < order.length; n++) {
      const j = order[n]!;
      const b = merges[j]!;
      if (b.top > a.bottom) break;
      if (b.left > a.right || b.right < a.left) continue;
      overlapping.add(i);
      overlapping.add(j);
      sink.add(
        grid.name,
        toA1(b.top, b.left),
        `合并单元格 ${rangeToA1(b)} 与 ${rangeToA1(a)} 重叠（Excel 中不应出现，文件可能已损坏）：已按未合并读取这些单元格，请取消合并后重新设置表头`,
      );
    }
  });
  if (overlapping.size === 0) return grid;
  return { ...grid, merges: merges.filter((_, i) => !overlapping.has(i)) };
}

/**
 * Title candidates: short lines ending in 表, alone on their row (or with a 单位/表号 beside them).
 * Two titles on one row head two tables side by side; each gets the columns up to the next one.
 */
function findTitles(grid: Grid): TitleCell[] {
  const titles: TitleCell[] = [];
  grid.values.forEach((values, r) => {
    // A title ends in 表, which no folding of a cell's text makes: a row without one (every data
    // row of a department's tables) is passed over without reading its cells.
    if (!values.some((value) => typeof value === 'string' && value.includes('表'))) return;
    const cols = filledColumns(grid, r);
    // A project named "…统计报表" beside its figures is a data row, not a title.
    if (cols.length === 0 || cols.some((c) => parseAmount(cellAt(grid, r, c)).kind === 'amount')) return;
    const found = cols.filter((c) => looksLikeTitle(textAt(grid, r, c)));
    if (found.length === 0 || cols.length > 3 * found.length) return;
    found.forEach((c, i) => {
      const text = textAt(grid, r, c);
      const next = found[i + 1];
      if (found.length === 1) {
        titles.push({ row: r, col: c, text });
        return;
      }
      const left = i === 0 ? 0 : (mergeAt(grid, r, c)?.left ?? c);
      const right = next === undefined ? Number.MAX_SAFE_INTEGER : (mergeAt(grid, r, next)?.left ?? next) - 1;
      titles.push({ row: r, col: c, text, span: { left, right } });
    });
  });
  return titles;
}

/** The last row of a title's table: the row before the next title below it in its columns. */
function regionEnd(titles: readonly TitleCell[], i: number, lastRow: number): number {
  const title = titles[i]!;
  const span = title.span ?? { left: 0, right: Number.MAX_SAFE_INTEGER };
  const next = titles.find((t) => t.row > title.row && t.col >= span.left && t.col <= span.right);
  return (next?.row ?? lastRow + 1) - 1;
}

function recognizeSheet(grid: Grid, sink: ProblemSink): { tables: TypedTable[]; unrecognized: UnrecognizedBlock[] } {
  const tables: TypedTable[] = [];
  const unrecognized: UnrecognizedBlock[] = [];
  const covered = new Set<number>();
  const titles = findTitles(grid);
  const lastRow = grid.values.length - 1;
  titles.forEach((title, i) => {
    const end = regionEnd(titles, i, lastRow);
    const kind = classifyTitle(title.text);
    const table = kind ? readTable(grid, title, kind, end, sink) : undefined;
    if (table && simplified(title.text) !== title.text) {
      sink.add(grid.name, toA1(title.row, title.col), `表标题“${title.text}”使用了繁体字，已按“${simplified(title.text)}”识别；公开的表格应使用简体中文`);
    }
    if (table) {
      tables.push(table);
      for (const r of rowsOf(table.range)) covered.add(r);
      return;
    }
    if (kind) return;
    // A 绩效目标表 is a form the performance module reads (`readPerformanceTargets`, title to next
    // title, as here) and checks against 表12, not an unknown table: its rows are taken, unreported.
    if (isPerformanceTitle(title.text)) {
      for (let r = title.row; r <= end; r++) covered.add(r);
      return;
    }
    const block = blockFrom(grid, title.row, end);
    if (block.length < 2) return;
    for (const r of block) covered.add(r);
    unrecognized.push({
      sheet: grid.name,
      range: blockRange(grid, block),
      text: title.text,
      reason: `标题“${title.text}”不是可识别的公开表（预算或决算的标准表）`,
    });
  });
  // A sheet without any printed title, named after its table ("表3 支出总表"): read its first
  // block as that table and say so. The name is a fallback, never preferred to a printed title.
  const kindByName = titles.length === 0 ? classifyTitle(grid.name) : undefined;
  const firstBlock = kindByName ? leftoverBlocks(grid, covered)[0] : undefined;
  if (kindByName && firstBlock) {
    const table = readTable(grid, untitledAt(grid, firstBlock, grid.name, 'sheetName'), kindByName, lastRow, sink);
    if (table) {
      tables.push(table);
      for (const r of rowsOf(table.range)) covered.add(r);
    }
  }
  for (let block = leftoverBlocks(grid, covered)[0]; block; block = leftoverBlocks(grid, covered)[0]) {
    // The table may run past its block (a blank row under the header), up to what is already taken.
    let end = block[0]!;
    while (end < lastRow && !covered.has(end + 1)) end++;
    const table = readByContent(grid, block, end, sink);
    const taken = table ? rowsOf(table.range) : block;
    for (const r of taken) covered.add(r);
    if (table) {
      tables.push(table);
      continue;
    }
    const text = firstText(grid, block);
    unrecognized.push({
      sheet: grid.name,
      range: blockRange(grid, block),
      text,
      reason: isEnglishLine(text)
        ? `表标题“${text}”是英文：公开表的标题应为中文（如“预算支出总表”），从表头和行内容也无法判断是哪张公开表`
        : '这里像一张表，但没有可识别的表标题，从表头和行内容也无法判断是哪张公开表',
    });
  }
  tables.sort((a, b) => a.range.top - b.range.top);
  return { tables, unrecognized };
}

function rowsOf(range: CellRange): number[] {
  return Array.from({ length: range.bottom - range.top + 1 }, (_, i) => range.top + i);
}

/** A virtual title just above a block that has none. */
function untitledAt(grid: Grid, block: readonly number[], text: string, untitled: 'sheetName' | 'content'): TitleCell {
  return { row: block[0]! - 1, col: leftmost(block.flatMap((r) => filledColumns(grid, r))), text, untitled };
}

/**
 * An untitled block whose header and rows say unambiguously which table it is (see `kindOfContent`).
 * It is first read as a plain coded table with its problems discarded, then read again as its kind.
 */
function readByContent(grid: Grid, block: readonly number[], lastRow: number, sink: ProblemSink): TypedTable | undefined {
  const draft = readTable(grid, untitledAt(grid, block, '', 'content'), 'budget.expenditure', lastRow, new ProblemSink());
  const guess = draft ? kindOfContent(draft, block.some((r) => filledColumns(grid, r).some((c) => textAt(grid, r, c).includes('决算')))) : undefined;
  if (!guess) return undefined;
  return readTable(grid, untitledAt(grid, block, `（无标题）${guess.name}`, 'content'), guess.kind, lastRow, sink);
}

/** Rows from `start` down to `end`, stopping at two blank rows in a row. */
function blockFrom(grid: Grid, start: number, end: number): number[] {
  const rows: number[] = [];
  for (let r = start, blanks = 0; r <= end && blanks < 2; r++) {
    if (filledColumns(grid, r).length === 0) blanks++;
    else {
      blanks = 0;
      rows.push(r);
    }
  }
  return rows;
}

/**
 * Runs of non-blank rows outside every table that look like a table: at least two rows, one of
 * them with two or more cells. A lone line (a page note, a 表号) is not a table.
 */
function leftoverBlocks(grid: Grid, covered: ReadonlySet<number>): number[][] {
  const blocks: number[][] = [];
  let current: number[] = [];
  const flush = () => {
    const tableLike = current.length >= 2 && current.some((r) => filledColumns(grid, r).length >= 2);
    if (tableLike) blocks.push(current);
    current = [];
  };
  grid.values.forEach((_, r) => {
    if (covered.has(r) || filledColumns(grid, r).length === 0) flush();
    else current.push(r);
  });
  flush();
  return blocks;
}

function blockRange(grid: Grid, rows: readonly number[]): CellRange {
  const cols = rows.flatMap((r) => filledColumns(grid, r));
  return { top: rows[0]!, left: leftmost(cols), bottom: rows[rows.length - 1]!, right: cols.reduce((a, b) => Math.max(a, b), 0) };
}

function leftmost(cols: readonly number[]): number {
  return cols.reduce((a, b) => Math.min(a, b), Number.MAX_SAFE_INTEGER);
}

/**
 * 缺表 — the kinds the recognised family publishes that the workbook lacks; none when the family is
 * unclear.
 * @example missingTables(recognizeWorkbook(withoutTable10)) // ['budget.threePublic']
 */
export function missingTables(recognition: Pick<Recognition, 'family' | 'tables'>): TableKind[] {
  if (!recognition.family) return [];
  const present = new Set(presentKinds(recognition.tables));
  return expectedKinds(recognition.family).filter((kind) => !present.has(kind));
}
