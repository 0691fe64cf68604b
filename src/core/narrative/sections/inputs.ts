/**
 * 九 to 十二 — the sections written mostly from 参数: 政府采购, 绩效管理, 国有资产, 政府购买服务
 * (seed text lines 537–553 and 1519–1541).
 */
import { Decimal } from '../../amount';
import { textParam } from '../../params/sheet';
import type { Fact } from '../facts';
import type { NarrativeSection } from '../model';
import { SentenceBuilder } from '../sentence';
import type { NarrativeWriter } from '../writer';

const VEHICLE_TYPES: readonly [string, string][] = [
  ['vehicles.leader', '领导用车'],
  ['vehicles.confidential', '机要通信用车'],
  ['vehicles.emergency', '应急保障用车'],
  ['vehicles.lawEnforcement', '执法执勤用车'],
  ['vehicles.special', '特种专业技术用车'],
  ['vehicles.institution', '事业单位业务用车'],
  ['vehicles.other', '其他公务用车'],
];

/** 九、政府采购情况 */
export function section9(w: NarrativeWriter): NarrativeSection {
  const ids = ['procurement.goods', 'procurement.works', 'procurement.services'];
  const total = new SentenceBuilder('九.1');
  w.intro(total, '年');
  total.say('政府采购预算总额');
  const given = ids.map((id) => w.param(id));
  const missing = ids.find((_, i) => !given[i]);
  if (missing) total.placeholder(w.missingInput(missing));
  else {
    const facts = given as Fact[];
    total.amount(
      { value: facts.reduce((sum, f) => sum.plus(f.value), new Decimal(0)), sources: facts.flatMap((f) => f.sources) },
      w.missingInput(ids[0]!),
    );
  }
  total.say('。');
  const parts = new SentenceBuilder('九.2');
  parts.say('其中：政府采购货物预算');
  w.inputAmount(parts, 'procurement.goods');
  parts.say('、政府采购工程预算');
  w.inputAmount(parts, 'procurement.works');
  parts.say('、政府采购服务预算');
  w.inputAmount(parts, 'procurement.services');
  parts.say('。');
  return { number: '九', title: '政府采购情况', paragraphs: [{ sentences: [total.build(), parts.build()] }] };
}

/** 十、绩效管理情况 */
export function section10(w: NarrativeWriter): NarrativeSection {
  const gp = w.facts.generalPublic;
  const overall = new SentenceBuilder('十.1');
  if (w.year === undefined) overall.placeholder(w.missingInput('year'));
  else overall.say(String(w.year));
  overall.say('年编报部门整体绩效目标，涉及部门预算资金');
  w.amountOrAsk(overall, gp.total, '一般公共预算当年支出合计');
  overall.say('，其中基本支出');
  w.amountOrAsk(overall, gp.basic, '一般公共预算基本支出');
  overall.say('，项目支出');
  w.amountOrAsk(overall, gp.project, '一般公共预算项目支出');
  overall.say('；');
  const units = new SentenceBuilder('十.2');
  units.say('机关及下属预算单位');
  w.count(units, 'performance.units', '个');
  units.say('，其中');
  w.count(units, 'performance.unitsReporting', '个');
  units.say('单位（包括机关）编报了单位整体绩效目标，涉及资金');
  w.inputAmount(units, 'performance.unitsAmount');
  units.say('。');

  const projects = new SentenceBuilder('十.3');
  w.intro(projects, '年');
  projects.say('纳入绩效目标管理的二级项目');
  const operating = w.param('performance.operatingProjects');
  const specific = w.param('performance.specificProjects');
  if (operating && specific) {
    projects.quantity(operating.value.plus(specific.value), '个', 'count', [...operating.sources, ...specific.sources]);
  } else {
    projects.placeholder(w.missingInput(operating ? 'performance.specificProjects' : 'performance.operatingProjects'));
    projects.say('个');
  }
  projects.say('，共计金额');
  const projectTotal = w.amountOrAsk(projects, gp.project, '一般公共预算项目支出');
  projects.say('。');
  const byType = new SentenceBuilder('十.4');
  byType.say('其中：其他运转类项目');
  w.count(byType, 'performance.operatingProjects', '个');
  byType.say('，涉及金额');
  w.inputAmount(byType, 'performance.operatingAmount');
  byType.say('；特定目标类项目');
  w.count(byType, 'performance.specificProjects', '个');
  byType.say('，涉及金额');
  w.inputAmount(byType, 'performance.specificAmount');
  byType.say('。');
  const published = new SentenceBuilder('十.5');
  published.say('公开项目绩效目标');
  w.count(published, 'performance.publishedProjects', '个');
  published.say('，涉及项目金额');
  const publishedAmount = w.inputAmount(published, 'performance.publishedAmount');
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
      ...(w.param('performance.publishedProjects')?.value.isZero() === false ? [{ sentences: [new SentenceBuilder('十.6').say('（项目绩效目标表公开情况见附件）').build()] }] : []),
    ],
  };
}

