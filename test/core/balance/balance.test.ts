import fc from 'fast-check';
import { Decimal, roundHalfUp } from '../../../src/core/amount';
import { applyBalance, balanceTieOuts, proposeBalance, type BalanceProposal } from '../../../src/core/balance';
import { tableFindings } from '../../../src/core/check';
import type { Workbook } from '../../../src/core/grid';
import { ACCEPTANCE_SHEET, readAcceptances } from '../../../src/core/rules/acceptances';
import type { Relation, RelationTerm } from '../../../src/core/rules/relation';
import { tieOut } from '../../../src/core/rules/rounding';
import { reviewWorkbook } from '../../../src/core/review';
import { corpusWorkbook, loadCorpusDocument } from '../../support/corpus';
import { buildSeedWorkbook, mutateSeedCell } from '../../support/seedGrids';

/** Relations over figures of one unit that do not tie exactly. */
function offRelations(workbook: Workbook): Relation[] {
  return tableFindings(workbook).relations.filter((r) => r.severity === 'error' && r.status !== 'exact' && r.terms.every((t) => t.coefficient.abs().equals(1)));
}

function proposal(workbook: Workbook, unit?: '万元' | '元'): BalanceProposal {
  const result = proposeBalance(workbook, unit ? { unit } : {});
  if (result.kind !== 'proposal') throw new Error(result.reason);
  return result;
}

describe('舍位平衡 on the sample', () => {
  const seed = buildSeedWorkbook().workbook;

  it('the sample has 尾差 to balance: its totals differ from their parts by a cent', () => {
    expect(offRelations(seed).length).toBeGreaterThan(10);
  });

  it('proposes one-unit adjustments that make every relation tie exactly, without touching the workbook', () => {
    const before = JSON.stringify(seed);
    const proposed = proposal(seed);
    expect(JSON.stringify(seed)).toBe(before);
    expect(proposed.unbalanced).toEqual([]);
    expect(proposed.adjustments.length).toBeGreaterThan(0);
    for (const a of proposed.adjustments) {
      expect(new Decimal(a.to.replace(/,/g, '')).minus(a.from.replace(/,/g, '')).abs().toString()).toBe('0.01');
      expect(a.why).not.toBe('');
    }
    const balanced = applyBalance(proposed, '2026-03-01');
    expect(offRelations(balanced)).toEqual([]);
    const review = reviewWorkbook(balanced);
    expect(review.summary).toEqual({ error: 0, warning: 0, info: 0 });
    console.log(`舍位平衡 on the sample: ${offRelations(seed).length} tie-outs off by 尾差, ${proposed.adjustments.length} one-unit adjustments, 0 left`);
  });

  it('needs every adjustment it proposes: leaving any one out leaves a tie-out off', () => {
    const proposed = proposal(seed);
    proposed.adjustments.forEach((_, skip) => {
      const partial: BalanceProposal = {
        ...proposed,
        adjustments: proposed.adjustments.filter((__, i) => i !== skip),
        values: proposed.values.filter((__, i) => i !== skip),
      };
      expect(offRelations(applyBalance(partial, '2026-03-01')).length).toBeGreaterThan(0);
    });
  });

  it('records every adjustment in _校验说明 with before and after, and the date', () => {
    const proposed = proposal(seed);
    const balanced = applyBalance(proposed, '2026-03-01');
    const sheet = balanced.find((grid) => grid.name === ACCEPTANCE_SHEET)!;
    expect(sheet.hidden).toBe(true);
    const records = readAcceptances(balanced).filter((a) => a.rule === '舍位平衡');
    expect(records).toHaveLength(proposed.adjustments.length);
    for (const a of proposed.adjustments) {
      expect(records).toContainEqual({ rule: '舍位平衡', sheet: a.sheet, cell: a.cell, note: `舍位平衡：由 ${a.from} 调整为 ${a.to}（${a.why}）`, date: '2026-03-01' });
    }
    // Every other cell is as it was.
    const changed = new Set(proposed.adjustments.map((a) => `${a.sheet}!${a.cell}`));
    const differing: string[] = [];
    for (const grid of seed) {
      const after = balanced.find((g) => g.name === grid.name)!;
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (after.values[r]?.[c] !== value) differing.push(`${grid.name}!${String.fromCharCode(65 + c)}${r + 1}`);
        }),
      );
    }
    expect(differing.every((cell) => changed.has(cell))).toBe(true);
    expect(differing).toHaveLength(changed.size);
  });

  it('keeps earlier acceptances in _校验说明', () => {
    const accepted = [...seed, { name: ACCEPTANCE_SHEET, values: [['规则', '工作表', '单元格', '说明', '日期'], ['cross.operatingPublicUse', '表11', 'B5', '含事业单位', '2026-02-01']], merges: [], hidden: true }];
    const balanced = applyBalance(proposal(accepted), '2026-03-01');
    expect(readAcceptances(balanced)[0]).toEqual({ rule: 'cross.operatingPublicUse', sheet: '表11', cell: 'B5', note: '含事业单位', date: '2026-02-01' });
  });

  it('the sample printed in 元, published in 万元: converted (单位 line rewritten, every figure 四舍五入) and balanced', () => {
    const inYuan = buildSeedWorkbook({ unit: '元' }).workbook;
    const proposed = proposal(inYuan, '万元');
    expect(proposed.conversions).toHaveLength(tableFindings(inYuan).recognition.tables.length);
    expect(proposed.conversions[0]).toMatchObject({ sheet: '表1', label: expect.stringMatching(/^[A-Z]+2$/) });
    const balanced = applyBalance(proposed, '2026-03-01');
    const recognised = tableFindings(balanced).recognition.tables;
    expect(recognised.every((t) => t.unit === '万元')).toBe(true);
    expect(offRelations(balanced)).toEqual([]);
    expect(readAcceptances(balanced).filter((a) => a.rule === '单位折算')).toHaveLength(proposed.conversions.length);
  });

  it('a real 元 disclosure published in 万元 (corpus): balanced from the 元 remainders, each moved toward its exact value', () => {
    const doc = corpusWorkbook(loadCorpusDocument('sh-putuo-sifaju-budget-2026.json'));
    const proposed = proposal(doc, '万元');
    expect(proposed.unbalanced).toEqual([]);
    expect(offRelations(applyBalance(proposed, '2026-03-01'))).toEqual([]);
    // Every move goes toward the figure's exact 万元 value (its 元 figure / 10,000), never away.
    const exact = new Map<string, Decimal>();
    for (const grid of doc) grid.values.forEach((row, r) => row.forEach((v, c) => typeof v === 'number' && exact.set(`${grid.name}!${String.fromCharCode(65 + c)}${r + 1}`, new Decimal(v).dividedBy(10000))));
    for (const a of proposed.adjustments) {
      const original = exact.get(`${a.sheet}!${a.cell}`)!;
      const from = new Decimal(a.from.replace(/,/g, ''));
      const to = new Decimal(a.to.replace(/,/g, ''));
      expect(to.minus(original).abs().lessThan('0.01')).toBe(true);
      expect(to.minus(from).times(original.minus(from)).isPositive()).toBe(true);
    }
  });
});

