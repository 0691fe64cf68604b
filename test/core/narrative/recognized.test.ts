import { checkNarrative, factsFromTables, generateNarrative, renderNarrative } from '../../../src/core/narrative';
import { sampleParams } from '../../../src/core/params';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { buildSeedWorkbook } from '../../support/seedGrids';
import type { SeedGridOptions } from '../../support/seedGrids';
import { typedSeedTables } from './seedTables';
import { seedPart3 } from './seedText';

const reference = renderNarrative(generateNarrative(factsFromTables(typedSeedTables(buildSeedWorkbook())), sampleParams()));

describe('the 情况说明 from recognised workbooks', () => {
  it.each<[string, SeedGridOptions]>([
    ['one table per sheet', {}],
    ['figures in 元', { unit: '元' }],
    ['codes split into 类 | 款 | 项 as numbers', { codes: 'split', codeType: 'number' }],
    ['all tables on one sheet, offset', { layout: 'oneSheet', offset: { rows: 2, cols: 1 } }],
    ['sheets shuffled', { shuffleSeed: 3 }],
    ['figures typed as text', { figureType: 'text' }],
  ])('is the same text from a workbook with %s', (_, options) => {
    const tables = recognizeWorkbook(buildSeedWorkbook(options).workbook).tables;
    expect(renderNarrative(generateNarrative(factsFromTables(tables), sampleParams()))).toBe(reference);
  });

  it('checks the seed\'s own 第三部分 against the recognised tables without a finding', () => {
    const tables = recognizeWorkbook(buildSeedWorkbook().workbook).tables;
    const { findings, coverage } = checkNarrative(seedPart3(), tables, { params: sampleParams() });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(coverage.checked).toBeGreaterThan(coverage.figures / 2);
  });

  it('points a number at the recognised table cell', () => {
    const built = buildSeedWorkbook();
    const narrative = generateNarrative(factsFromTables(recognizeWorkbook(built.workbook).tables), sampleParams());
    const personnel = narrative.sections[5]!.paragraphs[1]!.sentences[0]!.numbers[0]!;
    const cell = built.cellOf(6, '合计', 3);
    expect(personnel.text).toBe('1,387.48万元');
    expect(personnel.sources).toEqual([{ sheet: cell.sheet, cell: cell.cell }]);
  });
});
