/**
 * Runs the production build (`webpack --mode production`) into a fresh directory, so that test files
 * which each need a build (test/build, test/browser) never clean each other's output when jest runs
 * them in parallel. One build per test file: on two cores it takes well under two minutes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './manifest-xml';

/** Time allowed for one production build, generous for a shared two-core machine. */
export const BUILD_TIMEOUT_MS = 5 * 60 * 1000;

/** Builds the add-in into a new temporary directory and returns its path. */
export function buildDist(): string {
  const outputPath = mkdtempSync(join(tmpdir(), 'budget-disclosure-dist-'));
  const webpack = join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
  try {
    execFileSync(process.execPath, [webpack, '--mode', 'production', '--output-path', outputPath], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: BUILD_TIMEOUT_MS,
    });
  } catch (error) {
    rmSync(outputPath, { recursive: true, force: true });
    // webpack reports compile errors on stdout; surface them instead of a bare exit status.
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`webpack --mode production failed:\n${output.stdout?.toString() ?? ''}${output.stderr?.toString() ?? ''}`);
  }
  return outputPath;
}
