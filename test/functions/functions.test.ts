import { amount, change, level, rmb, rollup, round, share, subject, tie, version, wan } from '../../src/functions/functions';
import { isFunctionError, type FunctionError } from '../../src/functions/runtime';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeed } from '../support/seed';

/** The seed table whose title contains `words`, as printed rows. */
function seedRows(words: string): string[][] {
  return Object.entries(loadSeed().tables).find(([title]) => title.includes(words))![1].rows;
}

/** Expects an Excel #VALUE! (or other code) whose Chinese message contains `words`. */
function expectError(result: unknown, code = '#VALUE!', words?: string): void {
  expect(isFunctionError(result)).toBe(true);
  const error = result as FunctionError;
  expect(error.code).toBe(code);
  if (words) expect(error.message).toContain(words);
}

describe('BUDGET.SUBJECT and BUDGET.LEVEL', () => {
  it('names function and economic codes given as numbers or text', () => {
    expect(subject(2080505)).toBe('机关事业单位基本养老保险缴费支出');
    expect(subject('2080505')).toBe('机关事业单位基本养老保险缴费支出');
    expect(level('224')).toBe('类');
    expect(level(22401)).toBe('款');
    expect(level('2240106')).toBe('项');
  });

  it('answers an unknown code with a clear text, a non-code with #VALUE!, a blank with blank', () => {
    expect(subject('2999999')).toBe('未收录的科目编码2999999');
    expectError(subject('abc'), '#VALUE!', '不是科目编码');
    expectError(level(12), '#VALUE!', '不是科目编码');
    expectError(subject({ code: '#REF!' } as never), '#VALUE!', '#REF!');
    expect(subject(null)).toBe('');
    expect(level('')).toBe('');
  });
});

describe('BUDGET.ROLLUP', () => {
  it('sums the seed 表3 rows under 208 from the deepest rows only, not the 类 and 款 subtotals', () => {
    const rows = seedRows('支出汇总表').filter((row) => /^\d{3,7}$/.test(row[0] ?? '') || row[0] === '合计');
    const codes = rows.map((row) => [row[0]]);
    const amounts = rows.map((row) => [row[2]]);
    const classTotal = Number(rows.find((row) => row[0] === '208')![2]);
    const result = rollup(codes, amounts, 208) as number;
    expect(Math.abs(result - classTotal)).toBeLessThanOrEqual(0.05);
  });

  it('refuses ranges of different sizes and an amount that is not a number', () => {
    expectError(rollup([['208'], ['20805']], [[1]], '208'), '#VALUE!', '应一样多');
    expectError(rollup([['208'], ['20805']], [[1], ['一百']], '208'), '#VALUE!', '第2行金额');
    expectError(rollup([['208']], [[1]], '合计'), '#VALUE!', '不是科目编码');
  });
});

describe('BUDGET.TIE', () => {
  it('reports the seed 22401 应急管理事务 row of 表2 as 尾差0.01', () => {
    const rows = seedRows('收入总表');
    const index = rows.findIndex((row) => row[0] === '22401');
    const items = rows.slice(index + 1).filter((row) => row[0]?.startsWith('22401') && row[0].length === 7);
    expect(items.length).toBeGreaterThan(1);
    expect(tie(rows[index]![2]!, items.map((row) => [row[2]]))).toBe('尾差0.01');
  });

  it('answers 一致, 尾差 or 不符 by policy, skipping blanks and counting zeros', () => {
    expect(tie(10, [[4], [6], [null], ['']])).toBe('一致');
    expect(tie('10.01', [[4], [6]])).toBe('尾差0.01');
    expect(tie('10.01', [[4], [6]], 'strict')).toBe('不符：合计多0.01');
    expect(tie(11, [[4], [6], ['0.00']])).toBe('不符：合计多1.00');
    expect(tie('1,000.00', [['４００．００'], ['(100)'], [700]])).toBe('一致');
  });

  it('says which way a mismatch goes: the total is more or less than its parts', () => {
    expect(tie(9, [[4], [6]])).toBe('不符：合计少1.00');
    expect(tie('9.00', [['4.00'], ['6.00']])).toBe('不符：合计少1.00');
    expect(tie('1,011.00', [['400'], ['(100)'], ['700']])).toBe('不符：合计多11.00');
    expect(tie('999', [['400'], ['(100)'], ['700']])).toBe('不符：合计少1.00');
  });

  it('accepts the rounding policies by their Chinese names as well as strict, tight and calc11', () => {
    // 5 parts: tight tolerates 2 分, calc11 (区间) 3 分, strict none.
    const parts = [[1], [1], [1], [1], [1]];
    expect(['标准', '区间', '宽松', '严格'].map((policy) => tie('5.03', parts, policy))).toEqual(['不符：合计多0.03', '尾差0.03', '尾差0.03', '不符：合计多0.03']);
    expect(['tight', 'calc11', 'strict', ' Strict '].map((policy) => tie('5.02', parts, policy))).toEqual(['尾差0.02', '尾差0.02', '不符：合计多0.02', '不符：合计多0.02']);
  });

  it('compares printed figures, so float noise in a cell is not a difference', () => {
    expect(tie(0.1 + 0.2, [[0.1], [0.2]], 'strict')).toBe('一致');
  });

  it('returns #VALUE! for an unknown policy, text amounts and error values', () => {
    expectError(tie(10, [[10]], 'loose'), '#VALUE!', '“标准”“区间”或“严格”');
    expectError(tie('十', [[10]]), '#VALUE!', '合计');
    expectError(tie(10, [['#N/A']]), '#VALUE!', '#N/A');
    expectError(tie(10, [[true]]), '#VALUE!', '逻辑值');
  });
});

