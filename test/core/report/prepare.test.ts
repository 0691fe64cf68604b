import { paramsSheet, sampleParams } from '../../../src/core/params';
import { prepareReport, type ReportTable } from '../../../src/core/report';
import { sampleDisclosure } from '../../../src/core/sample';
import { layoutWorkbook } from '../../../src/core/templates';
import { Decimal, formatAmount } from '../../../src/core/amount';
import { loadSeed } from '../../support/seed';
import { buildSeedWorkbook } from '../../support/seedGrids';

const sample = sampleDisclosure();
const tables = layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data });
const seed = loadSeed();

describe('prepareReport on the sample workbook', () => {
  const withParams = prepareReport([...tables, paramsSheet(sampleParams())]);
  const doc = withParams.document;
  const reportTables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));

  it('names the department and the year the tables give', () => {
    expect(doc.cover).toEqual({ department: seed.department, year: 2024, title: '2024年度部门预算公开' });
  });

  it('prints the thirteen recognised tables in workbook order', () => {
    expect(reportTables).toHaveLength(13);
    expect(reportTables.map((t) => t.sheet)).toEqual(tables.map((g) => g.name));
  });

  it('prints every figure of the seed in the table of the same position', () => {
    Object.values(seed.tables).forEach((seedTable, i) => {
      const printed = new Set((reportTables[i] as ReportTable).body.flat().map((c) => c.text));
      const figures = seedTable.rows.flat().filter((t) => /^\d+\.\d+$/.test(t));
      for (const figure of figures) expect({ table: i + 1, figure, found: printed.has(formatAmount(figure)) }).toEqual({ table: i + 1, figure, found: true });
    });
  });

  it('writes the twelve 情况说明 sections with both charts in place', () => {
    const part3 = doc.blocks.slice(doc.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('第三部分')));
    const sectionHeadings = part3.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(sectionHeadings[0]).toBe('一、部门预算收支数据变动情况及原因');
    expect(sectionHeadings.length).toBeGreaterThanOrEqual(12);
    const charts = part3.flatMap((b) => (b.kind === 'chart' ? [b.chart.title] : []));
    expect(charts).toEqual(['一般公共预算当年拨款结构图', '三公经费分布图']);
  });

  it('finds no table errors in the sample and keeps the public copy free of findings', () => {
    expect(withParams.review.summary.error).toBe(0);
    expect(doc.blocks.some((b) => b.kind === 'findings')).toBe(false);
  });

  it('prints the sample 参数\'s 职责 and 机构设置 in 第一部分, one paragraph a line, with nothing left to fill', () => {
    const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === '第一部分 概况');
    const end = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('第二部分'));
    expect(start).toBeGreaterThanOrEqual(0);
    const part1 = doc.blocks.slice(start, end).flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
    expect(part1.filter((p) => p.placeholder || p.text.includes('【待填写'))).toEqual([]);
    const params = sampleParams();
    const expected = [params['profile.duties'], params['profile.organisation']].flatMap((text) => String(text).split('\n'));
    expect(part1.map((p) => p.text)).toEqual(expected);
    expect(part1.some((p) => p.text.includes('内设职能部门共七个'))).toBe(true);
  });

  it('marks 职责 and 机构设置 to be filled when the workbook has no 参数 sheet', () => {
    const bare = prepareReport(tables).document;
    const placeholders = bare.blocks.flatMap((b) => (b.kind === 'paragraph' && b.placeholder ? [b.text] : []));
    expect(placeholders.slice(0, 2)).toEqual(['【待填写：本部门职责】', '【待填写：机构设置情况】']);
  });

  it('leaves inputs the workbook lacks as 【待填写】 and lists them in a review copy', () => {
    const bare = prepareReport(tables, { review: true });
    const text = bare.document.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).join('\n');
    expect(text).toContain('【待填写');
    const appendix = bare.document.blocks.find((b) => b.kind === 'findings');
    expect(appendix?.kind === 'findings' && appendix.findings.length).toBeGreaterThan(0);
  });
});

/** The seed's document order of a printed title. */
function titleOrder(title: string): number {
  return Object.keys(seed.tables).indexOf(title);
}

describe('prepareReport on the layouts users bring', () => {
  const variants = [
    { name: 'figures in 元', options: { unit: '元' as const } },
    { name: 'codes in 类 | 款 | 项 columns', options: { codes: 'split' as const } },
    { name: 'all tables on one sheet', options: { layout: 'oneSheet' as const } },
    { name: 'shuffled sheets with blank rows and columns before each table', options: { shuffleSeed: 7, offset: { rows: 2, cols: 1 } } },
  ];

  it.each(variants)('prints every seed figure of every table with $name', ({ options }) => {
    const built = buildSeedWorkbook(options);
    const report = prepareReport(built.workbook).document;
    const printed = report.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    expect(printed.map((t) => t.title)).toEqual(built.tables.map((t) => t.printedTitle).sort((a, b) => titleOrder(a) - titleOrder(b)));
    const byTitle = new Map(printed.map((t) => [t.title, new Set(t.body.flat().map((c) => c.text))]));
    const scale = options.unit === '元' ? 10000 : 1;
    for (const place of built.tables) {
      const texts = byTitle.get(place.printedTitle);
      expect(texts).toBeDefined();
      const figures = seed.tables[place.seedTitle]!.rows.slice(place.headerRows).flat().filter((t) => /^\d+\.\d+$/.test(t));
      const missing = figures.filter((f) => !texts!.has(formatAmount(new Decimal(f).times(scale))));
      expect({ table: place.number, missing }).toEqual({ table: place.number, missing: [] });
    }
  });
});
