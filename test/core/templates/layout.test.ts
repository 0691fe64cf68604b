import { parseAmount, type Decimal } from '../../../src/core/amount';
import { cellAt, cellText, columnCount, numberFormatAt, rowCount, type CellRange, type CellValue, type Grid } from '../../../src/core/grid';
import { sampleDisclosure } from '../../../src/core/sample';
import {
  FAMILIES,
  HEADER_START_ROW,
  layoutWorkbook,
  LayoutOptionError,
  TableDataShapeError,
  tableTemplate,
  type DisclosureData,
  type LayoutOptions,
} from '../../../src/core/templates';
import { loadSeed, type SeedTable } from '../../support/seed';

const AMOUNT_FORMAT = '#,##0.00';
const seed = loadSeed();
const seedTables = Object.entries(seed.tables);

function sampleOptions(overrides: Partial<LayoutOptions> = {}): LayoutOptions {
  const sample = sampleDisclosure();
  return { family: 'budget13', department: sample.department, year: sample.year, unit: '万元', codeLayout: 'single', data: sample.data, ...overrides };
}

function exactAmount(value: CellValue | string): Decimal {
  const parsed = parseAmount(value);
  if (parsed.kind !== 'amount') throw new Error(`expected an amount, got ${JSON.stringify(value)}`);
  return parsed.value;
}