describe('舍位平衡 refuses what is not 尾差', () => {
  it('a workbook with a real error: refused, naming it', () => {
    const built = buildSeedWorkbook();
    const result = proposeBalance(mutateSeedCell(built, 3, '合计', 2, 4610.52).workbook);
    expect(result.kind).toBe('refused');
    expect(result.kind === 'refused' && result.reason).toMatch(/超出尾差.*请先更正/);
  });

  it('a workbook without a disclosure table: refused', () => {
    expect(proposeBalance([{ name: 'Sheet1', values: [['会议纪要']], merges: [] }]).kind).toBe('refused');
  });

  it('万元 figures cannot be published in 元', () => {
    const result = proposeBalance(buildSeedWorkbook().workbook, { unit: '元' });
    expect(result.kind === 'refused' && result.reason).toContain('不能折算为元');
  });

  it('nothing to balance: no adjustment, and applying changes nothing', () => {
    const grid = buildSeedWorkbook({ tables: [11] }).workbook;
    const proposed = proposal(grid);
    expect(proposed.adjustments).toEqual([]);
    expect(applyBalance(proposed, '2026-03-01')).toEqual(grid);
  });
});

/** A random table of exact figures: rows × columns of parts, row totals, column totals, a grand total. */
interface RoundedTable {
  readonly relations: Relation[];
  readonly printed: Decimal[];
}

