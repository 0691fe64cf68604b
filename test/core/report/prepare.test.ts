import { paramsSheet, sampleParams } from '../../../src/core/params';
import { BUDGET_GLOSSARY, FINAL_GLOSSARY, GLOSSARY_SHEET, glossarySheet, prepareReport, type ReportBlock, type ReportTable } from '../../../src/core/report';
import { sampleDisclosure, samplePerformance, sampleWorkbook } from '../../../src/core/sample';
import { layoutWorkbook } from '../../../src/core/templates';
import { Decimal, formatAmount } from '../../../src/core/amount';
import type { Grid } from '../../../src/core/grid';
import { FAMILIES } from '../../../src/core/templates';
import { corpusWorkbook, loadCorpusDocument } from '../../support/corpus';
import { loadSeed } from '../../support/seed';
import { buildSeedWorkbook } from '../../support/seedGrids';

const sample = sampleDisclosure();
const tables = layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data });
const seed = loadSeed();
const headingsOf = (blocks: readonly ReportBlock[], level: number): string[] =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));

describe('prepareReport on the sample workbook', () => {
  const workbook = sampleWorkbook();
  const withParams = prepareReport(workbook);
  const doc = withParams.document;
  const reportTables = doc.blocks.flatMap((b) => (b.kind === 'table' && !b.table.form ? [b.table] : []));
  const forms = doc.blocks.flatMap((b) => (b.kind === 'table' && b.table.form ? [b.table] : []));

  it('names the department and the year the tables give; a draft, since the seed states no reason for its 一般公共预算 change', () => {
    expect(doc.cover).toEqual({ department: seed.department, year: 2024, title: '2024年度部门预算公开', draft: true });
    expect(doc.unfinished).toEqual([{ kind: 'placeholder', where: '参数!B25', what: '情况说明需要“一般公共预算当年支出变动原因”，请在参数表填写' }]);
  });

  it('is the final text, without 草稿 or the unfinished page, once the reason is given in 参数', () => {
    const params = workbook.map((g) => (g.name === '参数' ? paramsSheet({ ...sampleParams(), 'reason.generalPublicCurrent': '新增安全生产预防和应急救援能力建设补助资金' }) : g));
    const final = prepareReport(params).document;
    expect(final.cover.draft).toBe(false);
    expect(final.unfinished).toEqual([]);
    expect(final.blocks.some((b) => b.kind === 'unfinished')).toBe(false);
  });

  it('cuts the seed’s 27 绩效目标表 (整体 and 26 projects) out of their sheets and prints them after 十、绩效管理情况', () => {
    expect(forms).toHaveLength(1 + samplePerformance().projects.length);
    expect(forms[0]!.title).toBe('县(区)级预算部门(单位)整体支出绩效目标申报表');
    expect(forms[0]!.caption).toBe('(2024)年度');
    expect(forms.slice(1).map((f) => f.body[0]![2]!.text)).toEqual(samplePerformance().projects.map((p) => p.name));
    const at = (pred: (b: ReportBlock) => boolean) => doc.blocks.findIndex(pred);
    const performance = at((b) => b.kind === 'heading' && b.text === '十、绩效管理情况');
    const next = at((b) => b.kind === 'heading' && b.text === '十一、国有资产占有使用情况');
    const first = at((b) => b.kind === 'table' && b.table.form === true);
    expect(performance).toBeLessThan(first);
    expect(first).toBeLessThan(next);
  });

  it('prints each project’s 年度资金总额 in 元 with two places, as its sheet holds it', () => {
    const fire = forms.find((f) => f.body[0]![2]!.text === '乡镇专职消防队经费')!;
    const figures = fire.body.flat().filter((c) => c.amount).map((c) => c.text);
    expect(figures).toEqual(expect.arrayContaining(['3,184,056.00', '0.00']));
  });

  it('prints the 名词解释 sheet: the seed’s twelve terms by default, a department’s own edit when it has one', () => {
    const part = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === '第四部分 名词解释');
    const terms = doc.blocks.slice(part + 1).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(terms.slice(0, 12).map((t) => t.replace(/^[一二三四五六七八九十]+、/, ''))).toEqual([...BUDGET_GLOSSARY]);
    const edited: Grid = glossarySheet(['基本支出：本部门的解释。', '项目支出：本部门的解释。']);
    const own = prepareReport(workbook.map((g) => (g.name === GLOSSARY_SHEET ? edited : g))).document;
    expect(own.blocks).toContainEqual({ kind: 'paragraph', text: '二、项目支出：本部门的解释。' });
  });

  it('prints the thirteen recognised tables in workbook order, each with the 部门名称 line', () => {
    expect(reportTables).toHaveLength(13);
    expect(reportTables.map((t) => t.sheet)).toEqual(tables.map((g) => g.name));
    expect(reportTables.every((t) => t.departmentLine === `部门名称：${seed.department}`)).toBe(true);
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

  it('finds no errors in the sample and keeps the public copy free of findings', () => {
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

  it('marks 职责 and 机构设置 to be filled when the workbook has no 参数 sheet, and lists them as unfinished', () => {
    const bare = prepareReport(tables).document;
    const placeholders = bare.blocks.flatMap((b) => (b.kind === 'paragraph' && b.placeholder ? [b.text] : []));
    expect(placeholders.slice(0, 2)).toEqual(['【待填写：本部门职责】', '【待填写：机构设置情况】']);
    expect(bare.unfinished.map((u) => u.what)).toEqual(expect.arrayContaining(['【待填写：本部门职责】', '【待填写：机构设置情况】']));
    expect(bare.cover.draft).toBe(true);
  });

  it('lists every open error of the review as unfinished, with its cell', () => {
    const built = buildSeedWorkbook();
    const grid = built.workbook.find((g) => g.name === built.table(2).sheet)!;
    const values = grid.values.map((row) => [...row]);
    const row = values.findIndex((r) => r.some((v) => v === '2240101' || v === 2240101));
    values[row]![2] = 98.59;
    const doctored = prepareReport(built.workbook.map((g) => (g === grid ? { ...g, values } : g)));
    const errors = doctored.review.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(doctored.document.unfinished.filter((u) => u.kind === 'error')).toEqual(errors.map((f) => ({ kind: 'error', where: `${f.sheet}!${f.cell}`, what: f.message })));
    expect(doctored.document.cover.draft).toBe(true);
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

describe('prepareReport on a 决算 example (普陀区财政局 2024 决算, data/corpus)', () => {
  const doc = loadCorpusDocument('sh-putuo-czj-final-2024.json');
  // The published tables print no year: the 参数 sheet says it, as a user's would.
  const report = prepareReport([...corpusWorkbook(doc, { narrative: false }), paramsSheet({ year: new Decimal(doc.year) })]).document;

  it('has the 决算 parts in order, under the 决算 title', () => {
    expect(report.cover.title).toBe('2024年度部门决算公开');
    expect(report.cover.department).toBe(doc.department);
    expect(headingsOf(report.blocks, 1)).toEqual(['第一部分 部门概况', '第二部分 2024年度部门决算表', '第三部分 2024年度部门决算情况说明', '第四部分 名词解释']);
  });

  it('prints the nine 决算 tables in the family’s order, each with its 部门名称 line', () => {
    const titles = headingsOf(report.blocks, 2).filter((h) => /^表/.test(h));
    expect(titles).toHaveLength(9);
    const kinds = FAMILIES.final9.tables.map((t) => t.kind);
    expect(kinds).toHaveLength(9);
    expect(titles.map((t) => t.replace(/^表[一二三四五六七八九十]+ /, ''))).toEqual(Object.keys(doc.tables));
  });

  it('writes the 决算 情况说明 (收入支出决算总体情况 first) and the 决算 glossary', () => {
    const part3 = report.blocks.slice(report.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('第三部分')));
    const sections = headingsOf(part3, 2);
    expect(sections[0]).toMatch(/^一、.*决算/);
    expect(sections.join('')).not.toContain('部门预算收支数据变动情况');
    const terms = report.blocks.slice(report.blocks.findIndex((b) => b.kind === 'heading' && b.text === '第四部分 名词解释') + 1).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(terms.slice(0, FINAL_GLOSSARY.length).map((t) => t.replace(/^[一二三四五六七八九十]+、/, ''))).toEqual([...FINAL_GLOSSARY]);
  });
});
