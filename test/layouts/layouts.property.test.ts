/**
 * 版式不改变结论 — "Layout does not change the answer" (issue 13, Done when): the seed's tables laid out
 * the ways the corpus and other provinces lay them out give the same findings as the seed itself.
 *
 * Layouts (test/support/seedGrids.ts): figures in 元 with thousands separators; codes in split 类 | 款 | 项
 * columns (a three-level header) as text or numbers; whole figures printed as integers ("28,370,100");
 * a further heading above the header; the 合计 moved to the bottom after ruled blank lines; the basic
 * expenditure table in two blocks side by side; every table on one sheet; offsets, shuffled sheets.
 * And the 12-table family's shapes: a three-sided 收支预算总表 (收入 | 支出功能分类 | 支出经济分类), a
 * 单位预留机动经费 column, a “三公”经费、会议费、培训费 table and a 政府采购预算表.
 *
 * "The same findings": where every seed cell is printed (the 13 tables), the same rule at the same seed
 * cell with the same severity and the same difference (in 万元, whatever the unit). In the 12-table
 * shapes, which print some figures twice or not at all (表1's third side prints 基本支出 + 项目支出 beside
 * 本年支出合计: the 表3 尾差 again), the same discrepancies: the same set of (severity, printed figure,
 * figure it should be) — no new one, none lost.
 */
import fc from 'fast-check';
import { Decimal } from '../../src/core/amount';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/rules/finding';
import { buildSeedWorkbook, type SeedGridOptions } from '../support/seedGrids';

interface Answer {
  /** rule, severity, seed cell, difference in 万元. */
  readonly atCells: readonly string[];
  /** severity, printed figure and expected figure in 万元, each once. */
  readonly discrepancies: readonly string[];
  readonly family: string | undefined;
  readonly tables: number;
}

function answer(options: SeedGridOptions): Answer {
  const built = buildSeedWorkbook(options);
  const result = checkWorkbook(built.workbook);
  const unitOf = new Map(result.recognition.tables.map((table) => [`${table.sheet}\u0000${table.title}`, table.unit]));
  const wan = (finding: Finding, text: string | undefined): string => {
    if (!text) return '';
    const value = new Decimal(text.replace(/,/g, ''));
    return (unitOf.get(`${finding.sheet}\u0000${finding.table}`) === '元' ? value.dividedBy(10000) : value).toFixed();
  };
  const atCells = result.findings
    .map((f) => {
      const seedCell = built.seedCellAt(f.sheet, f.cell);
      const where = seedCell ? `表${seedCell.table}:${seedCell.row}:${seedCell.col}` : `${f.sheet}!${f.cell} ${f.message}`;
      return `${f.rule} ${f.severity} ${where} ${wan(f, f.difference).replace('-', '')}`;
    })
    .sort();
  const discrepancies = [...new Set(result.findings.map((f) => (f.actual ? `${f.severity} ${wan(f, f.actual)} ${wan(f, f.expected)}` : `${f.severity} ${f.rule} ${f.message}`)))].sort();
  return { atCells, discrepancies, family: result.recognition.family, tables: result.recognition.tables.length };
}

const SEED = answer({});

const layoutArb = fc.record(
  {
    unit: fc.constantFrom<'万元' | '元'>('万元', '元'),
    codes: fc.constantFrom<'single' | 'split'>('single', 'split'),
    codeType: fc.constantFrom<'text' | 'number'>('text', 'number'),
    figureFormat: fc.constantFrom<'decimals' | 'integers'>('decimals', 'integers'),
    headingAbove: fc.constantFrom('本年预算', '2024年部门预算', '支出预算'),
    totalLastAfterBlankRows: fc.integer({ min: 0, max: 6 }),
    economicBlocks: fc.boolean(),
    layout: fc.constantFrom<'perSheet' | 'oneSheet'>('perSheet', 'oneSheet'),
    offset: fc.record({ rows: fc.integer({ min: 0, max: 3 }), cols: fc.integer({ min: 0, max: 2 }) }),
    shuffleSeed: fc.integer({ min: 1, max: 1000 }),
  },
  { requiredKeys: ['unit', 'codes'] },
);

describe('layout does not change the answer', () => {
  it('the seed: 13 tables, its 14 尾差 as info and nothing else', () => {
    expect(SEED.tables).toBe(13);
    expect(SEED.family).toBe('budget13');
    expect(SEED.atCells).toHaveLength(14);
    expect(SEED.atCells.every((key) => key.includes(' info '))).toBe(true);
  });

  it('the seed’s 13 tables in any layout give the seed’s findings at the seed’s cells', () => {
    fc.assert(
      fc.property(layoutArb, (layout) => {
        const laid = answer(layout);
        expect(laid.tables).toBe(13);
        expect(laid.family).toBe('budget13');
        expect(laid.atCells).toEqual(SEED.atCells);
      }),
      { numRuns: 40 },
    );
  });

  it('the seed’s figures in the 12-table family’s shapes, in any layout, give the seed’s discrepancies', () => {
    fc.assert(
      fc.property(layoutArb, (layout) => {
        const laid = answer({ ...layout, family: 'budget12' });
        expect(laid.family).toBe('budget12');
        expect(laid.tables).toBe(11);
        expect(laid.discrepancies).toEqual(SEED.discrepancies);
      }),
      { numRuns: 25 },
    );
  });
});
