import { describeChange } from '../../../src/core/format/change';
import { loadSeedText } from '../../support/seed';
import { Decimal } from '../../../src/core/amount';

describe('describeChange (增减变动)', () => {
  it.each([
    ['4510.52', '3957.50', '万元', '增加553.02万元，增长13.97%'],
    ['3957.50', '4510.52', '万元', '减少553.02万元，下降12.26%'],
    ['8.50', '8.50', '万元', '持平'],
    ['8.50', '0', '万元', '新增8.50万元'],
    ['0', '12.00', '万元', '减少12.00万元，下降100.00%'],
    ['0', '0', '万元', '持平'],
    ['8.501', '8.50', '万元', '持平'],
    ['8.496', '8.50', '万元', '持平'],
    ['8.505', '8.50', '万元', '增加0.01万元，增长0.06%'],
    ['1234567.8', '1000000', '元', '增加234,567.80元，增长23.46%'],
    ['1234567.8', '-1000000', '元', undefined],
  ])('describes %s against %s (%s) as %p', (current, prior, unit, text) => {
    const wording = describeChange(current, prior, unit as '万元' | '元');
    expect(wording.kind === 'text' ? wording.text : undefined).toBe(text);
  });

  it('refuses a rate over a negative base and a fall from zero, saying why', () => {
    expect(describeChange('-400', '-100')).toEqual({ kind: 'refused', reason: '上年金额为负数（-100.00），无法计算增减幅度' });
    expect(describeChange(-400, -100)).toEqual(describeChange('-400', '-100'));
    expect(describeChange('-5', '0')).toEqual({ kind: 'refused', reason: '上年金额为0而本年为负数，无法计算增减幅度' });
  });

  it('words the seed sentence on 收入总计 as published, from the figures it prints', () => {
    const match = /收入总计([\d,.]+)万元[^。]*?比上年(增加([\d,.]+)万元，增长[\d.]+%)/.exec(loadSeedText());
    expect(match).not.toBeNull();
    const [, total, clause, increase] = match!;
    const current = new Decimal(total!.replace(/,/g, ''));
    const prior = current.minus(increase!.replace(/,/g, ''));
    expect(describeChange(current, prior)).toEqual({ kind: 'text', text: clause });
  });
});
