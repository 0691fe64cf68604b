import fc from 'fast-check';
import { convertUnit, Decimal } from '../../../src/core/amount';
import type { CellRange, CellValue, Grid } from '../../../src/core/grid';
import type { TableKind, TypedRow, TypedTable } from '../../../src/core/model';
import { recognizeWorkbook } from '../../../src/core/recognize';
import type { Recognition } from '../../../src/core/recognize';
import { loadSeed } from '../../support/seed';
import { buildSeedWorkbook, seedTableTitles } from '../../support/seedGrids';
import type { SeedGridOptions } from '../../support/seedGrids';

/** The kinds of the seed's 13 tables, in document order (domain guide, the seed family table). */
const SEED_KINDS: readonly TableKind[] = [
  'budget.summary',
  'budget.income',
  'budget.expenditure',
  'budget.fiscalSummary',
  'budget.generalPublic',
  'budget.basicEconomic',
  'budget.fundIncome',
  'budget.fundExpenditure',
  'budget.stateCapital',
  'budget.threePublic',
  'budget.operating',
  'budget.projects',
  'budget.projectsCarryover',
];

const CODE = /^\d{3}(\d{2}){0,2}$/;
const FIGURE = /^\d+\.\d{2}$/;

function byKind(recognition: Recognition, kind: TableKind): TypedTable {
  const table = recognition.tables.find((t) => t.kind === kind);
  if (!table) throw new Error(`no ${kind} recognised`);
  return table;
}

/** A recognised table as plain data, amounts in 万元, without positions — what must not depend on layout. */
function content(table: TypedTable): unknown {
  const row = (r: TypedRow) => ({
    role: r.role,
    code: r.code,
    level: r.level,
    name: r.name,
    amounts: Object.fromEntries(
      Object.entries(r.amounts).map(([key, cell]) => [
        key,
        cell?.parsed.kind === 'amount' ? convertUnit(cell.parsed.value, table.unit, '万元').toFixed(2) : cell?.parsed.kind,
      ]),
    ),
  });
  return {
    kind: table.kind,
    title: table.title,
    note: table.note,
    columns: table.columns.map((c) => `${c.key}/${c.side ?? ''}/${c.header}`),
    rows: table.rows.map(row),
    income: table.sides?.income.map(row),
  };
}

