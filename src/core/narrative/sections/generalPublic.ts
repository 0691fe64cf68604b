/**
 * 五 and 六 — 一般公共预算: 当年支出 against last year and by class with shares (and the chart);
 * 基本支出 as 人员经费 and 公用经费 with their economic items (seed text lines 502–521).
 */
import { GENERAL_PUBLIC_CHART } from '../charts';
import type { NarrativeSection } from '../model';
import { SentenceBuilder } from '../sentence';
import type { NarrativeWriter } from '../writer';

/** 五、一般公共预算支出情况说明 */
export function section5(w: NarrativeWriter): NarrativeSection {
  const gp = w.facts.generalPublic;
  const scale = new SentenceBuilder('五.1');
  w.intro(scale);
  scale.say('一般公共预算当年支出');
  const current = w.amountOrAsk(scale, gp.total, '一般公共预算当年支出合计');
  w.change(scale, current, 'lastYear.generalPublicCurrent', 'reason.generalPublicCurrent');
  scale.say('。');

  const structure = new SentenceBuilder('五.2');
  w.intro(structure);
  structure.say('一般公共预算当年支出');
  const whole = w.amountOrAsk(structure, gp.total, '一般公共预算当年支出合计');
  structure.say('，主要用于以下方面：');
  if (gp.classes.length === 0) structure.placeholder(w.missingFigure('一般公共预算支出功能分类'));
  w.shares(structure, gp.classes.map((c) => [c.name, c]), whole);
  structure.say('。');
  const chart = w.charts.find((c) => c.title === GENERAL_PUBLIC_CHART);
  return {
    number: '五',
    title: '一般公共预算支出情况说明',
    paragraphs: [
      { heading: '（一）一般公共预算当年支出规模变化情况', sentences: [scale.build()] },
      { heading: '（二）一般公共预算当年支出结构情况', sentences: [structure.build()], ...(chart ? { chart } : {}) },
    ],
  };
}

/** 六、一般公共预算基本支出情况说明 */
export function section6(w: NarrativeWriter): NarrativeSection {
  const e = w.facts.basicEconomic;
  const head = new SentenceBuilder('六.1');
  w.intro(head);
  head.say('一般公共预算安排基本支出');
  w.amountOrAsk(head, e.total, '基本支出合计');
  head.say('，其中：');
  const personnel = new SentenceBuilder('六.2');
  personnel.say('人员经费');
  w.amountOrAsk(personnel, e.personnel, '人员经费合计');
  if (e.personnelItems.length > 0) {
    personnel.say('，主要包括：');
    w.list(personnel, e.personnelItems);
  }
  personnel.say('；');
  const publicUse = new SentenceBuilder('六.3');
  publicUse.say('公用经费');
  w.amountOrAsk(publicUse, e.publicUse, '公用经费合计');
  if (e.publicUseItems.length > 0) {
    publicUse.say('，主要包括：');
    w.list(publicUse, e.publicUseItems);
  }
  publicUse.say('。');
  return {
    number: '六',
    title: '一般公共预算基本支出情况说明',
    paragraphs: [{ sentences: [head.build()] }, { sentences: [personnel.build()] }, { sentences: [publicUse.build()] }],
  };
}
