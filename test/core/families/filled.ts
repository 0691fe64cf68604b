/**
 * FILLED examples of the budget9 and final9 families, derived from the ledger (`./ledger.ts`) by the
 * domain guide's rules: 合计 = Σ sources, 合计 = 基本 + 项目, 合计 = Σ 类 = Σ 款 = Σ 项, 收入总计 =
 * 本年收入合计 + 上年结转 = 支出总计, 人员经费 + 公用经费 = 基本支出, 三公 合计 = Σ items, 年初结转和结余
 * + 本年收入 = 本年支出 + 年末结转和结余. Each printed figure is the exact 元 figure converted (and in
 * 万元 rounded 四舍五入) on its own, never a sum of rounded figures.
 */
import { Decimal, type Unit } from '../../../src/core/amount';
import type { AmountKey, Amounts, CodedData, CodedList, DisclosureData, EconomicRow, TableData } from '../../../src/core/templates';
import { FISCAL, hierarchy, ledger, printed, SOURCES, SUBJECT_NAMES, sum, type LedgerItem, type Source } from './ledger';

type Exact = Partial<Record<AmountKey, Decimal>>;

function toAmounts(exact: Exact, unit: Unit): Amounts {
  const out: Partial<Record<AmountKey, Decimal>> = {};
  for (const [key, value] of Object.entries(exact) as [AmountKey, Decimal | undefined][]) {
    const figure = printed(value, unit);
    if (figure !== undefined) out[key] = figure;
  }
  return out;
}

/** Exact amounts summed key by key. */
function addUp(rows: readonly Exact[]): Exact {
  const keys = new Set(rows.flatMap((row) => Object.keys(row) as AmountKey[]));
  const out: Partial<Record<AmountKey, Decimal>> = {};
  for (const key of keys) {
    const total = sum(rows.map((row) => row[key]));
    if (total !== undefined) out[key] = total;
  }
  return out;
}

const hasAmount = (exact: Exact): boolean => Object.values(exact).some((v) => v !== undefined);

/** A coded list of the 项 that have figures under `valueOf`, with their 款 and 类 summed up. */
function codedList(items: readonly LedgerItem[], valueOf: (item: LedgerItem) => Exact, unit: Unit): CodedList {
  const values = items.map((item) => ({ code: item.code, exact: valueOf(item) })).filter((v) => hasAmount(v.exact));
  const rows = hierarchy(values.map((v) => v.code)).map((code) => ({
    code,
    name: SUBJECT_NAMES[code] ?? code,
    amounts: toAmounts(addUp(values.filter((v) => v.code.startsWith(code)).map((v) => v.exact)), unit),
  }));
  return { total: toAmounts(addUp(values.map((v) => v.exact)), unit), rows };
}

function coded(items: readonly LedgerItem[], valueOf: (item: LedgerItem) => Exact, unit: Unit): CodedData {
  return { shape: 'coded', ...codedList(items, valueOf, unit) };
}

const basicOf = (item: LedgerItem, sources: readonly Source[] = SOURCES) => sum(sources.map((s) => item.basic[s]));
const projectOf = (item: LedgerItem, sources: readonly Source[] = SOURCES) => sum(sources.map((s) => item.project[s]));
const sourceOf = (item: LedgerItem, source: Source) => sum([item.basic[source], item.project[source]]);

/** Exact sums over the 项 of one 类 code, or of all. */
function over(items: readonly LedgerItem[], value: (item: LedgerItem) => Decimal | undefined, classCode?: string): Decimal | undefined {
  return sum(items.filter((item) => classCode === undefined || item.code.startsWith(classCode)).map(value));
}

const classesOf = (items: readonly LedgerItem[]): string[] => [...new Set(items.map((item) => item.code.slice(0, 3)))];

/**
 * 基本支出 by economic item: the 一般公共预算 basic total split by fixed weights into 分 (the last item
 * takes the remainder, so the items add up exactly). [部门 code, 部门 name, 政府 name, weight, 人员 or 公用].
 */
