/**
 * Security checks of issue 9 §4 that the other suites do not already make: the manifest's single
 * permission is tested in test/manifest.test.ts, the built task pane's Content-Security-Policy and
 * its no-remote-URL rule in test/build/build.test.ts, the browser scenarios' requests in
 * test/browser, and text written as text by the xlsx writer and layOutGrids in test/xlsx/write and
 * test/excel/layout. Here:
 *   - formula injection through the other ways user text reaches a cell: the CLI's template
 *     (department name), the Excel adapter's own sheets (an acceptance note) and the 情况说明
 *     sheet (a reason typed in 参数);
 *   - the review summary (HTML) escapes what a workbook says: department names, row names;
 *   - the task pane's HTML template loads nothing remote and takes its CSP from the build;
 *   - scripts/audit.js fails on unreviewed high/critical advisories and says so on one line.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/core/grid';
import { acceptanceFor, acceptanceSheet, ACCEPTANCE_SHEET } from '../../src/core/rules/acceptances';
import type { Finding } from '../../src/core/rules/finding';
import { sampleDisclosure } from '../../src/core/sample';
import { layoutWorkbook } from '../../src/core/templates';
import { writeNarrativeSheet } from '../../src/excel/narrative';
import { writeOwnSheet } from '../../src/excel/own-sheet';
import { writeWorkbookFile } from '../../src/xlsx';
import { FakeWorkbook } from '../support/fake-excel';
import { ensureCliBuilt, ROOT, runCli } from '../support/cli';

// CommonJS script without types: what the test uses of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const audit = require('../../scripts/audit.js') as {
  evaluate(report: unknown, allowlist: readonly { id: string; package: string; reason: string }[]): { id: string; package: string; severity: string; allowed: boolean }[];
  verdict(advisories: readonly { allowed: boolean; id: string; package: string; severity: string; title?: string }[]): { code: number; line: string };
  readAllowlist(text: string): unknown[];
  AuditError: new (message: string) => Error;
};

/** Text a spreadsheet would run if it were written as a formula (CSV/formula injection payloads). */
const PAYLOADS = ["=HYPERLINK(\"http://example.invalid\",\"点击\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)", "=1+1"];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'security-'));
  ensureCliBuilt();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every cell of an .xlsx that holds a formula, as sheet!address. */
async function formulaCells(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const found: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.Formula) found.push(`${sheet.name}!${cell.address}`);
  })));
  return found;
}

describe('formula injection', () => {
  it.each(PAYLOADS)('the CLI template writes a department named %s as text, with no formula anywhere', async (payload) => {
    const file = path.join(dir, `template-${PAYLOADS.indexOf(payload)}.xlsx`);
    const result = runCli(['template', '-o', file, '--department', payload, '--year', '2024']);
    expect(result.status).toBe(0);
    expect(await formulaCells(file)).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === payload) texts.push(`${sheet.name}!${cell.address}`);
    })));
    // 表12 and 表13 print the department alone in its row's first cell: the payload is the whole cell.
    expect(texts.length).toBeGreaterThan(0);
  });

  it('keeps an acceptance note that looks like a formula as text in the add-in’s own sheet', async () => {
    const book = FakeWorkbook.fromGrids([{ name: 'Sheet1', values: [['用户的表']], merges: [] }]);
    const finding: Finding = { rule: 'row.basicProject', severity: 'info', sheet: '表3', cell: 'C5', message: '尾差' };
    const grid: Grid = acceptanceSheet(PAYLOADS.map((note) => acceptanceFor(finding, note, '2024-02-01')));
    await book.run((context) => writeOwnSheet(context, grid));
    const sheet = book.sheet(ACCEPTANCE_SHEET);
    const cells = sheet.valuesFromA1().flatMap((row, r) => row.map((value, c) => ({ value, address: `${String.fromCharCode(65 + c)}${r + 1}` })));
    for (const payload of PAYLOADS) {
      const at = cells.find((cell) => cell.value === payload);
      expect(at).toBeDefined();
      expect(sheet.formula(at!.address)).toBeUndefined();
    }
  });

  it('writes 情况说明 lines that start with = + - @ as text', async () => {
    const book = new FakeWorkbook();
    const name = await book.run((context) => writeNarrativeSheet(context, '情况说明', PAYLOADS));
    const sheet = book.sheet(name);
    PAYLOADS.forEach((payload, r) => {
      expect(sheet.value(`A${r + 1}`)).toBe(payload);
      expect(sheet.formula(`A${r + 1}`)).toBeUndefined();
    });
  });
});

