import { expectedKinds, familyInfo, inferFamily, kindName, presentKinds, RECOGNIZED_FAMILIES, TABLE_KINDS, tableNumber, type TableKind } from '../../src/core/kinds';
import { FAMILIES } from '../../src/core/templates';

describe('the registry of table kinds', () => {
  it('declares each kind once, with a Chinese name', () => {
    const ids = TABLE_KINDS.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of TABLE_KINDS) expect(kind.name).toMatch(/表|[\u4e00-\u9fa5]/);
  });

  it('numbers the tables of each family in the order the family prints them', () => {
    expect(tableNumber('budget13', 'budget.threePublic')).toBe(10);
    expect(tableNumber('budget9', 'budget.threePublicAndOperating')).toBe(9);
    expect(tableNumber('final9', 'final.threePublic')).toBe(7);
    expect(tableNumber('budget9', 'budget.projects')).toBeUndefined();
    expect(tableNumber(undefined, 'budget.summary')).toBeUndefined();
  });

  it('lists for each laid-out family the kinds its templates print, in the same order', () => {
    for (const id of Object.keys(FAMILIES) as (keyof typeof FAMILIES)[]) {
      expect([id, FAMILIES[id].tables.map((table) => table.kind)]).toEqual([id, [...expectedKinds(id)]]);
      expect(FAMILIES[id].tables.map((table) => table.number)).toEqual(FAMILIES[id].tables.map((table) => tableNumber(id, table.kind)));
    }
  });

  it('gives every family a name and every kind of a family a declaration', () => {
    for (const family of RECOGNIZED_FAMILIES) {
      expect(familyInfo(family.id).name).toMatch(/公开/);
      for (const kind of family.kinds) expect(kindName(kind)).not.toBe('');
    }
  });
});

describe('inferFamily: the family from what is there', () => {
  const kinds = (family: 'budget13' | 'budget9' | 'budget12' | 'final9', without: readonly TableKind[] = []): TableKind[] =>
    expectedKinds(family).filter((kind) => !without.includes(kind));

  it.each(['budget13', 'budget9', 'budget12', 'final9'] as const)('recognises a whole %s workbook', (family) => {
    expect(inferFamily(kinds(family))).toBe(family);
  });

  it('still recognises a family with one of its tables missing (so that the missing one is reported)', () => {
    expect(inferFamily(kinds('budget13', ['budget.projectsCarryover']))).toBe('budget13');
    expect(inferFamily(kinds('budget9', ['budget.stateCapital']))).toBe('budget9');
    expect(inferFamily(kinds('budget12', ['budget.meetingTraining']))).toBe('budget12');
    expect(inferFamily(kinds('final9', ['final.fund']))).toBe('final9');
  });

  it('says nothing when the tables do not tell: two tables, or marks of two families', () => {
    expect(inferFamily(['budget.summary', 'budget.income'])).toBeUndefined();
    expect(inferFamily(['budget.summary', 'budget.threePublicAndOperating', 'budget.procurement'])).toBeUndefined();
    expect(inferFamily([])).toBeUndefined();
  });
});

describe('presentKinds: what the tables stand for', () => {
  it('counts a “三公”经费、会议费、培训费 table as the 会议费/培训费 table too, a plain 三公 table as itself only', () => {
    expect(presentKinds([{ kind: 'budget.threePublic', title: '2024年“三公”经费、会议费、培训费预算表' }])).toEqual(['budget.threePublic', 'budget.meetingTraining']);
    expect(presentKinds([{ kind: 'budget.threePublic', title: '2024年财政拨款安排“三公”经费支出预算表' }])).toEqual(['budget.threePublic']);
  });

  it('so a 12-table workbook with the combined table lacks no table', () => {
    const tables = expectedKinds('budget12')
      .filter((kind) => kind !== 'budget.meetingTraining')
      .map((kind) => ({ kind, title: kind === 'budget.threePublic' ? '“三公”经费、会议费、培训费预算表' : kindName(kind) }));
    const present = presentKinds(tables);
    expect(inferFamily(present)).toBe('budget12');
    expect(expectedKinds('budget12').filter((kind) => !present.includes(kind))).toEqual([]);
  });
});
