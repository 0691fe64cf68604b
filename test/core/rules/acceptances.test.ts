import { Decimal } from '../../../src/core/amount';
import { checkWorkbook } from '../../../src/core/check';
import {
  ACCEPTANCE_SHEET,
  AcceptanceError,
  acceptanceFor,
  acceptanceSheet,
  applyAcceptances,
  readAcceptances,
  withAcceptance,
} from '../../../src/core/rules/acceptances';
import { makeFinding } from '../../../src/core/rules/finding';
import { buildSeedWorkbook, mutateSeedCell } from '../../support/seedGrids';

/** The seed with 表11 部门合计 off 表6 公用经费: the 提示 cross.operatingPublicUse fires. */
function seedWithOperatingWarning() {
  const seed = buildSeedWorkbook();
  const place = seed.cellOf(11, '部门合计', 1);
  const grid = seed.workbook.find((g) => g.name === place.sheet)!;
  const printed = new Decimal(grid.values[place.row]![place.col] as number);
  // move the whole of 表11 (部门合计 and the unit's line, every column) so that only the cross-table warning remains
  let built = seed;
  for (const row of ['部门合计', '阳城县应急管理局']) {
    for (const col of [1, 2]) built = mutateSeedCell(built, 11, row, col, printed.plus('10').toNumber());
  }
  return { built, place };
}

describe('acceptances stored in the workbook', () => {
  it('round-trip through the hidden _校验说明 sheet', () => {
    const acceptance = { rule: 'cross.operatingPublicUse', sheet: '表11', cell: 'B5', note: '含事业单位', date: '2024-02-01' };
    const sheet = acceptanceSheet([acceptance]);
    expect(sheet.name).toBe(ACCEPTANCE_SHEET);
    expect(sheet.hidden).toBe(true);
    expect(sheet.values[0]).toEqual(['规则', '工作表', '单元格', '说明', '日期']);
    expect(readAcceptances([sheet])).toEqual([acceptance]);
  });

  it('skips rows without a 说明 and reads none from a workbook without the sheet', () => {
    const sheet = { name: ACCEPTANCE_SHEET, values: [['规则', '工作表', '单元格', '说明', '日期'], ['x.rule', '表1', 'A1', '', '2024-01-01']], merges: [] };
    expect(readAcceptances([sheet])).toEqual([]);
    expect(readAcceptances(buildSeedWorkbook().workbook)).toEqual([]);
  });

  it('an accepted warning is shown as accepted, not re-raised, and not counted', () => {
    const { built, place } = seedWithOperatingWarning();
    const before = checkWorkbook(built.workbook);
    const warning = before.findings.find((f) => f.rule === 'cross.operatingPublicUse' && f.cell === place.cell);
    expect(warning?.severity).toBe('warning');
    expect(before.summary.warning).toBe(1);

    const stored = acceptanceSheet([acceptanceFor(warning!, '本部门含事业单位，机关运行经费与公用经费口径不同', '2024-02-01')]);
    const after = checkWorkbook([...built.workbook, stored]);
    const same = after.findings.find((f) => f.rule === 'cross.operatingPublicUse' && f.cell === place.cell);
    expect(same?.accepted).toEqual({ note: '本部门含事业单位，机关运行经费与公用经费口径不同' });
    expect(after.summary.warning).toBe(0);
    expect(after.recognition.tables).toHaveLength(13);
  });

  it('never accepts an error (强制): it must be corrected', () => {
    const error = makeFinding({ rule: 'coded.hierarchy', severity: 'error', sheet: '表2', cell: 'C21', message: '…' });
    expect(() => acceptanceFor(error, '理由', '2024-02-01')).toThrow(AcceptanceError);
    const stored = [{ rule: 'coded.hierarchy', sheet: '表2', cell: 'C21', note: '理由', date: '2024-02-01' }];
    expect(applyAcceptances([error], stored)[0]?.accepted).toBeUndefined();
  });

  it('refuses an acceptance without a 说明, and a later acceptance replaces an earlier one', () => {
    const warning = makeFinding({ rule: 'cross.operatingPublicUse', severity: 'warning', sheet: '表11', cell: 'b5', message: '…' });
    expect(() => acceptanceFor(warning, '  ', '2024-02-01')).toThrow(AcceptanceError);
    const first = acceptanceFor(warning, '第一次说明', '2024-02-01');
    const second = acceptanceFor(warning, '第二次说明', '2024-02-03');
    expect(withAcceptance([first], second)).toEqual([second]);
  });
});
