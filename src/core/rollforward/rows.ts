/**
 * 科目行 — this year's subject rows (codes and names, economic items, units, projects) read from the
 * recognised tables as next year's template data, every amount left empty.
 *
 * A fixed-row table (收支总表, 三公) carries no rows of its own: the template prints its rows anyway.
 * Source: issue 8, item 4 ("next year's blank templates … keeping its subject rows, names").
 */
import { cellAt, cellText, fromA1, type Grid, type Workbook } from '../grid';
import type { TypedRow, TypedTable } from '../model';
import type { CodedList, CodedRow, EconomicRow, NamedRow, ProjectUnit, TableData } from '../templates/data';
import type { BodyTemplate } from '../templates/types';

/** Rows with a code other than the total, as coded rows without amounts. */
function codedList(rows: readonly TypedRow[]): CodedList {
  const coded = rows.filter((row): row is TypedRow & { code: string } => row.role !== 'total' && row.code !== undefined && row.code !== '');
  return { total: {}, rows: coded.map((row): CodedRow => ({ code: row.code, name: row.name, amounts: {} })) };
}

/**
 * 政府预算支出经济科目名称 of an economic row: the first text between the row's name cell and the
 * table's first amount column (the seed's table 6 prints it in column B).
 */
function govNameOf(grid: Grid | undefined, table: TypedTable, row: TypedRow): string | undefined {
  if (!grid) return undefined;
  const { row: r, col } = fromA1(row.labelAddress);
  const firstAmount = Math.min(...table.columns.map((c) => c.col));
  for (let c = col + 1; c < firstAmount; c++) {
    const text = cellText(cellAt(grid, r, c)).trim();
    if (text !== '') return text;
  }
  return undefined;
}

function economicRows(table: TypedTable, grid: Grid | undefined): EconomicRow[] {
  return table.rows
    .filter((row): row is TypedRow & { role: 'group' | 'item' } => row.role === 'group' || row.role === 'item')
    .map((row) => {
      const govName = row.role === 'item' ? govNameOf(grid, table, row) : undefined;
      return govName === undefined ? { role: row.role, name: row.name, amounts: {} } : { role: row.role, name: row.name, govName, amounts: {} };
    });
}

/** Project tables: each unit subtotal (group) with the projects under it; projects before any unit go under the department. */
function projectUnits(rows: readonly TypedRow[], department: string): ProjectUnit[] {
  const units: { name: string; projects: NamedRow[] }[] = [];
  for (const row of rows) {
    if (row.role === 'group') units.push({ name: row.name, projects: [] });
    else if (row.role === 'item') {
      if (units.length === 0) units.push({ name: department, projects: [] });
      units[units.length - 1]!.projects.push({ name: row.name, amounts: {} });
    }
  }
  return units.map((unit) => ({ name: unit.name, amounts: {}, projects: unit.projects }));
}

/**
 * The subject rows of a recognised table, shaped for the template's body; undefined when the shape
 * carries no rows of its own (the template's fixed rows are printed regardless).
 */
export function subjectRows(body: BodyTemplate, table: TypedTable, workbook: Workbook, department: string): TableData | undefined {
  switch (body.shape) {
    case 'coded':
      return { shape: 'coded', ...codedList(table.rows) };
    case 'pairedCoded':
      return {
        shape: 'pairedCoded',
        income: codedList(table.sides?.income ?? []),
        expenditure: codedList(table.sides?.expenditure ?? table.rows),
      };
    case 'economic':
      return { shape: 'economic', total: {}, rows: economicRows(table, workbook.find((grid) => grid.name === table.sheet)) };
    case 'economicPairs': {
      // Each row sits in the pair whose amount column it prints: 人员经费 left, 公用经费 right.
      const rows = table.rows.filter((row) => row.role !== 'total');
      return {
        shape: 'economicPairs',
        left: codedList(rows.filter((row) => row.amounts.personnel !== undefined)),
        right: codedList(rows.filter((row) => row.amounts.personnel === undefined)),
      };
    }
    case 'units':
      return { shape: 'units', total: {}, units: table.rows.filter((row) => row.role === 'item').map((row) => ({ name: row.name, amounts: {} })) };
    case 'projects':
      return { shape: 'projects', total: {}, units: projectUnits(table.rows, department) };
    case 'fixed':
    case 'twoSided':
      return undefined;
  }
}
