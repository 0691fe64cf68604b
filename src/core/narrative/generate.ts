/**
 * 生成情况说明 — sections 一 to 十二 of 第三部分 from the table figures and the 参数 inputs.
 *
 * The sections and their order follow the seed's published 第三部分 (seed text lines 478–553 and
 * 1519–1541; domain guide, "The explanation (情况说明) of the seed, section by section"). Every
 * sentence is a fixed template over the figures, so the same workbook always gives the same text,
 * byte for byte. Wording (issue 4 item 2): 增加/增长, 减少/下降, 与上年持平, 新增 when last year was
 * zero; a reason after every change, or a visible 【待填写：…】 and a finding.
 */
import { Decimal } from '../amount';
import type { CellRef } from '../grid';
import { paramField } from '../params/schema';
import type { ParamValues } from '../params/sheet';
import { decimalParam, defaultParamCell, textParam } from '../params/sheet';
import { GENERAL_PUBLIC_CHART, THREE_PUBLIC_CHART, chartSpecs } from './charts';
import type { ChartSpec } from './charts';
import type { Fact, IncomeSource, NarrativeFacts, NamedFact } from './facts';
import type { Finding } from './finding';
import { SentenceBuilder } from './sentence';
import type { Missing, Printed, Sentence } from './sentence';

/** Options of {@link generateNarrative}. */
export interface NarrativeOptions {
  /** Where each 参数 value sits (`readParams(...).sources`); defaults to the standard 参数 layout. */
  readonly paramSources?: Readonly<Record<string, CellRef>>;
}

/** 段落 — sentences printed together, under an optional sub-heading, with an optional chart after. */
export interface Paragraph {
  readonly heading?: string;
  readonly sentences: readonly Sentence[];
  readonly chart?: ChartSpec;
}

/** 部分 — one numbered section (一 … 十二). */
export interface NarrativeSection {
  readonly number: string;
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
}

/** 情况说明 — the generated 第三部分. */
export interface Narrative {
  readonly title: string;
  readonly sections: readonly NarrativeSection[];
  readonly charts: readonly ChartSpec[];
  /** Every finding of every sentence, once each. */
  readonly findings: readonly Finding[];
}

const INCOME_LABELS: Record<IncomeSource, string> = {
  generalPublic: '一般公共预算拨款收入',
  govFund: '政府性基金预算拨款收入',
  stateCapital: '国有资本经营预算拨款收入',
  specialAccount: '财政专户管理资金收入',
  unitFunds: '单位资金收入',
};

const VEHICLE_TYPES: readonly [string, string][] = [
  ['vehicles.leader', '领导用车'],
  ['vehicles.confidential', '机要通信用车'],
  ['vehicles.emergency', '应急保障用车'],
  ['vehicles.lawEnforcement', '执法执勤用车'],
  ['vehicles.special', '特种专业技术用车'],
  ['vehicles.institution', '事业单位业务用车'],
  ['vehicles.other', '其他公务用车'],
];

/** Trailing punctuation of a typed reason, so that the template's own punctuation is the only one (no "。；"). */
function cleanReason(text: string): string {
  return text.trim().replace(/[。；;，,、\s]+$/u, '');
}

/** Writes the sections; holds the inputs every template needs. */
class Writer {
  private readonly year: number | undefined;
  private readonly department: string | undefined;
  readonly charts: readonly ChartSpec[];

  constructor(
    private readonly facts: NarrativeFacts,
    private readonly params: ParamValues,
    private readonly options: NarrativeOptions,
  ) {
    const year = decimalParam(params, 'year');
    this.year = year ? year.toNumber() : facts.year;
    this.department = textParam(params, 'department') ?? facts.department;
    this.charts = chartSpecs(facts);
  }

  get title(): string {
    return `第三部分 ${this.year ?? '【待填写：预算年度】'}年度部门预算情况说明`;
  }

  private cellOf(id: string): CellRef {
    return this.options.paramSources?.[id] ?? defaultParamCell(id);
  }

  private missingInput(id: string): Missing {
    return { label: paramField(id).label, at: this.cellOf(id), rule: 'narrative.missingInput' };
  }

  private missingFigure(label: string): Missing {
    return { label, rule: 'narrative.missingFigure' };
  }

  private param(id: string): Fact | undefined {
    const value = decimalParam(this.params, id);
    return value ? { value, sources: [this.cellOf(id)] } : undefined;
  }

