import { Decimal } from '../../../src/core/amount';
import type { Grid } from '../../../src/core/grid';
import { cellAt, cellText, fromA1 } from '../../../src/core/grid';
import {
  PARAM_FIELDS,
  PARAM_GROUPS,
  defaultParamCell,
  paramField,
  paramsSheet,
  readParams,
  sampleParams,
  UnknownParamError,
} from '../../../src/core/params';

function withValue(grid: Grid, id: string, value: string | number): Grid {
  const { row, col } = fromA1(defaultParamCell(id).cell);
  const values = grid.values.map((r) => [...r]);
  values[row]![col] = value;
  return { ...grid, values };
}

describe('参数 declaration', () => {
  it('gives every field a unique id and label, a note and a group', () => {
    expect(new Set(PARAM_FIELDS.map((f) => f.id)).size).toBe(PARAM_FIELDS.length);
    expect(new Set(PARAM_FIELDS.map((f) => f.label)).size).toBe(PARAM_FIELDS.length);
    for (const field of PARAM_FIELDS) expect(field.note.length).toBeGreaterThan(0);
  });

  it('lets no alias stand for two fields or shadow another field\'s label', () => {
    const labels = PARAM_FIELDS.flatMap((f) => [f.label, ...(f.aliases ?? [])]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('opens with the 概况 group: 部门职责 and 机构设置情况 as multi-line texts', () => {
    expect(PARAM_GROUPS[0]).toBe('概况');
    expect(PARAM_FIELDS.filter((f) => f.group === '概况').map((f) => [f.id, f.label, f.type, f.multiline])).toEqual([
      ['profile.duties', '部门职责', 'text', true],
      ['profile.organisation', '机构设置情况', 'text', true],
    ]);
  });

  it('throws a typed error for an undeclared field id', () => {
    expect(() => paramField('lastYear.nothing')).toThrow(UnknownParamError);
  });
});

describe('参数 sheet', () => {
  it('lays out a Chinese label, the value and a note on each field row', () => {
    const grid = paramsSheet();
    expect(grid.name).toBe('参数');
    const { row } = fromA1(defaultParamCell('lastYear.incomeTotal').cell);
    expect(cellText(cellAt(grid, row, 0))).toBe('上年收入总计');
    expect(cellAt(grid, row, 1)).toBeNull();
    expect(cellText(cellAt(grid, row, 2))).toContain('万元');
  });

  it('reads back exactly the values it was laid out with', () => {
    const sample = sampleParams();
    const read = readParams([paramsSheet(sample)]);
    expect(read.findings).toEqual([]);
    expect(Object.keys(read.values).sort()).toEqual(Object.keys(sample).sort());
    for (const [id, value] of Object.entries(sample)) {
      const back = read.values[id];
      if (typeof value === 'string') expect(back).toBe(value);
      else expect((back as Decimal).equals(value)).toBe(true);
    }
    expect(read.sources['lastYear.incomeTotal']).toEqual(defaultParamCell('lastYear.incomeTotal'));
  });

  it('keeps the seed\'s 职责 and 机构设置 whole, line breaks included, through the sheet and back', () => {
    const sample = sampleParams();
    const grid = paramsSheet(sample);
    const duties = sample['profile.duties'] as string;
    expect(duties.split('\n').length).toBeGreaterThan(10);
    const { row } = fromA1(defaultParamCell('profile.duties').cell);
    expect(cellAt(grid, row, 1)).toBe(duties);
    expect(grid.styles).toContainEqual({ range: { top: row, left: 0, bottom: row, right: 2 }, style: { border: true, wrap: true, vertical: 'top' } });
    const read = readParams([grid]);
    expect(read.values['profile.duties']).toBe(duties);
    expect(read.values['profile.organisation']).toBe(sample['profile.organisation']);
  });

  it('reads a text typed with Windows line breaks as one paragraph a line', () => {
    const read = readParams([withValue(paramsSheet(), 'profile.organisation', '  内设综合办公室。\r\n下设救援中心。\r\n')]);
    expect(read.values['profile.organisation']).toBe('内设综合办公室。\n下设救援中心。');
  });

  it('reads a user\'s own labels for 职责 and 机构设置, with a numbering or a colon', () => {
    const grid: Grid = {
      name: '参数',
      values: [
        ['项目', '内容'],
        ['一、本部门职责：', '负责应急管理工作。\n组织编制应急预案。'],
        ['机构设置', '内设职能部门共七个。'],
      ],
      merges: [],
    };
    const read = readParams([grid]);
    expect(read.values).toEqual({ 'profile.duties': '负责应急管理工作。\n组织编制应急预案。', 'profile.organisation': '内设职能部门共七个。' });
    expect(read.sources['profile.duties']).toEqual({ sheet: '参数', cell: 'B2' });
  });

  it('stores last year\'s 收入总计 as 4,510.52 less the stated increase of 553.02', () => {
    expect((sampleParams()['lastYear.incomeTotal'] as Decimal).toFixed(2)).toBe('3957.50');
    expect((sampleParams()['lastYear.threePublic'] as Decimal).toFixed(2)).toBe('3.72');
  });

  it('reads amounts typed as text with separators, and converts a value marked 元 to 万元', () => {
    let grid = withValue(paramsSheet(), 'lastYear.incomeTotal', '3,957.50');
    grid = withValue(grid, 'lastYear.operating', '941800元');
    const read = readParams([grid]);
    expect((read.values['lastYear.incomeTotal'] as Decimal).toString()).toBe('3957.5');
    expect((read.values['lastYear.operating'] as Decimal).toString()).toBe('94.18');
  });

  it.each([
    ['lastYear.incomeTotal', '三千九百万', '不是金额'],
    ['vehicles.quota', '2.5', '应为整数'],
    ['assets.floorArea', '-3', '不小于0'],
    ['unitType', '企业', '行政单位'],
  ])('reports a bad value for %s as a finding naming its cell, and leaves the field absent', (id, typed, words) => {
    const read = readParams([withValue(paramsSheet(), id, typed)]);
    expect(read.values[id]).toBeUndefined();
    expect(read.findings).toHaveLength(1);
    expect(read.findings[0]).toMatchObject({ rule: 'params.invalidValue', sheet: '参数', cell: defaultParamCell(id).cell });
    expect(read.findings[0]!.message).toContain(words);
  });

  it('reads area and counts written with their units', () => {
    let grid = withValue(paramsSheet(), 'assets.floorArea', '900平方米');
    grid = withValue(grid, 'vehicles.quota', '2辆');
    const read = readParams([grid]);
    expect((read.values['assets.floorArea'] as Decimal).toNumber()).toBe(900);
    expect((read.values['vehicles.quota'] as Decimal).toNumber()).toBe(2);
  });

  it('finds nothing in a workbook without a 参数 sheet', () => {
    expect(readParams([{ name: '表1', values: [['x']], merges: [] }])).toEqual({ values: {}, sources: {}, findings: [] });
  });
});
