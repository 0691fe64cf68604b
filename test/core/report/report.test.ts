import { formatAmount } from '../../../src/core/amount';
import { cellText, type Grid } from '../../../src/core/grid';
import {
  BUDGET_GLOSSARY,
  buildReport,
  chineseNumeral,
  publicTextSheet,
  readDepartmentProfile,
  reportTable,
  type ReportBlock,
  type ReportChart,
  type ReportTable,
} from '../../../src/core/report';
import { loadSeed } from '../../support/seed';
import { buildSeedWorkbook } from '../../support/seedGrids';

const seed = loadSeed();
const built = buildSeedWorkbook();
const sources = built.tables.map((t) => ({ grid: built.workbook.find((g) => g.name === t.sheet)! }));

const FIGURE = /^-?\d+\.\d+$/;

function tablesOf(blocks: readonly ReportBlock[]): ReportTable[] {
  return blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
}

describe('reportTable', () => {
  it.each(built.tables.map((t) => [t.number, t.seedTitle] as const))(
    'cuts 表%i (%s) out of its sheet with the seed title, header rows, body rows and note',
    (number, seedTitle) => {
      const place = built.table(number);
      const table = reportTable(sources[number - 1]!, number);
      const seedTable = seed.tables[seedTitle]!;
      expect(table.title).toBe(seedTitle);
      expect(table.unitLine).toBe('单位：万元');
      expect(table.header).toHaveLength(place.headerRows);
      expect(table.body).toHaveLength(seedTable.rows.length - place.headerRows);
      expect(table.note ?? '').toBe(seedTable.note);
    },
  );

  it('prints every figure of every seed table with two places and thousands separators, right-aligned', () => {
    for (const place of built.tables) {
      const table = reportTable(sources[place.number - 1]!, place.number);
      const seedRows = seed.tables[place.seedTitle]!.rows.slice(place.headerRows);
      seedRows.forEach((seedRow, r) => {
        seedRow.forEach((text, c) => {
          if (!FIGURE.test(text)) return;
          const cell = table.body[r]![c]!;
          expect({ table: place.number, r, c, text: cell.text, align: cell.align }).toEqual({
            table: place.number,
            r,
            c,
            text: formatAmount(text, 2),
            align: 'right',
          });
        });
      });
    }
  });

  it('keeps subject codes as printed, not as amounts', () => {
    const table = reportTable(sources[1]!, 2);
    const codes = table.body.map((row) => row[0]!).filter((cell) => /^\d+$/.test(cell.text));
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.every((cell) => !cell.amount && !cell.text.includes(','))).toBe(true);
  });

  it('moves the header merges to table coordinates', () => {
    const place = built.table(1);
    const table = reportTable(sources[0]!, 1);
    const grid = built.workbook.find((g) => g.name === place.sheet)!;
    const headerTop = place.range.top + 2;
    const inHeader = grid.merges.filter((m) => m.top >= headerTop && m.bottom < headerTop + place.headerRows);
    expect(table.merges).toEqual(
      inHeader.map((m) => ({ top: m.top - headerTop, bottom: m.bottom - headerTop, left: m.left, right: m.right })),
    );
    expect(table.merges.length).toBeGreaterThan(0);
  });
});

