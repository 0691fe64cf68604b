import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gridFromPrintedText, readPerformanceTargets, targetValue, type DepartmentTarget, type PerformanceTarget, type TargetFunds } from '../../../src/core/performance';
import { GLOSSARY_SHEET } from '../../../src/core/report';
import { sampleDisclosure, samplePerformance, sampleWorkbook } from '../../../src/core/sample';
import { FAMILIES } from '../../../src/core/templates';
import { YANGCHENG_2024 } from '../../../src/core/sample/yangcheng-2024.generated';
import { ensureCliBuilt } from '../../support/cli';
import { loadSeed, loadSeedText } from '../../support/seed';

const REPO = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(REPO, 'scripts/generate-sample.js');
const COMMITTED = path.join(REPO, 'src/core/sample/yangcheng-2024.generated.ts');

describe('sampleDisclosure', () => {
  const seed = loadSeed();
  const sample = sampleDisclosure();

  it('is the seed department, year and unit', () => {
    expect({ department: sample.department, year: sample.year, unit: sample.unit }).toEqual({
      department: seed.department,
      year: seed.year,
      unit: seed.unit,
    });
  });

  it('gives every table of the family its figures, in the shape of its template', () => {
    for (const template of FAMILIES.budget13.tables) {
      expect({ kind: template.kind, shape: sample.data.tables[template.kind]?.shape }).toEqual({ kind: template.kind, shape: template.body.shape });
    }
  });

  it('keeps a blank cell absent and a printed figure exact', () => {
    const income = sample.data.tables['budget.income'];
    if (income?.shape !== 'coded') throw new Error('table 2 is not coded');
    const rescue = income.rows.find((row) => row.code === '2240108');
    expect(rescue?.amounts.total).toBeUndefined();
    expect(rescue?.amounts.carryover?.toString()).toBe('426.4');
    const seedTotal = seed.tables['2024年预算收入总表']!.rows[2]![2]!;
    expect(income.total.total?.toFixed(2)).toBe(seedTotal);
  });

  it('splits the project tables into the department row, the unit row and its projects', () => {
    const projects = sample.data.tables['budget.projects'];
    if (projects?.shape !== 'projects') throw new Error('table 12 is not a project table');
    const seedRows = seed.tables['2024年项目支出预算表（本年预算）']!.rows;
    expect(projects.units.map((unit) => unit.name)).toEqual([seed.department]);
    expect(projects.units[0]!.projects).toHaveLength(seedRows.length - 5);
  });

  describe('第一部分 概况 from the published text', () => {
    const text = loadSeedText();
    const part = text.slice(text.indexOf('\n第一部分 概况\n'), text.indexOf('\n第二部分 2024年部门预算报表\n'));
    const printed = (from: string, to: string): string[] =>
      part
        .slice(part.indexOf(`\n${from}\n`) + from.length + 2, to === '' ? undefined : part.indexOf(`\n${to}\n`))
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const dutiesLines = printed('一、本部门职责', '二、机构设置情况');
    const organisationLines = printed('二、机构设置情况', '');

    it('keeps every character of 本部门职责 and 机构设置情况, in order', () => {
      expect(YANGCHENG_2024.profile.duties.replace(/\n/g, '')).toBe(dutiesLines.join(''));
      expect(YANGCHENG_2024.profile.organisation.replace(/\n/g, '')).toBe(organisationLines.join(''));
      expect(YANGCHENG_2024.profile.organisation).toContain('内设职能部门共七个');
    });

    it('gives the intro and each numbered duty a line of its own, rejoining the duty the page broke', () => {
      const numbered = dutiesLines.filter((line) => /^\(\d+\)/.test(line));
      const lines = YANGCHENG_2024.profile.duties.split('\n');
      expect(lines[0]).toBe(dutiesLines[0]);
      expect(lines.slice(1).map((line) => /^\((\d+)\)/.exec(line)?.[1])).toEqual(numbered.map((_, i) => String(i + 1)));
      expect(dutiesLines.length).toBeGreaterThan(lines.length);
      expect(lines.every((line) => /[。：]$/.test(line))).toBe(true);
    });
  });

  it('returns the same object on every call', () => {
    expect(sampleDisclosure()).toBe(sample);
  });
});

/** What a 绩效目标表 says, without where it says it (sheet and cell differ between the text and the sheets). */
function fundsOf(funds: TargetFunds) {
  return { total: targetValue(funds.total)?.toString(), sources: Object.fromEntries(Object.entries(funds.sources).map(([k, v]) => [k, targetValue(v)?.toString()])) };
}
function projectContent(t: PerformanceTarget) {
  const { sheet: _s, title: _t, titleAt: _ta, nameAt: _na, periodFunds, annualFunds, ...rest } = t;
  return { ...rest, periodFunds: fundsOf(periodFunds), annualFunds: fundsOf(annualFunds) };
}
function departmentContent(d: DepartmentTarget) {
  const { sheet: _s, title: _t, titleAt: _ta, total, basic, project, sources, ...rest } = d;
  return {
    ...rest,
    total: targetValue(total)?.toString(),
    basic: targetValue(basic)?.toString(),
    project: targetValue(project)?.toString(),
    sources: sources.map((s) => [s.label, targetValue(s.amount)?.toString()]),
  };
}

describe('the sample’s 绩效目标表', () => {
  const printed = readPerformanceTargets([gridFromPrintedText('附件', loadSeedText())]);
  const laidOut = readPerformanceTargets(sampleWorkbook());

  it('are the seed’s: the 整体 table and its 26 project tables, in print order', () => {
    expect(samplePerformance().projects).toHaveLength(26);
    expect(laidOut.projects.map((p) => p.name)).toEqual(printed.projects.map((p) => p.name));
    expect(laidOut.departments).toHaveLength(1);
  });

  it('say on their sheets what the seed prints: every 资金 figure, text and indicator of every project', () => {
    laidOut.projects.forEach((project, i) => {
      expect(projectContent(project)).toEqual(projectContent(printed.projects[i]!));
    });
  });

  it('say what the seed’s 整体 table prints: facts, duties, 年度预算 by source and direction, tasks, goal, indicators', () => {
    expect(departmentContent(laidOut.departments[0]!)).toEqual(departmentContent(printed.departments[0]!));
    expect(departmentContent(laidOut.departments[0]!)).toMatchObject({ total: '4915.89', basic: '1507', project: '3408.89' });
  });

  it('come with the 参数 and 名词解释 sheets in the sample workbook, after the 13 tables', () => {
    expect(sampleWorkbook().slice(13).map((g) => g.name)).toEqual(['参数', '部门整体绩效目标表', '项目支出绩效目标表', GLOSSARY_SHEET]);
  });
});

describe('scripts/generate-sample.js', () => {
  it('regenerates the committed sample byte for byte', () => {
    // It reads the 绩效目标表 with the compiled reader of lib/.
    ensureCliBuilt();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-'));
    try {
      const out = path.join(dir, 'sample.ts');
      execFileSync(process.execPath, [SCRIPT, out], { cwd: REPO, stdio: 'pipe' });
      expect(fs.readFileSync(out).equals(fs.readFileSync(COMMITTED))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says in its header that it is generated, by what, from which seed', () => {
    const head = fs.readFileSync(COMMITTED, 'utf8').split('\n').slice(0, 6).join('\n');
    expect(head).toContain('GENERATED FILE');
    expect(head).toContain('scripts/generate-sample.js');
    expect(head).toContain('yangcheng-emergency-2024-tables.json');
    expect(head).toContain('yangcheng-emergency-2024-budget-disclosure.txt');
  });
});