/** Every (row, col) of a seed table with its printed text, on the grid's coordinates. */
function seedCells(table: SeedTable): { row: number; col: number; text: string }[] {
  return table.rows.flatMap((cells, r) => cells.map((text, col) => ({ row: HEADER_START_ROW + r, col, text: text.trim() })));
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function headerRowCount(grid: Grid): number {
  return grid.print!.repeatRows!.last - grid.print!.repeatRows!.first + 1;
}

describe('layoutWorkbook with the embedded sample', () => {
  const grids = layoutWorkbook(sampleOptions());

  it('lays out one sheet per seed table, in the seed order', () => {
    expect(grids).toHaveLength(seedTables.length);
    expect(grids.map((grid) => cellText(cellAt(grid, 0, 0)))).toEqual(seedTables.map(([title]) => title));
  });

  describe.each(seedTables.map(([title, table], index) => ({ title, table, index })))('$title', ({ table, index }) => {
    const grid = grids[index]!;

    it('prints every label and figure of the seed in the same cell, figures as exact numbers', () => {
      for (const { row, col, text } of seedCells(table)) {
        const value = cellAt(grid, row, col);
        const where = `${grid.name} row ${row + 1} col ${col + 1}`;
        if (numberFormatAt(grid, row, col) === AMOUNT_FORMAT) {
          if (text === '') expect({ where, value }).toEqual({ where, value: null });
          else {
            expect({ where, type: typeof value }).toEqual({ where, type: 'number' });
            expect({ where, value: exactAmount(value).toString() }).toEqual({ where, value: exactAmount(text).toString() });
          }
        } else {
          expect({ where, text: cellText(value) }).toEqual({ where, text });
        }
      }
    });

    it('prints nothing beyond the seed table but its note', () => {
      const width = Math.max(...table.rows.map((cells) => cells.length));
      expect(columnCount(grid)).toBe(width);
      const noteRows = table.note === '' ? 0 : 1;
      expect(rowCount(grid)).toBe(HEADER_START_ROW + table.rows.length + noteRows);
      if (table.note !== '') expect(cellText(cellAt(grid, rowCount(grid) - 1, 0))).toBe(table.note);
    });

    it('prints the department at left and the unit at right under the title', () => {
      expect(cellAt(grid, 1, 0)).toBe(`部门名称：${seed.department}`);
      expect(cellAt(grid, 1, columnCount(grid) - 1)).toBe('单位：万元');
    });
  });
});

describe('layoutWorkbook in 元', () => {
  const wan = layoutWorkbook(sampleOptions());
  const yuan = layoutWorkbook(sampleOptions({ unit: '元' }));

  it('holds every figure times 10000 exactly, and blanks stay blank', () => {
    let figures = 0;
    wan.forEach((grid, index) => {
      const other = yuan[index]!;
      grid.values.forEach((cells, row) =>
        cells.forEach((value, col) => {
          if (typeof value === 'number') {
            figures++;
            expect(exactAmount(cellAt(other, row, col)).toString()).toBe(exactAmount(value).times(10000).toString());
          } else {
            expect(cellAt(other, row, col)).toEqual(row === 1 && value === '单位：万元' ? '单位：元' : value);
          }
        }),
      );
    });
    expect(figures).toBeGreaterThan(300);
  });

  it('prints 单位：元 on every sheet', () => {
    for (const grid of yuan) expect(cellAt(grid, 1, columnCount(grid) - 1)).toBe('单位：元');
  });
});

describe('layoutWorkbook with codes split into 类 | 款 | 项', () => {
  const grids = layoutWorkbook(sampleOptions({ codeLayout: 'split' }));
  const income = grids.find((grid) => grid.name === '表2 收入总表')!;
  const rowOf = (name: string): number => income.values.findIndex((cells) => cells.includes(name));

  it('puts 208 | 05 | 05 in three text columns with leading zeros kept', () => {
    const row = rowOf('机关事业单位基本养老保险缴费支出');
    expect(income.values[row]!.slice(0, 4)).toEqual(['208', '05', '05', '机关事业单位基本养老保险缴费支出']);
    expect([0, 1, 2].map((col) => numberFormatAt(income, row, col))).toEqual(['@', '@', '@']);
  });

  it('leaves the 项 column blank on a 款 row and 款 and 项 blank on a 类 row', () => {
    expect(income.values[rowOf('行政事业单位养老支出')]!.slice(0, 3)).toEqual(['208', '05', null]);
    expect(income.values[rowOf('社会保障和就业支出')]!.slice(0, 3)).toEqual(['208', null, null]);
  });

  it('heads the three columns 类, 款, 项 under a 科目编码 heading merged across them', () => {
    const headerTop = HEADER_START_ROW;
    expect(headerRowCount(income)).toBe(3);
    expect(income.values[headerTop + 2]!.slice(0, 3)).toEqual(['类', '款', '项']);
    expect(cellAt(income, headerTop + 1, 0)).toBe('科目编码');
    expect(income.merges).toContainEqual({ top: headerTop + 1, bottom: headerTop + 1, left: 0, right: 2 });
    // 科目名称 and the amount headings reach down over the inserted row.
    expect(income.merges).toContainEqual({ top: headerTop + 1, bottom: headerTop + 2, left: 3, right: 3 });
  });

  it('keeps every figure of the single layout, shifted right by the two extra code columns', () => {
    const single = layoutWorkbook(sampleOptions()).find((grid) => grid.name === '表2 收入总表')!;
    const singleFigures = single.values.flatMap((cells) => cells.filter((value) => typeof value === 'number'));
    const splitFigures = income.values.flatMap((cells) => cells.filter((value) => typeof value === 'number'));
    expect(splitFigures).toEqual(singleFigures);
  });

  it('leaves tables without codes unchanged', () => {
    const single = layoutWorkbook(sampleOptions());
    expect(grids[0]).toEqual(single[0]);
    expect(grids[11]).toEqual(single[11]);
  });
});

describe('layoutWorkbook without data (blank templates)', () => {
  const options: LayoutOptions = { family: 'budget13', department: '某某局', year: 2025, unit: '万元', codeLayout: 'single' };
  const grids = layoutWorkbook(options);

  it('holds no amount anywhere', () => {
    for (const grid of grids) {
      for (const cells of grid.values) expect(cells.filter((value) => typeof value === 'number')).toEqual([]);
    }
  });

  it('prints the fixed rows: the 30 expenditure classes, the income items, the footers and the 三公 rows', () => {
    const labels = (grid: Grid): string[] => grid.values.flatMap((cells) => cells.filter((v): v is string => typeof v === 'string'));
    const seedLabels = (title: string): string[] =>
      seed.tables[title]!.rows.slice(2).flatMap((cells) => cells.filter((text) => text !== '' && parseAmount(text).kind !== 'amount'));
    expect(labels(grids[0]!)).toEqual(expect.arrayContaining(seedLabels('2024年预算收支总表')));
    expect(labels(grids[3]!)).toEqual(expect.arrayContaining(seedLabels('2024年财政拨款收支总表')));
    expect(labels(grids[9]!)).toEqual(expect.arrayContaining(seedLabels('2024年财政拨款安排“三公”经费支出预算表')));
    expect(labels(grids[0]!)).toContain('三十、抗疫特别国债安排的支出');
  });

  it('gives the coded tables only their 合计 row, and no note', () => {
    for (const index of [1, 2, 4, 6, 7]) {
      const grid = grids[index]!;
      expect(rowCount(grid)).toBe(HEADER_START_ROW + headerRowCount(grid) + 1);
      expect(cellAt(grid, rowCount(grid) - 1, 0)).toBe('合计');
    }
  });

  it('substitutes the year and the department', () => {
    expect(cellAt(grids[0]!, 0, 0)).toBe('2025年预算收支总表');
    expect(cellAt(grids[0]!, HEADER_START_ROW + 1, 1)).toBe('2025年');
    expect(cellAt(grids[1]!, 1, 0)).toBe('部门名称：某某局');
    const projects = grids[11]!;
    expect(cellAt(projects, rowCount(projects) - 1, 0)).toBe('某某局');
  });

  it('formats the amount cells of every body row as #,##0.00 ready to fill', () => {
    const summary = grids[0]!;
    const firstBody = HEADER_START_ROW + headerRowCount(summary);
    expect(numberFormatAt(summary, firstBody, 1)).toBe(AMOUNT_FORMAT);
    expect(numberFormatAt(summary, firstBody, 3)).toBe(AMOUNT_FORMAT);
    expect(numberFormatAt(summary, firstBody, 2)).toBeUndefined();
  });
});

describe('every layout variant', () => {
  const variants: LayoutOptions[] = [
    sampleOptions(),
    sampleOptions({ unit: '元', codeLayout: 'split' }),
    { family: 'budget13', department: '某某局', year: 2025, unit: '元', codeLayout: 'split' },
  ];

  it.each(variants.map((options) => ({ options, label: `${options.unit} ${options.codeLayout} ${options.data ? 'sample' : 'blank'}` })))(
    'keeps merges inside the table and apart from each other ($label)',
    ({ options }) => {
      for (const grid of layoutWorkbook(options)) {
        const rows = rowCount(grid);
        const cols = columnCount(grid);
        grid.merges.forEach((merge, i) => {
          expect(merge.top).toBeGreaterThanOrEqual(0);
          expect(merge.left).toBeGreaterThanOrEqual(0);
          expect(merge.bottom).toBeLessThan(rows);
          expect(merge.right).toBeLessThan(cols);
          expect(merge.bottom > merge.top || merge.right > merge.left).toBe(true);
          for (const other of grid.merges.slice(i + 1)) expect({ sheet: grid.name, merge, other, overlap: overlaps(merge, other) }).toMatchObject({ overlap: false });
          // Only the top-left cell of a merge holds a value.
          for (let r = merge.top; r <= merge.bottom; r++) {
            for (let c = merge.left; c <= merge.right; c++) if (r !== merge.top || c !== merge.left) expect(cellAt(grid, r, c)).toBeNull();
          }
        });
      }
    },
  );

  it('names the sheets 表N … within Excel’s limits, uniquely', () => {
    const names = layoutWorkbook(variants[0]!).map((grid) => grid.name);
    expect(new Set(names).size).toBe(names.length);
    names.forEach((name, i) => {
      expect(name.startsWith(`表${i + 1} `)).toBe(true);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    });
    expect(names[0]).toBe('表1 收支总表');
  });

  it('prints on A4 landscape, one page wide, repeating the header rows', () => {
    for (const grid of layoutWorkbook(variants[0]!)) {
      expect(grid.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true });
      expect(grid.print!.repeatRows!.first).toBe(HEADER_START_ROW);
      expect(grid.columnWidths).toHaveLength(columnCount(grid));
    }
  });

  it('sets the title bold 16pt centred across the table and borders the header and body', () => {
    for (const grid of layoutWorkbook(variants[0]!)) {
      const width = columnCount(grid);
      expect(grid.merges).toContainEqual({ top: 0, bottom: 0, left: 0, right: width - 1 });
      expect(grid.styles).toContainEqual({ range: { top: 0, bottom: 0, left: 0, right: width - 1 }, style: expect.objectContaining({ bold: true, fontSize: 16, horizontal: 'center' }) });
      const bordered = (grid.styles ?? []).filter((region) => region.style.border).map((region) => region.range);
      expect(bordered.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('layoutWorkbook options and data', () => {
  it('rejects an option outside what it accepts, naming the option', () => {
    expect(() => layoutWorkbook(sampleOptions({ year: 24 }))).toThrow(LayoutOptionError);
    expect(() => layoutWorkbook(sampleOptions({ unit: '千元' as never }))).toThrow(/unit/);
    expect(() => layoutWorkbook(sampleOptions({ codeLayout: 'columns' as never }))).toThrow(/codeLayout/);
    expect(() => layoutWorkbook(sampleOptions({ family: 'budget99' as never }))).toThrow(/family/);
  });

  it('rejects data whose shape is not the table’s', () => {
    const data = { tables: { 'budget.summary': { shape: 'coded' as const, total: {}, rows: [] } } };
    expect(() => layoutWorkbook(sampleOptions({ data }))).toThrow(TableDataShapeError);
  });

  it('prints 注：本表无数据 under a table given no figures, and keeps a zero as 0', () => {
    const sample = sampleDisclosure();
    const zero = exactAmount('0.00');
    const data = {
      tables: {
        ...sample.data.tables,
        'budget.threePublic': { shape: 'fixed' as const, rows: {} },
        'budget.operating': { shape: 'units' as const, total: { total: zero }, units: [] },
      },
    };
    const grids = layoutWorkbook(sampleOptions({ data }));
    const threePublic = grids[9]!;
    expect(cellAt(threePublic, rowCount(threePublic) - 1, 0)).toBe('注：本表无数据');
    const operating = grids[10]!;
    expect(cellAt(operating, rowCount(operating) - 1, 1)).toBe(0);
    expect(cellAt(operating, rowCount(operating) - 1, 0)).toBe('部门合计');
  });

  it('declares the family as data: 13 tables, each column total naming columns of its table', () => {
    const family = FAMILIES.budget13;
    expect(family.tables.map((table) => table.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    for (const table of family.tables) {
      for (const total of table.columnTotals) {
        const keys = table.columns.flatMap((column) => (column.type === 'amount' && column.side === total.side ? [column.key] : []));
        expect(keys).toEqual(expect.arrayContaining([total.total, ...total.parts]));
      }
    }
  });
});

describe('tableTemplate', () => {
  it('finds a table of the family by its kind, and nothing for a kind the family lacks', () => {
    expect(tableTemplate(FAMILIES.budget13, 'budget.income')?.sheetName).toBe('表2 收入总表');
    expect(tableTemplate(FAMILIES.budget13, 'final.summary')).toBeUndefined();
  });
});

describe('the empty-table note', () => {
  it('is not printed under a table whose rows are given without amounts (templates carried to next year)', () => {
    const data: DisclosureData = {
      tables: { 'budget.income': { shape: 'coded', total: {}, rows: [{ code: '2240101', name: '行政运行', amounts: {} }] } },
    };
    const income = layoutWorkbook(sampleOptions({ data }))[1]!;
    expect(cellAt(income, rowCount(income) - 1, 0)).toBe('2240101');
    const summary = layoutWorkbook(sampleOptions({ data }))[0]!;
    expect(cellAt(summary, rowCount(summary) - 1, 0)).toBe('注：本表无数据');
  });
});
