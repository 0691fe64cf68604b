/**
 * `budget-disclosure review` of 1,000 department workbooks on 2 worker threads, end to end (read,
 * check, the HTML and JSON summaries), with the process's peak memory. Target < 60 s.
 *
 * The workbooks are 100 distinct variants of the sample — department name, single or split code
 * columns, 万元 or 元, and one in five with an error (an amount off by 1.00, a text number, a
 * blank total) — each copied ten times under its own file name; writing 1,000 distinct .xlsx files
 * would take longer than the review itself. One variant in fifty is not an .xlsx at all.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { BIN, LIB, scratch, figure, verdict, runNode } = require('./common');

const WORKBOOKS = 1000;
const VARIANTS = 100;

/** The first cell holding a number at or below row `from`: [row, col], or undefined. */
function numericCell(grid, from) {
  for (let r = from; r < grid.values.length; r += 1) {
    const col = (grid.values[r] ?? []).findIndex((v) => typeof v === 'number');
    if (col >= 0) return [r, col];
  }
  return undefined;
}

function variantGrids(i, { layoutWorkbook, sampleDisclosure }) {
  const sample = sampleDisclosure();
  const grids = layoutWorkbook({
    family: 'budget13',
    codeLayout: i % 2 === 0 ? 'single' : 'split',
    department: `${sample.department.replace('阳城县', `第${i + 1}县`)}`,
    year: sample.year,
    unit: i % 3 === 0 ? '元' : '万元',
    data: sample.data,
  });
  const kind = i % 10;
  // One in five with an error: a figure of 表3 changed by hand, typed as text, or a 表2 figure deleted.
  const at = kind === 3 || kind === 7 ? ['表3', 6 + (i % 7)] : kind === 9 ? ['表2', 5] : undefined;
  if (at) {
    const grid = grids.find((g) => g.name.startsWith(at[0]));
    const cell = numericCell(grid, at[1]);
    if (cell) {
      const [r, c] = cell;
      const value = grid.values[r][c];
      grid.values[r][c] = kind === 3 ? value + 1 : kind === 7 ? `${value + 1000}`.replace(/^(\d)/, '$1,') : null;
    }
  }
  return grids;
}

async function run() {
  const { writeWorkbookBuffer } = require(path.join(LIB, 'xlsx'));
  const templates = require(path.join(LIB, 'core/templates'));
  const { sampleDisclosure } = require(path.join(LIB, 'core/sample'));
  const dir = scratch('review');
  const input = path.join(dir, 'county');
  fs.mkdirSync(input);
  const buffers = [];
  for (let i = 0; i < VARIANTS; i += 1) {
    buffers.push(i % 50 === 49 ? Buffer.from('部门,金额\n应急管理局,4510.52\n') : await writeWorkbookBuffer(variantGrids(i, { ...templates, sampleDisclosure })));
  }
  for (let n = 0; n < WORKBOOKS; n += 1) {
    fs.writeFileSync(path.join(input, `部门${String(n + 1).padStart(4, '0')}.xlsx`), buffers[n % VARIANTS]);
  }
  const html = path.join(dir, 'summary.html');
  const json = path.join(dir, 'summary.json');
  const result = runNode([BIN, 'review', input, '-o', html, '--json', json, '--jobs', '2']);
  if (!fs.existsSync(json)) throw new Error(`review wrote no summary (exit ${result.status}): ${result.stderr.slice(-2000)}`);
  const summary = JSON.parse(fs.readFileSync(json, 'utf8'));
  const reviews = summary.workbooks ?? summary.reviews ?? summary.files ?? [];
  const withErrors = reviews.filter((r) => r.status === 'checked' && r.counts.error > 0).length;
  const unusable = reviews.filter((r) => r.status === 'unusable').length;
  console.log(`review of ${WORKBOOKS} workbooks (--jobs 2)`);
  figure('end to end (read, check, HTML + JSON summary)', `${(result.ms / 1000).toFixed(1)} s`, `target < 60 s — ${verdict(result.ms < 60_000)}`);
  figure('per workbook', `${(result.ms / WORKBOOKS).toFixed(1)} ms`);
  figure('peak memory (resident, whole process)', result.peakMB === undefined ? '?' : `${result.peakMB.toFixed(0)} MB`);
  figure('workbooks with errors / unusable', `${withErrors} / ${unusable}`, `exit code ${result.status}`);
}

module.exports = { run };
if (require.main === module) run().catch((error) => { console.error(error); process.exitCode = 1; });