/** 十一、国有资产占有使用情况 */
export function section11(w: NarrativeWriter): NarrativeSection {
  const vehicles = new SentenceBuilder('十一.1');
  w.asOf(vehicles);
  vehicles.say('共有公务用车编制');
  w.count(vehicles, 'vehicles.quota', '辆');
  vehicles.say('，实有');
  const byType = VEHICLE_TYPES.map(([id]) => w.param(id));
  const firstMissing = VEHICLE_TYPES.find((_, i) => !byType[i]);
  if (firstMissing) {
    vehicles.placeholder(w.missingInput(firstMissing[0]));
    vehicles.say('辆');
  } else {
    const facts = byType as Fact[];
    vehicles.quantity(facts.reduce((sum, f) => sum.plus(f.value), new Decimal(0)), '辆', 'count', facts.flatMap((f) => f.sources));
  }
  vehicles.say('，其中：');
  VEHICLE_TYPES.forEach(([id, label], index) => {
    if (index > 0) vehicles.say('，');
    vehicles.say(label);
    w.count(vehicles, id, '辆');
  });
  vehicles.say('。');

  const building = new SentenceBuilder('十一.2');
  w.asOf(building);
  building.say('使用的办公用房建筑总面积');
  w.count(building, 'assets.floorArea', '平方米');
  building.say('。');

  const equipment = new SentenceBuilder('十一.3');
  w.asOf(equipment);
  equipment.say('占有使用价值50万元（原值）以上的通用设备');
  w.count(equipment, 'assets.equipmentOver50', '台（套）');
  equipment.say('；');
  const equipmentLarge = new SentenceBuilder('十一.4');
  w.departmentName(equipmentLarge);
  equipmentLarge.say('占有使用价值100万元（原值）以上的通用设备');
  w.count(equipmentLarge, 'assets.equipmentOver100', '台（套）');
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

/** 十二、其他说明 */
export function section12(w: NarrativeWriter): NarrativeSection {
  const b = new SentenceBuilder('十二.1');
  if (w.year === undefined) b.placeholder(w.missingInput('year'));
  else b.say(String(w.year));
  const services: { name: string; id: string }[] = [];
  for (let n = 1; textParam(w.params, `purchasedService${n}.name`) !== undefined || w.param(`purchasedService${n}.amount`); n++) {
    services.push({ name: textParam(w.params, `purchasedService${n}.name`) ?? '', id: `purchasedService${n}` });
  }
  if (services.length === 0 && Object.keys(w.params).length > 0) {
    b.say('年无政府购买服务项目。');
  } else {
    b.say('年政府购买服务项目：');
    if (services.length === 0) b.placeholder(w.missingInput('purchasedService1.name'));
    services.forEach((service, index) => {
      if (index > 0) b.say('；');
      if (service.name) b.say(service.name);
      else b.placeholder(w.missingInput(`${service.id}.name`));
      b.say('，购买金额');
      w.inputAmount(b, `${service.id}.amount`);
    });
    b.say('。');
  }
  const other = textParam(w.params, 'otherNotes');
  return {
    number: '十二',
    title: '其他说明',
    paragraphs: [
      { heading: '（一）政府购买服务', sentences: [b.build()] },
      ...(other ? [{ heading: '（二）其他', sentences: [new SentenceBuilder('十二.2').say(other).build()] }] : []),
    ],
  };
}
