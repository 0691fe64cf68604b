import { reviewWorkbook } from '../../src/core/review';
import { checkWorkbook } from '../../src/core/check';
import type { CellValue, Grid } from '../../src/core/grid';
import { factsFromTables, generateNarrative, renderNarrative } from '../../src/core/narrative';
import { sampleParams } from '../../src/core/params';
import { prepareReport } from '../../src/core/report';
import { buildSeedWorkbook, mutateSeedCell } from '../support/seedGrids';
import { sampleWorkbook } from '../report/fixture';

/** The sample with its generated 情况说明 on a sheet, one amount of the text changed. */
function sampleWithNarrative(replace: (text: string) => string = (text) => text): Grid[] {
  const sample = sampleWorkbook();
  const text = replace(renderNarrative(generateNarrative(factsFromTables(checkWorkbook(sample).recognition.tables), sampleParams())));
  return [...sample, { name: '情况说明', values: text.split('\n').map((line): CellValue[] => [line]), merges: [] }];
}

describe('reviewWorkbook: one review of tables, 参数 and 情况说明', () => {
  it('finds the seed clean: 0 errors, 0 warnings, its 尾差 as info', () => {
    expect(reviewWorkbook(buildSeedWorkbook().workbook).summary).toEqual({ error: 0, warning: 0, info: 14 });
  });

  it('reports a misstated figure of the 情况说明 in the same list and counts as the tables\' findings', () => {
    const review = reviewWorkbook(sampleWithNarrative((text) => text.replace('4,510.52万元', '4,150.52万元')));
    const stated = review.findings.filter((f) => f.sheet === '情况说明' && f.severity === 'error');
    expect(stated.some((f) => f.message.includes('4,150.52'))).toBe(true);
    expect(review.summary.error).toBe(review.findings.filter((f) => f.severity === 'error' && !f.accepted).length);
    expect(review.narrative).toMatchObject({ source: '情况说明', given: false, coverage: { unbound: 0 } });
    expect(review.narrative?.coverage.checked).toBeGreaterThan(100);
  });

  it('checks a text given apart from the workbook instead of the one it holds', () => {
    const review = reviewWorkbook(sampleWorkbook(), { narrative: { name: '说明.txt', text: '2024年收入总计4,150.52万元。' } });
    expect(review.narrative).toEqual({ source: '说明.txt', given: true, coverage: { figures: 1, checked: 1, unverifiable: 0, unbound: 0 } });
    expect(review.findings.some((f) => f.sheet === '说明.txt' && f.severity === 'error')).toBe(true);
  });

  it('gives the report\'s appendix the same findings as the review', () => {
    const built = buildSeedWorkbook();
    const doctored = mutateSeedCell(built, 3, '22401', 2, 2837.5);
    const review = reviewWorkbook(doctored.workbook);
    const prepared = prepareReport(doctored.workbook, { review: true });
    expect(prepared.review.summary).toEqual(review.summary);
    expect(prepared.review.findings.map((f) => f.message)).toEqual(review.findings.map((f) => f.message));
    expect(review.summary.error).toBeGreaterThan(0);
  });

  it('records every tie-out as a relation over cells, the ones that hold and the broken ones with their finding', () => {
    const built = buildSeedWorkbook();
    const clean = reviewWorkbook(built.workbook);
    expect(clean.relations.length).toBeGreaterThan(300);
    expect([...new Set(clean.relations.map((r) => r.rule))]).toEqual(expect.arrayContaining(['coded.hierarchy', 'cross.sameQuantity', 'summary.balance']));
    expect(clean.relations.every((r) => r.status !== 'mismatch')).toBe(true);
    const doctored = reviewWorkbook(mutateSeedCell(built, 3, '22401', 2, 2837.5).workbook);
    const broken = doctored.relations.filter((r) => r.status === 'mismatch');
    expect(broken.length).toBeGreaterThan(0);
    // The review's finding is the rule's, with the suspect that explains it (`cause`) added.
    const withoutCause = doctored.findings.map(({ cause: _, ...finding }) => finding);
    for (const relation of broken) expect(withoutCause).toContainEqual(relation.finding);
    // The relations are recorded only when read; each broken one still explains, through the one
    // suspect cell, the finding the review shows for it.
    expect(doctored.suspects).toHaveLength(1);
    const explained = doctored.suspects[0]!.explains.map((index) => doctored.findings[index]);
    for (const relation of broken) expect(explained).toContainEqual({ ...relation.finding, cause: 0 });
  });
});
