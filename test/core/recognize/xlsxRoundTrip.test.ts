/**
 * A workbook saved as .xlsx and read back (the CLI's path) is recognised exactly as the Grids
 * it was written from: merges, numbers and text survive the file.
 */
import { recognizeWorkbook } from '../../../src/core/recognize';
import { readWorkbookBuffer, writeWorkbookBuffer } from '../../../src/xlsx';
import { buildSeedWorkbook } from '../../support/seedGrids';

describe('recognizeWorkbook after an .xlsx round trip', () => {
  it.each([
    ['the seed workbook', {}],
    ['the seed in 元 with split codes on one sheet', { unit: '元', codes: 'split', layout: 'oneSheet' }],
  ] as const)('recognises %s identically', async (_, options) => {
    const built = buildSeedWorkbook(options);
    const direct = recognizeWorkbook(built.workbook);
    const reread = recognizeWorkbook(await readWorkbookBuffer(await writeWorkbookBuffer(built.workbook)));
    expect(reread.tables).toHaveLength(13);
    expect(JSON.stringify(reread.tables)).toBe(JSON.stringify(direct.tables));
    expect(reread.problems).toEqual(direct.problems);
    expect(reread.unrecognized).toEqual(direct.unrecognized);
  });
});
