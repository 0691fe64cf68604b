#!/usr/bin/env node
/**
 * Copies the project's reference data again from ../shared (beside the repository) into data/:
 * the seed (../shared/seed → data/seed), the corpus (../shared/corpus → data/corpus) and the subject
 * codes (../shared/data → data/subjects). The tests, the demo and the generators read only data/, so a
 * clone with nothing beside it works; test/data/drift.test.ts fails when the two copies differ.
 *
 * Usage: npm run fixtures:refresh   (then npm run sample:regenerate if the seed changed)
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { FIXTURES, SHARED } = require('./fixtures');

if (!fs.existsSync(SHARED)) {
  console.error(`没有找到 ${SHARED}：只有在仓库旁边有 shared 目录时才能刷新 data/。`);
  process.exit(2);
}
let copied = 0;
for (const { from, to } of FIXTURES) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
  copied++;
}
console.log(`copied ${copied} files from ${path.relative(process.cwd(), SHARED) || SHARED} into data/`);
