import type { TableKind } from '../../../src/core/model';
import { classifyTitle, looksLikeTitle } from '../../../src/core/recognize';
import { loadSeed } from '../../support/seed';

describe('classifyTitle', () => {
  it.each<[string, TableKind]>([
    // 预算: the seed's wording and the variants the domain guide lists
    ['部门财务收支预算总表', 'budget.summary'],
    ['阳城县应急管理局2024年部门收支总表', 'budget.summary'],
    ['收入预算总表', 'budget.income'],
    ['单位收入总表', 'budget.income'],
    ['支出预算总表', 'budget.expenditure'],
    ['2024年部门预算支出汇总表', 'budget.expenditure'],
    ['财政拨款收支预算总表', 'budget.fiscalSummary'],
    ['一般公共预算支出功能分类预算表', 'budget.generalPublic'],
    ['一般公共预算基本支出经济分类表', 'budget.basicEconomic'],
    ['政府性基金预算收入表(不含上年结转)', 'budget.fundIncome'],
    ['政府性基金预算支出预算表', 'budget.fundExpenditure'],
    ['国有资本经营预算支出预算表', 'budget.stateCapital'],
    ['财政拨款"三公"经费支出预算表', 'budget.threePublic'],
    ['“三公”经费和机关运行经费预算表', 'budget.threePublicAndOperating'],
    ['机关运行经费预算表', 'budget.operating'],
    ['项目支出预算表（本年预算）', 'budget.projects'],
    ['项目支出预算表(上年结转)', 'budget.projectsCarryover'],
    ['表3 部门支出总表', 'budget.expenditure'],
    // the 12-table family (issue 13): 政府采购, 三公 with 会议费/培训费, 会议费/培训费 alone
    ['2025年部门政府采购预算表', 'budget.procurement'],
    ['政府采购预算明细表', 'budget.procurement'],
    ['“三公”经费、会议费、培训费预算表', 'budget.threePublic'],
    ['部门会议费、培训费预算表', 'budget.meetingTraining'],
    ['收支预算总表', 'budget.summary'],
    // 决算: the nine tables of the domain guide
    ['收入支出决算总表', 'final.summary'],
    ['2023年度收入决算表', 'final.income'],
    ['支出决算表', 'final.expenditure'],
    ['财政拨款收入支出决算总表', 'final.fiscalSummary'],
    ['一般公共预算财政拨款支出决算表', 'final.generalPublic'],
    ['一般公共预算财政拨款基本支出决算表', 'final.basicEconomic'],
    ['一般公共预算财政拨款“三公”经费支出决算表', 'final.threePublic'],
    ['政府性基金预算财政拨款收入支出决算表', 'final.fund'],
    ['国有资本经营预算财政拨款支出决算表', 'final.stateCapital'],
    ['收入决算总表', 'final.income'],
    ['支出决算总表', 'final.expenditure'],
    ['一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表', 'final.threePublic'],
    ['高等学校收支决算总表', 'final.summary'],
  ])('classifies “%s” as %s', (title, kind) => {
    expect(classifyTitle(title)).toBe(kind);
  });

  it('classifies every seed title', () => {
    expect(Object.keys(loadSeed().tables).map((t) => classifyTitle(t)).every((k) => k !== undefined)).toBe(true);
  });

  it.each(['项目支出绩效目标表', '2024年部门资产配置预算表', '部门名称：阳城县应急管理局', '财政拨款支出决算明细表'])('names no kind for “%s”', (title) => {
    expect(classifyTitle(title)).toBeUndefined();
  });
});

describe('looksLikeTitle', () => {
  it.each([
    ['2024年项目支出预算表（本年预算）', true],
    ['预算公开表1', false],
    ['公开01表', false],
    ['单位：万元', false],
    ['注：本表无数据', false],
    ['一般公共预算支出预算表反映了本部门的支出情况。', false],
  ])('“%s” → %s', (text, expected) => {
    expect(looksLikeTitle(text)).toBe(expected);
  });
});
