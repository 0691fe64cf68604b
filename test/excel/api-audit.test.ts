/**
 * The API audit (issue 18 item 1, scripts/api-audit.js) in `npm test`: every Office.js member the
 * add-in uses is within what manifest.xml declares, or gated by a feature that every file using it
 * checks; the manifest declares no more than the ungated code needs; a member newer than the
 * manifest, or a gated one used unchecked — in fixtures — or a manifest older than the code fails
 * the audit; and the fake Excel refuses each member from the version the annotations give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES } from '../../src/excel/diagnostics';
import { EXCEL_API_OF } from '../support/fake-excel';

interface AuditEntry {
  member: string;
  needs?: string;
  gatedBy?: string;
  uses: string[];
}
interface Audit {
  members: AuditEntry[];
  declared: { base: Record<string, string>; overrides: Record<string, string> };
  problems: string[];
  lookedUp: Record<string, string | undefined>;
}

// scripts/ is CommonJS without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { auditApi, compareVersions, markdownTable } = require('../../scripts/api-audit.js') as {
  auditApi: (options?: { extraFiles?: string[]; manifestXml?: string; lookUp?: string[] }) => Audit;
  compareVersions: (a: string, b: string) => number;
  markdownTable: (audit: Audit) => string;
};

const ROOT = join(__dirname, '..', '..');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const AUDIT_TIMEOUT_MS = 180_000;

/** The highest version of `set` the entries need. */
function highest(entries: readonly AuditEntry[], set: string): string | undefined {
  const versions = entries.flatMap((entry) => (entry.needs?.startsWith(`${set} `) ? [entry.needs.slice(set.length + 1)] : []));
  return versions.sort(compareVersions).pop();
}

