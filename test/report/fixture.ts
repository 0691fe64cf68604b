/** The seed's disclosure as report input: its tables laid out as a workbook, its 情况说明 and two charts. */
import { buildReport, type NarrativeSectionInput, type ReportChart, type ReportDocument } from '../../src/core/report';
import { loadSeed, loadSeedText } from '../support/seed';
import { buildSeedWorkbook } from '../support/seedGrids';

/** The seed's 第三部分, cut into its 一、… sections (published text, lines 478 onwards). */
export function seedNarrative(): NarrativeSectionInput[] {
  const text = loadSeedText();
  const part = text.slice(text.indexOf('第三部分 2024年度部门预算情况说明\n'), text.lastIndexOf('第四部分 名词解释'));
  const sections: { heading: string; paragraphs: string[] }[] = [];
  let inAppendix = false;
  for (const line of part.split('\n').slice(1)) {
    const trimmed = line.trim();
    // Section 十 prints the 绩效目标表 after this line: an appendix of forms, not prose.
    if (trimmed.includes('项目绩效目标表公开情况见附件')) inAppendix = true;
    if (/^[一二三四五六七八九十]+、/.test(trimmed)) inAppendix = false;
    if (inAppendix) continue;
    // Tab-separated lines are the 绩效目标表 printed inside section 十 — an appendix, not prose.
    if (trimmed === '' || trimmed === '仅供内部审核' || line.includes('\t')) continue;
    if (/^[一二三四五六七八九十]+、/.test(trimmed)) sections.push({ heading: trimmed, paragraphs: [] });
    else sections[sections.length - 1]?.paragraphs.push(trimmed);
  }
  return sections;
}

/** The seed's two charts, from its tables: 一般公共预算 by class (表5) and 三公 by item (表10). */
export function seedCharts(): ReportChart[] {
  const seed = loadSeed();
  const titles = Object.keys(seed.tables);
  const table5 = seed.tables[titles[4]!]!.rows.filter((r) => /^\d{3}$/.test(r[0] ?? ''));
  const table10 = seed.tables[titles[9]!]!.rows.slice(2, 5);
  return [
    { kind: 'pie', title: '一般公共预算当年拨款结构图', categories: table5.map((r) => r[1]!), values: table5.map((r) => r[2]!), unit: '万元' },
    { kind: 'bar', title: '三公经费分布图', categories: table10.map((r) => r[0]!), values: table10.map((r) => r[1] || '0'), unit: '万元' },
  ];
}

/** The sample's report model, public or review copy. */
export function seedReport(review = false): ReportDocument {
  const seed = loadSeed();
  const built = buildSeedWorkbook();
  return buildReport({
    department: seed.department,
    year: seed.year,
    tables: built.tables.map((t) => ({ grid: built.workbook.find((g) => g.name === t.sheet)! })),
    profile: { duties: '负责应急管理工作。', organisation: '' },
    narrative: seedNarrative(),
    charts: seedCharts(),
    review,
    findings: [{ severity: 'warning', sheet: '表11', cell: 'B4', message: '机关运行经费与公用经费不一致' }],
  });
}
