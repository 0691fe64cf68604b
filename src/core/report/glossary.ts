/**
 * 名词解释 — the glossary of 第四部分, as data the department edits: a `名词解释` sheet in the
 * workbook, one entry a row, printed in order and numbered 一、二、… in the document. Without the sheet
 * the document prints the standard text of its kind.
 *
 * The budget glossary is the seed's 第四部分 word for word (yangcheng-emergency-2024-budget-disclosure.txt,
 * lines 1543–1568; the test compares them): the text departments publish. The 决算 glossary is our
 * wording of the terms of the 决算 tables (domain guide, "Other families": 年初/年末结转和结余, the
 * income sources), with the seed's entries where the term is the same.
 */
import { cellText, type Grid, type Workbook } from '../grid';
import { chineseNumeral } from './text';

/** The sheet a workbook keeps its glossary in. */
export const GLOSSARY_SHEET = '名词解释';

/** The seed's twelve standard terms (issue 16 counts eleven; the seed prints 十二、财政拨款 too), each as printed after its number. */
export const BUDGET_GLOSSARY: readonly string[] = [
  '基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
  '项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
  '“三公”经费：指省直部门用财政拨款安排的因公出国（境）费用、公务用车购置及运行费和公务接待费。其中：因公出国（境）费用反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置费反映公务用车购置支出（含车辆购置税、牌照费）；公务用车运行维护费反映单位按规定保留的公务用车燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映机关和参公事业单位按规定开支的各类公务接待（含外宾接待）支出。',
  '机关运行经费：指行政单位和参照公务员法管理的事业单位使用财政拨款安排的基本支出中的公用经费支出。',
  '政府购买服务：根据我国现行政策规定，政府购买服务，是指充分发挥市场机制作用，将国家机关属于自身职责范围且适合通过市场化方式提供的服务事项，按照政府采购方式和程序，交由符合条件的服务供应商承担，并根据服务数量和质量等情况向其支付费用的行为。',
  '财政专户管理资金：专指教育收费，包括目前在财政专户管理的高中以上学费、住宿费，高校委托培养费，党校收费，教育考试考务费，函大、电大、夜大及短训班培训费等。',
  '单位资金：是指除政府预算资金和财政专户管理资金以外的资金，包括事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入、其他收入。',
  '上年结转：指以前年度预算安排、结转到本年仍按原规定用途继续使用的资金。',
  '一般公共预算是指以税收为主体的财政收入，安排用于保障和改善民生、推动经济社会发展、维护国家安全、维持国家机构正常运转等方面的收支预算。',
  '政府性基金预算：是对依照法律、行政法规的规定在一定期限内向特定对象征收、收取或者以其他方式筹集的资金，专项用于特定公共事业发展的收支预算。',
  '国有资本经营预算是对国有资本收益作出支出安排的收支预算。',
  '财政拨款：包含一般公共预算、政府性基金预算、国有资本经营预算。',
];

/** The terms of a 决算 disclosure's tables (our wording; the seed's where the term is the same). */
export const FINAL_GLOSSARY: readonly string[] = [
  '财政拨款收入：指本级财政当年拨付的资金。',
  '上级补助收入：指事业单位从主管部门和上级单位取得的非财政补助收入。',
  '事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。',
  '经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。',
  '附属单位上缴收入：指事业单位附属的独立核算单位按照有关规定上缴的收入。',
  '其他收入：指单位取得的除上述收入以外的各项收入。',
  '年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
  '年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关规定继续使用的资金。',
  '基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
  '项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
  '“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中：因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费反映单位公务用车购置支出（含车辆购置税）及按规定保留的公务用车燃料费、维修费、过路过桥费、保险费等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。',
  '机关运行经费：指行政单位和参照公务员法管理的事业单位使用财政拨款安排的基本支出中的公用经费支出。',
];

/** The note above the entries; the reader starts below it. */
const SHEET_NOTE = '说明：每行一条，公开文本按行序编号（一、二、……）；可增删、改写，清空后公开文本留待填写。';
/** A number the user typed before an entry (一、 / 1. / （一）), not part of it: the document numbers entries itself. */
const TYPED_NUMBER = /^\s*(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])\s*/u;

/**
 * The glossary as a sheet to fill: a title, a note, then one entry a row in column A — one column of
 * text, so that table recognition never takes it for a table.
 * @example glossarySheet().values[2] // ["基本支出：指为保障机构正常运转、……"]
 */
export function glossarySheet(entries: readonly string[] = BUDGET_GLOSSARY): Grid {
  const values = [['名词解释'], [SHEET_NOTE], ...entries.map((entry) => [entry])];
  return {
    name: GLOSSARY_SHEET,
    values,
    merges: [],
    columnWidths: [110],
    styles: [
      { range: { top: 0, left: 0, bottom: 0, right: 0 }, style: { bold: true, fontSize: 14 } },
      { range: { top: 2, left: 0, bottom: values.length - 1, right: 0 }, style: { wrap: true, vertical: 'top' } },
    ],
    print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true },
  };
}

/** What a workbook says about its glossary. */
export interface GlossaryFromWorkbook {
  /** The sheet's entries in order; undefined when the workbook has no `名词解释` sheet. */
  readonly entries?: readonly string[];
}

/**
 * The entries of the workbook's `名词解释` sheet: every non-blank cell of column A below the note (or
 * below the title when the note was removed), a number the user typed in front taken off.
 * @example readGlossary([glossarySheet()]).entries?.length // 11
 */
export function readGlossary(workbook: Workbook): GlossaryFromWorkbook {
  const grid = workbook.find((g) => g.name === GLOSSARY_SHEET && !g.hidden);
  if (!grid) return {};
  const texts = grid.values.map((row) => cellText(row[0] ?? null));
  const note = texts.findIndex((t) => t.startsWith('说明'));
  const start = note >= 0 ? note + 1 : texts[0] === '名词解释' ? 1 : 0;
  const entries = texts
    .slice(start)
    .map((t) => t.replace(TYPED_NUMBER, '').trim())
    .filter((t) => t !== '');
  return { entries };
}

/**
 * An entry as 第四部分 prints it.
 * @example glossaryLine('基本支出：指……', 0) // "一、基本支出：指……"
 */
export function glossaryLine(entry: string, index: number): string {
  return `${chineseNumeral(index + 1)}、${entry}`;
}