const ECONOMIC_ITEMS: readonly (readonly [string, string, string, number, 'personnel' | 'publicUse'])[] = [
  ['30101', '基本工资', '工资奖金津补贴', 30, 'personnel'],
  ['30102', '津贴补贴', '工资奖金津补贴', 25, 'personnel'],
  ['30108', '机关事业单位基本养老保险缴费', '社会保障缴费', 12, 'personnel'],
  ['30113', '住房公积金', '住房公积金', 9, 'personnel'],
  ['30302', '退休费', '离退休费', 6, 'personnel'],
  ['30201', '办公费', '办公经费', 10, 'publicUse'],
  ['30217', '公务接待费', '公务接待费', 3, 'publicUse'],
  ['30231', '公务用车运行维护费', '公务用车运行维护费', 5, 'publicUse'],
];
const ECONOMIC_GROUPS: Readonly<Record<string, string>> = { '301': '工资福利支出', '302': '商品和服务支出', '303': '对个人和家庭的补助' };

interface EconomicItem {
  readonly code: string;
  readonly name: string;
  readonly govName: string;
  readonly side: 'personnel' | 'publicUse';
  readonly yuan: Decimal;
}

function economicItems(basicTotal: Decimal): EconomicItem[] {
  const weights = ECONOMIC_ITEMS.reduce((a, [, , , w]) => a + w, 0);
  let left = basicTotal;
  return ECONOMIC_ITEMS.map(([code, name, govName, weight, side], i) => {
    const yuan = i === ECONOMIC_ITEMS.length - 1 ? left : basicTotal.times(weight).dividedBy(weights).toDecimalPlaces(2, Decimal.ROUND_DOWN);
    left = left.minus(yuan);
    return { code, name, govName, side, yuan };
  });
}

const byCode = (items: readonly EconomicItem[], code: string): Decimal => items.find((i) => i.code === code)!.yuan;

