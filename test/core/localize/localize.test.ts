import { Decimal } from '../../../src/core/amount';
import { localizeErrors } from '../../../src/core/localize';
import type { Relation, RelationTerm } from '../../../src/core/rules/relation';
import { reviewWorkbook } from '../../../src/core/review';
import { loadSeed } from '../../support/seed';
import { corpusWorkbook, loadCorpusDocument } from '../../support/corpus';
import { buildSeedWorkbook, mutateSeedCell, type SeedCellPlace } from '../../support/seedGrids';

const FIGURE = /^-?\d+\.\d+$/;

/** Every printed amount of the seed: table number, seed row and column, the printed text. */
function seedAmountCells(): { table: number; row: number; col: number; text: string }[] {
  const cells: { table: number; row: number; col: number; text: string }[] = [];
  Object.values(loadSeed().tables).forEach((table, index) => {
    table.rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (FIGURE.test(text)) cells.push({ table: index + 1, row: r, col: c, text });
      }),
    );
  });
  return cells;
}

const at = (place: SeedCellPlace) => (s: { sheet: string; cell: string }) => s.sheet === place.sheet && s.cell === place.cell;
const printed = (text: string): string => new Decimal(text).toNumber().toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('error localisation on the sample: every amount cell changed alone (the 706 doctored workbooks)', () => {
  const built = buildSeedWorkbook();
  const cells = seedAmountCells();
  const figures: string[] = [];

  afterAll(() => console.log(figures.join('\n')));

  it.each([['+0.05', '0.05'], ['−1.00', '-1.00']])('%s: the changed cell is the first suspect in ≥ 95%, among them in 100%, with its printed value suggested', (name, delta) => {
    let first = 0;
    let among = 0;
    let restored = 0;
    const missed: string[] = [];
    for (const cell of cells) {
      const place = built.cellOf(cell.table, cell.row, cell.col);
      const doctored = mutateSeedCell(built, cell.table, cell.row, cell.col, new Decimal(cell.text).plus(delta).toNumber());
      const review = reviewWorkbook(doctored.workbook);
      const index = review.suspects.findIndex(at(place));
      if (index === 0) first += 1;
      if (index >= 0) among += 1;
      else missed.push(`表${cell.table} ${place.cell} ${cell.text}`);
      if (index >= 0 && review.suspects[index]!.suggested === printed(cell.text)) restored += 1;
    }
    const pct = (n: number): string => `${((100 * n) / cells.length).toFixed(1)}%`;
    figures.push(
      `localisation ${name} on ${cells.length} cells: first suspect ${first} (${pct(first)}), among the suspects ${among} (${pct(among)}), printed value suggested ${restored} (${pct(restored)})`,
    );
    expect(missed).toEqual([]);
    expect(first / cells.length).toBeGreaterThanOrEqual(0.95);
    expect(restored / cells.length).toBeGreaterThanOrEqual(0.95);
  });

  it('names the typo of issue 14 (表3 C5) and not 表1 D35, and every error it causes carries it as cause', () => {
    const place = built.cellOf(3, '合计', 2);
    const review = reviewWorkbook(mutateSeedCell(built, 3, '合计', 2, 4610.52).workbook);
    expect(review.suspects[0]).toMatchObject({ sheet: place.sheet, cell: place.cell, current: '4,610.52', suggested: '4,510.52' });
    expect(review.suspects.some((s) => s.sheet === '表1' && s.cell === 'D35')).toBe(false);
    const errors = review.findings.flatMap((finding, index) => (finding.severity === 'error' ? [index] : []));
    expect(errors.length).toBeGreaterThan(1);
    expect(review.suspects[0]!.explains).toEqual(errors);
    expect(errors.every((index) => review.findings[index]!.cause === 0)).toBe(true);
    expect(review.findings.filter((f) => f.severity !== 'error').every((f) => f.cause === undefined)).toBe(true);
  });

  it('a typo in a 项 row is found at the 项, not at its 款 or 类', () => {
    const place = built.cellOf(3, '2240109', 4);
    const review = reviewWorkbook(mutateSeedCell(built, 3, '2240109', 4, 1734.28).workbook);
    expect(review.suspects[0]).toMatchObject({ sheet: place.sheet, cell: place.cell, current: '1,734.28', suggested: '1,724.28' });
    const explained = review.suspects[0]!.explains.map((index) => review.findings[index]!);
    expect(explained.some((f) => f.message.includes('22401 应急管理事务'))).toBe(true);
  });

  it('a review with suspects is plain data (structured clone keeps it whole)', () => {
    const review = reviewWorkbook(mutateSeedCell(built, 3, '合计', 2, 4610.52).workbook);
    expect(structuredClone({ suspects: review.suspects, findings: review.findings })).toEqual({ suspects: review.suspects, findings: review.findings });
  });

  it('two changes in different tables: both are found', () => {
    const pairs: [typeof cells[number], typeof cells[number]][] = [];
    for (let i = 0; i < cells.length; i += 7) {
      const a = cells[i]!;
      const b = cells.find((c, j) => j > (i * 3) % cells.length && c.table !== a.table) ?? cells.find((c) => c.table !== a.table)!;
      pairs.push([a, b]);
    }
    const missed: string[] = [];
    for (const [a, b] of pairs) {
      const once = mutateSeedCell(built, a.table, a.row, a.col, new Decimal(a.text).plus('-1.00').toNumber());
      const twice = mutateSeedCell(once, b.table, b.row, b.col, new Decimal(b.text).plus('0.05').toNumber());
      const review = reviewWorkbook(twice.workbook);
      for (const [cell, place] of [[a, built.cellOf(a.table, a.row, a.col)], [b, built.cellOf(b.table, b.row, b.col)]] as const) {
        if (!review.suspects.some(at(place))) missed.push(`表${a.table} ${a.text} + 表${b.table} ${b.text}: 表${cell.table} ${place.cell} not found`);
      }
    }
    console.log(`localisation: two changes in different tables, ${pairs.length} pairs, ${pairs.length * 2 - missed.length} of ${pairs.length * 2} changed cells found`);
    expect(missed).toEqual([]);
  });

  it('the sample as published has no suspect: its 尾差 are legal', () => {
    expect(reviewWorkbook(built.workbook).suspects).toEqual([]);
  });
});

