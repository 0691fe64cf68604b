import { Decimal } from '../../../src/core/amount';
import { chartSpecs, factsFromTables, generateNarrative, renderNarrative, sentencesOf } from '../../../src/core/narrative';
import type { NarrativeFacts, Sentence } from '../../../src/core/narrative';
import { defaultParamCell, sampleParams } from '../../../src/core/params';
import { buildSeedWorkbook, mutateSeedCell } from '../../support/seedGrids';
import type { SeedWorkbook } from '../../support/seedGrids';
import { typedSeedTables } from './seedTables';
import { seedPart3 } from './seedText';

function narrativeOf(built: SeedWorkbook, unit: '万元' | '元' = '万元') {
  return generateNarrative(factsFromTables(typedSeedTables(built, unit)), sampleParams());
}


const FIGURE = /(\d[\d,]*(?:\.\d+)?)(万元|%|个|辆|平方米|台)/gu;

/** Figures with their unit word, as values: "4,510.52万元" → "4510.52 万元". */
function figures(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FIGURE)) out.add(`${new Decimal(m[1]!.replace(/,/g, '')).toString()} ${m[2]!}`);
  return out;
}

describe('generateNarrative on the seed sample', () => {
  const built = buildSeedWorkbook();
  const narrative = narrativeOf(built);
  const text = renderNarrative(narrative);

  it('states every figure of the seed\'s published 第三部分', () => {
    const published = figures(seedPart3());
    expect(published.size).toBeGreaterThan(40);
    const generated = figures(text);
    const absent = [...published].filter((f) => !generated.has(f));
    expect(absent).toEqual([]);
  });

  it('prints the figures the issue lists, amounts always with separators and two places', () => {
    for (const figure of ['4,510.52万元', '4,052.12万元', '458.40万元', '553.02万元', '13.97%', '89.84%', '10.16%', '33.41%', '66.59%',
      '189.52万元', '4.91%', '5.32%', '1.53%', '2.92%', '90.23%', '1,387.48万元', '119.52万元', '3.66万元', '0.06万元', '0.58万元',
      '0.07万元', '3.08万元', '0.01万元', '94.18万元', '25.34万元', '26.91%', '15.00万元', '2辆', '900平方米', '240.00万元']) {
      expect(text).toContain(figure);
    }
    expect(text).not.toMatch(/(^|[^\d,.])\d{4,}(\.\d+)?万元/u);
  });

  it('leaves a placeholder only for the reason the seed does not give, with a finding naming its 参数 cell', () => {
    const placeholders = sentencesOf(narrative).flatMap((s) => s.placeholders);
    expect(placeholders).toEqual(['【待填写：一般公共预算当年支出变动原因】']);
    expect(narrative.findings).toEqual([
      expect.objectContaining({ rule: 'narrative.missingInput', sheet: '参数', cell: defaultParamCell('reason.generalPublicCurrent').cell }),
    ]);
  });

  it('writes clean punctuation', () => {
    expect(text).not.toMatch(/[。；，][。；，]/u);
  });

  it('gives the same text byte for byte on every run, and from a workbook in 元', () => {
    expect(renderNarrative(narrativeOf(buildSeedWorkbook()))).toBe(text);
    expect(renderNarrative(narrativeOf(buildSeedWorkbook({ unit: '元' }), '元'))).toBe(text);
  });

  it('keeps with every number the cells it came from', () => {
    const rate = sentencesOf(narrative)[0]!.numbers.find((n) => n.text === '13.97%')!;
    expect(rate.sources).toEqual([
      { sheet: built.cellOf(1, '收入总计', 1).sheet, cell: built.cellOf(1, '收入总计', 1).cell },
      defaultParamCell('lastYear.incomeTotal'),
    ]);
    for (const sentence of sentencesOf(narrative)) for (const n of sentence.numbers) expect(n.sources.length).toBeGreaterThan(0);
  });

  it.each([
    ['公务接待费', 10, '公务接待费', 1, 0.68],
    ['人员经费', 6, '合计', 3, 1388.48],
    ['卫生健康支出 in table 5', 5, '210', 2, 61.95],
    ['收入总计', 1, '收入总计', 1, 4510.62],
  ])('changes exactly the sentences that use %s when that figure changes', (_, table, row, col, value) => {
    const cell = built.cellOf(table, row, col);
    const changed = narrativeOf(mutateSeedCell(built, table, row, col, value));
    const before = new Map(sentencesOf(narrative).map((s) => [s.id, s]));
    const uses = (s: Sentence) => s.numbers.some((n) => n.sources.some((src) => src.sheet === cell.sheet && src.cell === cell.cell));
    const differing = sentencesOf(changed).filter((s) => s.text !== before.get(s.id)!.text).map((s) => s.id);
    const using = sentencesOf(narrative).filter(uses).map((s) => s.id);
    expect(using.length).toBeGreaterThan(0);
    expect(differing).toEqual(using);
  });
});

