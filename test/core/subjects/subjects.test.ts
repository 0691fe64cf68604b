import { lookupSubject, namesMatch, normalizeCode, subjectLevel, nameMatchesSubject } from '../../../src/core/subjects';
import { loadSeed } from '../../support/seed';

describe('subject codes (政府收支分类科目)', () => {
  it('names a function code the seed uses', () => {
    expect(lookupSubject('2080505')?.name).toBe('机关事业单位基本养老保险缴费支出');
    expect(lookupSubject('224')?.name).toBe('灾害防治及应急管理支出');
  });

  it('finds every coded row of the seed income table with the name the seed prints', () => {
    const table = loadSeed().tables['2024年预算收入总表'];
    const coded = (table?.rows ?? []).filter((row) => /^\d{3,7}$/.test(row[0] ?? ''));
    expect(coded.length).toBeGreaterThan(20);
    for (const [code, name] of coded) {
      const subject = lookupSubject(code!);
      expect({ code, found: subject !== undefined && nameMatchesSubject(subject, name!) }).toEqual({ code, found: true });
    }
  });

  it('looks up economic codes in their own schemes', () => {
    expect(lookupSubject('30101')?.scheme).toBe('econ_dept');
    expect(lookupSubject('30101', 'func')).toBeUndefined();
  });

  it('returns nothing for a code the partial data does not hold, rather than guessing', () => {
    expect(lookupSubject('2999999')).toBeUndefined();
    expect(lookupSubject('abc')).toBeUndefined();
  });

  it.each([
    ['2080505', '项'],
    ['20805', '款'],
    ['208', '类'],
    ['2080', undefined],
  ])('gives %s the level %s', (code, level) => {
    expect(subjectLevel(code)).toBe(level);
  });

  it.each([
    ['2080505', '2080505'],
    [2080505, '2080505'],
    ['２０８０５０５', '2080505'],
    [['208', '05', '05'], '2080505'],
    [['208', 5, 5], '2080505'],
    [['208', '5', ''], '20805'],
    [['208', null, null], '208'],
    [['', '20805', ''], '20805'],
    ['合计', undefined],
    ['208050', undefined],
    [['208', '123', ''], undefined],
  ] as const)('normalises %j to %s', (input, expected) => {
    expect(normalizeCode(input as never)).toBe(expected);
  });

  it.each([
    ['其他计划生育事务支出', '其它计划生育事务支出', true],
    ['维修(护)费', '维修（护）费', true],
    ['应急管理事务', '应急 管理事务', true],
    ['应急管理事务', '应急救援', false],
  ])('treats %s and %s as the same name: %s', (a, b, same) => {
    expect(namesMatch(a, b)).toBe(same);
  });
});
