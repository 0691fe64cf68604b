/**
 * 找到情况说明 — the narrative a workbook already holds: a sheet named or headed 情况说明 / 编制说明 /
 * 第三部分 (issue 4 item 4). When the sheet holds the whole disclosure, only 第三部分 is taken, up to
 * 第四部分.
 */
import type { Grid, Workbook } from '../grid';
import { cellAt, cellText, isBlank, toA1 } from '../grid';
import { isParamsSheet } from '../params/sheet';

/** Where a narrative was found. */
export interface FoundNarrative {
  readonly sheet: string;
  /** One line per non-blank row: the row's text cells joined. */
  readonly text: string;
  /** A1 address of the first filled cell of each line, for findings. */
  readonly lineCells: readonly string[];
}

const HEADINGS = /情况说明|编制说明|第三部分/u;
/** How far down a heading may sit (title, department line, a blank or two). */
const HEADING_ROWS = 6;

function rowLine(grid: Grid, row: number): { text: string; cell: string } | undefined {
  const cells = grid.values[row] ?? [];
  const parts: string[] = [];
  let first: number | undefined;
  cells.forEach((value, col) => {
    if (isBlank(value) || typeof value === 'number') return;
    first ??= col;
    parts.push(cellText(value));
  });
  return first === undefined ? undefined : { text: parts.join(''), cell: toA1(row, first) };
}

/**
 * Whether a line of the sheet begins 第三部分. Only a row whose first text cell may begin it is joined
 * into a line: a department's tables have a hundred thousand rows to pass over.
 */
function holdsPartThree(grid: Grid): boolean {
  for (let r = 0; r < grid.values.length; r++) {
    const first = grid.values[r]?.find((value) => !isBlank(value) && typeof value !== 'number');
    if (first === undefined) continue;
    const text = cellText(first);
    if ((text === '' || text.startsWith('第')) && /^第三部分/u.test(rowLine(grid, r)?.text ?? '')) return true;
  }
  return false;
}

/**
 * The narrative text of a workbook, or undefined when no sheet looks like one.
 * @example findNarrativeText(workbook)?.sheet // "情况说明"
 */
export function findNarrativeText(workbook: Workbook): FoundNarrative | undefined {
  // A 参数 sheet (and a copy of it, 参数 (2)) is titled 情况说明参数: it feeds the narrative, it is not one.
  const sheets = workbook.filter((grid) => !grid.hidden && !isParamsSheet(grid));
  const grid =
    sheets.find((grid) => HEADINGS.test(grid.name)) ??
    sheets.find((grid) => {
      for (let r = 0; r < Math.min(HEADING_ROWS, grid.values.length); r++) if (HEADINGS.test(cellText(cellAt(grid, r, 0)))) return true;
      return false;
    }) ??
    sheets.find(holdsPartThree);
  if (!grid) return undefined;
  const lines: { text: string; cell: string }[] = [];
  let inside = !holdsPartThree(grid);
  for (let r = 0; r < grid.values.length; r++) {
    const line = rowLine(grid, r);
    if (!line) continue;
    if (/^第三部分/u.test(line.text)) inside = true;
    else if (/^第[四五六]部分/u.test(line.text) && inside) break;
    if (inside) lines.push(line);
  }
  return { sheet: grid.name, text: lines.map((l) => l.text).join('\n'), lineCells: lines.map((l) => l.cell) };
}
