/**
 * 七 and 八 — “三公”经费 and each item against last year with reasons (and the chart); 机关运行经费
 * against last year's figure, stated (seed text lines 523–535).
 */
import { THREE_PUBLIC_CHART } from '../charts';
import type { Fact } from '../facts';
import { textParam } from '../../params/sheet';
import type { NarrativeSection } from '../model';
import { SentenceBuilder } from '../sentence';
import type { Sentence } from '../sentence';
import type { NarrativeWriter } from '../writer';

/** 七、“三公”经费增减变动原因说明 */
export function section7(w: NarrativeWriter): NarrativeSection {
  const t = w.facts.threePublic;
  const total = new SentenceBuilder('七.1');
  w.intro(total, '年');
  total.say('财政拨款安排的“三公”经费预算');
  w.change(total, w.amountOrAsk(total, t.total, '“三公”经费合计'), 'lastYear.threePublic', 'reason.threePublic');
  total.say('。');

  const item = (id: string, opening: string, label: string, fact: Fact | undefined, key: string, end: string): Sentence => {
    const b = new SentenceBuilder(id);
    b.say(opening + label);
    w.change(b, w.amountOrAsk(b, fact, label), `lastYear.${key}`, `reason.${key}`);
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
  const chart = w.charts.find((c) => c.title === THREE_PUBLIC_CHART);
  return {
    number: '七',
    title: '“三公”经费增减变动原因说明',
    paragraphs: [
      { sentences: [total.build()] },
      { sentences: [...items, ...vehicleItems], ...(chart ? { chart } : {}) },
    ],
  };
}

/** 八、机关运行经费增减变动原因说明 */
export function section8(w: NarrativeWriter): NarrativeSection {
  const b = new SentenceBuilder('八.1');
  w.departmentName(b);
  b.say('为');
  const unitType = textParam(w.params, 'unitType');
  if (unitType) b.say(unitType);
  else b.placeholder(w.missingInput('unitType'));
  b.say('，');
  if (w.year === undefined) b.placeholder(w.missingInput('year'));
  else b.say(String(w.year));
  b.say('年机关运行经费财政拨款预算');
  w.change(b, w.amountOrAsk(b, w.facts.operating, '机关运行经费'), 'lastYear.operating', 'reason.operating', true);
  b.say('。');
  return { number: '八', title: '机关运行经费增减变动原因说明', paragraphs: [{ sentences: [b.build()] }] };
}