describe('buildReport', () => {
  const profileSheet: Grid = {
    name: '参数',
    values: [
      ['项目', '内容'],
      ['部门名称', seed.department],
      ['职责：', '负责应急管理工作。\n组织编制应急预案。'],
      ['机构设置', ''],
    ],
    merges: [],
  };
  const chart: ReportChart = {
    kind: 'pie',
    title: '三公经费分布图',
    categories: ['公务接待费', '公务用车购置及运行费'],
    values: ['0.58', '3.08'],
    unit: '万元',
  };
  const narrative = [
    { heading: '一、部门预算收支数据变动情况及原因', paragraphs: ['收入总计4,510.52万元。'] },
    { heading: '七、“三公”经费增减变动原因说明', paragraphs: ['“三公”经费预算3.66万元。'] },
    { heading: '八、机关运行经费增减变动原因说明', paragraphs: ['机关运行经费119.52万元。'] },
  ];
  const report = buildReport({
    department: seed.department,
    year: seed.year,
    tables: sources,
    profile: readDepartmentProfile([profileSheet]),
    narrative,
    charts: [chart],
    findings: [{ severity: 'error', sheet: '表2', cell: 'C5', message: '合计不等于各项之和' }],
  });
  const headings = report.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level}:${b.text}`] : []));

  it('titles the cover with the year and names the department', () => {
    expect(report.cover).toEqual({ department: seed.department, year: 2024, title: '2024年度部门预算公开' });
  });

  it('orders the four parts as the seed does, each a level-1 heading', () => {
    expect(headings.filter((h) => h.startsWith('1:'))).toEqual([
      '1:第一部分 概况',
      '1:第二部分 2024年部门预算报表',
      '1:第三部分 2024年度部门预算情况说明',
      '1:第四部分 名词解释',
    ]);
  });

  it('takes 职责 from the 参数 sheet, one paragraph a line, and marks the empty 机构设置 as to be filled', () => {
    const paragraphs = report.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
    expect(paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['负责应急管理工作。', '组织编制应急预案。']));
    expect(paragraphs.find((p) => p.placeholder)?.text).toBe('【待填写：机构设置情况】');
  });

  it('prints all thirteen tables in order under 表一 … 表十三 headings', () => {
    expect(tablesOf(report.blocks).map((t) => t.title)).toEqual(Object.keys(seed.tables));
    expect(headings).toContain('2:表十三 2024年项目支出预算表（上年结转）');
  });

  it('puts the 三公 chart right after the 三公 section', () => {
    const index = report.blocks.findIndex((b) => b.kind === 'chart');
    const before = report.blocks.slice(0, index).filter((b) => b.kind === 'heading').pop();
    expect(before).toEqual({ kind: 'heading', level: 2, text: '七、“三公”经费增减变动原因说明' });
  });

  it('ends with the twelve glossary terms, numbered', () => {
    const last = report.blocks.slice(-12).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(last.map((t) => t.split('：')[0])).toEqual(BUDGET_GLOSSARY.map((g, i) => `${chineseNumeral(i + 1)}、${g.term}`));
    expect(BUDGET_GLOSSARY.map((g) => g.term)).toEqual(
      expect.arrayContaining(['基本支出', '项目支出', '“三公”经费', '机关运行经费', '政府购买服务', '财政专户管理资金',
        '单位资金', '上年结转', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政拨款']),
    );
  });

  it('leaves findings out of the public copy and appends them to a review copy', () => {
    expect(report.review).toBe(false);
    expect(report.blocks.some((b) => b.kind === 'findings')).toBe(false);
    const reviewCopy = buildReport({ department: seed.department, year: 2024, tables: sources, review: true,
      findings: [{ severity: 'info', sheet: '表2', cell: 'C21', message: '相差 0.01，在舍入误差内', tolerance: '0.02' },
        { severity: 'warning', sheet: '表11', cell: 'B4', message: '与公用经费不一致' },
        { severity: 'error', sheet: '表2', cell: 'C5', message: '合计不等于各项之和' }] });
    const appendix = reviewCopy.blocks.find((b) => b.kind === 'findings');
    expect(appendix?.kind === 'findings' && appendix.findings.map((f) => f.severityLabel)).toEqual(['错误', '提示', '尾差']);
    expect(reviewCopy.blocks).toContainEqual({ kind: 'heading', level: 1, text: '附录 审核意见' });
  });

  it('marks a missing 情况说明 as to be filled rather than leaving the part empty', () => {
    const bare = buildReport({ department: seed.department, year: 2024, tables: [] });
    expect(bare.blocks.filter((b) => b.kind === 'paragraph' && b.placeholder).map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      '【待填写：本部门职责】',
      '【待填写：机构设置情况】',
      '【待填写：工作簿中未识别到公开报表】',
      '【待填写：情况说明】',
    ]);
  });

  it('says 决算 for a final-accounts disclosure', () => {
    expect(buildReport({ department: 'X', year: 2023, kind: 'final', tables: [] }).cover.title).toBe('2023年度部门决算公开');
  });
});

describe('chineseNumeral', () => {
  it.each([[1, '一'], [10, '十'], [13, '十三'], [20, '二十'], [30, '三十'], [42, '四十二']])('writes %i as %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });
});

describe('publicTextSheet', () => {
  const report = buildReport({
    department: seed.department,
    year: seed.year,
    tables: sources,
    charts: [{ kind: 'bar', title: '一般公共预算当年拨款结构图', categories: ['社会保障和就业支出'], values: ['215.57'], unit: '万元' }],
  });
  const sheet = publicTextSheet(report);
  const texts = sheet.values.map((row) => cellText(row[0] ?? null));

  it('is named 公开文本 and prints portrait A4', () => {
    expect(sheet.name).toBe('公开文本');
    expect(sheet.print).toEqual({ orientation: 'portrait', paperSize: 'A4', fitToWidth: true });
  });

  it('opens with the department and the title, then every heading of the document', () => {
    expect(texts.slice(0, 2)).toEqual([seed.department, '2024年度部门预算公开']);
    const headings = report.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    for (const heading of headings) expect(texts).toContain(heading);
  });

  it('refers to each table by its sheet instead of copying its figures', () => {
    expect(texts).toContain(`2024年预算收支总表（见工作表“${built.table(1).sheet}”），单位：万元`);
  });

  it('lists chart data with formatted amounts', () => {
    const row = sheet.values.find((r) => r[0] === '社会保障和就业支出');
    expect(row).toEqual(['社会保障和就业支出', '215.57']);
  });
});
