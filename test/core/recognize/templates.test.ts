/** Our own layouts (src/core/templates) must be recognised like any user's workbook. */
import { recognizeWorkbook } from '../../../src/core/recognize';
import { sampleDisclosure } from '../../../src/core/sample';
import { FAMILIES, layoutWorkbook } from '../../../src/core/templates';

describe('recognizeWorkbook on the templates’ layouts', () => {
  const sample = sampleDisclosure();
  const expectedKinds = FAMILIES.budget13.tables.map((t) => t.kind);

  it.each([
    ['the sample in 万元 with one code column', '万元', 'single'],
    ['the sample in 元 with 类/款/项 columns', '元', 'split'],
  ] as const)('recognises every table of %s, with no problems', (_, unit, codeLayout) => {
    const grids = layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit, codeLayout, data: sample.data });
    const recognition = recognizeWorkbook(grids);
    expect(recognition.tables.map((t) => t.kind)).toEqual(expectedKinds);
    expect(recognition.tables.every((t) => t.unit === unit)).toBe(true);
    expect(recognition.unrecognized).toEqual([]);
    expect(recognition.problems).toEqual([]);
  });

  it('recognises every table of the blank template', () => {
    const grids = layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: '万元', codeLayout: 'single' });
    const recognition = recognizeWorkbook(grids);
    expect(recognition.tables.map((t) => t.kind)).toEqual(expectedKinds);
    expect(recognition.unrecognized).toEqual([]);
  });
});
