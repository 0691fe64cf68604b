/**
 * Runs the built CLI (`node bin/budget-disclosure.js …`) the way a user does.
 *
 * The CLI runs from lib/ (built by `npm run build:cli`, which `npm test` and `npm ci` run first).
 * When lib/ is missing or older than the sources, `ensureCliBuilt()` rebuilds it once, under a lock
 * directory so that parallel jest workers do not compile over each other.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CellValue } from '../../src/core/grid';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/budget-disclosure.js');
const BUILT_MAIN = path.join(ROOT, 'lib/cli/main.js');
/** What tsconfig.cli.json compiles. */
const SOURCE_DIRS = ['src/core', 'src/xlsx', 'src/cli', 'src/report'].map((dir) => path.join(ROOT, dir));
const LOCK = path.join(ROOT, 'lib', '.build-lock');
const LOCK_WAIT_MS = 120_000;

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `budget-disclosure …args` and returns its exit status and output. */
export function runCli(args: readonly string[], options: { cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUDGET_DISCLOSURE_DEBUG: '' },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Builds lib/ with `tsc -p tsconfig.cli.json` unless it is newer than every source file. */
export function ensureCliBuilt(): void {
  if (isFresh()) return;
  withLock(() => {
    if (isFresh()) return;
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      // tsc emits even with type errors (the typecheck step of `npm test` reports those); only a missing output is fatal here.
      if (!fs.existsSync(BUILT_MAIN)) throw error;
    }
  });
}

function isFresh(): boolean {
  if (!fs.existsSync(BUILT_MAIN)) return false;
  const built = fs.statSync(BUILT_MAIN).mtimeMs;
  return SOURCE_DIRS.every((dir) => newestMtime(dir) <= built);
}

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** mkdir is atomic: whoever creates the lock directory builds; the others wait for it to go. */
function withLock(build: () => void): void {
  const deadline = Date.now() + LOCK_WAIT_MS;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline) throw new Error(`${LOCK} is held for too long; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    build();
  } finally {
    fs.rmdirSync(LOCK);
  }
}

/** Values as readWorkbookFile gives them back: no trailing blanks in a row, no trailing empty rows. */
export function trimmedValues(values: readonly (readonly CellValue[])[]): CellValue[][] {
  const rows = values.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}