describe('error localisation on the corpus', () => {
  it('the unit budget: the 行政运行 row’s 项目支出 64,840,547.00 in 表3 and 表5, which should be 0.00', () => {
    const doc = loadCorpusDocument('sh-putuo-sifaju-unit-budget-2026.json');
    const review = reviewWorkbook(corpusWorkbook(doc));
    for (const title of ['2026年预算单位支出预算总表', '2026年预算单位一般公共预算支出功能分类预算表']) {
      const suspect = review.suspects.find((s) => s.table === title && s.current === '64,840,547.00');
      expect(suspect).toMatchObject({ suggested: '0.00' });
      // Its row's 合计 ≠ 基本 + 项目 and its 款's 项目支出 ≠ Σ项 are explained by it.
      const explained = suspect!.explains.map((index) => review.findings[index]!);
      expect(explained.map((f) => f.message)).toEqual(
        expect.arrayContaining([expect.stringContaining('20406 司法：项目支出 64,840,547.00'), expect.stringContaining('2040601 行政运行：合计 14,348,853.34')]),
      );
      expect(explained.every((f) => f.cause === review.suspects.indexOf(suspect!))).toBe(true);
    }
  });

  it('the unit budget: the 合计 row’s 基本支出 printed as whole 元 (22,118,861) is 尾差 at its own precision, not a suspect', () => {
    // data/corpus/expected.json, su-int: the 0.34 lost by the cells' format is rounding, only ever info.
    const review = reviewWorkbook(corpusWorkbook(loadCorpusDocument('sh-putuo-sifaju-unit-budget-2026.json')));
    expect(review.suspects.filter((s) => s.current.startsWith('22,118,861'))).toEqual([]);
  });

  it('the other three documents, whose tables tie, have no suspect in the tables that tie', () => {
    for (const file of ['sh-putuo-commerce-budget-2025.json', 'sh-putuo-sifaju-budget-2026.json']) {
      const review = reviewWorkbook(corpusWorkbook(loadCorpusDocument(file)));
      expect(review.suspects).toEqual([]);
    }
  });
});

describe('error localisation on bad input', () => {
  const term = (cell: string, coefficient: number, value: string, extra: Partial<RelationTerm> = {}): RelationTerm => ({
    sheet: '表1',
    cell,
    table: '表1',
    coefficient: new Decimal(coefficient),
    value: new Decimal(value),
    decimals: 2,
    ...extra,
  });
  const relation = (terms: RelationTerm[], status: Relation['status'], tolerance = '0'): Relation => ({
    rule: 'test.sum',
    unit: '万元',
    terms,
    tolerance: new Decimal(tolerance),
    status,
    severity: 'error',
  });

  it('no relation: no suspect', () => {
    expect(localizeErrors([])).toEqual([]);
  });

  it('a broken relation over formula cells only: no suspect (the workbook computes them)', () => {
    const broken = relation([term('A1', 1, '10', { formula: true }), term('A2', -1, '9', { formula: true })], 'mismatch');
    expect(localizeErrors([broken])).toEqual([]);
  });

  it('a broken total over a missing row: the cells typed are the suspects, the missing row never', () => {
    const broken = relation([term('A1', 1, '10'), term('B1', -1, '0', { blank: 'missing' })], 'mismatch');
    expect(localizeErrors([broken]).map((s) => `${s.cell} ${s.current} → ${s.suggested}`)).toEqual(['A1 10.00 → 0.00']);
  });

  it('a 提示 tie-out that does not hold is left to a person', () => {
    const soft = { ...relation([term('A1', 1, '10'), term('A2', -1, '9')], 'mismatch'), severity: 'warning' as const };
    expect(localizeErrors([soft])).toEqual([]);
  });

  it('equally likely cells are all reported: A1 = A2 printed once each', () => {
    const broken = relation([term('A1', 1, '10'), term('A2', -1, '9')], 'mismatch');
    expect(localizeErrors([broken]).map((s) => `${s.cell} → ${s.suggested}`).sort()).toEqual(['A1 → 9.00', 'A2 → 10.00']);
  });

  it('a whole table in the wrong 单位 (every figure 10,000 times too large): the errors stand, and no cell is guessed', () => {
    const wrongUnit = buildSeedWorkbook({ mutate: (title, _row, _col, value) => (title.includes('支出汇总表') && typeof value === 'number' ? value * 10000 : value) });
    const review = reviewWorkbook(wrongUnit.workbook);
    expect(review.summary.error).toBeGreaterThan(10);
    expect(review.suspects).toEqual([]);
    expect(review.findings.every((f) => f.cause === undefined)).toBe(true);
  });

  it('a tangle of thousands of broken relations: no crash, and an answer', () => {
    const relations: Relation[] = [];
    for (let i = 0; i < 3000; i++) {
      const cells = [0, 1, 2, 3].map((k) => `${String.fromCharCode(65 + k)}${(i % 50) + 1 + ((i * 7) % 13)}`);
      relations.push(relation([term(cells[0]!, 1, String(i + 1)), term(cells[1]!, -1, '1'), term(cells[2]!, -1, '1'), term(cells[3]!, -1, '1')], 'mismatch'));
    }
    expect(Array.isArray(localizeErrors(relations))).toBe(true);
  });
});
