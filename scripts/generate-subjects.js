#!/usr/bin/env node
/**
 * Regenerates the subject reference data the core embeds:
 * - src/core/subjects/subject-codes.generated.json from data/subjects/subject-codes.tsv (the partial
 *   政府收支分类科目, copied from ../shared/data; see data/subjects/README.md for where it comes from);
 * - src/core/subjects/subject-renames.generated.json from data/subjects/subject-renames.tsv (the
 *   repository's own list of subjects renamed from one classification edition to the next, each row
 *   with its source; see data/README.md).
 * Deterministic: the same TSVs always give the same bytes.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** Rows of a TSV whose header must be exactly `expected`. */
function readTsv(file, expected) {
  const source = path.join(root, file);
  const [header, ...lines] = fs.readFileSync(source, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header.split('\t');
  if (columns.join() !== expected.join()) {
    throw new Error(`unexpected columns in ${source}: ${columns.join(', ')}`);
  }
  return lines.map((line) => {
    const cells = line.split('\t');
    return expected.map((_, i) => cells[i] || '');
  });
}

function write(target, generatedFrom, columns, rows) {
  const output = { generatedFrom, generatedBy: 'scripts/generate-subjects.js', columns, rows };
  fs.writeFileSync(path.join(root, target), JSON.stringify(output, null, 0).replace(/\],\[/g, '],\n[') + '\n');
  console.log(`wrote ${rows.length} rows to ${target}`);
}

const codeColumns = ['scheme', 'code', 'name', 'parent_code', 'source_url'];
write(
  'src/core/subjects/subject-codes.generated.json',
  'data/subjects/subject-codes.tsv (a copy of shared/data/subject-codes.tsv)',
  codeColumns,
  readTsv('data/subjects/subject-codes.tsv', codeColumns),
);

const renameColumns = ['scheme', 'code', 'old_name', 'new_name', 'since', 'source'];
const renames = readTsv('data/subjects/subject-renames.tsv', renameColumns);
const seen = new Set();
for (const [scheme, code, oldName, newName, since, source] of renames) {
  const row = `${scheme} ${code} ${oldName}`;
  if (!/^(func|econ_dept|econ_gov)$/.test(scheme)) throw new Error(`subject-renames.tsv: unknown scheme in "${row}"`);
  if (!/^\d{3}(\d{2}){0,2}$/.test(code)) throw new Error(`subject-renames.tsv: code is not 3, 5 or 7 digits in "${row}"`);
  if (!oldName || !newName || oldName === newName) throw new Error(`subject-renames.tsv: needs an old and a different new name in "${row}"`);
  if (!/^(19|20)\d{2}$/.test(since)) throw new Error(`subject-renames.tsv: since is not a year in "${row}"`);
  if (!source) throw new Error(`subject-renames.tsv: no source in "${row}"`);
  if (seen.has(row)) throw new Error(`subject-renames.tsv: "${row}" twice`);
  seen.add(row);
}
write('src/core/subjects/subject-renames.generated.json', 'data/subjects/subject-renames.tsv', renameColumns, renames);