describe('API audit', () => {
  let audit: Audit;
  beforeAll(() => {
    audit = auditApi({ lookUp: Object.keys(EXCEL_API_OF).map((member) => `Excel.${member}`) });
  }, AUDIT_TIMEOUT_MS);

  it('finds every member within the manifest’s requirement sets or behind a checked feature', () => {
    expect(audit.problems).toEqual([]);
    expect(audit.members.length).toBeGreaterThan(50);
    const members = audit.members.map((entry) => entry.member);
    expect(members).toEqual(expect.arrayContaining(['Excel.Range.values', 'Excel.Range.getMergedAreasOrNullObject', 'Excel.RangeAreas.address', 'CustomFunctions.Error', 'Office.RequirementSetSupport.isSetSupported']));
  });

  it('is the table src/excel/README.md shows', () => {
    expect(readFileSync(join(ROOT, 'src', 'excel', 'README.md'), 'utf8')).toContain(markdownTable(audit));
  });

  it('reads the requirement of each member as used: visibility is read (1.1) and written (1.2)', () => {
    const need = (member: string): string | undefined => audit.members.find((entry) => entry.member === member)?.needs;
    expect([need('Excel.Worksheet.visibility'), need('Excel.Range.getMergedAreasOrNullObject'), need('Excel.Range.rowIndex'), need('CustomFunctions.Error')]).toEqual([
      'ExcelApi 1.2',
      'ExcelApi 1.13',
      'ExcelApi 1.1',
      'CustomFunctionsRuntime 1.2',
    ]);
  });

  it('allows the ExcelApi 1.18 note API only behind the cellNotes feature', () => {
    const notes = audit.members.filter((entry) => entry.needs === 'ExcelApi 1.18');
    expect(notes.map((entry) => entry.member).sort()).toEqual([...(FEATURES.find((f) => f.id === 'cellNotes')?.gates ?? [])].sort());
    expect(notes.every((entry) => entry.gatedBy === 'cellNotes')).toBe(true);
  });

  it('gates every member above ExcelApi 1.4 — print setup, fill patterns, merged areas, notes, calculation suspension — behind a checked feature', () => {
    const above = audit.members.filter((entry) => entry.needs?.startsWith('ExcelApi ') && compareVersions(entry.needs.slice('ExcelApi '.length), '1.4') > 0);
    expect(above.filter((entry) => !entry.gatedBy)).toEqual([]);
    expect([...new Set(above.map((entry) => entry.gatedBy))].sort()).toEqual(['calculationSuspension', 'cellNotes', 'fillPatterns', 'mergedAreas', 'printSetup']);
  });

  it('declares in manifest.xml exactly what the ungated code needs, as FEATURES states it', () => {
    const ungated = audit.members.filter((entry) => !entry.gatedBy);
    const pane = ungated.filter((entry) => !entry.uses.every((use) => use.startsWith('src/functions/')));
    expect(audit.declared.base).toEqual({ ExcelApi: highest(pane, 'ExcelApi') });
    expect(audit.declared.base.ExcelApi).toBe('1.4');
    // The ribbon, the shared runtime and the functions keep the Requirements they had: offered where
    // Excel also reads merged areas (ExcelApi 1.13); below it the add-in is a plain task pane.
    expect(audit.declared.overrides).toEqual({ ExcelApi: '1.13', SharedRuntime: '1.1', CustomFunctionsRuntime: highest(ungated, 'CustomFunctionsRuntime') });
    const feature = (id: string) => FEATURES.find((f) => f.id === id);
    expect(`${feature('taskpane')?.set} ${feature('taskpane')?.version}`).toBe(`ExcelApi ${audit.declared.base.ExcelApi}`);
    expect(feature('customFunctions')?.version).toBe(audit.declared.overrides.CustomFunctionsRuntime);
  });

  it('holds the fake Excel to the annotations: it refuses each member from the version @types/office-js gives', () => {
    const fake = Object.entries(EXCEL_API_OF).map(([member, version]) => [`Excel.${member}`, `ExcelApi ${version}`]);
    expect(fake).toEqual(fake.map(([member]) => [member, audit.lookedUp[member!]]));
    const used = audit.members.filter((entry) => entry.member.startsWith('Excel.') && entry.needs?.startsWith('ExcelApi ') && entry.needs !== 'ExcelApi 1.1');
    expect(used.map((entry) => [entry.member, entry.needs])).toEqual(used.map((entry) => [entry.member, fake.find(([member]) => member === entry.member)?.[1]]));
  });

  it('fails on a member newer than the manifest declares, and on a gated member a file uses without checking its feature', () => {
    const withFixtures = auditApi({ extraFiles: ['newer-member.ts', 'unchecked-gate.ts'].map((file) => join(__dirname, 'fixtures', file)) });
    expect(withFixtures.problems).toEqual([
      expect.stringMatching(/^Excel\.Range\.getDependents needs ExcelApi 1\.15 but manifest\.xml declares ExcelApi 1\.4 \(used at test\/excel\/fixtures\/newer-member\.ts:\d+\)/),
      expect.stringMatching(/^feature mergedAreas gates Excel\.Range\.getMergedAreasOrNullObject but test\/excel\/fixtures\/unchecked-gate\.ts uses it without checking the feature/),
      expect.stringMatching(/^feature mergedAreas gates Excel\.RangeAreas\.address but test\/excel\/fixtures\/unchecked-gate\.ts uses it/),
    ]);
  }, AUDIT_TIMEOUT_MS);

  it('fails when the manifest declares less than the code needs', () => {
    const older = auditApi({ manifestXml: manifest.replace('<Set Name="ExcelApi" MinVersion="1.4"/>', '<Set Name="ExcelApi" MinVersion="1.3"/>') });
    expect(older.problems.sort()).toEqual([
      expect.stringContaining('Excel.Worksheet.getUsedRangeOrNullObject needs ExcelApi 1.4 but manifest.xml declares ExcelApi 1.3'),
      expect.stringContaining('Excel.WorksheetCollection.getItemOrNullObject needs ExcelApi 1.4 but manifest.xml declares ExcelApi 1.3'),
    ]);
  }, AUDIT_TIMEOUT_MS);
});
