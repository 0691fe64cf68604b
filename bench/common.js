/**
 * Shared helpers of the bench scripts: paths, a scratch directory, timing, a figure line, and the
 * TypeScript that lib/ does not hold (the Office.js adapter, the fake Excel, the BUDGET functions)
 * transpiled into the scratch directory. Figures are printed, never asserted: tests stay free of
 * timing (issue 9).
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const LIB = path.join(ROOT, 'lib');
const BIN = path.join(ROOT, 'bin/budget-disclosure.js');

/** A scratch directory removed when the process exits. */
function scratch(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${prefix}-`));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Milliseconds taken by `fn` (awaited): wall time, and the CPU time of this process (user + system,
 * all threads), which a machine shared with other work inflates much less than wall time.
 */
async function time(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

/** The medians of `runs` timings of `fn`, wall and CPU. */
async function median(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push(await time(fn));
  const middle = (key) => times.map((t) => t[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { ms: middle('ms'), cpuMs: middle('cpuMs') };
}

/**
 * One figure: what was measured, the value, and how it is judged.
 * @param {string} name
 * @param {string} value
 * @param {string} judged e.g. "target ≤ 1.3× — met"
 */
function figure(name, value, judged = '') {
  process.stdout.write(`  ${name.padEnd(58)} ${value.padStart(14)}  ${judged}\n`);
}

const verdict = (ok) => (ok ? 'met' : 'NOT MET');

/**
 * Runs `node args…` under /usr/bin/time, returning wall time (ms), peak resident memory (MB) and the
 * exit status. Falls back to wall time only where /usr/bin/time is missing.
 */
function runNode(args, options = {}) {
  const haveTime = fs.existsSync('/usr/bin/time');
  const command = haveTime ? '/usr/bin/time' : process.execPath;
  const argv = haveTime ? ['-f', 'BENCH_TIME %e %M', process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const result = spawnSync(command, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  const match = /BENCH_TIME ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  return {
    ms,
    peakMB: match ? Number(match[2]) / 1024 : undefined,
    status: result.status,
    stdout: result.stdout,
    stderr: (result.stderr ?? '').replace(/BENCH_TIME.*\n?/, ''),
  };
}

/**
 * Transpiles the given source folders (relative to the repository) to CommonJS in `outDir`, keeping
 * the folder layout, so that `require(path.join(outDir, 'src/excel'))` works. Types are not checked
 * here (`npm run typecheck` does that); JSON files are copied beside.
 */
function transpile(folders, outDir) {
  const ts = require('typescript');
  const walk = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
  for (const folder of folders) {
    for (const file of walk(path.join(ROOT, folder))) {
      const relative = path.relative(ROOT, file);
      const target = path.join(outDir, relative);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      if (/\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts')) {
        const output = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
          fileName: file,
          compilerOptions: {
            module: ts.ModuleKind.CommonJS,
            target: ts.ScriptTarget.ES2022,
            esModuleInterop: true,
            jsx: ts.JsxEmit.ReactJSX,
          },
        });
        fs.writeFileSync(target.replace(/\.tsx?$/, '.js'), output.outputText);
      } else if (file.endsWith('.json')) {
        fs.copyFileSync(file, target);
      }
    }
  }
  // The add-in's version (src/excel/diagnostics.ts) is read from package.json at the root.
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(outDir, 'package.json'));
  // Transpiled modules resolve node_modules (decimal.js …) from the repository.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
  return outDir;
}

module.exports = { ROOT, LIB, BIN, scratch, time, median, figure, verdict, runNode, transpile };