describe('generateNarrative sources, cell by cell', () => {
  const built = buildSeedWorkbook();
  const narrative = narrativeOf(built);
  const sentences = sentencesOf(narrative);
  const key = (ref: { sheet: string; cell: string }) => `${ref.sheet}!${ref.cell}`;
  const tableCells = [...new Set(sentences.flatMap((s) => s.numbers.flatMap((n) => n.sources.filter((r) => r.sheet !== '参数').map(key))))];

  it('uses dozens of table cells', () => {
    expect(tableCells.length).toBeGreaterThan(30);
  });

  it('changes, for every table cell it uses, exactly the sentences whose numbers come from that cell', () => {
    const byAddress = new Map(built.tables.flatMap((t) => t.cells.flatMap((row, r) => row.map((place, c) => [key(place), { table: t.number, r, c }] as const))));
    for (const address of tableCells) {
      const at = byAddress.get(address)!;
      const grid = built.workbook.find((g) => g.name === address.split('!')[0])!;
      const { row, col } = built.table(at.table).cells[at.r]![at.c]!;
      const old = grid.values[row]?.[col];
      const changed = sentencesOf(narrativeOf(mutateSeedCell(built, at.table, at.r, at.c, (typeof old === 'number' ? old : 0) + 1.11)));
      const differing = changed.filter((s, i) => s.text !== sentences[i]!.text).map((s) => s.id);
      const using = sentences.filter((s) => s.numbers.some((n) => n.sources.some((r) => key(r) === address))).map((s) => s.id);
      expect({ address, differing }).toEqual({ address, differing: using });
    }
  });

  it('changes, for every 参数 value, exactly the sentences that use it (in a figure or in the wording)', () => {
    const params = sampleParams();
    const base = factsFromTables(typedSeedTables(built));
    for (const [id, value] of Object.entries(params)) {
      // The year is part of the wording (2024年度…, 截至2023年…), not a figure with a source.
      if (typeof value === 'string' || id === 'year') continue;
      const changed = sentencesOf(generateNarrative(base, { ...params, [id]: value.plus(1) }));
      const cell = key(defaultParamCell(id));
      const differing = changed.filter((s, i) => s.text !== sentences[i]!.text).map((s) => s.id);
      const using = sentences.filter((s) => [...s.numbers.flatMap((n) => n.sources), ...s.wordingSources].some((r) => key(r) === cell)).map((s) => s.id);
      expect({ id, differing }).toEqual({ id, differing: using });
    }
  });
});

