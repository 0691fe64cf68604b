import { Decimal } from '../../src/core/amount';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/rules/finding';
import { performanceSheet } from '../../src/core/performance/sheet';
import { layoutWorkbook } from '../../src/core/templates';
import { loadSeed } from '../support/seed';
import { buildSeedWorkbook, mutateSeedCell, type SeedCellPlace } from '../support/seedGrids';
import { seedWithTargets } from './performance/cases';

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

function touches(finding: Finding, place: SeedCellPlace): boolean {
  const at = (ref: { sheet: string; cell: string }): boolean => ref.sheet === place.sheet && ref.cell === place.cell;
  return at(finding) || (finding.compared ?? []).some(at);
}

describe('checkWorkbook on the seed', () => {
  const built = buildSeedWorkbook();
  const result = checkWorkbook(built.workbook);

  it('finds all 13 tables and no error or warning', () => {
    expect(result.recognition.tables).toHaveLength(13);
    expect(result.summary.error).toBe(0);
    expect(result.summary.warning).toBe(0);
  });

  it.each([
    ['表2 22401 合计', 2, '22401', 2],
    ['表5 22401 合计', 5, '22401', 2],
    ['表3 合计 row, 合计 against 基本 + 项目', 3, '合计', 2],
    ['表3 224, 合计 against 基本 + 项目', 3, '224', 2],
    ['表5 合计 row, 合计 against 基本 + 项目', 5, '合计', 2],
    ['表5 224, 合计 against 基本 + 项目', 5, '224', 2],
    ['表6 工资福利支出 合计', 6, '工资福利支出', 2],
  ] as const)('reports the real 尾差 of %s as info', (_, table, row, col) => {
    const place = built.cellOf(table, row, col);
    const found = result.findings.filter((f) => f.sheet === place.sheet && f.cell === place.cell);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === 'info' && f.message.includes('尾差'))).toBe(true);
  });

  it('words a 尾差 the way a finance user reads it', () => {
    const place = built.cellOf(2, '22401', 2);
    const finding = result.findings.find((f) => f.sheet === place.sheet && f.cell === place.cell && f.rule === 'coded.hierarchy');
    expect(finding).toMatchObject({
      message: '表2 22401 应急管理事务：合计 2,837.01 与其下各项之和 2,837.02 相差 0.01，在舍入误差内（尾差）',
      expected: '2,837.02',
      actual: '2,837.01',
      difference: '-0.01',
      tolerance: '0.02',
    });
  });

  it('reports every 尾差 as info under calc11, and as errors under strict', () => {
    expect(checkWorkbook(built.workbook, { policy: 'calc11' }).summary.error).toBe(0);
    const strict = checkWorkbook(built.workbook, { policy: 'strict' });
    expect(strict.summary.error).toBe(result.summary.info);
  });
});

