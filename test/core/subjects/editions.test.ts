import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../../src/core/check';
import { nameForYear, subjectNameInYear, subjectRenames } from '../../../src/core/subjects';
import { DATA_DIR } from '../../support/seed';
import { buildSeedWorkbook, mutateSeedCell } from '../../support/seedGrids';

describe('subject names by the year of the document (科目名称的年度)', () => {
  it.each([
    ['210', '医疗卫生与计划生育支出', 2018, 'matches'],
    ['210', '医疗卫生与计划生育支出', 2019, 'outdated'],
    ['210', '医疗卫生与计划生育支出', 2026, 'outdated'],
    ['210', '卫生健康支出', 2024, 'matches'],
    ['20805', '行政事业单位离退休', 2017, 'matches'],
    ['20805', '行政事业单位离退休', 2019, 'matches'],
    ['20805', '行政事业单位离退休', 2024, 'outdated'],
    ['20805', '行政事业单位养老支出', 2024, 'matches'],
    ['207', '文化体育与传媒支出', 2018, 'matches'],
    ['207', '文化体育与传媒支出', 2025, 'outdated'],
    ['2240101', '行政管理', 2024, 'differs'],
  ] as const)('judges %s “%s” in a document of %i: %s', (code, name, year, status) => {
    expect(nameForYear(code, name, year).status).toBe(status);
  });

  it('says when and into what an outdated name was renamed, the way a reviewer writes it', () => {
    const verdict = nameForYear('210', '医疗卫生与计划生育支出', 2026);
    expect(verdict).toMatchObject({ status: 'outdated', code: '210', current: '卫生健康支出', note: '2019年起改为卫生健康支出' });
  });

  it('recognises a renamed name without its code, as a text names it (“医疗卫生与计划生育支出（210类）”)', () => {
    expect(nameForYear(undefined, '医疗卫生与计划生育支出', 2026)).toMatchObject({ status: 'outdated', code: '210', note: '2019年起改为卫生健康支出' });
    expect(nameForYear(undefined, '医疗卫生与计划生育支出', 2017).status).toBe('matches');
  });

  it('takes the current edition when the year is unknown', () => {
    expect(nameForYear('210', '医疗卫生与计划生育支出').status).toBe('outdated');
    expect(subjectNameInYear('210')).toBe('卫生健康支出');
  });

  it('gives the name of each edition', () => {
    expect(subjectNameInYear('210', 2018)).toBe('医疗卫生与计划生育支出');
    expect(subjectNameInYear('210', 2019)).toBe('卫生健康支出');
    expect(subjectNameInYear('2080505', 2018)).toBe('机关事业单位基本养老保险缴费支出');
  });

  it('leaves a code the reference data lacks unverified, never wrong, whatever its name', () => {
    expect(nameForYear('2999999', '某某支出', 2024).status).toBe('unverified');
    expect(nameForYear(undefined, '某某支出', 2024).status).toBe('unverified');
    expect(subjectNameInYear('2999999', 2024)).toBeUndefined();
  });

  it('embeds every row of data/subjects/subject-renames.tsv, each with its source (npm: node scripts/generate-subjects.js)', () => {
    const [header, ...lines] = fs.readFileSync(path.join(DATA_DIR, 'subjects', 'subject-renames.tsv'), 'utf8').trim().split('\n');
    expect(header!.split('\t')).toEqual(['scheme', 'code', 'old_name', 'new_name', 'since', 'source']);
    const rows = lines.map((line) => line.split('\t'));
    expect(subjectRenames().map((r) => [r.scheme, r.code, r.oldName, r.newName, String(r.since), r.source])).toEqual(rows);
    expect(subjectRenames().every((r) => r.source.length > 0 && r.since >= 1990)).toBe(true);
  });
});

describe('code.outdatedName on a workbook', () => {
  const renamed = (year: number) => {
    const built = buildSeedWorkbook({ retitle: (title) => title.replace('2024年', `${year}年`) });
    return { built, workbook: mutateSeedCell(built, 2, '210', 1, '医疗卫生与计划生育支出').workbook };
  };

  it('warns at the name in a document later than the rename', () => {
    const { built, workbook } = renamed(2024);
    const place = built.cellOf(2, '210', 0);
    const findings = checkWorkbook(workbook).findings.filter((f) => f.rule.startsWith('code.') && f.severity !== 'info');
    expect(findings.map((f) => [f.rule, f.severity, `${f.sheet}!${f.cell}`, f.message])).toEqual([
      ['code.outdatedName', 'warning', `${place.sheet}!${place.cell}`, '表2 210：科目名称“医疗卫生与计划生育支出”是旧版科目名称，2019年起改为卫生健康支出'],
    ]);
  });

  it('passes the name in a document of a year that printed it (2018)', () => {
    const findings = checkWorkbook(renamed(2018).workbook).findings.filter((f) => f.rule.startsWith('code.') && f.severity !== 'info');
    expect(findings).toEqual([]);
  });
});
