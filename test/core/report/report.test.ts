import { formatAmount } from '../../../src/core/amount';
import { cellText, type Grid } from '../../../src/core/grid';
import {
  BUDGET_GLOSSARY,
  FINAL_GLOSSARY,
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

  it('titles the cover with the year and names the department, as a draft while 机构设置 is to be filled', () => {
    expect(report.cover).toEqual({ department: seed.department, year: 2024, title: '2024年度部门预算公开', draft: true });
  });

  it('prints a 部门名称 line above every table, with the sheet’s 单位 line', () => {
    const tables = tablesOf(report.blocks);
    expect(tables).toHaveLength(13);
    expect(tables.map((t) => [t.departmentLine, t.unitLine])).toEqual(tables.map(() => [`部门名称：${seed.department}`, '单位：万元']));
  });

  it('titles each table as a level-2 heading the 目录 lists, right before the table', () => {
    report.blocks.forEach((block, i) => {
      if (block.kind !== 'table') return;
      const before = report.blocks[i - 1];
      expect(before?.kind === 'heading' && before.tableTitle && before.text).toBe(`表${chineseNumeral(block.table.number)} ${block.table.title}`);
    });
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

  it('ends with the seed’s twelve standard terms, numbered, when the workbook has no 名词解释 sheet', () => {
    const part = report.blocks.findIndex((b) => b.kind === 'heading' && b.text === '第四部分 名词解释');
    const terms = report.blocks.slice(part + 1).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(terms).toEqual(BUDGET_GLOSSARY.map((entry, i) => `${chineseNumeral(i + 1)}、${entry}`));
    expect(terms).toHaveLength(12);
  });

  it('lists what is unfinished on a last page of its own: here the missing 机构设置', () => {
    expect(report.unfinished).toEqual([{ kind: 'placeholder', where: '第一部分 概况 二、机构设置情况', what: '【待填写：机构设置情况】' }]);
    expect(report.blocks.slice(-2)).toEqual([{ kind: 'pageBreak' }, { kind: 'unfinished', items: report.unfinished }]);
  });

  it('has neither 草稿 nor the unfinished page once nothing is left to do', () => {
    const done = buildReport({
      department: seed.department,
      year: seed.year,
      tables: sources,
      profile: { duties: '负责应急管理工作。', organisation: '内设七个股室。' },
      narrative,
    });
    expect(done.cover.draft).toBe(false);
    expect(done.unfinished).toEqual([]);
    expect(done.blocks.some((b) => b.kind === 'unfinished')).toBe(false);
  });

  it('stays a draft while the review has an error, listing it first with its cell', () => {
    const withError = buildReport({
      department: seed.department,
      year: seed.year,
      tables: sources,
      profile: { duties: '负责应急管理工作。', organisation: '内设七个股室。' },
      narrative,
      unfinished: [{ kind: 'error', where: '表2!C5', what: '合计不等于各项之和' }],
    });
    expect(withError.cover.draft).toBe(true);
    expect(withError.unfinished).toEqual([{ kind: 'error', where: '表2!C5', what: '合计不等于各项之和' }]);
  });

  it('lists a 【待填写】 of the 情况说明 once, under the input the 情况说明 lacked', () => {
    const lacking = buildReport({
      department: seed.department,
      year: seed.year,
      tables: sources,
      profile: { duties: '负责应急管理工作。', organisation: '内设七个股室。' },
      narrative: [{ heading: '五、一般公共预算支出情况说明', paragraphs: ['比上年增加189.52万元，主要原因是【待填写：一般公共预算当年支出变动原因】。'] }],
      unfinished: [{ kind: 'placeholder', where: '参数!B25', what: '情况说明需要“一般公共预算当年支出变动原因”，请在参数表填写' }],
    });
    expect(lacking.unfinished).toHaveLength(1);
    expect(lacking.unfinished[0]!.where).toBe('参数!B25');
  });

  it('prints the 绩效目标表 right after the section on 绩效管理, each on a new page, before the sections after it', () => {
    const form: ReportTable = { number: 1, sheet: '项目支出绩效目标表', title: '项目支出绩效目标表', form: true, columnCount: 2, header: [],
      body: [[{ text: '项目名称', align: 'left', amount: false }, { text: '安全培训经费', align: 'left', amount: false }]], merges: [] };
    const withTargets = buildReport({
      department: seed.department,
      year: seed.year,
      tables: [],
      narrative: [
        { heading: '十、绩效管理情况', paragraphs: ['（项目绩效目标表公开情况见附件）'] },
        { heading: '十一、国有资产占有使用情况', paragraphs: ['车辆2辆。'] },
      ],
      targets: [form, { ...form, number: 2 }],
    });
    const kinds = withTargets.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind === 'table' ? `form ${b.table.number}` : b.kind));
    const at = kinds.indexOf('十、绩效管理情况');
    expect(kinds.slice(at, at + 7)).toEqual(['十、绩效管理情况', 'paragraph', 'pageBreak', 'form 1', 'pageBreak', 'form 2', '十一、国有资产占有使用情况']);
  });

  it('prints the 名词解释 it is given, and a 【待填写】 when the list is empty', () => {
    const own = buildReport({ department: 'X', year: 2024, tables: [], glossary: ['基本支出：本单位的解释。'] });
    expect(own.blocks).toContainEqual({ kind: 'paragraph', text: '一、基本支出：本单位的解释。' });
    const none = buildReport({ department: 'X', year: 2024, tables: [], glossary: [] });
    expect(none.unfinished.map((u) => u.what)).toContain('【待填写：名词解释】');
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

  it('says 决算 for a final-accounts disclosure, with the 决算 headings and glossary', () => {
    const final = buildReport({ department: 'X', year: 2023, kind: 'final', tables: [] });
    expect(final.cover.title).toBe('2023年度部门决算公开');
    expect(final.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []))).toEqual([
      '第一部分 部门概况',
      '第二部分 2023年度部门决算表',
      '第三部分 2023年度部门决算情况说明',
      '第四部分 名词解释',
    ]);
    expect(final.blocks).toContainEqual({ kind: 'paragraph', text: `一、${FINAL_GLOSSARY[0]!}` });
  });
});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'], [10, '十'], [13, '十三'], [20, '二十'], [30, '三十'], [42, '四十二'], [99, '九十九'],
    [100, '一百'], [101, '一百零一'], [110, '一百一十'], [115, '一百一十五'], [130, '一百三十'], [1001, '一千零一'], [1010, '一千零一十'], [1100, '一千一百'],
  ])('writes %i as %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });

  it('numbers the tables of a document beyond 99 (a county\'s 130 tables) instead of failing', () => {
    const many = Array.from({ length: 130 }, (_, i) => sources[i % sources.length]!);
    const titles = buildReport({ department: seed.department, year: seed.year, tables: many }).blocks.flatMap((b) => (b.kind === 'heading' && b.tableTitle ? [b.text.split(' ')[0]] : []));
    expect(titles.slice(98, 101)).toEqual(['表九十九', '表一百', '表一百零一']);
    expect(titles[129]).toBe('表一百三十');
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