describe('checkWorkbook on other workbooks', () => {
  it.each([
    ['万元', 'single'],
    ['万元', 'split'],
    ['元', 'single'],
    ['元', 'split'],
  ] as const)('a blank template (%s, codes %s) checks clean: empty tables are consistent', (unit, codeLayout) => {
    const result = checkWorkbook(layoutWorkbook({ family: 'budget13', department: '阳城县应急管理局', year: 2025, unit, codeLayout }));
    expect(result.recognition.tables).toHaveLength(13);
    expect(result.findings).toEqual([]);
  });

  it('the seed printed in 元 keeps the same findings at the same cells, its 尾差 now in hundreds of 元', () => {
    const key = (f: Finding): string => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}`;
    const inWan = checkWorkbook(buildSeedWorkbook().workbook).findings;
    const inYuan = checkWorkbook(buildSeedWorkbook({ unit: '元' }).workbook).findings;
    expect(inYuan.map(key).sort()).toEqual(inWan.map(key).sort());
    expect(inYuan.every((f) => f.difference === '-100' || f.difference === '100')).toBe(true);
  });

  it('a workbook without a disclosure table has no tables and no findings to make', () => {
    const result = checkWorkbook([{ name: 'Sheet1', values: [['会议纪要'], ['今天讨论了预算。']], merges: [] }]);
    expect(result.recognition.tables).toEqual([]);
    expect(result.summary).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe('checkWorkbook with 绩效目标表 sheets', () => {
  const seed = buildSeedWorkbook().workbook;
  const projects = checkWorkbook(seed).recognition.tables.find((t) => t.kind === 'budget.projects')!;
  const projectNames = projects.rows.filter((row) => row.role === 'item' && row.name.trim() !== '').map((row) => row.name.trim());
  const performance = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.rule.startsWith('performance.'));

  it('makes no performance finding for the seed, which has no target table (not one “missing” per project)', () => {
    expect(projectNames).toHaveLength(28);
    expect(performance(checkWorkbook(seed).findings)).toEqual([]);
  });

  it('with one target table: the sheet is no unrecognised table, and every other project of 表12 lacks one (warnings)', () => {
    const fire = performanceSheet({ name: '乡镇专职消防队经费', annualFunds: { local: new Decimal('3184056') } });
    const result = checkWorkbook([...seed, fire]);
    expect(result.recognition.unrecognized).toEqual([]);
    expect(result.findings.filter((f) => f.sheet === fire.name)).toEqual([]);
    expect(result.summary.error).toBe(0);
    const warnings = result.findings.filter((f) => f.severity === 'warning');
    expect(warnings.every((f) => f.rule === 'performance.projectWithoutTarget' && f.sheet === projects.sheet)).toBe(true);
    expect(warnings.map((f) => /项目“(.+)”（/u.exec(f.message)?.[1]).sort()).toEqual(projectNames.filter((name) => name !== '乡镇专职消防队经费').sort());
  });

  it('with a target table for every project of 表12: no error and no warning', () => {
    const result = checkWorkbook(seedWithTargets());
    expect(result.recognition.unrecognized).toEqual([]);
    expect(result.summary.error).toBe(0);
    expect(result.summary.warning).toBe(0);
    expect(performance(result.findings)).toEqual([]);
  });

  it('reports a target table whose 年度资金总额 disagrees with 表12 as an error at its figure', () => {
    const workbook = seedWithTargets();
    const index = workbook.findIndex((grid) => grid.name.startsWith('绩效目标表') && grid.values.some((row) => row.includes('乡镇专职消防队经费')));
    const grid = workbook[index]!;
    const row = grid.values.findIndex((cells) => cells[4] === '年度资金总额:');
    const values = grid.values.map((cells, r) => (r === row ? cells.map((v, c) => (c === 5 ? 3194056 : v)) : cells));
    const doctored = workbook.map((sheet, i) => (i === index ? { ...grid, values } : sheet));
    const errors = checkWorkbook(doctored).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([
      `performance.sourcesSum ${grid.name}!F${row + 1}`,
      `performance.annualTotalMatchesProject ${grid.name}!F${row + 1}`,
    ]);
  });
});

describe('mutation: any amount of the seed changed by ≥ 0.05 is an error at that cell or at a total it breaks', () => {
  const built = buildSeedWorkbook();
  const cells = seedAmountCells();

  it('runs over every table that prints figures (all but the empty 表7, 表8, 表9)', () => {
    expect([...new Set(cells.map((cell) => cell.table))]).toEqual([1, 2, 3, 4, 5, 6, 10, 11, 12, 13]);
  });

  it.each([['+0.05', '0.05'], ['−1.00', '-1.00']])('%s on every amount cell', (_, delta) => {
    const missed: string[] = [];
    for (const cell of cells) {
      const place = built.cellOf(cell.table, cell.row, cell.col);
      const doctored = mutateSeedCell(built, cell.table, cell.row, cell.col, new Decimal(cell.text).plus(delta).toNumber());
      const { findings } = checkWorkbook(doctored.workbook);
      if (!findings.some((f) => f.severity === 'error' && touches(f, place))) missed.push(`表${cell.table} ${place.cell} ${cell.text}`);
    }
    expect(missed).toEqual([]);
  });
});