describe('BUDGET.WAN, SHARE, AMOUNT, CHANGE', () => {
  it('converts 元 to 万元 rounding 四舍五入', () => {
    expect(wan(45105200)).toBe(4510.52);
    expect(wan('45,105,250')).toBe(4510.53);
    expect(wan(45105250, 1)).toBe(4510.5);
    expect(wan('4510.52万元')).toBe(4510.52);
    expectError(wan(1, 2.5), '#VALUE!', '小数位数');
    expect(wan(null)).toBe('');
  });

  it('gives shares as fractions rounded to four places, so that Excel’s % format shows 33.41%', () => {
    expect(share('1507.00', '4510.52')).toBe(0.3341);
    expect(share(1507, 4510.52)).toBe(0.3341);
    expect(share('1,507.00', '4510.52万元')).toBe(0.3341);
    // 1/8 = 0.125: the 四舍五入 of the fifth place, on the decimal path (three decimals) too.
    expect(share(1, 8)).toBe(0.125);
    expect(share(2, 3)).toBe(0.6667);
    expect(share(1.0005, 3)).toBe(0.3335);
    expectError(share(1, 0), '#DIV/0!');
    expectError(share('1.005', '0.000'), '#DIV/0!');
    expectError(share(1, null), '#VALUE!', '总额为空');
  });

  it('formats amounts the way the published text prints them', () => {
    expect(amount(4510.52)).toBe('4,510.52万元');
    expect(amount('45105200元')).toBe('4,510.52万元');
    expect(amount(45105200, '元')).toBe('45,105,200.00元');
    expectError(amount(1, '亿元'), '#VALUE!', '单位');
  });

  it('words the change against last year', () => {
    expect(change(4510.52, 3957.5)).toBe('增加553.02万元，增长13.97%');
    expect(change('3957.50', '4510.52')).toBe('减少553.02万元，下降12.26%');
    expect(change(8.5, 8.5)).toBe('持平');
    expect(change(8.5, 0)).toBe('新增8.50万元');
    expectError(change(8.5, 'abc'), '#VALUE!', '上年金额');
  });

  it('says 持平 when the change prints as 0.00, and refuses a rate over a negative or zero base', () => {
    expect(change(8.501, 8.5)).toBe('持平');
    expect(change('4,510.524', '4510.52')).toBe('持平');
    expectError(change(-400, -100), '#VALUE!', '上年金额为负数（-100.00）');
    expectError(change('(400)', '(100)'), '#VALUE!', '上年金额为负数');
    expectError(change(-5, 0), '#VALUE!', '上年金额为0');
  });
});

describe('BUDGET.RMB, BUDGET.ROUND and BUDGET.VERSION', () => {
  it('writes 人民币大写 from 元, or from a 万元 text', () => {
    expect(rmb(45105200)).toBe('肆仟伍佰壹拾万伍仟贰佰元整');
    expect(rmb('4510.52万元')).toBe('肆仟伍佰壹拾万伍仟贰佰元整');
    expect(rmb(1.005)).toBe('壹元零壹分');
    expect(rmb(-12.3)).toBe('负壹拾贰元叁角');
    expect(rmb(999999999999.99)).toBe('玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分');
    expectError(rmb(1e13), '#VALUE!', '9999亿');
    expectError(rmb(1000000000000), '#VALUE!', '9999亿');
    expectError(rmb('壹佰'), '#VALUE!');
  });

  it('answers the add-in version that package.json and the manifest state', () => {
    const packageVersion = (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;
    expect(version()).toBe(packageVersion);
    expect(readFileSync(join(__dirname, '../../manifest.xml'), 'utf8')).toContain(`<Version>${packageVersion}.0</Version>`);
  });

  it('rounds ties away from zero on the decimal the user typed, also to tens and hundreds', () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(2.675, 2)).toBe(2.68);
    expect(round(-2.5, 0)).toBe(-3);
    expect(round(1250, -2)).toBe(1300);
    expectError(round(1, null), '#VALUE!', '小数位数');
    expectError(round('x', 2), '#VALUE!', '数值');
  });
});
