import { Decimal } from '../../../../src/core/amount';
import { finalInputsFromParams } from '../../../../src/core/narrative/final';

describe('finalInputsFromParams', () => {
  it('takes year, department, last year’s totals, reasons, 政府采购 by kind, vehicles and equipment from the 参数 values', () => {
    const inputs = finalInputsFromParams({
      year: new Decimal(2023),
      department: '某局',
      'lastYear.incomeTotal': new Decimal('100.5'),
      'lastYear.operating': new Decimal(20),
      'reason.income': '补助增加',
      'reason.vehicleOperation': '维修减少',
      'procurement.goods': new Decimal(20),
      'vehicles.lawEnforcement': new Decimal(2),
      'vehicles.leader': new Decimal(0),
      'assets.equipmentOver50': new Decimal(1),
    });
    expect(inputs.year).toBe(2023);
    expect(inputs.department).toBe('某局');
    expect(inputs.lastYear).toEqual({ incomeTotal: new Decimal('100.5'), operating: new Decimal(20) });
    expect(inputs.reasons).toEqual({ income: '补助增加', 'threePublic.vehicleOperation': '维修减少' });
    expect(inputs.procurement).toEqual({ goods: new Decimal(20) });
    expect(inputs.assets).toEqual({ vehicles: [['领导用车', new Decimal(0)], ['执法执勤用车', new Decimal(2)]], equipmentOver50: new Decimal(1) });
  });

  it('lets the 决算-only inputs (中小企业, per-项 reasons and 年初预算) and explicit values win over the 参数 sheet', () => {
    const inputs = finalInputsFromParams(
      { 'procurement.goods': new Decimal(20), 'reason.income': '旧' },
      { procurement: { smallMedium: new Decimal(5) }, reasons: { income: '新', 'item.2010101': '节约' }, budgetByCode: { '2010101': new Decimal(65) } },
    );
    expect(inputs.procurement).toEqual({ goods: new Decimal(20), smallMedium: new Decimal(5) });
    expect(inputs.reasons).toEqual({ income: '新', 'item.2010101': '节约' });
    expect(inputs.budgetByCode).toEqual({ '2010101': new Decimal(65) });
  });
});
