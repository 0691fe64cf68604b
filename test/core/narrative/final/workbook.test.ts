import { checkWorkbookNarrative, narrativeOfWorkbook } from '../../../../src/core/narrative';
import { paramsSheet } from '../../../../src/core/params';
import { recognizeWorkbook } from '../../../../src/core/recognize';
import { finalWorkbook } from './finalWorkbook';

const workbook = finalWorkbook();
const tables = recognizeWorkbook(workbook).tables;

describe('the narrative entry points on a 决算 workbook', () => {
  it('generate the 决算 sections, with the 参数 sheet’s department and reasons', () => {
    const { narrative } = narrativeOfWorkbook([...workbook, paramsSheet({ department: '某局', 'reason.threePublic': '节约' })], tables);
    expect(narrative.title).toBe('第三部分 2023年度某局部门决算情况说明');
    expect(narrative.sections.map((s) => s.title)).toContain('一般公共预算财政拨款支出决算情况说明');
    const texts = narrative.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.map((x) => x.text)));
    expect(texts).toContain('决算数小于预算数的主要原因是节约。');
  });

  it('check a given 决算 text for its 完成率 statements and their figures against the tables', () => {
    const problems = (text: string) => checkWorkbookNarrative(workbook, tables, { name: '说明.txt', text }).findings.filter((f) => f.severity !== 'info');
    const overZero = '2080506机关事业单位职业年金缴费支出（项）：年初预算为0.00万元，支出决算为8.00万元，完成年初预算的100%。';
    expect(problems(overZero).map((f) => [f.rule, f.sheet])).toEqual([['narrative.completionOverZero', '说明.txt']]);
    const wrongFigure = '行政运行（项）：年初预算为0.00万元，支出决算为55.00万元。';
    expect(problems(wrongFigure).map((f) => [f.rule, f.expected])).toEqual([['narrative.amountMismatch', '65.00']]);
  });
});
