/**
 * A real spreadsheet opens the sample (issue 2, acceptance): LibreOffice converts it to PDF, page 1
 * is rendered to PNG as a test artifact (test-artifacts/, gitignored), and its text is the seed's
 * table 1. Needs soffice and poppler-utils (pdftoppm, pdftotext) with fonts-noto-cjk (.ci/run installs them).
 */
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatAmount } from '../../src/core/amount';
import { ensureCliBuilt, ROOT, runCli } from '../support/cli';
import { loadSeed } from '../support/seed';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CONVERT_TIMEOUT_MS = 120_000;

let dir: string;
let profile: string;
beforeAll(() => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-libreoffice-'));
  // A fresh LibreOffice profile: a shared one is locked by any other running soffice.
  profile = path.join(os.tmpdir(), `lo-${crypto.randomUUID()}`);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(profile, { recursive: true, force: true });
});

/** 本年收入合计 of the seed's table 1, as printed ("4,052.12"), read from the seed, not typed. */
function seedIncomeTotal(): string {
  const [, table1] = Object.entries(loadSeed().tables)[0]!;
  const row = table1.rows.find((cells) => cells[0]?.replace(/\s/g, '') === '本年收入合计');
  if (!row?.[1]) throw new Error('the seed has no 本年收入合计 in table 1');
  return formatAmount(row[1].replace(/,/g, ''));
}

describe('the sample workbook in LibreOffice', () => {
  it('converts to a PDF whose first page is 预算收支总表 with the seed’s figures, rendered to PNG', () => {
    const xlsx = path.join(dir, '阳城县应急管理局-2024-示例.xlsx');
    expect(runCli(['sample', '-o', xlsx]).status).toBe(0);

    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      timeout: CONVERT_TIMEOUT_MS,
      stdio: 'pipe',
    });
    const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
    expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);

    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('预算收支总表');
    expect(text).toContain('阳城县应急管理局');
    expect(seedIncomeTotal()).toBe('4,052.12');
    expect(text).toContain(seedIncomeTotal());

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const prefix = path.join(ARTIFACTS, 'sample-page');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, prefix]);
    const png = fs.readdirSync(ARTIFACTS).find((name) => /^sample-page-0*1\.png$/.test(name));
    expect(png).toBeDefined();
    expect(fs.statSync(path.join(ARTIFACTS, png!)).size).toBeGreaterThan(5_000);
  });
});
