/**
 * The seed workbook's tables typed by hand from the seed builder's cell map — the shape recognition
 * gives (src/core/model.ts), built without recognition, so the narrative can be tested on its own.
 * Only the tables the 情况说明 reads are typed (1–6, 10, 11).
 */
import { parseAmount } from '../../../src/core/amount';
import type { Unit } from '../../../src/core/amount';
import { cellAt } from '../../../src/core/grid';
import type { ColumnKey, RowRole, TableKind, TypedRow, TypedTable } from '../../../src/core/model';
import type { SeedWorkbook } from '../../support/seedGrids';
import { loadSeed } from '../../support/seed';
import { cellsByColumn } from '../../support/rows';

interface Side {
  readonly name: number;
  readonly code?: number;
  readonly columns: readonly (readonly [number, ColumnKey])[];
}

interface Shape {
  readonly number: number;
  readonly kind: TableKind;
  readonly headerRows: number;
  readonly income?: Side;
  readonly main: Side;
}

const SHAPES: readonly Shape[] = [
  { number: 1, kind: 'budget.summary', headerRows: 2, income: { name: 0, columns: [[1, 'income']] }, main: { name: 2, columns: [[3, 'total'], [4, 'currentYear'], [5, 'carryover']] } },
  { number: 2, kind: 'budget.income', headerRows: 2, main: { code: 0, name: 1, columns: [[2, 'total'], [3, 'generalPublic'], [4, 'govFund'], [5, 'stateCapital'], [6, 'specialAccount'], [7, 'unitFunds'], [8, 'carryover']] } },
  { number: 3, kind: 'budget.expenditure', headerRows: 2, main: { code: 0, name: 1, columns: [[2, 'total'], [3, 'basic'], [4, 'project']] } },
  { number: 4, kind: 'budget.fiscalSummary', headerRows: 3, income: { name: 0, columns: [[1, 'income']] }, main: { name: 2, columns: [[3, 'total'], [4, 'generalPublic'], [5, 'govFund'], [6, 'stateCapital']] } },
  { number: 5, kind: 'budget.generalPublic', headerRows: 2, main: { code: 0, name: 1, columns: [[2, 'total'], [3, 'basic'], [4, 'project']] } },
  { number: 6, kind: 'budget.basicEconomic', headerRows: 2, main: { name: 0, columns: [[2, 'total'], [3, 'personnel'], [4, 'publicUse']] } },
  { number: 10, kind: 'budget.threePublic', headerRows: 2, main: { name: 0, columns: [[1, 'total'], [2, 'generalPublic'], [3, 'govFund'], [4, 'stateCapital']] } },
  { number: 11, kind: 'budget.operating', headerRows: 2, main: { name: 0, columns: [[1, 'total'], [2, 'generalPublic'], [3, 'govFund'], [4, 'stateCapital']] } },
];

const FOOTERS = ['上年结转', '年终结转', '收入总计', '支出总计', '上年财政拨款结转'];
const ECONOMIC_GROUPS = ['工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出'];

function roleOf(shape: Shape, name: string): RowRole {
  if (name.includes('合计')) return 'total';
  if (FOOTERS.includes(name)) return 'footer';
  if (shape.kind === 'budget.basicEconomic' && ECONOMIC_GROUPS.includes(name)) return 'group';
  return 'item';
}

/** The seed workbook's tables 1–6, 10, 11 as typed tables, in the workbook's unit. */
export function typedSeedTables(built: SeedWorkbook, unit: Unit = '万元'): TypedTable[] {
  const seed = loadSeed();
  return SHAPES.map((shape) => {
    const place = built.table(shape.number);
    const grid = built.workbook.find((g) => g.name === place.sheet)!;
    const seedRows = seed.tables[place.seedTitle]!.rows;
    const side = (spec: Side): TypedRow[] => {
      const rows: TypedRow[] = [];
      for (let r = shape.headerRows; r < seedRows.length; r++) {
        const name = (seedRows[r]![spec.name] ?? '').trim();
        const code = spec.code !== undefined ? seedRows[r]![spec.code]?.trim() : undefined;
        const codeOk = code !== undefined && /^\d+$/.test(code);
        if (name === '' && !codeOk && !(code === '合计')) continue;
        const label = place.cells[r]![spec.code ?? spec.name]!;
        const amounts: Partial<Record<ColumnKey, TypedRow['amounts'][ColumnKey]>> = {};
        for (const [col, key] of spec.columns) {
          const at = place.cells[r]![col];
          if (!at) continue;
          amounts[key] = { row: at.row, col: at.col, address: at.cell, parsed: parseAmount(cellAt(grid, at.row, at.col)) };
        }
        const printedName = code === '合计' ? '合计' : name;
        const cells = cellsByColumn(amounts);
        const base = { row: label.row, role: roleOf(shape, printedName), name: printedName, labelAddress: label.cell, amounts, cells };
        rows.push(codeOk ? { ...base, code: code!, level: code!.length === 3 ? '类' : code!.length === 5 ? '款' : '项' } : base);
      }
      return rows;
    };
    const main = side(shape.main);
    const table: TypedTable = {
      kind: shape.kind,
      title: place.printedTitle,
      sheet: place.sheet,
      range: place.range,
      unit,
      columns: shape.main.columns.map(([col, key]) => {
        const header = seedRows[shape.headerRows - 1]?.[col] ?? '';
        return { key, col, header, path: [header] };
      }),
      columnSums: [],
      rows: main,
      ...(shape.income ? { sides: { income: side(shape.income), expenditure: main } } : {}),
    };
    return table;
  });
}