/** The 9-table budget family's tables (domain guide, "Budget families with 9 tables"). */
export function filledBudget9(unit: Unit, items: readonly LedgerItem[] = ledger()): DisclosureData {
  const current = (item: LedgerItem) => sum([basicOf(item), projectOf(item)]);
  const totalOf = (item: LedgerItem) => sum([current(item), item.carryover]);
  const fiscalOf = (item: LedgerItem) => sum([...FISCAL.map((s) => sourceOf(item, s)), item.carryover]);
  const carryover = over(items, (i) => i.carryover);
  const income = over(items, current)!;
  const fiscalIncome = over(items, (i) => sum(FISCAL.map((s) => sourceOf(i, s))))!;
  const gpBasic = over(items, (i) => i.basic.generalPublic)!;
  const economic = economicItems(gpBasic);
  const personnel = sum(economic.filter((e) => e.side === 'personnel').map((e) => e.yuan))!;
  const publicUse = sum(economic.filter((e) => e.side === 'publicUse').map((e) => e.yuan))!;
  const reception = byCode(economic, '30217');
  const vehicleOperation = byCode(economic, '30231');
  const vehicles = VEHICLE_PURCHASE.plus(vehicleOperation);
  const a = (exact: Exact) => toAmounts(exact, unit);

  const economicRows: EconomicRow[] = [];
  for (const group of ['301', '302', '303']) {
    const members = economic.filter((e) => e.code.startsWith(group));
    const groupSum = sum(members.map((e) => e.yuan))!;
    economicRows.push({ role: 'group', name: ECONOMIC_GROUPS[group]!, amounts: a({ total: groupSum, [members[0]!.side]: groupSum }) });
    for (const e of members) economicRows.push({ role: 'item', name: e.name, govName: e.govName, amounts: a({ total: e.yuan, [e.side]: e.yuan }) });
  }

  const tables: Partial<Record<string, TableData>> = {
    'budget.summary': {
      shape: 'twoSided',
      income: {
        ...Object.fromEntries(SOURCES.map((s) => [s, a({ income: over(items, (i) => sourceOf(i, s)) })])),
        incomeTotal: a({ income }),
        carryover: a({ income: carryover }),
        incomeGrandTotal: a({ income: sum([income, carryover]) }),
      },
      expenditure: {
        ...Object.fromEntries(classesOf(items).map((c) => [c, a({ total: over(items, totalOf, c), currentYear: over(items, current, c), carryover: over(items, (i) => i.carryover, c) })])),
        expenditureTotal: a({ total: over(items, totalOf), currentYear: income, carryover }),
        expenditureGrandTotal: a({ total: over(items, totalOf), currentYear: income, carryover }),
      },
    },
    'budget.income': coded(items, (i) => ({ total: current(i), ...Object.fromEntries(SOURCES.map((s) => [s, sourceOf(i, s)])), carryover: i.carryover }), unit),
    'budget.expenditure': coded(items, (i) => ({ total: totalOf(i), basic: basicOf(i), project: sum([projectOf(i), i.carryover]) }), unit),
    'budget.fiscalSummary': {
      shape: 'twoSided',
      income: {
        ...Object.fromEntries(FISCAL.map((s) => [s, a({ income: over(items, (i) => sourceOf(i, s)) })])),
        incomeTotal: a({ income: fiscalIncome }),
        carryover: a({ income: carryover }),
        carryoverGeneralPublic: a({ income: carryover }),
        incomeGrandTotal: a({ income: sum([fiscalIncome, carryover]) }),
      },
      expenditure: {
        ...Object.fromEntries(
          classesOf(items)
            .filter((c) => over(items, fiscalOf, c) !== undefined)
            .map((c) => [
              c,
              a({
                total: over(items, fiscalOf, c),
                generalPublic: over(items, (i) => sum([sourceOf(i, 'generalPublic'), i.carryover]), c),
                govFund: over(items, (i) => sourceOf(i, 'govFund'), c),
                stateCapital: over(items, (i) => sourceOf(i, 'stateCapital'), c),
              }),
            ]),
        ),
        ...Object.fromEntries(
          ['expenditureTotal', 'expenditureGrandTotal'].map((id) => [
            id,
            a({
              total: over(items, fiscalOf),
              generalPublic: over(items, (i) => sum([sourceOf(i, 'generalPublic'), i.carryover])),
              govFund: over(items, (i) => sourceOf(i, 'govFund')),
              stateCapital: over(items, (i) => sourceOf(i, 'stateCapital')),
            }),
          ]),
        ),
      },
    },
    'budget.generalPublic': coded(items, (i) => ({ total: sourceOf(i, 'generalPublic'), basic: i.basic.generalPublic, project: i.project.generalPublic }), unit),
    'budget.fundExpenditure': coded(items, (i) => ({ total: sourceOf(i, 'govFund'), basic: i.basic.govFund, project: i.project.govFund }), unit),
    'budget.stateCapital': coded(items, (i) => ({ total: sourceOf(i, 'stateCapital'), basic: i.basic.stateCapital, project: i.project.stateCapital }), unit),
    'budget.basicEconomic': { shape: 'economic', total: a({ total: gpBasic, personnel, publicUse }), rows: economicRows },
    'budget.threePublicAndOperating': {
      shape: 'fixed',
      rows: {
        total: a({ total: reception.plus(vehicles), generalPublic: reception.plus(vehicles) }),
        reception: a({ total: reception, generalPublic: reception }),
        vehicles: a({ total: vehicles, generalPublic: vehicles }),
        vehiclePurchase: a({ total: VEHICLE_PURCHASE, generalPublic: VEHICLE_PURCHASE }),
        vehicleOperation: a({ total: vehicleOperation, generalPublic: vehicleOperation }),
        // 机关运行经费 = 公用经费 for an administrative unit (domain guide, cross-table rules).
        operating: a({ total: publicUse, generalPublic: publicUse }),
      },
    },
  };
  return { tables };
}

/** 公务用车购置费 (元): a project purchase, so it has no item in the basic-expenditure table. */
const VEHICLE_PURCHASE = new Decimal('156800.00');

/** 决算: what each 项 received beyond what it spent, and what it held at the start of the year (元). */
const UNSPENT: Readonly<Record<string, Decimal>> = { '2010602': new Decimal('54321.09'), '2296002': new Decimal('3000.00') };
const OPENING: Readonly<Record<string, Decimal>> = { '2010602': new Decimal('87654.32'), '2296002': new Decimal('12000.50') };
/** 三公 预算数 above 决算数 (元). */
const THREE_PUBLIC_SLACK = new Decimal('1000.00');

