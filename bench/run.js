/**
 * `npm run bench` — runs every bench script in its own Node process (so that one's memory and JIT
 * state do not colour the next) and prints each figure with the target it is judged by (issue 9 §1).
 * Needs lib/ (`npm run build:cli`, which `npm run bench` runs first); the bundle figure uses dist/
 * when present and builds it otherwise. Takes a few minutes on a 2-core machine.
 */
'use strict';

const path = require('node:path');
const { spawnSync } = require('node:child_process');

const SCRIPTS = ['syncs', 'functions', 'bundle', 'check', 'narrative', 'localize', 'hyperformula', 'review', 'report'];

const start = Date.now();
console.log(`budget-disclosure bench — Node ${process.version}, ${require('node:os').cpus().length} cores, load ${require('node:os').loadavg()[0].toFixed(1)}`);
let failed = 0;
for (const name of SCRIPTS) {
  console.log('');
  const result = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, `${name}.js`)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.log(`  (bench/${name}.js failed with exit code ${result.status})`);
  }
}
console.log(`\nbench done in ${((Date.now() - start) / 1000).toFixed(0)} s`);
if (failed > 0) process.exitCode = 1;
