import { rollupByCode } from '../../../src/core/format/rollup';
import { Decimal, parseAmount } from '../../../src/core/amount';
import { loadSeed } from '../../support/seed';

/** 表3's coded rows from the seed: code and 合计. */
function seedCodedRows(): { code: string; amount: Decimal }[] {
  const table = Object.entries(loadSeed().tables).find(([title]) => title.includes('支出汇总表'))![1];
  return table.rows
    .filter((row) => /^\d{3,7}$/.test(row[0] ?? ''))
    .map((row) => {
      const parsed = parseAmount(row[2]);
      return { code: row[0]!, amount: parsed.kind === 'amount' ? parsed.value : new Decimal(0) };
    });
}

describe('rollupByCode (按科目汇总)', () => {
  it('sums only the deepest rows under a prefix, so 类 and 款 subtotals are not counted again', () => {
    const rows = seedCodedRows();
    const classRow = rows.find((r) => r.code === '208')!;
    const total = rollupByCode(rows, '208');
    expect(total.minus(classRow.amount).abs().lessThanOrEqualTo('0.05')).toBe(true);
    const naive = rows.filter((r) => r.code.startsWith('208')).reduce((s, r) => s.plus(r.amount), new Decimal(0));
    expect(naive.greaterThan(total)).toBe(true);
  });

  it('counts a 款 without 项 rows as a deepest row', () => {
    const d = (v: string) => new Decimal(v);
    const rows = [
      { code: '224', amount: d('10') },
      { code: '22401', amount: d('6') },
      { code: '2240101', amount: d('6') },
      { code: '22402', amount: d('4') },
    ];
    expect(rollupByCode(rows, '224').toFixed(2)).toBe('10.00');
    expect(rollupByCode(rows, '22402').toFixed(2)).toBe('4.00');
    expect(rollupByCode(rows, '230').toFixed(2)).toBe('0.00');
  });
});