describe('generateNarrative wording', () => {
  const base = factsFromTables(typedSeedTables(buildSeedWorkbook()));
  const withOperating = (value: string): NarrativeFacts => ({ ...base, operating: { value: new Decimal(value), sources: base.operating!.sources } });
  const section8 = (facts: NarrativeFacts, params = sampleParams()) =>
    sentencesOf(generateNarrative(facts, params)).find((s) => s.id === '八.1')!;

  it.each([
    ['94.18', '与上年持平'],
    ['90.00', '比上年预算94.18万元减少4.18万元，下降4.44%'],
    ['119.52', '比上年预算94.18万元增加25.34万元，增长26.91%'],
  ])('describes 机关运行经费 of %s against last year\'s 94.18 as “%s”', (value, words) => {
    expect(section8(withOperating(value)).text).toContain(words);
  });

  it('writes 新增 without a rate when last year was zero', () => {
    const sentence = section8(base, { ...sampleParams(), 'lastYear.operating': new Decimal(0) });
    expect(sentence.text).toContain('比上年预算0万元新增119.52万元，主要原因是');
    expect(sentence.numbers.some((n) => n.kind === 'percent')).toBe(false);
  });

  it('asks for the reason when an amount changed and none is given', () => {
    const params = { ...sampleParams() };
    delete (params as Record<string, unknown>)['reason.operating'];
    const sentence = section8(base, params);
    expect(sentence.text).toContain('主要原因是【待填写：机关运行经费变动原因】。');
    expect(sentence.findings[0]).toMatchObject({ rule: 'narrative.missingInput', cell: defaultParamCell('reason.operating').cell });
  });

  it('drops the typed reason\'s own full stop so that no "。；" or "。。" appears', () => {
    const params = { ...sampleParams(), 'reason.reception': '压缩“三公”经费预算。' };
    const text = renderNarrative(generateNarrative(base, params));
    expect(text).toContain('压缩“三公”经费预算；公务用车购置及运行费');
  });

  it('without any 参数 gives placeholders and findings, and no change stated', () => {
    const narrative = generateNarrative(base);
    const text = renderNarrative(narrative);
    expect(text).toContain('【待填写：上年收入总计】');
    expect(text).not.toMatch(/比上年(增加|减少|新增)/u);
    expect(text).toContain('2024年度阳城县应急管理局预算收入总计4,510.52万元');
    expect(narrative.findings.length).toBeGreaterThan(20);
    expect(narrative.findings.every((f) => f.rule === 'narrative.missingInput' && f.sheet === '参数')).toBe(true);
  });

  it('asks for a figure whose table is missing instead of inventing one', () => {
    const facts: NarrativeFacts = { ...base, threePublic: {} };
    const narrative = generateNarrative(facts, sampleParams());
    expect(renderNarrative(narrative)).toContain('“三公”经费预算【待填写：“三公”经费合计】');
    expect(narrative.findings.some((f) => f.rule === 'narrative.missingFigure')).toBe(true);
  });
});

describe('renderNarrative and chartSpecs', () => {
  const facts = factsFromTables(typedSeedTables(buildSeedWorkbook()));

  it('renders markdown with the part title, section headings and the charts as tables', () => {
    const md = renderNarrative(generateNarrative(facts, sampleParams()), 'markdown');
    expect(md.startsWith('# 第三部分 2024年度部门预算情况说明\n')).toBe(true);
    expect(md).toContain('## 七、“三公”经费增减变动原因说明');
    expect(md).toContain('| 灾害防治及应急管理支出 | 3,656.23 |');
  });

  it('gives the two charts of the seed with values as decimal strings', () => {
    const [structure, threePublic] = chartSpecs(facts);
    expect(structure).toMatchObject({ kind: 'pie', title: '一般公共预算当年拨款结构图', categories: ['社会保障和就业支出', '卫生健康支出', '住房保障支出', '灾害防治及应急管理支出'] });
    expect(structure!.values).toEqual(facts.generalPublic.classes.map((c) => c.value.toFixed(2)));
    expect(threePublic).toMatchObject({ kind: 'bar', title: '三公经费分布图', categories: ['因公出国（境）费', '公务接待费', '公务用车购置及运行费'], values: ['0.00', '0.58', '3.08'] });
  });
});
