/**
 * 表体行 — turns a template's body plus a table's data into printed lines, before any cell position
 * is known. A line holds, per side of the table, the labels and amounts of one printed row; a
 * two-sided table fills both sides of a line, a one-sided table only `main`.
 */
import type { RowRole } from '../model';
import type { Amounts, CodedList, TableData } from './data';
import type { BodyTemplate, EconomicPairSide, FixedRow, LabelRole, Side, TableTemplate } from './types';

/** One side of one printed row. */
export interface LineCell {
  readonly role: RowRole;
  readonly labels: Partial<Record<LabelRole, string>>;
  readonly amounts: Amounts;
}

/** One printed row of the body: what each side shows on it (a side may show nothing). */
export type Line = Partial<Record<Side, LineCell>>;

/** Misuse: the data given for a table does not have the table's shape. */
export class TableDataShapeError extends Error {
  constructor(
    readonly table: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`data for ${table} has shape "${actual}", the template expects "${expected}"`);
    this.name = 'TableDataShapeError';
  }
}

const NO_AMOUNTS: Amounts = {};

/**
 * The body lines of a table. Without data: the rows a blank template prints (fixed rows, the
 * total rows, the economic groups), amounts empty.
 */
export function bodyLines(template: TableTemplate, data: TableData | undefined, department: string): Line[] {
  const body = template.body;
  if (data !== undefined && data.shape !== body.shape) {
    throw new TableDataShapeError(template.kind, body.shape, data.shape);
  }
  return linesOf(body, data, department);
}

function linesOf(body: BodyTemplate, data: TableData | undefined, department: string): Line[] {
  switch (body.shape) {
    case 'coded': {
      const list = data?.shape === 'coded' ? data : undefined;
      return codedCells(list, body.totalLabel).map((cell) => ({ main: cell }));
    }
    case 'pairedCoded': {
      const paired = data?.shape === 'pairedCoded' ? data : undefined;
      // One 合计 line across both lists, labelled once on the income side (seed table 9).
      return zipSides(codedCells(paired?.income, body.totalLabel), codedCells(paired?.expenditure, undefined));
    }
    case 'economic': {
      const economic = data?.shape === 'economic' ? data : undefined;
      const total: LineCell = { role: 'total', labels: { econDept: body.totalLabel }, amounts: economic?.total ?? NO_AMOUNTS };
      const rows: LineCell[] = economic
        ? economic.rows.map((row) => ({
            role: row.role,
            labels: row.govName === undefined ? { econDept: row.name } : { econDept: row.name, econGov: row.govName },
            amounts: row.amounts,
          }))
        : body.blankGroups.map((name) => ({ role: 'group', labels: { econDept: name }, amounts: NO_AMOUNTS }));
      return [total, ...rows].map((cell) => ({ main: cell }));
    }
    case 'fixed': {
      const fixed = data?.shape === 'fixed' ? data.rows : undefined;
      return body.rows.map((row) => ({ main: fixedCell(row, fixed) }));
    }
    case 'units': {
      const units = data?.shape === 'units' ? data : undefined;
      const total: LineCell = { role: 'total', labels: { name: body.totalLabel }, amounts: units?.total ?? NO_AMOUNTS };
      const rows = (units?.units ?? []).map((unit): LineCell => ({ role: 'item', labels: { name: unit.name }, amounts: unit.amounts }));
      return [total, ...rows].map((cell) => ({ main: cell }));
    }
    case 'projects': {
      const projects = data?.shape === 'projects' ? data : undefined;
      const label = body.totalLabel.replaceAll('{department}', department);
      const cells: LineCell[] = [{ role: 'total', labels: { name: label }, amounts: projects?.total ?? NO_AMOUNTS }];
      for (const unit of projects?.units ?? []) {
        cells.push({ role: 'group', labels: { name: unit.name }, amounts: unit.amounts });
        for (const project of unit.projects) cells.push({ role: 'item', labels: { name: project.name }, amounts: project.amounts });
      }
      return cells.map((cell) => ({ main: cell }));
    }
    case 'twoSided': {
      const sides = data?.shape === 'twoSided' ? data : undefined;
      const income = body.income.map((row) => fixedCell(row, sides?.income));
      const expenditure = body.expenditure.map((row) => fixedCell(row, sides?.expenditure));
      const footer = body.footer.map((line): Line => {
        const printed: { income?: LineCell; expenditure?: LineCell } = {};
        if (line.income) printed.income = fixedCell(line.income, sides?.income);
        if (line.expenditure) printed.expenditure = fixedCell(line.expenditure, sides?.expenditure);
        return printed;
      });
      return [...zipSides(income, expenditure), ...footer];
    }
    case 'economicPairs': {
      const pairs = data?.shape === 'economicPairs' ? data : undefined;
      const left = pairCells(body.left, pairs?.left);
      const right = pairCells(body.right, pairs?.right);
      // Both lists close on one line: 人员经费合计 beside 公用经费合计, under the longer list.
      const lines: Line[] = [];
      for (let i = 0; i < Math.max(left.rows.length, right.rows.length); i++) {
        const line: { left?: LineCell; right?: LineCell } = {};
        const l = left.rows[i];
        const r = right.rows[i];
        if (l) line.left = l;
        if (r) line.right = r;
        lines.push(line);
      }
      lines.push({ left: left.total, right: right.total });
      return lines;
    }
  }
}