/** The 决算 family's 9 tables (domain guide, "Final accounts (决算), 9 tables"). */
export function filledFinal9(unit: Unit, items: readonly LedgerItem[] = ledger()): DisclosureData {
  const a = (exact: Exact) => toAmounts(exact, unit);
  const spent = (i: LedgerItem, sources: readonly Source[] = SOURCES) => sum([basicOf(i, sources), projectOf(i, sources)]);
  // Unspent money and balances sit with the source of the 项 that has them.
  const mainSource = (i: LedgerItem): Source => SOURCES.find((s) => sourceOf(i, s) !== undefined)!;
  const extra = (i: LedgerItem, sources: readonly Source[], table: Readonly<Record<string, Decimal>>) =>
    sources.includes(mainSource(i)) ? table[i.code] : undefined;
  const received = (i: LedgerItem, source: Source) => sum([sourceOf(i, source), extra(i, [source], UNSPENT)]);
  const receivedAll = (i: LedgerItem, sources: readonly Source[] = SOURCES) => sum(sources.map((s) => received(i, s)));
  const opening = (i: LedgerItem, sources: readonly Source[] = SOURCES) => extra(i, sources, OPENING);
  const closing = (i: LedgerItem, sources: readonly Source[] = SOURCES) => {
    const o = opening(i, sources);
    const u = extra(i, sources, UNSPENT);
    return o === undefined && u === undefined ? undefined : sum([o, u]);
  };
  const income = over(items, (i) => receivedAll(i))!;
  const spending = over(items, (i) => spent(i))!;
  const fiscalIncome = over(items, (i) => receivedAll(i, FISCAL))!;
  const fiscalSpending = over(items, (i) => spent(i, FISCAL))!;
  const gpBasic = over(items, (i) => i.basic.generalPublic)!;
  const economic = economicItems(gpBasic);
  const pairList = (groups: readonly string[]): CodedList => {
    const members = economic.filter((e) => groups.some((g) => e.code.startsWith(g)));
    const rows = groups.flatMap((g) => {
      const inGroup = members.filter((e) => e.code.startsWith(g));
      const total = sum(inGroup.map((e) => e.yuan));
      return [{ code: g, name: ECONOMIC_GROUPS[g]!, amounts: a({ [inGroup[0]!.side]: total }) }, ...inGroup.map((e) => ({ code: e.code, name: e.name, amounts: a({ [e.side]: e.yuan }) }))];
    });
    return { total: a({ [members[0]!.side]: sum(members.map((e) => e.yuan)) }), rows };
  };
  const reception = byCode(economic, '30217');
  const vehicleOperation = byCode(economic, '30231');
  const vehicles = VEHICLE_PURCHASE.plus(vehicleOperation);
  const twoSidedExpenditure = (value: (i: LedgerItem) => Decimal | undefined, extraKeys: (c?: string) => Exact) =>
    Object.fromEntries(
      classesOf(items)
        .filter((c) => over(items, value, c) !== undefined)
        .map((c) => [c, a({ actual: over(items, value, c), ...extraKeys(c) })]),
    );
  const fiscalColumns = (c?: string): Exact => ({
    generalPublic: over(items, (i) => spent(i, ['generalPublic']), c),
    govFund: over(items, (i) => spent(i, ['govFund']), c),
    stateCapital: over(items, (i) => spent(i, ['stateCapital']), c),
  });
  const closingColumns = (): Exact => Object.fromEntries(FISCAL.map((s) => [s, over(items, (i) => closing(i, [s]))]));
  const openingAll = over(items, (i) => opening(i))!;
  const closingAll = over(items, (i) => closing(i))!;
  const fiscalOpening = over(items, (i) => opening(i, FISCAL))!;
  const fiscalClosing = over(items, (i) => closing(i, FISCAL))!;

  const tables: Partial<Record<string, TableData>> = {
    'final.summary': {
      shape: 'twoSided',
      income: {
        generalPublic: a({ actual: over(items, (i) => received(i, 'generalPublic')) }),
        govFund: a({ actual: over(items, (i) => received(i, 'govFund')) }),
        stateCapital: a({ actual: over(items, (i) => received(i, 'stateCapital')) }),
        businessIncome: a({ actual: over(items, (i) => received(i, 'unitFunds')) }),
        otherIncome: a({ actual: over(items, (i) => received(i, 'specialAccount')) }),
        incomeTotal: a({ actual: income }),
        openingBalance: a({ actual: openingAll }),
        incomeGrandTotal: a({ actual: income.plus(openingAll) }),
      },
      expenditure: {
        ...twoSidedExpenditure((i) => spent(i), () => ({})),
        expenditureTotal: a({ actual: spending }),
        closingBalance: a({ actual: closingAll }),
        expenditureGrandTotal: a({ actual: spending.plus(closingAll) }),
      },
    },
    'final.income': coded(
      items,
      (i) => ({
        total: receivedAll(i),
        fiscal: receivedAll(i, FISCAL),
        businessIncome: received(i, 'unitFunds'),
        otherIncome: received(i, 'specialAccount'),
      }),
      unit,
    ),
    'final.expenditure': coded(items, (i) => ({ total: spent(i), basic: basicOf(i), project: projectOf(i) }), unit),
    'final.fiscalSummary': {
      shape: 'twoSided',
      income: {
        generalPublic: a({ actual: over(items, (i) => received(i, 'generalPublic')) }),
        govFund: a({ actual: over(items, (i) => received(i, 'govFund')) }),
        stateCapital: a({ actual: over(items, (i) => received(i, 'stateCapital')) }),
        incomeTotal: a({ actual: fiscalIncome }),
        openingBalance: a({ actual: fiscalOpening }),
        incomeGrandTotal: a({ actual: fiscalIncome.plus(fiscalOpening) }),
      },
      expenditure: {
        ...twoSidedExpenditure((i) => spent(i, FISCAL), fiscalColumns),
        expenditureTotal: a({ actual: fiscalSpending, ...fiscalColumns() }),
        closingBalance: a({ actual: fiscalClosing, ...closingColumns() }),
        expenditureGrandTotal: a({
          actual: fiscalSpending.plus(fiscalClosing),
          ...Object.fromEntries(FISCAL.map((s) => [s, sum([fiscalColumns()[s], closingColumns()[s]])])),
        }),
      },
    },
    'final.generalPublic': coded(items, (i) => ({ total: spent(i, ['generalPublic']), basic: i.basic.generalPublic, project: i.project.generalPublic }), unit),
    'final.basicEconomic': { shape: 'economicPairs', left: pairList(['301', '303']), right: pairList(['302']) },
    'final.threePublic': {
      shape: 'fixed',
      rows: {
        total: a({ budgeted: reception.plus(vehicles).plus(THREE_PUBLIC_SLACK.times(2)), actual: reception.plus(vehicles) }),
        vehicles: a({ budgeted: vehicles.plus(THREE_PUBLIC_SLACK), actual: vehicles }),
        vehiclePurchase: a({ budgeted: VEHICLE_PURCHASE, actual: VEHICLE_PURCHASE }),
        vehicleOperation: a({ budgeted: vehicleOperation.plus(THREE_PUBLIC_SLACK), actual: vehicleOperation }),
        reception: a({ budgeted: reception.plus(THREE_PUBLIC_SLACK), actual: reception }),
      },
    },
    'final.fund': coded(
      items,
      (i) =>
        sourceOf(i, 'govFund') === undefined
          ? {}
          : {
              openingBalance: opening(i, ['govFund']),
              income: received(i, 'govFund'),
              expenditure: spent(i, ['govFund']),
              basic: i.basic.govFund,
              project: i.project.govFund,
              closingBalance: closing(i, ['govFund']),
            },
      unit,
    ),
    'final.stateCapital': coded(items, (i) => ({ total: spent(i, ['stateCapital']), basic: i.basic.stateCapital, project: i.project.stateCapital }), unit),
  };
  return { tables };
}
