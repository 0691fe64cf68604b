import { Decimal } from '../../../src/core/amount';
import {
  acceptFinding,
  formatFindingAmount,
  makeFinding,
  MessageTemplateError,
  renderMessage,
  summarize,
  type Finding,
} from '../../../src/core/rules/finding';

const base: Finding = {
  rule: 'coded.hierarchy',
  severity: 'info',
  sheet: '表2',
  cell: 'C21',
  message: '尾差',
  compared: [{ sheet: '表2', cell: 'C22' }],
};

describe('renderMessage', () => {
  it('fills every named slot', () => {
    expect(renderMessage('{table} {row}：合计 {actual}', { table: '表3', row: '22401 应急管理事务', actual: '2,837.01' })).toBe(
      '表3 22401 应急管理事务：合计 2,837.01',
    );
  });

  it('refuses a template whose slot has no value, naming the slot', () => {
    expect(() => renderMessage('{table} {row}', { table: '表3' })).toThrow(MessageTemplateError);
    expect(() => renderMessage('{table} {row}', { table: '表3' })).toThrow(/\{row\}/);
  });
});

describe('formatFindingAmount', () => {
  it.each([
    ['2837.01', '2,837.01'],
    ['-0.01', '-0.01'],
    ['4510', '4,510.00'],
    ['0.015', '0.015'],
  ])('formats %s as %s', (value, text) => {
    expect(formatFindingAmount(new Decimal(value))).toBe(text);
  });
});

describe('findings are immutable values', () => {
  it('cannot be edited once made', () => {
    const finding = makeFinding(base);
    expect(Object.isFrozen(finding)).toBe(true);
    expect(Object.isFrozen(finding.compared)).toBe(true);
    expect(() => {
      (finding as { severity: string }).severity = 'error';
    }).toThrow(TypeError);
  });

  it('accepting makes a new finding and leaves the original as it was', () => {
    const finding = makeFinding({ ...base, severity: 'warning' });
    const accepted = acceptFinding(finding, '含事业单位，机关运行经费口径不同');
    expect(accepted.accepted).toEqual({ note: '含事业单位，机关运行经费口径不同' });
    expect(finding.accepted).toBeUndefined();
  });
});

describe('summarize', () => {
  it('counts by severity and leaves accepted findings out', () => {
    const findings = [
      makeFinding({ ...base, severity: 'error' }),
      makeFinding({ ...base, severity: 'warning' }),
      acceptFinding(makeFinding({ ...base, severity: 'warning' }), '已核实'),
      makeFinding(base),
    ];
    expect(summarize(findings)).toEqual({ error: 1, warning: 1, info: 1 });
  });
});
