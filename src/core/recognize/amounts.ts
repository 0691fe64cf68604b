/**
 * 金额单元格 — reading one amount cell, and the problems a finance user should fix in it.
 *
 * The value is read, never altered: a text number is parsed as the number it shows and flagged
 * (文本型数字 breaks SUM in Excel), full-width digits likewise, an error value or unreadable text
 * is kept as such and flagged. Source: domain guide, "Rounding" ("Read stored values, not
 * displayed text"); issue 3 item 1.
 */
import { formatDecimals, parseAmount, toHalfWidth } from '../amount';
import type { ParsedAmount, Unit } from '../amount';
import { cellAt, isErrorValue, mergeAt, numberFormatAt, rangeToA1, toA1 } from '../grid';
import type { CellValue } from '../grid';
import type { Grid } from '../grid';
import type { AmountCell } from '../model';
import type { RecognitionProblem } from './types';

/** Collects problems, each once (a merged region is reported once, however many cells it covers). */
export class ProblemSink {
  readonly problems: RecognitionProblem[] = [];
  private readonly seen = new Set<string>();

  add(sheet: string, cell: string, message: string): void {
    const key = `${sheet}!${cell}\n${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push({ sheet, cell, message });
  }
}

/**
 * Reads the amount at (row, col) of the grid and reports what is wrong with the cell.
 * @example readAmountCell(grid, 4, 2, '万元', sink).parsed // { kind: 'amount', value: 4052.12, decimals: 2 }
 */
export function readAmountCell(grid: Grid, row: number, col: number, unit: Unit, sink: ProblemSink): AmountCell {
  const address = toA1(row, col);
  const value = cellAt(grid, row, col);
  const parsed = parseAmount(value);
  const formula = grid.formulas?.[row]?.[col];
  const printedDecimals = printedDecimalsOf(value, parsed, numberFormatAt(grid, row, col));
  // Every key in one literal, whether set or not: one AmountCell per amount cell, 300k in a large
  // department, all of one shape and none grown after it is made (bench/check.js).
  const cell: AmountCell = { row, col, address, parsed, formula, printedDecimals };

  const merge = mergeAt(grid, row, col);
  if (merge && (merge.bottom > merge.top || merge.right > merge.left)) {
    sink.add(
      grid.name,
      toA1(merge.top, merge.left),
      `金额单元格处于合并单元格 ${rangeToA1(merge)} 中：合并后只保留左上角的数值，请取消合并并分别填写金额`,
    );
  }
  if (typeof value === 'string') {
    const shown = value.trim();
    if (parsed.kind === 'amount') {
      if (toHalfWidth(shown) !== shown) {
        sink.add(grid.name, address, `金额“${shown}”含全角字符：已按 ${parsed.value.toFixed()} 读取，请改为半角数值`);
      } else {
        sink.add(grid.name, address, `金额“${shown}”是文本型数字：已按 ${parsed.value.toFixed()} 读取，请转换为数值格式，否则求和公式会漏算`);
      }
      if (parsed.unit && parsed.unit !== unit) {
        sink.add(grid.name, address, `金额“${shown}”带有单位“${parsed.unit}”，与本表单位“${unit}”不一致`);
      }
    } else if (parsed.kind === 'invalid') {
      sink.add(grid.name, address, `金额列中的“${shown}”无法识别为金额`);
    }
  } else if (isErrorValue(value)) {
    sink.add(grid.name, address, `单元格为错误值 ${value.error}：无法读取金额，请检查公式或引用`);
  } else if (parsed.kind === 'invalid') {
    sink.add(grid.name, address, `金额单元格${parsed.reason}`);
  }
  return cell;
}

/**
 * The decimals a cell shows: a text figure its own ("22,118,861" → 0), a number its format's
 * (`#,##0` → 0); undefined when nothing says (General), and for anything that is not an amount.
 */
function printedDecimalsOf(value: CellValue, parsed: ParsedAmount, format: string | undefined): number | undefined {
  if (parsed.kind !== 'amount') return undefined;
  if (typeof value === 'string') return parsed.decimals;
  return formatDecimals(format);
}