function roundedTable(rows: number, cols: number, exactThousandths: number[]): RoundedTable {
  const exact: Decimal[] = [];
  const part = (r: number, c: number): Decimal => new Decimal(exactThousandths[r * cols + c]!).dividedBy(1000);
  const index = new Map<string, number>();
  const cell = (name: string, value: Decimal): number => {
    index.set(name, exact.length);
    exact.push(value);
    return exact.length - 1;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cell(`P${r}${c}`, part(r, c));
  for (let r = 0; r < rows; r++) cell(`R${r}`, Array.from({ length: cols }, (_, c) => part(r, c)).reduce((a, b) => a.plus(b)));
  for (let c = 0; c < cols; c++) cell(`C${c}`, Array.from({ length: rows }, (_, r) => part(r, c)).reduce((a, b) => a.plus(b)));
  cell('T', exact.slice(0, rows * cols).reduce((a, b) => a.plus(b), new Decimal(0)));
  const printed = exact.map((v) => roundHalfUp(v, 2));
  const address = (i: number): string => `A${i + 1}`;
  const term = (i: number, coefficient: number): RelationTerm => ({ sheet: '表', cell: address(i), table: '表', coefficient: new Decimal(coefficient), value: printed[i]!, decimals: 2 });
  const relation = (total: number, parts: number[]): Relation => {
    const result = tieOut(printed[total]!, parts.map((p) => printed[p]!), 2, 'tight');
    return { rule: 'test.sum', unit: '万元', terms: [term(total, 1), ...parts.map((p) => term(p, -1))], tolerance: result.tolerance, status: result.status, severity: 'error' };
  };
  const relations: Relation[] = [];
  for (let r = 0; r < rows; r++) relations.push(relation(index.get(`R${r}`)!, Array.from({ length: cols }, (_, c) => index.get(`P${r}${c}`)!)));
  for (let c = 0; c < cols; c++) relations.push(relation(index.get(`C${c}`)!, Array.from({ length: rows }, (_, r) => index.get(`P${r}${c}`)!)));
  relations.push(relation(index.get('T')!, Array.from({ length: rows }, (_, r) => index.get(`R${r}`)!)));
  relations.push(relation(index.get('T')!, Array.from({ length: cols }, (_, c) => index.get(`C${c}`)!)));
  return { relations, printed };
}

/** The fewest one-unit moves (never below zero) that tie every relation exactly, by trying them all. */
function bruteForceMinimum(table: RoundedTable): number {
  const n = table.printed.length;
  const cents = table.printed.map((v) => v.times(100).toNumber());
  const cellsOf = table.relations.map((r) => r.terms.map((t) => ({ i: Number(t.cell.slice(1)) - 1, sign: t.coefficient.toNumber() })));
  let best = Infinity;
  const deltas = new Array<number>(n).fill(0);
  const visit = (i: number, moves: number): void => {
    if (moves >= best) return;
    if (i === n) {
      if (cellsOf.every((terms) => terms.reduce((sum, { i: k, sign }) => sum + sign * (cents[k]! + deltas[k]!), 0) === 0)) best = moves;
      return;
    }
    for (const d of [0, 1, -1]) {
      if (d === -1 && cents[i]! === 0) continue;
      deltas[i] = d;
      visit(i + 1, moves + (d === 0 ? 0 : 1));
    }
    deltas[i] = 0;
  };
  visit(0, 0);
  return best;
}

describe('舍位平衡 property: random rounded tables', () => {
  it('always balanced, never more adjustments than the minimum', () => {
    let adjusted = 0;
    const shape = fc.constantFrom([1, 1], [1, 2], [2, 1], [1, 3], [3, 1], [2, 2]);
    fc.assert(
      fc.property(
        shape.chain(([rows, cols]) => fc.tuple(fc.constant(rows!), fc.constant(cols!), fc.array(fc.integer({ min: 0, max: 99_999 }), { minLength: rows! * cols!, maxLength: rows! * cols! }))),
        ([rows, cols, figures]) => {
          const table = roundedTable(rows, cols, figures);
          const result = balanceTieOuts(table.relations);
          expect(result.unbalanced).toEqual([]);
          const after = table.printed.map((v) => v);
          for (const { adjustment } of result.adjustments) {
            const i = Number(adjustment.cell.slice(1)) - 1;
            after[i] = new Decimal(adjustment.to.replace(/,/g, ''));
          }
          for (const relation of table.relations) {
            const sum = relation.terms.reduce((s, t) => s.plus(t.coefficient.times(after[Number(t.cell.slice(1)) - 1]!)), new Decimal(0));
            expect(sum.isZero()).toBe(true);
          }
          expect(result.adjustments.length).toBe(bruteForceMinimum(table));
          if (result.adjustments.length > 0) adjusted += 1;
        },
      ),
      { numRuns: 150 },
    );
    // Not vacuous: about a third of random tables need adjusting.
    expect(adjusted).toBeGreaterThan(25);
  });
});
