import { cellText } from '../../../src/core/grid';
import { findNarrativeText } from '../../../src/core/narrative';
import { recognizeWorkbook } from '../../../src/core/recognize';
import { BUDGET_GLOSSARY, glossaryLine, glossarySheet, GLOSSARY_SHEET, readGlossary } from '../../../src/core/report';
import { reviewWorkbook } from '../../../src/core/review';
import { sampleWorkbook } from '../../../src/core/sample';
import { loadSeedText } from '../../support/seed';

/** The seed's 第四部分 名词解释: one entry per numbered line, a definition broken onto the next line joined back. */
function seedGlossary(): string[] {
  const text = loadSeedText();
  const lines = text
    .slice(text.lastIndexOf('\n第四部分 名词解释\n'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== '第四部分 名词解释');
  const entries: string[] = [];
  for (const line of lines) {
    if (/^[一二三四五六七八九十]+、/.test(line)) entries.push(line.replace(/^[一二三四五六七八九十]+、/, ''));
    else entries[entries.length - 1] += line;
  }
  return entries;
}

describe('BUDGET_GLOSSARY', () => {
  it('is the seed’s 第四部分 word for word: its twelve standard terms in the seed’s order', () => {
    expect(seedGlossary()).toHaveLength(12);
    expect([...BUDGET_GLOSSARY]).toEqual(seedGlossary());
  });

  it('prints each entry after its Chinese number', () => {
    expect(glossaryLine(BUDGET_GLOSSARY[10]!, 10)).toBe('十一、国有资本经营预算是对国有资本收益作出支出安排的收支预算。');
  });
});

describe('the 名词解释 sheet', () => {
  const sheet = glossarySheet();

  it('holds one entry a row under a title and a note, and reads back as it was laid out', () => {
    expect(sheet.name).toBe(GLOSSARY_SHEET);
    expect(cellText(sheet.values[0]![0] ?? null)).toBe('名词解释');
    expect(readGlossary([sheet]).entries).toEqual([...BUDGET_GLOSSARY]);
  });

  it('takes off a number the user typed before an entry and skips blank rows', () => {
    const edited = { ...sheet, values: [...sheet.values.slice(0, 2), ['一、基本支出：甲。'], [null], ['2. 项目支出：乙。'], ['（三）上年结转：丙。']] };
    expect(readGlossary([edited]).entries).toEqual(['基本支出：甲。', '项目支出：乙。', '上年结转：丙。']);
  });

  it('says nothing when the workbook has no such sheet (the report then prints the standard text)', () => {
    expect(readGlossary([])).toEqual({});
  });

  it('is neither a table to recognition nor a 情况说明, so the review of the sample has no finding on it', () => {
    const recognition = recognizeWorkbook([sheet]);
    expect(recognition.tables).toEqual([]);
    expect(recognition.unrecognized).toEqual([]);
    expect(findNarrativeText([sheet])).toBeUndefined();
    expect(reviewWorkbook(sampleWorkbook()).findings.filter((f) => f.sheet === GLOSSARY_SHEET)).toEqual([]);
  });
});
