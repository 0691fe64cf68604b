/**
 * 名词解释 — the standard glossary of 第四部分.
 *
 * Written by us from the definitions in the domain guide ("The document", the table family and
 * the income sources it names); every published disclosure carries a glossary of these terms
 * (the seed's 第四部分), but the wording here is our own.
 */

/** A glossary entry. */
export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
}

/** The twelve terms a budget disclosure explains, in the order readers meet them. */
export const BUDGET_GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: '财政拨款',
    definition:
      '本级财政当年拨付给部门的资金，包括一般公共预算拨款、政府性基金预算拨款和国有资本经营预算拨款三类来源。',
  },
  {
    term: '一般公共预算',
    definition:
      '以税收为主要收入来源的财政收支预算，主要用于保障和改善民生、支持经济社会发展、维护国家安全和保障国家机构正常运转。',
  },
  {
    term: '政府性基金预算',
    definition:
      '依照法律、行政法规的规定，在一定期限内向特定对象征收、收取或以其他方式筹集的资金所编制的收支预算，资金专门用于特定公共事业的发展。',
  },
  {
    term: '国有资本经营预算',
    definition: '对国有资本取得的收益作出支出安排的收支预算。',
  },
  {
    term: '财政专户管理资金',
    definition: '纳入财政专户、实行收支两条线管理的非税收入资金，主要为教育收费等按规定缴入财政专户的资金。',
  },
  {
    term: '单位资金',
    definition:
      '政府预算资金和财政专户管理资金以外由单位取得的资金，包括事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入和其他收入等。',
  },
  {
    term: '上年结转',
    definition: '以前年度已安排预算、尚未使用完毕，结转到本年度并按原定用途继续使用的资金。',
  },
  {
    term: '基本支出',
    definition: '为保障机构正常运转、完成日常工作任务所安排的支出，由人员经费和公用经费两部分组成。',
  },
  {
    term: '项目支出',
    definition: '在基本支出之外，为完成特定的行政工作任务或事业发展目标所安排的支出。',
  },
  {
    term: '“三公”经费',
    definition:
      '用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。因公出国（境）费指公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费和公杂费等；公务用车购置及运行费指公务用车的购置支出（含车辆购置税）以及按规定保留的公务用车的燃料、维修、过路过桥、保险等运行维护支出；公务接待费指按规定开支的各类公务接待（含外宾接待）支出。',
  },
  {
    term: '机关运行经费',
    definition: '行政单位和参照公务员法管理的事业单位使用财政拨款安排的基本支出中的公用经费，用于保障机关日常运转。',
  },
  {
    term: '政府购买服务',
    definition:
      '各级国家机关将属于自身职责范围、适合通过市场化方式提供的服务事项，按照政府采购的方式和程序交由符合条件的服务供应商承担，并根据服务的数量和质量向其支付费用的做法。',
  },
];
