import { Decimal } from '../../src/core/amount';
import type { NarrativeNumber } from '../../src/core/narrative';
import { segmentSentence } from '../../src/taskpane/narrativeText';

function number(text: string, cell: string): NarrativeNumber {
  return { text, value: new Decimal(0), kind: 'amount', sources: [{ sheet: '表1 收支总表', cell }] };
}

describe('segmentSentence', () => {
  it('cuts a sentence at its numbers, each keeping its first source cell', () => {
    const segments = segmentSentence({
      text: '收入总计4,510.52万元，比上年增加553.02万元。',
      numbers: [number('4,510.52万元', 'B30'), number('553.02万元', 'B31')],
      placeholders: [],
    });
    expect(segments).toEqual([
      { kind: 'text', text: '收入总计' },
      { kind: 'number', text: '4,510.52万元', source: { sheet: '表1 收支总表', cell: 'B30' } },
      { kind: 'text', text: '，比上年增加' },
      { kind: 'number', text: '553.02万元', source: { sheet: '表1 收支总表', cell: 'B31' } },
      { kind: 'text', text: '。' },
    ]);
  });

  it('maps a figure printed twice to its two numbers in order', () => {
    const segments = segmentSentence({ text: '1.00万元和1.00万元', numbers: [number('1.00万元', 'C1'), number('1.00万元', 'C2')], placeholders: [] });
    expect(segments.filter((segment) => segment.kind === 'number').map((segment) => segment.kind === 'number' && segment.source?.cell)).toEqual(['C1', 'C2']);
  });

  it('marks placeholders so they can be highlighted', () => {
    const segments = segmentSentence({ text: '比上年【待填写：上年收入总计】。', numbers: [], placeholders: ['【待填写：上年收入总计】'] });
    expect(segments).toEqual([
      { kind: 'text', text: '比上年' },
      { kind: 'placeholder', text: '【待填写：上年收入总计】' },
      { kind: 'text', text: '。' },
    ]);
  });

  it('keeps the whole text when a number cannot be found in it', () => {
    const segments = segmentSentence({ text: '无数字。', numbers: [number('9.99万元', 'A1')], placeholders: [] });
    expect(segments).toEqual([{ kind: 'text', text: '无数字。' }]);
  });
});
