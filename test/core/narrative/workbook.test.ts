import { fromA1 } from '../../../src/core/grid';
import type { Grid } from '../../../src/core/grid';
import { checkWorkbookNarrative, narrativeOfWorkbook, renderNarrative } from '../../../src/core/narrative';
import { defaultParamCell, paramsSheet, sampleParams } from '../../../src/core/params';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { buildSeedWorkbook } from '../../support/seedGrids';
import { seedPart3 } from './seedText';

const seed = buildSeedWorkbook().workbook;
const tables = recognizeWorkbook(seed).tables;

/** A sheet named 情况说明 holding `text` one line per row in column A. */
function narrativeSheet(text: string): Grid {
  return { name: '情况说明', values: text.split('\n').map((line) => [line]), merges: [] };
}

describe('narrativeOfWorkbook', () => {
  it('uses the 参数 sheet of the workbook and points missing inputs at its cells', () => {
    const { narrative, findings } = narrativeOfWorkbook([...seed, paramsSheet(sampleParams())], tables);
    expect(renderNarrative(narrative)).toContain('比上年增加553.02万元，增长13.97%');
    expect(findings).toEqual([expect.objectContaining({ rule: 'narrative.missingInput', cell: defaultParamCell('reason.generalPublicCurrent').cell })]);
  });

  it('reports a 参数 value it cannot read and asks for it instead of guessing', () => {
    const params = paramsSheet(sampleParams());
    const { row, col } = fromA1(defaultParamCell('lastYear.operating').cell);
    const values = params.values.map((r) => [...r]);
    values[row]![col] = '九十四';
    const { narrative, findings } = narrativeOfWorkbook([...seed, { ...params, values }], tables);
    expect(findings.map((f) => f.rule)).toEqual(['params.invalidValue', 'narrative.missingInput', 'narrative.missingInput']);
    expect(renderNarrative(narrative)).toContain('【待填写：上年机关运行经费】');
  });
});

describe('checkWorkbookNarrative', () => {
  it('checks the 情况说明 sheet of the workbook and names the cell of the wrong line', () => {
    const doctored = seedPart3().replace('人员经费1,387.48万元', '人员经费1,837.48万元');
    const { findings } = checkWorkbookNarrative([...seed, narrativeSheet(doctored)], tables);
    const line = doctored.split('\n').findIndex((l) => l.includes('1,837.48'));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([expect.objectContaining({ rule: 'narrative.amountMismatch', sheet: '情况说明', cell: `A${line + 1}`, expected: '1,387.48' })]);
  });

  it('checks a text given apart instead, naming it', () => {
    const { findings } = checkWorkbookNarrative(seed, tables, { name: '说明.txt', text: '占89.84' });
    expect(findings).toEqual([expect.objectContaining({ rule: 'narrative.percentWithoutSign', sheet: '说明.txt', cell: '第1行' })]);
  });

  it('finds nothing to check in a workbook without a narrative, and does not take the 参数 sheet for one', () => {
    const nothing = { findings: [], coverage: { figures: 0, checked: 0, unverifiable: 0, unbound: 0 }, figures: [] };
    expect(checkWorkbookNarrative(seed, tables)).toEqual(nothing);
    expect(checkWorkbookNarrative([...seed, paramsSheet(sampleParams())], tables)).toEqual(nothing);
  });
});
