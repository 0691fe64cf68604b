import { changeOf, describeChange } from '../../../src/core/format/change';
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
    ['1234567.8', '1000000', '元', '增加234,567.80元，增长23.46%'],
  ])('describes %s against %s (%s) as %p', (current, prior, unit, text) => {
    expect(describeChange(current, prior, unit as '万元' | '元')).toBe(text);
  });

  it('words the seed sentence on 收入总计 as published, from the figures it prints', () => {
    const match = /收入总计([\d,.]+)万元[^。]*?比上年(增加([\d,.]+)万元，增长[\d.]+%)/.exec(loadSeedText());
    expect(match).not.toBeNull();
    const [, total, clause, increase] = match!;
    const current = new Decimal(total!.replace(/,/g, ''));
    const prior = current.minus(increase!.replace(/,/g, ''));
    expect(describeChange(current, prior)).toBe(clause);
  });

  it('reports the direction, exact amount and rate separately', () => {
    const change = changeOf('4510.52', '3957.50');
    expect(change.direction).toBe('increase');
    expect(change.amount.toFixed(2)).toBe('553.02');
    expect(change.rate?.toFixed(2)).toBe('13.97');
    expect(changeOf('5', '0').rate).toBeNull();
  });
});
