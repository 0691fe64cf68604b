import { paramsSheet, sampleParams } from '../../../src/core/params';
import { prepareReport } from '../../../src/core/report';
import { asPrinted, draftReasons } from '../../../src/core/report/draft';
import { sampleDisclosure } from '../../../src/core/sample';
import { layoutWorkbook } from '../../../src/core/templates';

const sample = sampleDisclosure();
const sampleWorkbook = () => [...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }), paramsSheet(sampleParams())];

describe('the draft marking of a report', () => {
  it('marks a blank workbook\'s document 草稿, saying how many 【待填写】 remain', () => {
    const prepared = prepareReport([...layoutWorkbook({ family: 'budget13', department: '测试局', year: 2025, unit: '万元', codeLayout: 'single' }), paramsSheet()]);
    const printed = asPrinted(prepared);
    expect(printed.cover.title).toBe('2025年度部门预算公开（草稿）');
    expect(printed.blocks[0]).toEqual({ kind: 'paragraph', text: `本文档为草稿：尚有${prepared.unfinished.length}处待填写，处理后请重新生成，勿作公开。`, placeholder: true });
  });

  it('leaves the document as it is once nothing is unfinished', () => {
    const prepared = prepareReport(sampleWorkbook());
    expect(draftReasons(prepared)).toEqual({ unfinished: 1, errors: 0 });
    const finished = { ...prepared, unfinished: [] };
    expect(draftReasons(finished)).toBeUndefined();
    expect(asPrinted(finished)).toBe(prepared.document);
  });
});
