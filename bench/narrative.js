/**
 * 情况说明 bench (issue 12): reading and checking a 10-page 情况说明 against the sample's tables and
 * 参数 — sentences read into statements, phrases bound through the vocabulary, every figure checked
 * (target ≤ 50 ms warm). A page is the 公文 page of GB/T 9704: 22 lines of 28 characters. The text
 * is the sample's generated 情况说明, repeated (a second reading of the same figures is checked like
 * the first) until it fills ten pages. Also the first run (the tables' printings resolved; later runs
 * on the same recognised tables reuse them, as the review, the generator and the report do), the
 * runs while V8 compiles the checker (2–31), and 10 MB of text, as figures.
 */
'use strict';

const path = require('node:path');
const { LIB, figure, median, time, verdict } = require('./common');

const PAGE_CHARACTERS = 22 * 28;
/** Runs before the warm figure is taken. */
const WARM_UP_RUNS = 30;

async function run() {
  const { checkNarrative, narrativeOfWorkbook, renderNarrative } = require(path.join(LIB, 'core/narrative'));
  const { paramsSheet, readParams, sampleParams } = require(path.join(LIB, 'core/params'));
  const { recognizeWorkbook } = require(path.join(LIB, 'core/recognize'));
  const { layoutWorkbook } = require(path.join(LIB, 'core/templates'));
  const { sampleDisclosure } = require(path.join(LIB, 'core/sample'));

  const workbook = [...layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sampleDisclosure() }), paramsSheet(sampleParams())];
  const tables = recognizeWorkbook(workbook).tables;
  const params = readParams(workbook);
  const options = { params: params.values, paramSources: params.sources };
  const generated = renderNarrative(narrativeOfWorkbook(workbook, tables).narrative);
  const copies = Math.ceil((10 * PAGE_CHARACTERS) / generated.length);
  const text = Array.from({ length: copies }, () => generated).join('\n');

  console.log('情况说明 checker (checkNarrative: read, bind, check)');
  const first = await time(() => checkNarrative(text, tables, options));
  // V8 compiles the reader's hot paths over the first few dozen runs (a pane checking as the user
  // edits): those runs are a figure of their own, and "warm" is measured after them.
  const warmingUp = await median(WARM_UP_RUNS, () => checkNarrative(text, tables, options));
  const warm = await median(9, () => checkNarrative(text, tables, options));
  const { coverage } = first.value;
  figure('10 pages', `${text.length} chars`, `${(text.length / PAGE_CHARACTERS).toFixed(1)} pages of ${PAGE_CHARACTERS}`);
  figure('  figures: checked / 无法核对 / 未识别', `${coverage.checked} / ${coverage.unverifiable} / ${coverage.unbound}`, `of ${coverage.figures}`);
  figure('  first run (printings resolved), wall', `${first.ms.toFixed(1)} ms`);
  figure(`  runs 2–${WARM_UP_RUNS + 1} (while V8 compiles), median wall`, `${warmingUp.ms.toFixed(1)} ms`);
  figure(`  warm (after ${WARM_UP_RUNS + 1} runs) median of 9, wall / CPU`, `${warm.ms.toFixed(1)} / ${warm.cpuMs.toFixed(1)} ms`, `target ≤ 50 ms — ${verdict(warm.ms <= 50)}`);

  const huge = Array.from({ length: Math.ceil((10 * 1024 * 1024) / generated.length) }, () => generated).join('\n');
  const big = await time(() => checkNarrative(huge, tables, options));
  figure('10 MB of text (checked to its first 200,000 characters), wall', `${(big.ms / 1000).toFixed(1)} s`, `${big.value.coverage.figures} figures`);
}

run().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
