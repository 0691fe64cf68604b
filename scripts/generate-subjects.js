#!/usr/bin/env node
/**
 * Regenerates src/core/subjects/subject-codes.generated.json from data/subjects/subject-codes.tsv
 * (the partial 政府收支分类科目 reference data, copied from ../shared/data; see data/subjects/README.md
 * for where it comes from).
 * Deterministic: the same TSV always gives the same bytes.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'data/subjects/subject-codes.tsv');
const target = path.join(root, 'src/core/subjects/subject-codes.generated.json');

const [header, ...lines] = fs.readFileSync(source, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
const columns = header.split('\t');
const expected = ['scheme', 'code', 'name', 'parent_code', 'source_url'];
if (columns.join() !== expected.join()) {
  throw new Error(`unexpected columns in ${source}: ${columns.join(', ')}`);
}
const rows = lines.map((line) => {
  const [scheme, code, name, parent, sourceUrl] = line.split('\t');
  return [scheme, code, name, parent || '', sourceUrl || ''];
});
const output = {
  generatedFrom: 'data/subjects/subject-codes.tsv (a copy of shared/data/subject-codes.tsv)',
  generatedBy: 'scripts/generate-subjects.js',
  columns: expected,
  rows,
};
fs.writeFileSync(target, JSON.stringify(output, null, 0).replace(/\],\[/g, '],\n[') + '\n');
console.log(`wrote ${rows.length} subject rows to ${path.relative(root, target)}`);