describe('the review summary (HTML)', () => {
  it('escapes the file names, row names and department names a workbook carries, so they cannot run as markup', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const sample = sampleDisclosure();
    const grids = layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sample, department: `<script>alert(1)</script>${markup}` });
    const t3 = grids.find((g) => g.name.startsWith('表3 '))!;
    const values = t3.values.map((row) => [...row]) as CellValue[][];
    const row = values.findIndex((r) => r[0] === '2080505');
    values[row]![1] = markup;
    values[row]![2] = (values[row]![2] as number) + 1;
    const input = path.join(dir, 'county');
    fs.mkdirSync(input, { recursive: true });
    await writeWorkbookFile(path.join(input, `${markup.replace(/[<>/]/g, '_')}.xlsx`), grids.map((g) => (g === t3 ? { ...g, values } : g)), { overwrite: true });
    const html = path.join(dir, 'summary.html');
    const result = runCli(['review', input, '-o', html, '--force']);
    expect(result.status).toBe(1);
    const page = fs.readFileSync(html, 'utf8');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img');
  });
});

describe('the task pane page', () => {
  it('takes its Content-Security-Policy from the build and loads no script or style from elsewhere', () => {
    const template = fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    expect(template).toMatch(/http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin\.options\.contentSecurityPolicy %>"/);
    expect(template).not.toMatch(/(src|href)="(https?:)?\/\//);
    const config = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'"]) expect(config).toContain(`"${directive}"`);
  });
});

describe('scripts/audit.js', () => {
  const advisory = (name: string, severity: string, ghsa: string) => ({
    source: 1, name, dependency: name, title: `${name} 的漏洞`, url: `https://github.com/advisories/${ghsa}`, severity, range: '<9',
  });
  const report = {
    auditReportVersion: 2,
    vulnerabilities: {
      exceljs: { name: 'exceljs', severity: 'high', isDirect: true, via: ['unzipper'], effects: [], range: '*' },
      unzipper: { name: 'unzipper', severity: 'high', isDirect: false, via: [advisory('unzipper', 'high', 'GHSA-aaaa-bbbb-cccc')], effects: ['exceljs'] },
      tmp: { name: 'tmp', severity: 'low', isDirect: false, via: [advisory('tmp', 'low', 'GHSA-dddd-eeee-ffff')], effects: [] },
    },
    metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 2, critical: 0, total: 3 } },
  };

  it('fails on a high advisory that the allowlist does not list, naming it on one line', () => {
    const result = audit.verdict(audit.evaluate(report, []));
    expect(result.code).toBe(1);
    expect(result.line).toMatch(/^npm audit --omit=dev: 1 high\/critical advisory .*unzipper GHSA-aaaa-bbbb-cccc \(high/);
    expect(result.line).not.toContain('\n');
  });

  it('passes when each high or critical advisory is allowlisted with a reason; low ones never fail', () => {
    const allowlist = [{ id: 'GHSA-aaaa-bbbb-cccc', package: 'unzipper', reason: '我们只解压用户自己的 .xlsx，不写出解压的文件' }];
    expect(audit.verdict(audit.evaluate(report, allowlist))).toEqual({ code: 0, line: 'npm audit --omit=dev: no unreviewed high or critical advisory (1 allowlisted)' });
  });

  it('treats an npm error (no registry) as “could not check”, never as safe', () => {
    expect(() => audit.evaluate({ message: '405 Method Not Allowed', error: { summary: '' } }, [])).toThrow(audit.AuditError);
    expect(() => audit.evaluate({ message: '405 Method Not Allowed', error: { summary: '' } }, [])).toThrow(/did not run: 405/);
  });

  it('refuses an allowlist entry without a reason', () => {
    expect(() => audit.readAllowlist(JSON.stringify({ advisories: [{ id: 'GHSA-aaaa-bbbb-cccc', package: 'unzipper' }] }))).toThrow(/gives no reason/);
    expect(audit.readAllowlist(fs.readFileSync(path.join(ROOT, 'audit-allowlist.json'), 'utf8'))).toEqual([]);
  });
});
