import { paramsSheet, sampleParams } from '../../../src/core/params';
import { missingParamsBySection } from '../../../src/core/params/missing';
import { prepareReport } from '../../../src/core/report';
import { sampleDisclosure } from '../../../src/core/sample';
import { layoutWorkbook } from '../../../src/core/templates';

describe('missingParamsBySection', () => {
  it('groups what a blank workbook\'s 情况说明 lacks by the 参数 sheet\'s sections, in the sheet\'s order, each field once', () => {
    const blank = [...layoutWorkbook({ family: 'budget13', department: '测试局', year: 2025, unit: '万元', codeLayout: 'single' }), paramsSheet()];
    const { unfinished } = prepareReport(blank);
    const sections = missingParamsBySection(unfinished);
    expect(sections.map((section) => section.group)).toEqual(['基本信息', '上年数', '政府采购', '国有资产', '绩效管理', '政府购买服务']);
    expect(sections[0]!.fields.map((missing) => missing.field.label)).toEqual(['部门名称', '单位类型']);
    const listed = sections.flatMap((section) => section.fields);
    expect(new Set(listed.map((missing) => missing.field.id)).size).toBe(listed.length);
    // Every missing input is listed; the figures missing from the tables are not 参数.
    expect(listed.length).toBe(unfinished.filter((finding) => finding.rule === 'narrative.missingInput').length);
  });

  it('lists the sample\'s one missing reason under 变动原因', () => {
    const sample = sampleDisclosure();
    const workbook = [...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }), paramsSheet(sampleParams())];
    const sections = missingParamsBySection(prepareReport(workbook).unfinished);
    expect(sections.map((section) => [section.group, section.fields.map((missing) => missing.field.label)])).toEqual([['变动原因', ['一般公共预算当年支出变动原因']]]);
  });
});