describe('recognizeWorkbook on the seed workbook', () => {
  const built = buildSeedWorkbook();
  const recognition = recognizeWorkbook(built.workbook);

  it('finds all 13 tables with their kinds, titles, sheets and units, and nothing unrecognised', () => {
    expect(recognition.tables.map((t) => t.kind)).toEqual(SEED_KINDS);
    expect(recognition.tables.map((t) => t.title)).toEqual(seedTableTitles());
    expect(recognition.tables.map((t) => t.sheet)).toEqual(built.tables.map((t) => t.sheet));
    expect(recognition.tables.every((t) => t.unit === '万元')).toBe(true);
    expect(recognition.unrecognized).toEqual([]);
    expect(recognition.problems).toEqual([]);
    expect(recognition.family).toBe('budget13');
  });

  it('spans each table from its title to its note or last row', () => {
    recognition.tables.forEach((table, i) => {
      expect(table.range).toEqual(built.tables[i]!.range);
    });
  });

  it('reads every seed figure at the cell where the seed put it, in the column its header names', () => {
    const seed = loadSeed();
    recognition.tables.forEach((table, i) => {
      const place = built.tables[i]!;
      const cells = new Map<string, Decimal>();
      for (const row of [...table.rows, ...(table.sides?.income ?? [])]) {
        for (const cell of Object.values(row.amounts)) {
          if (cell?.parsed.kind === 'amount') cells.set(cell.address, cell.parsed.value);
        }
      }
      const figures: string[] = [];
      seed.tables[place.seedTitle]!.rows.forEach((seedRow, r) =>
        seedRow.forEach((text, c) => {
          if (FIGURE.test(text)) figures.push(`${built.cellOf(place.number, r, c).cell}=${text}`);
        }),
      );
      const read = figures.map((f) => `${f.split('=')[0]}=${cells.get(f.split('=')[0]!)?.toFixed(2)}`);
      expect(read).toEqual(figures);
    });
  });

  it('types the coded rows of 表2, 表3 and 表5 with their codes and levels, 合计 first', () => {
    const seed = loadSeed();
    for (const n of [2, 3, 5]) {
      const title = seedTableTitles()[n - 1]!;
      const table = recognition.tables.find((t) => t.title === title)!;
      const seedCodes = seed.tables[title]!.rows.map((r) => r[0] ?? '').filter((c) => CODE.test(c));
      expect(table.rows[0]).toMatchObject({ role: 'total', name: '合计' });
      expect(table.rows.slice(1).map((r) => r.code)).toEqual(seedCodes);
      expect(table.rows.slice(1).map((r) => r.level)).toEqual(
        seedCodes.map((c) => ({ 3: '类', 5: '款', 7: '项' })[c.length as 3 | 5 | 7]),
      );
    }
  });

  it('marks a 类 or 款 with sub-codes as a group and a leaf 项 as an item', () => {
    const table = byKind(recognition, 'budget.income');
    const role = (code: string) => table.rows.find((r) => r.code === code)?.role;
    expect([role('224'), role('22401'), role('2240101')]).toEqual(['group', 'group', 'item']);
  });

  it('reads the columns of 表2 and 表3 by their header words', () => {
    expect(byKind(recognition, 'budget.income').columns.map((c) => c.key)).toEqual([
      'total', 'generalPublic', 'govFund', 'stateCapital', 'specialAccount', 'unitFunds', 'carryover',
    ]);
    expect(byKind(recognition, 'budget.expenditure').columns.map((c) => c.key)).toEqual(['total', 'basic', 'project']);
    expect(byKind(recognition, 'budget.basicEconomic').columns.map((c) => c.key)).toEqual(['total', 'personnel', 'publicUse']);
    expect(byKind(recognition, 'budget.fiscalSummary').columns.map((c) => `${c.side}:${c.key}`)).toEqual([
      'income:total', 'expenditure:total', 'expenditure:generalPublic', 'expenditure:govFund', 'expenditure:stateCapital',
    ]);
  });

  it('splits 表1 into its 收入 side and its 支出 side, with 合计 and footer lines', () => {
    const table = byKind(recognition, 'budget.summary');
    const seedRows = loadSeed().tables[seedTableTitles()[0]!]!.rows;
    const incomeNames = seedRows.slice(2).map((r) => r[0] ?? '').filter((n) => n !== '');
    const expenditureNames = seedRows.slice(2).map((r) => r[2] ?? '').filter((n) => n !== '');
    expect(table.sides?.income.map((r) => r.name)).toEqual(incomeNames);
    expect(table.rows.map((r) => r.name)).toEqual(expenditureNames);
    expect(table.rows.map((r) => r.role)).toEqual([...Array(30).fill('item'), 'total', 'footer', 'footer']);
    expect(table.sides?.income.map((r) => r.role)).toEqual([...Array(5).fill('item'), 'total', 'footer', 'footer']);
  });

  it('ends 表4’s income side with 上年财政拨款结转, its lines by fund, and 收入总计 as footers', () => {
    const table = byKind(recognition, 'budget.fiscalSummary');
    expect(table.sides?.income.map((r) => r.role)).toEqual([...Array(3).fill('item'), 'total', ...Array(5).fill('footer')]);
    expect(table.rows.map((r) => r.role)).toEqual([...Array(30).fill('item'), 'total', 'footer', 'footer']);
  });

  it('gives the class lines of 表1 their 类 codes from the subject data', () => {
    const table = byKind(recognition, 'budget.summary');
    expect(table.rows.find((r) => r.name.endsWith('灾害防治及应急管理支出'))).toMatchObject({ code: '224', level: '类' });
    expect(table.rows.filter((r) => r.role === 'item').every((r) => r.code?.length === 3)).toBe(true);
  });

  it('tells economic groups from their items in 表6', () => {
    const table = byKind(recognition, 'budget.basicEconomic');
    expect(table.rows.filter((r) => r.role === 'group').map((r) => r.name)).toEqual([
      '工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出',
    ]);
    expect(table.rows.filter((r) => r.role === 'item')).toHaveLength(loadSeed().tables[seedTableTitles()[5]!]!.rows.length - 2 - 1 - 4);
  });

  it('tells the department total and the unit subtotal from the projects in 表12 and 表13', () => {
    for (const kind of ['budget.projects', 'budget.projectsCarryover'] as const) {
      const roles = byKind(recognition, kind).rows.map((r) => r.role);
      expect(roles.slice(0, 2)).toEqual(['total', 'group']);
      expect(roles.slice(2).every((r) => r === 'item')).toBe(true);
    }
  });

  it('types 表10’s 公务用车购置及运行费 as the group of its two lines, and 表11’s 部门合计 as its total', () => {
    expect(byKind(recognition, 'budget.threePublic').rows.map((r) => r.role)).toEqual(['item', 'item', 'group', 'item', 'item', 'total']);
    expect(byKind(recognition, 'budget.operating').rows.map((r) => r.role)).toEqual(['total', 'item']);
  });

  it('types the 合计 rows of the empty tables 表7, 表8 and 表9 as totals', () => {
    for (const kind of ['budget.fundIncome', 'budget.fundExpenditure', 'budget.stateCapital'] as const) {
      const table = byKind(recognition, kind);
      expect([...table.rows, ...(table.sides?.income ?? [])].map((r) => `${r.role}:${r.name}`)).toEqual(['total:合计']);
    }
  });

  it('keeps the note of an empty table', () => {
    expect(byKind(recognition, 'budget.fundIncome').note).toBe(loadSeed().tables[seedTableTitles()[6]!]!.note);
  });
});

