/**
 * Task pane initial bundle: dist/taskpane.js gzip-compressed (level 9), as the build test measures
 * it; the panels load later as their own chunks. Builds dist/ with webpack every run, so the figure
 * is always the current source's (a dist/ left from an older build would give a stale size).
 * Target ≤ 150 KB.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { gzipSync } = require('node:zlib');
const { ROOT, figure, verdict, runNode } = require('./common');

async function run() {
  const bundle = path.join(ROOT, 'dist/taskpane.js');
  console.log('Task pane bundle');
  const build = runNode([require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production']);
  if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
  figure('webpack production build', `${(build.ms / 1000).toFixed(1)} s`);
  const bytes = fs.readFileSync(bundle);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  figure('taskpane.js raw', `${(bytes.length / 1024).toFixed(1)} KB`);
  figure('taskpane.js gzip (initial bundle)', `${(gzip / 1024).toFixed(1)} KB`, `target ≤ 150 KB — ${verdict(gzip <= 150 * 1024)}`);
  const chunks = fs.readdirSync(path.join(ROOT, 'dist')).filter((name) => /^panel-.*\.js$/.test(name));
  const lazy = chunks.reduce((sum, name) => sum + gzipSync(fs.readFileSync(path.join(ROOT, 'dist', name)), { level: 9 }).length, 0);
  figure(`panel chunks loaded on demand (${chunks.length})`, `${(lazy / 1024).toFixed(1)} KB`, 'gzip, not initial');
}

module.exports = { run };
if (require.main === module) run().catch((error) => { console.error(error); process.exitCode = 1; });
