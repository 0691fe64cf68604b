/**
 * The totals each template declares hold in the seed: a declaration that named the wrong columns or
 * rows (e.g. 上年结转 inside 合计 in table 2) would fail here. Tolerance is the interval rule of the
 * domain guide ("Rounding"): |T − Σvᵢ| ≤ (n+1)·½·0.01.
 */
import { Decimal } from '../../../src/core/amount';
import type { FamilyId } from '../../../src/core/model';
import { sampleDisclosure } from '../../../src/core/sample';
import { filledBudget9, filledFinal9 } from '../families/filled';
import { FAMILIES, type AmountKey, type Amounts, type ColumnTotal, type RowTotal, type Side, type TableData, type TableTemplate } from '../../../src/core/templates';

const HALF_CENT = new Decimal('0.005');

/** A broken tie: where, the total as given, the sum of its parts. */
interface Violation {
  readonly where: string;
  readonly total: string;
  readonly sum: string;
}

function tie(where: string, total: Decimal | undefined, parts: readonly (Decimal | undefined)[], out: Violation[]): void {
  const present = parts.filter((part): part is Decimal => part !== undefined);
  if (total === undefined && present.length === 0) return;
  const sum = present.reduce((acc, part) => acc.plus(part), new Decimal(0));
  const tolerance = HALF_CENT.times(present.length + 1);
  if (total === undefined || total.minus(sum).abs().greaterThan(tolerance)) {
    out.push({ where, total: total?.toString() ?? '(blank)', sum: sum.toString() });
  }
}

function amountKeys(template: TableTemplate, side: Side): AmountKey[] {
  return template.columns.flatMap((column) => (column.type === 'amount' && column.side === side ? [column.key] : []));
}

/** Every printed row's amounts by side, whatever the table's shape. */
function rowsBySide(data: TableData): { side: Side; name: string; amounts: Amounts }[] {
  switch (data.shape) {
    case 'coded':
      return [{ name: '合计', amounts: data.total }, ...data.rows.map((row) => ({ name: row.code, amounts: row.amounts }))].map((row) => ({ side: 'main', ...row }));
    case 'pairedCoded':
      return (['income', 'expenditure'] as const).flatMap((side) =>
        [{ name: '合计', amounts: data[side].total }, ...data[side].rows.map((row) => ({ name: row.code, amounts: row.amounts }))].map((row) => ({ side, ...row })),
      );
    case 'twoSided':
      return (['income', 'expenditure'] as const).flatMap((side) =>
        Object.entries(data[side]).map(([name, amounts]) => ({ side, name, amounts: amounts ?? {} })),
      );
    case 'economic':
      return [{ name: '合计', amounts: data.total }, ...data.rows].map((row) => ({ side: 'main', name: row.name, amounts: row.amounts }));
    case 'fixed':
      return Object.entries(data.rows).map(([name, amounts]) => ({ side: 'main', name, amounts: amounts ?? {} }));
    case 'units':
      return [{ name: '合计', amounts: data.total }, ...data.units].map((row) => ({ side: 'main', ...row }));
    case 'projects':
      return [{ name: '合计', amounts: data.total }, ...data.units.flatMap((unit) => [unit, ...unit.projects])].map((row) => ({ side: 'main', ...row }));
    case 'economicPairs':
      return (['left', 'right'] as const).flatMap((side) =>
        [{ name: '合计', amounts: data[side].total }, ...data[side].rows.map((row) => ({ name: row.code, amounts: row.amounts }))].map((row) => ({ side, ...row })),
      );
  }
}

function checkColumnTotal(template: TableTemplate, data: TableData, total: ColumnTotal, out: Violation[]): void {
  for (const row of rowsBySide(data).filter((r) => r.side === total.side)) {
    tie(`${template.sheetName} ${row.name} ${total.total}`, row.amounts[total.total], total.parts.map((key) => row.amounts[key]), out);
  }
}

function tieRows(where: string, keys: readonly AmountKey[], total: Amounts, parts: readonly Amounts[], out: Violation[]): void {
  for (const key of keys) tie(`${where} ${key}`, total[key], parts.map((part) => part[key]), out);
}

