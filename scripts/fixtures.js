/**
 * Which files of ../shared the repository keeps a copy of under data/, and where. Read by
 * scripts/refresh-fixtures.js (which copies them) and by test/data/drift.test.ts (which compares them).
 */
'use strict';
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const SHARED = path.resolve(REPO, '../shared');
const DATA = path.join(REPO, 'data');

/** [folder in ../shared, folder in data/, files] */
const COPIES = [
  ['seed', 'seed', ['yangcheng-emergency-2024-tables.json', 'yangcheng-emergency-2024-budget-disclosure.txt']],
  [
    'corpus',
    'corpus',
    [
      'README.md',
      'expected.json',
      'sh-putuo-commerce-budget-2025.json',
      'sh-putuo-czj-final-2024.json',
      'sh-putuo-sifaju-budget-2026.json',
      'sh-putuo-sifaju-unit-budget-2026.json',
    ],
  ],
  ['data', 'subjects', ['README.md', 'subject-codes.tsv']],
];

const FIXTURES = COPIES.flatMap(([from, to, files]) =>
  files.map((file) => ({ from: path.join(SHARED, from, file), to: path.join(DATA, to, file), name: `${to}/${file}` })),
);

/**
 * Files under data/ that are the repository's own, not copies of ../shared (each with its row in
 * data/README.md): the refresh leaves them be and the drift check does not compare them.
 */
const OWN = ['subjects/subject-renames.tsv'];

module.exports = { REPO, SHARED, DATA, FIXTURES, OWN };
