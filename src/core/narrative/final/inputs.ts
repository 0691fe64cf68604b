/**
 * 决算情况说明的输入 — what the 决算 text needs beyond the tables: last year's 决算 figures, the
 * reasons for each difference, 年初预算 of the 项 a table does not print, 机关运行经费, 政府采购 with
 * 授予中小企业合同金额, and 国有资产 (domain guide, "Inputs not in the tables"; issue 8 item 2).
 * Amounts in 万元, exact.
 */
import type { Decimal } from '../../amount';
import type { ParamValues } from '../../params/sheet';
import { decimalParam, textParam } from '../../params/sheet';

/** 政府采购 — the year's procurement by kind and what went to small and medium enterprises. */
export interface ProcurementInputs {
  readonly goods?: Decimal;
  readonly works?: Decimal;
  readonly services?: Decimal;
  /** 授予中小企业合同金额. */
  readonly smallMedium?: Decimal;
  /** 其中授予小微企业合同金额. */
  readonly smallMicro?: Decimal;
}

/** 国有资产 — vehicles by kind (printed label, count) and large equipment, at year end. */
export interface AssetInputs {
  readonly vehicles?: readonly (readonly [string, Decimal])[];
  /** 单位价值50万元以上通用设备, 台（套）. */
  readonly equipmentOver50?: Decimal;
  /** 单位价值100万元以上专用设备, 台（套）. */
  readonly equipmentOver100?: Decimal;
}

/**
 * 原因 — keys of {@link FinalInputs.reasons}: 'income', 'expenditure', 'operating',
 * `item.<code>` for a 项, `threePublic.<line>` for a 三公 line ('threePublic.total' …).
 */
export type ReasonKey = string;

/** The inputs of the 决算 情况说明. Every field may be absent; the generator then asks for it. */
export interface FinalInputs {
  readonly year?: number;
  readonly department?: string;
  readonly lastYear?: { readonly incomeTotal?: Decimal; readonly expenditureTotal?: Decimal; readonly operating?: Decimal };
  /** 年初预算 by 7-digit code, for a 决算表 that prints only the 决算数. */
  readonly budgetByCode?: Readonly<Record<string, Decimal>>;
  readonly reasons?: Readonly<Record<ReasonKey, string>>;
  /** 机关运行经费支出 (决算). */
  readonly operating?: Decimal;
  readonly procurement?: ProcurementInputs;
  readonly assets?: AssetInputs;
}

const VEHICLE_PARAMS: readonly (readonly [string, string])[] = [
  ['vehicles.leader', '领导用车'],
  ['vehicles.confidential', '机要通信用车'],
  ['vehicles.emergency', '应急保障用车'],
  ['vehicles.lawEnforcement', '执法执勤用车'],
  ['vehicles.special', '特种专业技术用车'],
  ['vehicles.institution', '事业单位业务用车'],
  ['vehicles.other', '其他公务用车'],
];

const REASON_PARAMS: readonly (readonly [string, ReasonKey])[] = [
  ['reason.income', 'income'],
  ['reason.expenditure', 'expenditure'],
  ['reason.operating', 'operating'],
  ['reason.threePublic', 'threePublic.total'],
  ['reason.abroad', 'threePublic.abroad'],
  ['reason.reception', 'threePublic.reception'],
  ['reason.vehicle', 'threePublic.vehicle'],
  ['reason.vehiclePurchase', 'threePublic.vehiclePurchase'],
  ['reason.vehicleOperation', 'threePublic.vehicleOperation'],
];

/**
 * The 决算 inputs the 参数 sheet already holds (year, department, last year's totals, reasons,
 * 政府采购 by kind, vehicles and equipment). 授予中小企业合同金额, per-项 reasons and 年初预算 have no
 * 参数 field yet and come from `extra`.
 * @example finalInputsFromParams(readParams(workbook).values).year // 2023
 */
export function finalInputsFromParams(values: ParamValues, extra: FinalInputs = {}): FinalInputs {
  const amount = (id: string) => decimalParam(values, id);
  const year = amount('year');
  const department = textParam(values, 'department');
  const reasons: Record<string, string> = {};
  for (const [id, key] of REASON_PARAMS) {
    const text = textParam(values, id);
    if (text) reasons[key] = text;
  }
  const vehicles = VEHICLE_PARAMS.flatMap(([id, label]) => {
    const count = amount(id);
    return count === undefined ? [] : [[label, count] as const];
  });
  const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return defined({
    year: extra.year ?? year?.toNumber(),
    department: extra.department ?? department,
    lastYear: defined({ incomeTotal: amount('lastYear.incomeTotal'), expenditureTotal: amount('lastYear.expenditureTotal'), operating: amount('lastYear.operating'), ...extra.lastYear }),
    budgetByCode: extra.budgetByCode,
    reasons: { ...reasons, ...extra.reasons },
    operating: extra.operating,
    procurement: defined({ goods: amount('procurement.goods'), works: amount('procurement.works'), services: amount('procurement.services'), ...extra.procurement }),
    assets: defined({
      ...(vehicles.length > 0 ? { vehicles } : {}),
      equipmentOver50: amount('assets.equipmentOver50'),
      equipmentOver100: amount('assets.equipmentOver100'),
      ...extra.assets,
    }),
  });
}
