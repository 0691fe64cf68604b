import { NotOwnSheetError, writeOwnSheet } from '../../src/excel/own-sheet';
import { layOutGrids } from '../../src/excel/layout';
import { readWorkbook } from '../../src/excel/read';
import { checkWorkbook } from '../../src/core/check';
import { ACCEPTANCE_SHEET, acceptanceFor, acceptanceSheet } from '../../src/core/rules/acceptances';
import { layoutWorkbook } from '../../src/core/templates';
import { sampleDisclosure } from '../../src/core/sample';
import { FakeWorkbook } from '../support/fake-excel';

async function sampleBook(): Promise<FakeWorkbook> {
  const book = new FakeWorkbook();
  await book.run((context) => layOutGrids(context, layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sampleDisclosure() })));
  return book;
}

describe('writeOwnSheet', () => {
  it('keeps an accepted finding in the hidden 校验说明 sheet, so the next check reads it as accepted', async () => {
    const book = await sampleBook();
    const first = checkWorkbook(await book.run((context) => readWorkbook(context)));
    const finding = first.findings.find((f) => f.severity !== 'error')!;
    const context = book.context();
    await writeOwnSheet(context, acceptanceSheet([acceptanceFor(finding, '系统导出数据四舍五入所致', '2024-02-01')]));
    expect(context.syncCount).toBe(2);
    expect(book.sheet(ACCEPTANCE_SHEET).visibility).toBe('Hidden');
    const again = checkWorkbook(await book.run((context) => readWorkbook(context)));
    const same = again.findings.find((f) => f.rule === finding.rule && f.sheet === finding.sheet && f.cell === finding.cell);
    expect(same?.accepted).toEqual({ note: '系统导出数据四舍五入所致' });
  });

  it('replaces the whole earlier content, leaving no stale rows', async () => {
    const book = await sampleBook();
    const row = { rule: 'r', sheet: '表2 收入总表', cell: 'C8', note: '说明', date: '2024-02-01' };
    await book.run((context) => writeOwnSheet(context, acceptanceSheet([row, { ...row, cell: 'C9' }])));
    await book.run((context) => writeOwnSheet(context, acceptanceSheet([row])));
    expect(book.sheet(ACCEPTANCE_SHEET).valuesFromA1()).toHaveLength(2);
  });

  it('refuses to rewrite a sheet the add-in does not own', async () => {
    const book = await sampleBook();
    const context = book.context();
    await expect(writeOwnSheet(context, { name: '表1 收支总表', values: [['x']], merges: [] })).rejects.toThrow(NotOwnSheetError);
    expect(context.syncCount).toBe(0);
  });
});