  /** "2024年度阳城县应急管理局" (or "2024年…" with `suffix` '年'). */
  private intro(b: SentenceBuilder, suffix = '年度'): void {
    if (this.year === undefined) b.placeholder(this.missingInput('year'));
    else b.say(String(this.year));
    b.say(suffix);
    this.departmentName(b);
  }

  private departmentName(b: SentenceBuilder): void {
    if (this.department === undefined) b.placeholder(this.missingInput('department'));
    else b.say(this.department);
  }

  /** "截至2023年12月31日，阳城县应急管理局" — assets are stated at the end of last year. */
  private asOf(b: SentenceBuilder): void {
    b.say('截至');
    if (this.year === undefined) b.placeholder(this.missingInput('year'));
    else b.say(String(this.year - 1));
    b.say('年12月31日，');
    this.departmentName(b);
  }

  /**
   * "，比上年增加553.02万元，增长13.97%，主要原因是…" against the 参数 `lastId`; the reason from
   * `reasonId`. With `statedBase`, last year's figure is printed too ("比上年预算94.18万元增加…").
   */
  private change(b: SentenceBuilder, current: Printed | undefined, lastId: string, reasonId: string, statedBase = false): void {
    if (!current) return;
    const last = this.param(lastId);
    if (!last) {
      b.say('，上年数');
      b.placeholder(this.missingInput(lastId));
      return;
    }
    const lastPrinted: Printed = { value: last.value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP), sources: last.sources };
    const difference = current.value.minus(lastPrinted.value);
    const delta: Printed = { value: difference.abs(), sources: [...current.sources, ...lastPrinted.sources] };
    if (difference.isZero()) {
      b.sayFrom('，与上年持平', lastPrinted.sources);
      return;
    }
    if (statedBase) {
      b.say('，比上年预算');
      b.printedAmount(lastPrinted);
    } else {
      b.say('，比上年');
    }
    if (lastPrinted.value.isZero()) {
      b.say('新增');
      b.printedAmount(delta);
    } else {
      const up = difference.isPositive();
      b.say(up ? '增加' : '减少');
      b.printedAmount(delta);
      b.say(up ? '，增长' : '，下降');
      b.percent(delta, lastPrinted);
    }
    b.say('，主要原因是');
    const reason = textParam(this.params, reasonId);
    if (reason) b.say(cleanReason(reason));
    else b.placeholder(this.missingInput(reasonId));
  }

  private amountOrAsk(b: SentenceBuilder, fact: Fact | undefined, label: string): Printed | undefined {
    return b.amount(fact, this.missingFigure(label));
  }

  /** "名称X万元，占Y%" for each item, separated by ；. */
  private shares(b: SentenceBuilder, items: readonly (readonly [string, Fact | undefined])[], whole: Printed | undefined): void {
    items.forEach(([label, fact], index) => {
      if (index > 0) b.say('；');
      b.say(label);
      const part = this.amountOrAsk(b, fact, label);
      if (part && whole && !whole.value.isZero()) {
        b.say('，占');
        b.percent(part, whole);
      }
    });
  }

  private list(b: SentenceBuilder, items: readonly NamedFact[]): void {
    b.say(items.map((item) => item.name).join('、'));
  }

  private count(b: SentenceBuilder, id: string, unit: string): Decimal | undefined {
    const fact = this.param(id);
    if (!fact) {
      b.placeholder(this.missingInput(id));
      b.say(unit);
      return undefined;
    }
    b.quantity(fact.value, unit, paramField(id).type === 'area' ? 'area' : 'count', fact.sources);
    return fact.value;
  }

  private inputAmount(b: SentenceBuilder, id: string): Printed | undefined {
    return b.amount(this.param(id), this.missingInput(id));
  }

  sections(): NarrativeSection[] {
    return [
      this.section1(), this.section2(), this.section3(), this.section4(), this.section5(), this.section6(),
      this.section7(), this.section8(), this.section9(), this.section10(), this.section11(), this.section12(),
    ];
  }

  private section1(): NarrativeSection {
    const f = this.facts;
    const income = new SentenceBuilder('一.1');
    this.intro(income);
    income.say('预算收入总计');
    const incomeTotal = this.amountOrAsk(income, f.incomeTotal, '收入总计');
    income.say('，其中：本年收入');
    this.amountOrAsk(income, f.currentIncome, '本年收入合计');
    income.say('，上年结转');
    this.amountOrAsk(income, f.carryover, '上年结转');
    this.change(income, incomeTotal, 'lastYear.incomeTotal', 'reason.income');
    income.say('。');

    const spending = new SentenceBuilder('一.2');
    this.intro(spending);
    spending.say('预算支出总计');
    const spendingTotal = this.amountOrAsk(spending, f.expenditureTotal, '支出总计');
    spending.say('，其中：本年预算安排');
    this.amountOrAsk(spending, f.expenditureCurrent, '支出总计的当年预算安排');
    spending.say('，上年结转');
    this.amountOrAsk(spending, f.expenditureCarryover, '支出总计的上年结转安排');
    this.change(spending, spendingTotal, 'lastYear.expenditureTotal', 'reason.expenditure');
    spending.say('。');
    return { number: '一', title: '部门预算收支数据变动情况及原因', paragraphs: [{ sentences: [income.build()] }, { sentences: [spending.build()] }] };
  }

  private section2(): NarrativeSection {
    const f = this.facts;
    const b = new SentenceBuilder('二.1');
    this.intro(b);
    b.say('预算收入');
    const whole = this.amountOrAsk(b, f.incomeTotal, '收入总计');
    b.say('，主要包括');
    const items: [string, Fact | undefined][] = f.incomeBySource.map((s) => [INCOME_LABELS[s.source], s]);
    if (items.length === 0) items.push([INCOME_LABELS.generalPublic, undefined]);
    items.push(['上年结转', f.carryover]);
    this.shares(b, items, whole);
    b.say('。');
    return { number: '二', title: '收入预算情况说明', paragraphs: [{ sentences: [b.build()] }] };
  }

  private section3(): NarrativeSection {
    const f = this.facts;
    const b = new SentenceBuilder('三.1');
    this.intro(b);
    b.say('支出预算');
    const whole = this.amountOrAsk(b, f.expenditureTotal, '支出总计');
    b.say('，其中：');
    this.shares(b, [['基本支出', f.basic], ['项目支出', f.project]], whole);
    b.say('。');
    return { number: '三', title: '支出预算情况说明', paragraphs: [{ sentences: [b.build()] }] };
  }

  private section4(): NarrativeSection {
    const fiscal = this.facts.fiscal;
    const total = new SentenceBuilder('四.1');
    this.intro(total);
    total.say('财政拨款收支总预算');
    this.amountOrAsk(total, fiscal.total, '财政拨款收入总计');
    total.say('。');

    const byFund = new SentenceBuilder('四.2');
    byFund.say('其中：一般公共预算拨款');
    this.amountOrAsk(byFund, fiscal.generalPublic, '财政拨款支出总计的一般公共预算');
    byFund.say('，政府性基金预算拨款');
    this.amountOrAsk(byFund, fiscal.govFund, '财政拨款支出总计的政府性基金预算');
    byFund.say('，国有资本经营预算拨款');
    this.amountOrAsk(byFund, fiscal.stateCapital, '财政拨款支出总计的国有资本经营预算');
    byFund.say('。');

    const timing = new SentenceBuilder('四.3');
    timing.say('其中：当年拨款收入');
    this.amountOrAsk(timing, fiscal.current, '财政拨款本年收入合计');
    timing.say('，上年结转收入');
    this.amountOrAsk(timing, fiscal.carryover, '上年财政拨款结转');
    timing.say('。');

    const classes = new SentenceBuilder('四.4');
    classes.say('支出包括：');
    if (fiscal.classes.length === 0) classes.placeholder(this.missingFigure('财政拨款支出功能分类'));
    fiscal.classes.forEach((c, index) => {
      if (index > 0) classes.say('、');
      classes.say(c.name);
      classes.amount(c, this.missingFigure(c.name));
    });
    classes.say('。');
    return {
      number: '四',
      title: '财政拨款收支预算总体情况说明',
      paragraphs: [{ sentences: [total.build(), byFund.build()] }, { sentences: [timing.build(), classes.build()] }],
    };
  }

  private section5(): NarrativeSection {
    const gp = this.facts.generalPublic;
    const scale = new SentenceBuilder('五.1');
    this.intro(scale);
    scale.say('一般公共预算当年支出');
    const current = this.amountOrAsk(scale, gp.total, '一般公共预算当年支出合计');
    this.change(scale, current, 'lastYear.generalPublicCurrent', 'reason.generalPublicCurrent');
    scale.say('。');

    const structure = new SentenceBuilder('五.2');
    this.intro(structure);
    structure.say('一般公共预算当年支出');
    const whole = this.amountOrAsk(structure, gp.total, '一般公共预算当年支出合计');
    structure.say('，主要用于以下方面：');
    if (gp.classes.length === 0) structure.placeholder(this.missingFigure('一般公共预算支出功能分类'));
    this.shares(structure, gp.classes.map((c) => [c.name, c]), whole);
    structure.say('。');
    const chart = this.charts.find((c) => c.title === GENERAL_PUBLIC_CHART);
    return {
      number: '五',
      title: '一般公共预算支出情况说明',
      paragraphs: [
        { heading: '（一）一般公共预算当年支出规模变化情况', sentences: [scale.build()] },
        { heading: '（二）一般公共预算当年支出结构情况', sentences: [structure.build()], ...(chart ? { chart } : {}) },
      ],
    };
  }

  private section6(): NarrativeSection {
    const e = this.facts.basicEconomic;
    const head = new SentenceBuilder('六.1');
    this.intro(head);
    head.say('一般公共预算安排基本支出');
    this.amountOrAsk(head, e.total, '基本支出合计');
    head.say('，其中：');
    const personnel = new SentenceBuilder('六.2');
    personnel.say('人员经费');
    this.amountOrAsk(personnel, e.personnel, '人员经费合计');
    if (e.personnelItems.length > 0) {
      personnel.say('，主要包括：');
      this.list(personnel, e.personnelItems);
    }
    personnel.say('；');
    const publicUse = new SentenceBuilder('六.3');
    publicUse.say('公用经费');
    this.amountOrAsk(publicUse, e.publicUse, '公用经费合计');
    if (e.publicUseItems.length > 0) {
      publicUse.say('，主要包括：');
      this.list(publicUse, e.publicUseItems);
    }
    publicUse.say('。');
    return {
      number: '六',
      title: '一般公共预算基本支出情况说明',
      paragraphs: [{ sentences: [head.build()] }, { sentences: [personnel.build()] }, { sentences: [publicUse.build()] }],
    };
  }

  private section7(): NarrativeSection {
    const t = this.facts.threePublic;
    const total = new SentenceBuilder('七.1');
    this.intro(total, '年');
    total.say('财政拨款安排的“三公”经费预算');
    this.change(total, this.amountOrAsk(total, t.total, '“三公”经费合计'), 'lastYear.threePublic', 'reason.threePublic');
    total.say('。');

    const item = (id: string, opening: string, label: string, fact: Fact | undefined, key: string, end: string): Sentence => {
      const b = new SentenceBuilder(id);
      b.say(opening + label);
      this.change(b, this.amountOrAsk(b, fact, label), `lastYear.${key}`, `reason.${key}`);
      b.say(end);
      return b.build();
    };
    const items = [
      item('七.2', '其中：', '因公出国（境）费', t.abroad, 'abroad', '；'),
      item('七.3', '', '公务接待费', t.reception, 'reception', '；'),
      item('七.4', '', '公务用车购置及运行费', t.vehicle, 'vehicle', '。'),
    ];
    const vehicleItems = [
      item('七.5', '其中：', '公务用车购置费', t.vehiclePurchase, 'vehiclePurchase', '；'),
      item('七.6', '', '公务用车运行维护费', t.vehicleOperation, 'vehicleOperation', '。'),
    ];
    const chart = this.charts.find((c) => c.title === THREE_PUBLIC_CHART);
    return {
      number: '七',
      title: '“三公”经费增减变动原因说明',
      paragraphs: [
        { sentences: [total.build()] },
        { sentences: [...items, ...vehicleItems], ...(chart ? { chart } : {}) },
      ],
    };
  }

  private section8(): NarrativeSection {
    const b = new SentenceBuilder('八.1');
    this.departmentName(b);
    b.say('为');
    const unitType = textParam(this.params, 'unitType');
    if (unitType) b.say(unitType);
    else b.placeholder(this.missingInput('unitType'));
    b.say('，');
    if (this.year === undefined) b.placeholder(this.missingInput('year'));
    else b.say(String(this.year));
    b.say('年机关运行经费财政拨款预算');
    this.change(b, this.amountOrAsk(b, this.facts.operating, '机关运行经费'), 'lastYear.operating', 'reason.operating', true);
    b.say('。');
    return { number: '八', title: '机关运行经费增减变动原因说明', paragraphs: [{ sentences: [b.build()] }] };
  }

  private section9(): NarrativeSection {
    const ids = ['procurement.goods', 'procurement.works', 'procurement.services'];
    const total = new SentenceBuilder('九.1');
    this.intro(total, '年');
    total.say('政府采购预算总额');
    const given = ids.map((id) => this.param(id));
    const missing = ids.find((_, i) => !given[i]);
    if (missing) total.placeholder(this.missingInput(missing));
    else {
      const facts = given as Fact[];
      total.amount(
        { value: facts.reduce((sum, f) => sum.plus(f.value), new Decimal(0)), sources: facts.flatMap((f) => f.sources) },
        this.missingInput(ids[0]!),
      );
    }
    total.say('。');
    const parts = new SentenceBuilder('九.2');
    parts.say('其中：政府采购货物预算');
    this.inputAmount(parts, 'procurement.goods');
    parts.say('、政府采购工程预算');
    this.inputAmount(parts, 'procurement.works');
    parts.say('、政府采购服务预算');
    this.inputAmount(parts, 'procurement.services');
    parts.say('。');
    return { number: '九', title: '政府采购情况', paragraphs: [{ sentences: [total.build(), parts.build()] }] };
  }

  private section10(): NarrativeSection {
    const gp = this.facts.generalPublic;
    const overall = new SentenceBuilder('十.1');
    if (this.year === undefined) overall.placeholder(this.missingInput('year'));
    else overall.say(String(this.year));
    overall.say('年编报部门整体绩效目标，涉及部门预算资金');
    this.amountOrAsk(overall, gp.total, '一般公共预算当年支出合计');
    overall.say('，其中基本支出');
    this.amountOrAsk(overall, gp.basic, '一般公共预算基本支出');
    overall.say('，项目支出');
    this.amountOrAsk(overall, gp.project, '一般公共预算项目支出');
    overall.say('；');
    const units = new SentenceBuilder('十.2');
    units.say('机关及下属预算单位');
    this.count(units, 'performance.units', '个');
    units.say('，其中');
    this.count(units, 'performance.unitsReporting', '个');
    units.say('单位（包括机关）编报了单位整体绩效目标，涉及资金');
    this.inputAmount(units, 'performance.unitsAmount');
    units.say('。');

    const projects = new SentenceBuilder('十.3');
    this.intro(projects, '年');
    projects.say('纳入绩效目标管理的二级项目');
    const operating = this.param('performance.operatingProjects');
    const specific = this.param('performance.specificProjects');
    if (operating && specific) {
      projects.quantity(operating.value.plus(specific.value), '个', 'count', [...operating.sources, ...specific.sources]);
    } else {
      projects.placeholder(this.missingInput(operating ? 'performance.specificProjects' : 'performance.operatingProjects'));
      projects.say('个');
    }
    projects.say('，共计金额');
    const projectTotal = this.amountOrAsk(projects, gp.project, '一般公共预算项目支出');
    projects.say('。');
    const byType = new SentenceBuilder('十.4');
    byType.say('其中：其他运转类项目');
    this.count(byType, 'performance.operatingProjects', '个');
    byType.say('，涉及金额');
    this.inputAmount(byType, 'performance.operatingAmount');
    byType.say('；特定目标类项目');
    this.count(byType, 'performance.specificProjects', '个');
    byType.say('，涉及金额');
    this.inputAmount(byType, 'performance.specificAmount');
    byType.say('。');
    const published = new SentenceBuilder('十.5');
    published.say('公开项目绩效目标');
    this.count(published, 'performance.publishedProjects', '个');
    published.say('，涉及项目金额');
    const publishedAmount = this.inputAmount(published, 'performance.publishedAmount');
    if (publishedAmount && projectTotal && !projectTotal.value.isZero()) {
      published.say('，占部门（单位）项目支出总额的');
      published.percent(publishedAmount, projectTotal);
    }
    published.say('。');
    return {
      number: '十',
      title: '绩效管理情况',
      paragraphs: [
        { heading: '1、整体绩效目标', sentences: [overall.build(), units.build()] },
        { heading: '2、项目绩效目标', sentences: [projects.build(), byType.build(), published.build()] },
      ],
    };
  }

  private section11(): NarrativeSection {
    const vehicles = new SentenceBuilder('十一.1');
    this.asOf(vehicles);
    vehicles.say('共有公务用车编制');
    this.count(vehicles, 'vehicles.quota', '辆');
    vehicles.say('，实有');
    const byType = VEHICLE_TYPES.map(([id]) => this.param(id));
    const firstMissing = VEHICLE_TYPES.find((_, i) => !byType[i]);
    if (firstMissing) {
      vehicles.placeholder(this.missingInput(firstMissing[0]));
      vehicles.say('辆');
    } else {
      const facts = byType as Fact[];
      vehicles.quantity(facts.reduce((sum, f) => sum.plus(f.value), new Decimal(0)), '辆', 'count', facts.flatMap((f) => f.sources));
    }
    vehicles.say('，其中：');
    VEHICLE_TYPES.forEach(([id, label], index) => {
      if (index > 0) vehicles.say('，');
      vehicles.say(label);
      this.count(vehicles, id, '辆');
    });
    vehicles.say('。');

    const building = new SentenceBuilder('十一.2');
    this.asOf(building);
    building.say('使用的办公用房建筑总面积');
    this.count(building, 'assets.floorArea', '平方米');
    building.say('。');

    const equipment = new SentenceBuilder('十一.3');
    this.asOf(equipment);
    equipment.say('占有使用价值50万元（原值）以上的通用设备');
    this.count(equipment, 'assets.equipmentOver50', '台（套）');
    equipment.say('；');
    const equipmentLarge = new SentenceBuilder('十一.4');
    this.departmentName(equipmentLarge);
    equipmentLarge.say('占有使用价值100万元（原值）以上的通用设备');
    this.count(equipmentLarge, 'assets.equipmentOver100', '台（套）');
    equipmentLarge.say('。');
    return {
      number: '十一',
      title: '国有资产占有使用情况',
      paragraphs: [
        { heading: '1、车辆情况：', sentences: [vehicles.build()] },
        { heading: '2、房屋情况：', sentences: [building.build()] },
        { heading: '3、其他国有资产占有使用情况：', sentences: [equipment.build(), equipmentLarge.build()] },
      ],
    };
  }

  private section12(): NarrativeSection {
    const b = new SentenceBuilder('十二.1');
    if (this.year === undefined) b.placeholder(this.missingInput('year'));
    else b.say(String(this.year));
    const services: { name: string; id: string }[] = [];
    for (let n = 1; textParam(this.params, `purchasedService${n}.name`) !== undefined || this.param(`purchasedService${n}.amount`); n++) {
      services.push({ name: textParam(this.params, `purchasedService${n}.name`) ?? '', id: `purchasedService${n}` });
    }
    if (services.length === 0 && Object.keys(this.params).length > 0) {
      b.say('年无政府购买服务项目。');
    } else {
      b.say('年政府购买服务项目：');
      if (services.length === 0) b.placeholder(this.missingInput('purchasedService1.name'));
      services.forEach((service, index) => {
        if (index > 0) b.say('；');
        if (service.name) b.say(service.name);
        else b.placeholder(this.missingInput(`${service.id}.name`));
        b.say('，购买金额');
        this.inputAmount(b, `${service.id}.amount`);
      });
      b.say('。');
    }
    return { number: '十二', title: '其他说明', paragraphs: [{ heading: '（一）政府购买服务', sentences: [b.build()] }] };
  }
}

function uniqueFindings(sections: readonly NarrativeSection[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const section of sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        for (const finding of sentence.findings) {
          const key = `${finding.rule}|${finding.sheet}|${finding.cell}|${finding.message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(finding);
        }
      }
    }
  }
  return out;
}

/**
 * 生成情况说明 — 第三部分 as structured sentences. Deterministic: the same facts and 参数 give the same
 * text. Inputs that are absent become 【待填写：…】 with a `narrative.missingInput` finding naming the
 * 参数 cell; no figure is ever made up.
 * @example generateNarrative(factsFromTables(tables), sampleParams()).sections[0].paragraphs[0].sentences[0].text
 *   // "2024年度阳城县应急管理局预算收入总计4,510.52万元，其中：本年收入4,052.12万元，…"
 */
export function generateNarrative(facts: NarrativeFacts, params: ParamValues = {}, options: NarrativeOptions = {}): Narrative {
  const writer = new Writer(facts, params, options);
  const sections = writer.sections();
  return { title: writer.title, sections, charts: writer.charts, findings: uniqueFindings(sections) };
}

/** Every sentence of a narrative, in order. */
export function sentencesOf(narrative: Narrative): Sentence[] {
  return narrative.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
}
