/**
 * 指称 — what a label in a 情况说明 refers to: "预算收入总计" → 收入总计 (table 1, or table 4's),
 * "公务接待费" → the 三公 item, "卫生健康支出" → that class in whichever table prints it.
 *
 * A label maps to every figure it can plausibly mean (texts differ by province: "一般公共预算支出"
 * may or may not include 上年结转); the checker accepts a stated amount that agrees with any of them
 * and reports against the first. Broad candidate lists keep false errors away while a swapped digit
 * still matches none.
 */
import type { ParamValues } from '../params/sheet';
import { decimalParam } from '../params/sheet';
import { canonicalName, namesMatch } from '../subjects';
import { cleanName } from './facts';
import type { Fact, NarrativeFacts } from './facts';

/** Subjects whose last-year figure is a 参数, so that a direction word can be checked against it. */
export type SubjectKey =
  | 'threePublic' | 'abroad' | 'reception' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation'
  | 'operating' | 'incomeTotal' | 'expenditureTotal' | 'generalPublicCurrent';

/** Last year's 参数 of each subject. */
export const LAST_YEAR: Record<SubjectKey, string> = {
  threePublic: 'lastYear.threePublic',
  abroad: 'lastYear.abroad',
  reception: 'lastYear.reception',
  vehicle: 'lastYear.vehicle',
  vehiclePurchase: 'lastYear.vehiclePurchase',
  vehicleOperation: 'lastYear.vehicleOperation',
  operating: 'lastYear.operating',
  incomeTotal: 'lastYear.incomeTotal',
  expenditureTotal: 'lastYear.expenditureTotal',
  generalPublicCurrent: 'lastYear.generalPublicCurrent',
};

/** A figure printed under a subject name (a class, 款 or 项) in some table. */
export interface NamedTarget {
  readonly name: string;
  readonly fact: Fact;
  readonly code?: string;
}

/** What a label refers to: the figures it may mean, and its last-year 参数 when it has one. */
export interface Subject {
  readonly key?: SubjectKey;
  readonly candidates: readonly Fact[];
}

/**
 * The figures `label` can refer to, or undefined for a label the checker does not know (a project,
 * a reason's own figure) — those are left alone.
 * @example subjectOfLabel('其中：人员经费', facts, []).candidates[0].value // 1387.48
 */
export function subjectOfLabel(label: string, facts: NarrativeFacts, named: readonly NamedTarget[], params?: ParamValues): Subject | undefined {
  const f = facts;
  const name = canonicalName(label).replace(/[“”"]/g, '');
  const list = (...items: (Fact | undefined)[]) => items.filter((x): x is Fact => x !== undefined);
  const source = (key: string) => f.incomeBySource.find((s) => s.source === key);
  const param = (id: string): Fact | undefined => {
    const value = params ? decimalParam(params, id) : undefined;
    return value ? { value, sources: [] } : undefined;
  };
  // Specific before generic: 公务用车购置费 is not 公务用车购置及运行费; 本年收入 is not 收入总计.
  const rules: [RegExp, () => Subject][] = [
    [/公务用车购置及运行(维护)?费$/u, () => ({ key: 'vehicle', candidates: list(f.threePublic.vehicle) })],
    [/公务用车购置费$/u, () => ({ key: 'vehiclePurchase', candidates: list(f.threePublic.vehiclePurchase) })],
    [/公务用车运行(维护)?费$/u, () => ({ key: 'vehicleOperation', candidates: list(f.threePublic.vehicleOperation) })],
    [/因公出国\(境\)费$/u, () => ({ key: 'abroad', candidates: list(f.threePublic.abroad) })],
    [/公务接待费$/u, () => ({ key: 'reception', candidates: list(f.threePublic.reception) })],
    [/三公经费(预算|预算数|合计)?$/u, () => ({ key: 'threePublic', candidates: list(f.threePublic.total) })],
    [/机关运行经费/u, () => ({ key: 'operating', candidates: list(f.operating) })],
    [/人员经费$/u, () => ({ candidates: list(f.basicEconomic.personnel) })],
    [/公用经费$/u, () => ({ candidates: list(f.basicEconomic.publicUse) })],
    [/本年收入(合计|预算)?$/u, () => ({ candidates: list(f.currentIncome, f.fiscal.current) })],
    [/(本年|当年)(预算)?安排$/u, () => ({ candidates: list(f.expenditureCurrent, f.currentIncome) })],
    [/当年拨款(收入)?$/u, () => ({ candidates: list(f.fiscal.current, f.currentIncome) })],
    [/上年(财政拨款)?结转(收入|安排)?$/u, () => ({ candidates: list(f.carryover, f.expenditureCarryover, f.fiscal.carryover) })],
    [/一般公共预算(当年)?(拨款)?支出(预算)?$/u, () => ({ key: 'generalPublicCurrent', candidates: list(f.generalPublic.total, f.fiscal.generalPublic) })],
    [/一般公共预算拨款收入$/u, () => ({ candidates: list(source('generalPublic'), f.fiscal.current) })],
    [/一般公共预算拨款$/u, () => ({ candidates: list(f.fiscal.generalPublic, source('generalPublic')) })],
    [/政府性基金预算拨款(收入)?$/u, () => ({ candidates: list(source('govFund'), f.fiscal.govFund) })],
    [/国有资本经营预算拨款(收入)?$/u, () => ({ candidates: list(source('stateCapital'), f.fiscal.stateCapital) })],
    [/财政专户管理资金(收入)?$/u, () => ({ candidates: list(source('specialAccount')) })],
    [/单位资金(收入)?$/u, () => ({ candidates: list(source('unitFunds')) })],
    [/收入总计$/u, () => ({ key: 'incomeTotal', candidates: list(f.incomeTotal, f.fiscal.total) })],
    [/支出总计$/u, () => ({ key: 'expenditureTotal', candidates: list(f.expenditureTotal, f.fiscal.total) })],
    [/财政拨款收支总预算$/u, () => ({ candidates: list(f.fiscal.total) })],
    [/(预算收入|收入预算)(总额|总计)?$/u, () => ({ key: 'incomeTotal', candidates: list(f.incomeTotal, f.currentIncome) })],
    [/(支出预算|预算支出)(总额|总计)?$/u, () => ({ key: 'expenditureTotal', candidates: list(f.expenditureTotal, f.expenditureCurrent) })],
    [/基本支出$/u, () => ({ candidates: list(f.basic, f.generalPublic.basic, f.basicEconomic.total) })],
    [/项目支出(总额)?$/u, () => ({ candidates: list(f.project, f.generalPublic.project) })],
    [/涉及(部门预算)?资金$/u, () => ({ candidates: list(f.generalPublic.total, param('performance.unitsAmount')) })],
  ];
  for (const [pattern, resolve] of rules) if (pattern.test(name)) return resolve();
  const matching = named.filter((n) => namesMatch(n.name, cleanName(label)));
  return matching.length > 0 ? { candidates: matching.map((n) => n.fact) } : undefined;
}
