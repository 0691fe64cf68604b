/**
 * 真实公开文本 — the four real Shanghai disclosures of data/corpus, turned into the workbooks their
 * departments would hold (test/support/corpus.ts), reviewed as a user reviews them (`reviewWorkbook`),
 * against what data/corpus/expected.json says a checker must report (issue 13, "Done when" → Corpus).
 *
 * expected.json's `_doc`: a `must_catch` item is caught by an error or warning containing every one of
 * its strings (thousands separators removed on both sides) in its message, expected, actual, cell or
 * table; a `rounding` item is only ever info; a `no_error_on` figure is in no error; any other error
 * is presumed false.
 *
 * The 情况说明 sheet is the narrative checker's (issue 12): its findings are left out here, and so are
 * the must_catch items that are about the published text rather than the tables (NARRATIVE_ITEMS;
 * test/corpus-real/narrative.test.ts holds the text to them).
 */
import type { TableKind } from '../../src/core/kinds';
import { reviewWorkbook } from '../../src/core/review';
import { CORPUS_FILES, corpusWorkbook, describeFinding, loadCorpusDocument, loadCorpusExpectations, mentions, NARRATIVE_ITEMS, NARRATIVE_SHEET, serious } from '../support/corpus';

/** The kind of each table, in document order, read off its printed title. */
const KINDS: Record<(typeof CORPUS_FILES)[number], readonly TableKind[]> = {
  'sh-putuo-commerce-budget-2025.json': budgetNine(),
  'sh-putuo-sifaju-budget-2026.json': budgetNine(),
  'sh-putuo-sifaju-unit-budget-2026.json': budgetNine(),
  'sh-putuo-czj-final-2024.json': [
    'final.summary', // 收入支出决算总表
    'final.income', // 收入决算表
    'final.expenditure', // 支出决算表
    'final.fiscalSummary', // 财政拨款收入支出决算总表
    'final.generalPublic', // 一般公共预算财政拨款支出决算表
    'final.basicEconomic', // 一般公共预算财政拨款基本支出决算表
    'final.threePublic', // 财政拨款“三公”经费支出决算表
    'final.fund', // 政府性基金预算财政拨款收入支出决算表
    'final.stateCapital', // 国有资本经营预算财政拨款收入支出决算表
  ],
};

/** The Shanghai 9-table budget, as its titles name the tables. */
function budgetNine(): TableKind[] {
  return [
    'budget.summary', // 财务收支预算总表
    'budget.income', // 收入预算总表
    'budget.expenditure', // 支出预算总表
    'budget.fiscalSummary', // 财政拨款收支预算总表
    'budget.generalPublic', // 一般公共预算支出功能分类预算表
    'budget.fundExpenditure', // 政府性基金预算支出功能分类预算表
    'budget.stateCapital', // 国有资本经营预算支出功能分类预算表
    'budget.basicEconomic', // 一般公共预算基本支出部门预算经济分类预算表
    'budget.threePublicAndOperating', // “三公”经费和机关运行经费预算表
  ];
}


const expectations = loadCorpusExpectations();

describe.each(CORPUS_FILES)('the real disclosure %s', (file) => {
  const doc = loadCorpusDocument(file);
  const review = reviewWorkbook(corpusWorkbook(doc));
  const onTables = review.findings.filter((finding) => finding.sheet !== NARRATIVE_SHEET);
  const expected = expectations[file]!;
  const tableItems = expected.must_catch.filter((item) => !(item.id in NARRATIVE_ITEMS));

  it('has every table recognised with the kind its title names, and nothing left unrecognised', () => {
    expect(review.recognition.tables.map((table) => table.kind)).toEqual(KINDS[file]);
    expect(review.recognition.tables.map((table) => table.title)).toEqual(Object.keys(doc.tables));
    expect(review.recognition.unrecognized).toEqual([]);
    expect(review.recognition.family).toBe(doc.kind === 'final' ? 'final9' : 'budget9');
  });

  it('reports each published table error it must catch as an error or a warning', () => {
    const missed = tableItems.filter((item) => !onTables.some((finding) => serious(finding) && mentions(finding, item.match)));
    expect(missed.map((item) => `${item.id}: ${item.what}`)).toEqual([]);
  });

  it('reports every 尾差 only as info', () => {
    const wrong = expected.rounding.flatMap((item) => onTables.filter((finding) => mentions(finding, item.match) && finding.severity !== 'info'));
    expect(wrong.map(describeFinding)).toEqual([]);
  });

  it('makes no error of a figure that is right', () => {
    const wrong = expected.no_error_on.flatMap((match) => onTables.filter((finding) => finding.severity === 'error' && mentions(finding, match)));
    expect(wrong.map(describeFinding)).toEqual([]);
  });

  it('has no error or warning on the tables but those the published errors explain', () => {
    const unexplained = onTables.filter((finding) => serious(finding) && !tableItems.some((item) => mentions(finding, item.match)));
    expect(unexplained.map(describeFinding)).toEqual([]);
  });
});

describe('the corpus as a whole', () => {
  const all = CORPUS_FILES.map((file) => reviewWorkbook(corpusWorkbook(loadCorpusDocument(file))));

  it('recognises all 36 tables of the four documents', () => {
    expect(all.reduce((count, review) => count + review.recognition.tables.length, 0)).toBe(36);
  });

  it('sorts every must_catch item either to the tables or to the text, and the tables hold two', () => {
    const ids = CORPUS_FILES.flatMap((file) => expectations[file]!.must_catch.map((item) => item.id));
    expect(Object.keys(NARRATIVE_ITEMS).every((id) => ids.includes(id))).toBe(true);
    expect(ids.filter((id) => !(id in NARRATIVE_ITEMS)).sort()).toEqual(['su-row', 'su-split']);
  });

  it('reports the 尾差 the notes find in the tables, as info at the cell that prints it', () => {
    const final = all[CORPUS_FILES.indexOf('sh-putuo-czj-final-2024.json')]!;
    const unit = all[CORPUS_FILES.indexOf('sh-putuo-sifaju-unit-budget-2026.json')]!;
    const rounding = (review: (typeof all)[number], id: string) => {
      const file = CORPUS_FILES[all.indexOf(review)]!;
      const item = expectations[file]!.rounding.find((r) => r.id === id)!;
      return review.findings.filter((finding) => finding.sheet !== NARRATIVE_SHEET && mentions(finding, item.match));
    };
    for (const id of ['cz-sum1', 'cz-sum2', 'cz-sum3', 'cz-301', 'cz-302']) {
      expect(rounding(final, id).length).toBeGreaterThan(0);
      expect(rounding(final, id).every((finding) => finding.severity === 'info' && finding.message.includes('尾差'))).toBe(true);
    }
    expect(rounding(unit, 'su-int').map((finding) => `${finding.sheet}!${finding.cell}`)).toEqual(
      expect.arrayContaining(['表1 预算单位财务收支预算总表!D18', '表3 预算单位支出预算总表!E27', '表5 预算单位一般公共预算支出功能分类预算表!E27']),
    );
  });
});
