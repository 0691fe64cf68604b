/**
 * The bad-input corpus (issue 9 §2) through the engine and through the CLI: every case is read and
 * checked without a crash or a hang, has its expected outcome, and its file is byte for byte the
 * same afterwards (sha256 before and after).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { readWorkbookFile, UnusableInputError } from '../../src/xlsx';
import { ensureCliBuilt, runCli } from '../support/cli';
import { CORPUS, type CorpusCase } from './cases';

interface JsonFinding {
  readonly severity: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
}

const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let dir: string;
const files = new Map<string, string>();
const hashes = new Map<string, string>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
  for (const c of CORPUS) {
    const file = path.join(dir, `${c.name}${c.extension ?? '.xlsx'}`);
    fs.writeFileSync(file, await c.build());
    files.set(c.name, file);
    hashes.set(c.name, sha256(file));
  }
  ensureCliBuilt();
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const fileOf = (c: CorpusCase): string => files.get(c.name)!;

describe('the bad-input corpus', () => {
  it('holds every kind of bad input the issue lists, each with an outcome', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
    expect(fs.statSync(fileOf(CORPUS.find((c) => c.name === 'junk-10mb')!)).size).toBeGreaterThanOrEqual(10 * 1024 * 1024);
  });

  describe.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    it(`is read and checked by the engine with its expected outcome (${c.what})`, async () => {
      const outcome = c.outcome;
      if (outcome.kind === 'unusable') {
        await expect(readWorkbookFile(fileOf(c))).rejects.toThrow(UnusableInputError);
        await expect(readWorkbookFile(fileOf(c))).rejects.toThrow(outcome.reason);
        return;
      }
      const result = checkWorkbook(await readWorkbookFile(fileOf(c)));
      expect(result.recognition.tables.length).toBeGreaterThan(0);
      if (outcome.kind === 'clean') expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      if (outcome.kind === 'finding') {
        const here = result.findings.filter((f) => f.sheet === outcome.sheet && f.cell === outcome.cell && f.severity !== 'info');
        expect(here.map((f) => f.message).join('\n')).toContain(outcome.message);
      }
    });
  });

  it('exits 2 with a one-line Chinese reason, no stack trace, for each file that is no workbook', () => {
    for (const c of CORPUS) {
      if (c.outcome.kind !== 'unusable') continue;
      const result = runCli(['check', fileOf(c)]);
      expect({ name: c.name, status: result.status }).toEqual({ name: c.name, status: 2 });
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(c.outcome.reason);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reports through `check --json` the expected finding of every readable case, in one run', () => {
    const readable = CORPUS.filter((c) => c.outcome.kind !== 'unusable');
    const result = runCli(['check', '--json', ...readable.map(fileOf)]);
    expect(result.status).toBe(1);
    const reports = JSON.parse(result.stdout) as { file: string; findings: JsonFinding[] }[];
    expect(reports.map((r) => path.basename(r.file))).toEqual(readable.map((c) => path.basename(fileOf(c))));
    readable.forEach((c, i) => {
      const findings = reports[i]!.findings;
      const outcome = c.outcome;
      if (outcome.kind === 'clean') expect({ name: c.name, errors: findings.filter((f) => f.severity === 'error') }).toEqual({ name: c.name, errors: [] });
      if (outcome.kind === 'finding') {
        const here = findings.filter((f) => f.sheet === outcome.sheet && f.cell === outcome.cell && f.severity !== 'info');
        expect({ name: c.name, messages: here.map((f) => f.message).join('\n') }).toEqual({ name: c.name, messages: expect.stringContaining(outcome.message) });
      }
    });
    const gaps = CORPUS.flatMap((c) => (c.outcome.kind === 'gap' ? [`${c.name}: ${c.outcome.expected}`] : []));
    process.stdout.write(`corpus: ${CORPUS.length} cases, known gaps:\n  ${gaps.join('\n  ')}\n`);
  });

  it('never alters an input file: every file hashes the same after the engine and the CLI read it', () => {
    for (const c of CORPUS) expect({ name: c.name, sha256: sha256(fileOf(c)) }).toEqual({ name: c.name, sha256: hashes.get(c.name) });
  });
});
