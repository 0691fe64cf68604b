/**
 * CLI `check` against ExcelJS alone: the wall time of `budget-disclosure check FILE --json` and of a
 * Node process that only loads the same file with ExcelJS, on the sample and on a generated
 * department with 100,000 coded rows (target ≤ 1.3×), and the engine's own time (recognise + rules,
 * `checkWorkbook`) on the 100,000 rows (target ≤ 1 s), and that of the whole review every host calls
 * (`reviewWorkbook`: also the 参数, the 情况说明 and, when a tie-out broke, error localisation).
 */
'use strict';

const path = require('node:path');
const { BIN, LIB, scratch, time, median, figure, verdict, runNode } = require('./common');
const { departmentGrids } = require('./department');

const LOAD_ONLY = `
const ExcelJS = require('exceljs');
new ExcelJS.Workbook().xlsx.readFile(process.argv[1]).then((wb) => { if (wb.worksheets.length === 0) process.exitCode = 3; });
`;

/** Median wall time of `runs` runs of `node args…`; the exit status of the last one. */
function medianRun(runs, args) {
  const results = Array.from({ length: runs }, () => runNode(args));
  const ms = results.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { ms, last: results[results.length - 1] };
}

async function run() {
  const { writeWorkbookFile, readWorkbookFile } = require(path.join(LIB, 'xlsx'));
  const { checkWorkbook } = require(path.join(LIB, 'core/check'));
  const { layoutWorkbook } = require(path.join(LIB, 'core/templates'));
  const { sampleDisclosure } = require(path.join(LIB, 'core/sample'));
  const dir = scratch('check');

  const sampleFile = path.join(dir, 'sample.xlsx');
  await writeWorkbookFile(sampleFile, layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sampleDisclosure() }));
  const big = departmentGrids({ codedRows: 100_000 });
  const bigFile = path.join(dir, 'department-100k.xlsx');
  await writeWorkbookFile(bigFile, big.grids);

  console.log('CLI check vs ExcelJS load (wall time of a Node process each, median)');
  for (const [label, file, runs] of [['sample', sampleFile, 5], [`${big.codedRows} coded rows`, bigFile, 1]]) {
    const load = medianRun(runs, ['-e', LOAD_ONLY, file]);
    const check = medianRun(runs, [BIN, 'check', file, '--json']);
    if (load.last.status !== 0) throw new Error(`ExcelJS could not load ${file}: ${load.last.stderr}`);
    if (check.last.status === 2 || check.last.status === null) throw new Error(`check failed on ${file}: ${check.last.stderr}`);
    const ratio = check.ms / load.ms;
    figure(`${label}: ExcelJS load only`, `${load.ms.toFixed(0)} ms`);
    figure(`${label}: budget-disclosure check`, `${check.ms.toFixed(0)} ms`, `peak ${check.last.peakMB?.toFixed(0) ?? '?'} MB`);
    figure(`${label}: check / load`, `${ratio.toFixed(2)}×`, `target ≤ 1.3× — ${verdict(ratio <= 1.3)}`);
  }

  const workbook = await readWorkbookFile(bigFile);
  let result;
  // The first run pays for compiling the code (JIT) and growing the heap, as the CLI's single run does.
  const cold = await time(() => checkWorkbook(workbook));
  const engine = await median(3, () => {
    result = checkWorkbook(workbook);
  });
  const { recognizeWorkbook } = require(path.join(LIB, 'core/recognize'));
  const recognition = await median(3, () => recognizeWorkbook(workbook));
  const { reviewWorkbook } = require(path.join(LIB, 'core/review'));
  reviewWorkbook(workbook);
  const review = await median(3, () => reviewWorkbook(workbook));
  figure(`engine first run on ${big.codedRows} coded rows, wall / CPU`, `${cold.ms.toFixed(0)} / ${cold.cpuMs.toFixed(0)} ms`);
  figure(`engine (checkWorkbook), warm median of 3, wall`, `${engine.ms.toFixed(0)} ms`, `target ≤ 1000 ms — ${verdict(engine.ms <= 1000)}`);
  figure('  CPU time (user + system)', `${engine.cpuMs.toFixed(0)} ms`, `target ≤ 1000 ms — ${verdict(engine.cpuMs <= 1000)}`);
  figure('  of which recognition, wall / CPU', `${recognition.ms.toFixed(0)} / ${recognition.cpuMs.toFixed(0)} ms`);
  figure('review (reviewWorkbook), warm median of 3, wall / CPU', `${review.ms.toFixed(0)} / ${review.cpuMs.toFixed(0)} ms`);
  const { error, warning, info } = result.summary;
  figure('  findings (error / warning / info)', `${error}/${warning}/${info}`);
}

module.exports = { run };
if (require.main === module) run().catch((error) => { console.error(error); process.exitCode = 1; });
