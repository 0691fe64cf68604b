import { rmbUpper, UpperAmountRangeError } from '../../../src/core/format/upper';
import { wanToYuan } from '../../../src/core/amount';
import { loadSeedText } from '../../support/seed';

describe('rmbUpper (人民币大写)', () => {
  it.each([
    [45105200, '肆仟伍佰壹拾万伍仟贰佰元整'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
    ['1680.02', '壹仟陆佰捌拾元零贰分'],
    ['1005', '壹仟零伍元整'],
    ['10', '壹拾元整'],
    ['100000500', '壹亿零伍佰元整'],
    ['100005000', '壹亿零伍仟元整'],
    ['10000', '壹万元整'],
    ['107000.53', '壹拾万柒仟元伍角叁分'],
    ['0.50', '伍角'],
    ['0.05', '伍分'],
    ['0', '零元整'],
    ['-12.3', '负壹拾贰元叁角'],
    ['999999999999.99', '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('writes %p as %p', (amount, text) => {
    expect(rmbUpper(amount)).toBe(text);
  });

  it('rounds to 分 四舍五入 before writing', () => {
    expect(rmbUpper('2.675')).toBe('贰元陆角捌分');
    expect(rmbUpper(1.005)).toBe('壹元零壹分');
  });

  it('writes the seed total 收入总计 (万元) in 元', () => {
    const printed = /收入总计([\d,.]+)万元/.exec(loadSeedText())?.[1]?.replace(/,/g, '');
    expect(printed).toBe('4510.52');
    expect(rmbUpper(wanToYuan(printed!))).toBe('肆仟伍佰壹拾万伍仟贰佰元整');
  });

  it('refuses amounts of one 万亿 and more', () => {
    expect(() => rmbUpper('1000000000000')).toThrow(UpperAmountRangeError);
  });
});