function checkRowTotal(template: TableTemplate, data: TableData, rule: RowTotal, out: Violation[]): void {
  const name = template.sheetName;
  switch (rule.kind) {
    case 'rows': {
      const byId = data.shape === 'twoSided' ? data[rule.side === 'income' ? 'income' : 'expenditure'] : data.shape === 'fixed' ? data.rows : {};
      tieRows(`${name} ${rule.total}`, amountKeys(template, rule.side), byId[rule.total] ?? {}, rule.parts.map((id) => byId[id] ?? {}), out);
      return;
    }
    case 'codeHierarchy': {
      const list = data.shape === 'coded' ? data : data.shape === 'pairedCoded' && (rule.side === 'income' || rule.side === 'expenditure') ? data[rule.side] : undefined;
      if (!list) throw new Error(`${name}: codeHierarchy on ${data.shape}`);
      const keys = amountKeys(template, rule.side);
      tieRows(`${name} 合计`, keys, list.total, list.rows.filter((row) => row.code.length === 3).map((row) => row.amounts), out);
      for (const parent of list.rows.filter((row) => row.code.length < 7)) {
        const children = list.rows.filter((row) => row.code.length === parent.code.length + 2 && row.code.startsWith(parent.code));
        if (children.length > 0) tieRows(`${name} ${parent.code}`, keys, parent.amounts, children.map((row) => row.amounts), out);
      }
      return;
    }
    case 'groups': {
      const keys = amountKeys(template, 'main');
      if (data.shape === 'projects') {
        tieRows(`${name} 合计`, keys, data.total, data.units.map((unit) => unit.amounts), out);
        for (const unit of data.units) tieRows(`${name} ${unit.name}`, keys, unit.amounts, unit.projects.map((p) => p.amounts), out);
        return;
      }
      if (data.shape === 'economicPairs') {
        // Each column pair: its 合计 = Σ groups (3-digit codes), each group = Σ its items.
        for (const side of ['left', 'right'] as const) {
          const list = data[side];
          const sideKeys = amountKeys(template, side);
          const groupRows = list.rows.filter((row) => row.code.length === 3);
          tieRows(`${name} ${side} 合计`, sideKeys, list.total, groupRows.map((row) => row.amounts), out);
          for (const group of groupRows) {
            const items = list.rows.filter((row) => row.code.length > 3 && row.code.startsWith(group.code));
            tieRows(`${name} ${group.code}`, sideKeys, group.amounts, items.map((row) => row.amounts), out);
          }
        }
        return;
      }
      if (data.shape !== 'economic') throw new Error(`${name}: groups on ${data.shape}`);
      const groups: { amounts: Amounts; name: string; items: Amounts[] }[] = [];
      for (const row of data.rows) {
        if (row.role === 'group') groups.push({ name: row.name, amounts: row.amounts, items: [] });
        else groups[groups.length - 1]?.items.push(row.amounts);
      }
      tieRows(`${name} 合计`, keys, data.total, groups.map((group) => group.amounts), out);
      for (const group of groups) tieRows(`${name} ${group.name}`, keys, group.amounts, group.items, out);
      return;
    }
    case 'items': {
      if (data.shape !== 'units') throw new Error(`${name}: items on ${data.shape}`);
      tieRows(`${name} 合计`, amountKeys(template, 'main'), data.total, data.units.map((unit) => unit.amounts), out);
      return;
    }
  }
}

function violationsOf(tables: Partial<Record<string, TableData>>, family: FamilyId = 'budget13'): Violation[] {
  const out: Violation[] = [];
  for (const template of FAMILIES[family].tables) {
    const data = tables[template.kind];
    if (!data) continue;
    for (const total of template.columnTotals) checkColumnTotal(template, data, total, out);
    for (const rule of template.rowTotals) checkRowTotal(template, data, rule, out);
  }
  return out;
}

describe('the totals the budget13 templates declare', () => {
  const sample = sampleDisclosure();

  it('hold in the seed, within rounding', () => {
    expect(violationsOf(sample.data.tables)).toEqual([]);
  });

  it('catch a doctored figure (22401 应急管理事务 printed 2937.01)', () => {
    const income = sample.data.tables['budget.income'];
    if (income?.shape !== 'coded') throw new Error('table 2 is not coded');
    const doctored = {
      ...income,
      rows: income.rows.map((row) => (row.code === '22401' ? { ...row, amounts: { ...row.amounts, total: new Decimal('2937.01') } } : row)),
    };
    const where = violationsOf({ 'budget.income': doctored }).map((violation) => violation.where);
    expect(where).toEqual(expect.arrayContaining(['表2 收入总表 22401 total', '表2 收入总表 224 total']));
  });

  it('name only rows and columns that the template declares', () => {
    for (const template of FAMILIES.budget13.tables) {
      const body = template.body;
      for (const rule of template.rowTotals) {
        if (rule.kind !== 'rows') continue;
        const rows =
          body.shape === 'fixed'
            ? body.rows
            : body.shape === 'twoSided'
              ? [...(rule.side === 'income' ? body.income : body.expenditure), ...body.footer.flatMap((line) => (rule.side === 'income' ? line.income : line.expenditure) ?? [])]
              : [];
        const ids = rows.map((row) => row.id);
        expect({ table: template.kind, ids: [rule.total, ...rule.parts].filter((id) => !ids.includes(id)) }).toEqual({ table: template.kind, ids: [] });
      }
    }
  });
});

describe.each([
  ['budget9', filledBudget9],
  ['final9', filledFinal9],
] as const)('the totals the %s templates declare', (family, filled) => {
  it.each(['万元', '元'] as const)('hold in the filled example in %s, within rounding', (unit) => {
    const tables = filled(unit).tables;
    expect(FAMILIES[family].tables.filter((t) => tables[t.kind] === undefined).map((t) => t.kind)).toEqual([]);
    expect(violationsOf(tables, family)).toEqual([]);
  });

  it('catch a figure changed in every table', () => {
    const tables = filled('元').tables;
    for (const template of FAMILIES[family].tables) {
      const data = tables[template.kind]!;
      const changed = bumpFirstAmount(data);
      expect({ table: template.kind, caught: violationsOf({ [template.kind]: changed }, family).length > 0 }).toEqual({ table: template.kind, caught: true });
    }
  });
});

/** The table with its first row's first amount raised by 1 (万元). */
function bumpFirstAmount(data: TableData): TableData {
  const bump = (amounts: Amounts): Amounts => {
    const [key, value] = Object.entries(amounts).find(([, v]) => v !== undefined) as [AmountKey, Decimal];
    return { ...amounts, [key]: value.plus(1) };
  };
  switch (data.shape) {
    case 'coded':
      return { ...data, total: bump(data.total) };
    case 'twoSided':
      return { ...data, income: { ...data.income, incomeTotal: bump(data.income.incomeTotal!) } };
    case 'fixed':
      return { ...data, rows: { ...data.rows, total: bump(data.rows.total!) } };
    case 'economic':
      return { ...data, total: bump(data.total) };
    case 'economicPairs':
      return { ...data, left: { ...data.left, total: bump(data.left.total) } };
    default:
      throw new Error(`no change defined for ${data.shape}`);
  }
}