describe('recognizeWorkbook on layout variants of the seed', () => {
  const reference = recognizeWorkbook(buildSeedWorkbook().workbook).tables.map(content);
  const variants: readonly [string, SeedGridOptions][] = [
    ['figures in 元', { unit: '元' }],
    ['codes split into 类 | 款 | 项', { codes: 'split' }],
    ['codes as numbers', { codeType: 'number' }],
    ['figures as text', { figureType: 'text' }],
    ['all tables on one sheet', { layout: 'oneSheet' }],
    ['tables grouped three to a sheet', { layout: [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12, 13]] }],
    ['renamed sheets', { sheetName: (i) => `Sheet${i + 1}` }],
    ['shuffled sheet order', { shuffleSeed: 2024 }],
    ['blank rows and columns before every table', { offset: { rows: 3, cols: 2 } }],
    ['a blank row after the header and a blank column after the names', { blankRowAfterHeader: true, blankColumnAfter: 1 }],
    [
      'everything at once',
      { unit: '元', codes: 'split', codeType: 'number', layout: 'oneSheet', offset: { rows: 1, cols: 1 }, blankRowsBetween: 4 },
    ],
  ];

  it.each(variants)('recognises every table with identical typed content: %s', (_, options) => {
    const built = buildSeedWorkbook(options);
    const recognition = recognizeWorkbook(built.workbook);
    const bySeedOrder = built.tables.map((place) => recognition.tables.find((t) => t.title === place.printedTitle && t.sheet === place.sheet));
    expect(bySeedOrder.every((t) => t !== undefined)).toBe(true);
    expect(recognition.tables).toHaveLength(13);
    expect(bySeedOrder.map((t) => content(t!))).toEqual(reference);
    expect(recognition.unrecognized).toEqual([]);
    expect(recognition.tables.every((t) => t.unit === (options.unit ?? '万元'))).toBe(true);
  });

  it('recognises every combination of the variants identically', () => {
    const options = fc.record({
      unit: fc.constantFrom<'万元' | '元'>('万元', '元'),
      codes: fc.constantFrom<'single' | 'split'>('single', 'split'),
      codeType: fc.constantFrom<'text' | 'number'>('text', 'number'),
      layout: fc.constantFrom<'perSheet' | 'oneSheet'>('perSheet', 'oneSheet'),
      blankRowsBetween: fc.integer({ min: 2, max: 4 }),
      shuffleSeed: fc.nat(),
      offset: fc.record({ rows: fc.integer({ min: 0, max: 3 }), cols: fc.integer({ min: 0, max: 3 }) }),
      blankRowAfterHeader: fc.boolean(),
      blankColumnAfter: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(options, (o) => {
        const built = buildSeedWorkbook(o);
        const recognition = recognizeWorkbook(built.workbook);
        const found = built.tables.map((place) => recognition.tables.find((t) => t.title === place.printedTitle && t.sheet === place.sheet));
        expect(found.map((t) => (t ? content(t) : undefined))).toEqual(reference);
        expect(recognition.unrecognized).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('points every amount at the cell where the variant put the seed figure', () => {
    const built = buildSeedWorkbook({ unit: '元', codes: 'split', layout: 'oneSheet', offset: { rows: 2, cols: 3 } });
    const recognition = recognizeWorkbook(built.workbook);
    const table = recognition.tables.find((t) => t.kind === 'budget.income')!;
    const row = table.rows.find((r) => r.code === '22401')!;
    expect(row.amounts.total?.address).toBe(built.cellOf(2, '22401', 2).cell);
    expect(row.labelAddress).toBe(built.cellOf(2, '22401', 0).cell);
    expect(row.amounts.total?.parsed).toMatchObject({ kind: 'amount' });
    expect(convertUnit(new Decimal(loadSeed().tables[seedTableTitles()[1]!]!.rows.find((r) => r[0] === '22401')![2]!), '万元', '元').toFixed(2)).toBe(
      row.amounts.total?.parsed.kind === 'amount' ? row.amounts.total.parsed.value.toFixed(2) : '',
    );
  });

  it('recognises titles with other prefixes, years and quotes', () => {
    const retitled: Record<number, string> = {
      1: '阳城县应急管理局部门收支总表',
      3: '单位预算支出总表',
      6: '一般公共预算基本支出经济分类预算表',
      10: '财政拨款"三公"经费支出预算表',
      12: '项目支出预算表(本年预算)',
      13: '2024年度项目支出预算表（上年结转）',
    };
    const built = buildSeedWorkbook({ retitle: (title, n) => retitled[n] ?? title });
    const recognition = recognizeWorkbook(built.workbook);
    expect(recognition.tables.map((t) => t.kind)).toEqual(SEED_KINDS);
  });
});

describe('recognizeWorkbook on tables side by side', () => {
  /** Seed tables laid on one sheet next to each other, one blank column apart. */
  function sideBySide(numbers: readonly number[]): Grid {
    const built = buildSeedWorkbook({ tables: numbers });
    const values: CellValue[][] = [];
    const merges: CellRange[] = [];
    let offset = 0;
    for (const grid of built.workbook) {
      const width = Math.max(...grid.values.map((row) => row.length));
      grid.values.forEach((row, r) => {
        const target = (values[r] ??= []);
        row.forEach((value, c) => {
          target[offset + c] = value;
        });
      });
      for (const m of grid.merges) merges.push({ ...m, left: m.left + offset, right: m.right + offset });
      offset += width + 1;
    }
    return { name: '合表', values: values.map((row) => Array.from(row, (v) => v ?? null)), merges };
  }

  it.each([[[2, 3]], [[1, 4]], [[5, 6, 7]], [[12, 13]]])('reads seed tables %j printed next to each other identically', (numbers) => {
    const reference = recognizeWorkbook(buildSeedWorkbook({ tables: numbers }).workbook).tables.map(content);
    const recognition = recognizeWorkbook([sideBySide(numbers)]);
    expect(recognition.tables.map(content)).toEqual(reference);
    expect(recognition.unrecognized).toEqual([]);
  });

  it('reads 表10 and 表11 printed next to each other as two tables with their own columns', () => {
    const reference = recognizeWorkbook(buildSeedWorkbook({ tables: [10, 11] }).workbook).tables.map(content);
    const recognition = recognizeWorkbook([sideBySide([10, 11])]);
    expect(recognition.tables.map(content)).toEqual(reference);
    expect(recognition.tables[1]!.range.left).toBe(6);
    expect(recognition.unrecognized).toEqual([]);
    expect(recognition.problems).toEqual([]);
  });
});