/** One column pair of the 决算 basic-expenditure table: its rows (3-digit codes are groups) and its total. */
function pairCells(side: EconomicPairSide, list: CodedList | undefined): { rows: LineCell[]; total: LineCell } {
  const rows = list
    ? list.rows.map((row): LineCell => ({ role: row.code.length <= 3 ? 'group' : 'item', labels: { econCode: row.code, name: row.name }, amounts: row.amounts }))
    : side.blankGroups.map(([code, name]): LineCell => ({ role: 'group', labels: { econCode: code, name }, amounts: NO_AMOUNTS }));
  return { rows, total: { role: 'total', labels: { econCode: side.totalLabel }, amounts: list?.total ?? NO_AMOUNTS } };
}

function codedCells(list: CodedList | undefined, totalLabel: string | undefined): LineCell[] {
  const labels = totalLabel === undefined ? {} : { code: totalLabel };
  const total: LineCell = { role: 'total', labels, amounts: list?.total ?? NO_AMOUNTS };
  const rows = (list?.rows ?? []).map((row): LineCell => ({ role: 'item', labels: { code: row.code, name: row.name }, amounts: row.amounts }));
  return [total, ...rows];
}

function fixedCell(row: FixedRow, amounts: Readonly<Partial<Record<string, Amounts>>> | undefined): LineCell {
  return { role: row.role, labels: { name: row.label }, amounts: amounts?.[row.id] ?? NO_AMOUNTS };
}

/** Income cells beside expenditure cells, line by line; the shorter side leaves its lines empty. */
function zipSides(income: readonly LineCell[], expenditure: readonly LineCell[]): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < Math.max(income.length, expenditure.length); i++) {
    const line: { income?: LineCell; expenditure?: LineCell } = {};
    const left = income[i];
    const right = expenditure[i];
    if (left) line.income = left;
    if (right) line.expenditure = right;
    lines.push(line);
  }
  return lines;
}

/**
 * 本表无数据 — the table has neither an amount (zero counts as one) nor a row of its own beyond the
 * fixed ones. Rows without amounts (next year's templates carrying this year's subjects) are not empty.
 */
export function tableIsEmpty(data: TableData | undefined, lines: readonly Line[]): boolean {
  const holdsAmount = lines.some((line) =>
    Object.values(line).some((cell) => cell !== undefined && Object.values(cell.amounts).some((value) => value !== undefined)),
  );
  return !holdsAmount && !hasRowsOfItsOwn(data);
}

function hasRowsOfItsOwn(data: TableData | undefined): boolean {
  switch (data?.shape) {
    case undefined:
    case 'fixed':
    case 'twoSided':
      return false;
    case 'coded':
    case 'economic':
      return data.rows.length > 0;
    case 'pairedCoded':
      return data.income.rows.length > 0 || data.expenditure.rows.length > 0;
    case 'economicPairs':
      return data.left.rows.length > 0 || data.right.rows.length > 0;
    case 'units':
    case 'projects':
      return data.units.length > 0;
  }
}
