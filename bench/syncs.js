/**
 * Office syncs per job on the fake Excel (test/support/fake-excel): lay out all tables, read the
 * whole workbook, mark the findings, clear the marks — for the sample and for a workbook with 100×
 * its coded rows. Each sync is a round trip to Excel (slow in Excel on the web), so the count must
 * not grow with the size of the workbook (issue 9 §1).
 */
'use strict';

const path = require('node:path');
const { LIB, scratch, figure, verdict, transpile } = require('./common');
const { departmentGrids } = require('./department');

async function run() {
  const out = transpile(['src/core', 'src/excel', 'test/support/fake-excel'], scratch('syncs'));
  const { FakeWorkbook } = require(path.join(out, 'test/support/fake-excel'));
  const excel = require(path.join(out, 'src/excel'));
  const { checkWorkbook } = require(path.join(LIB, 'core/check'));
  const { layoutWorkbook } = require(path.join(LIB, 'core/templates'));
  const { sampleDisclosure } = require(path.join(LIB, 'core/sample'));

  const sample = layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sampleDisclosure() });
  const sampleRows = sample.reduce((n, grid) => n + grid.values.length, 0);
  const large = departmentGrids({ codedRows: 77 * 100 }).grids;
  const largeRows = large.reduce((n, grid) => n + grid.values.length, 0);

  console.log('Office syncs per job (fake Excel)');
  const counts = {};
  for (const [label, grids, rows] of [['sample', sample, sampleRows], ['100× coded rows', large, largeRows]]) {
    const book = new FakeWorkbook();
    const jobs = {};
    let context = book.context();
    await excel.layOutGrids(context, grids);
    jobs['lay out'] = context.syncCount;
    context = book.context();
    const workbook = await excel.readWorkbook(context);
    jobs['full read'] = context.syncCount;
    // Every finding is marked, info included, the most the task pane ever marks.
    const findings = checkWorkbook(workbook).findings;
    context = book.context();
    await excel.markFindings(context, findings);
    jobs[`mark (${findings.length} findings)`] = context.syncCount;
    context = book.context();
    await excel.clearMarks(context);
    jobs.clear = context.syncCount;
    counts[label] = Object.values(jobs);
    for (const [job, syncs] of Object.entries(jobs)) figure(`${label} (${rows} rows): ${job}`, `${syncs} syncs`);
  }
  const [small, big] = Object.values(counts);
  const same = small.every((n, i) => n === big[i]);
  figure('sync count independent of size', same ? 'yes' : 'no', `target: does not grow — ${verdict(same)}`);
}

module.exports = { run };
if (require.main === module) run().catch((error) => { console.error(error); process.exitCode = 1; });
