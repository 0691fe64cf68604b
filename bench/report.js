/**
 * The report of the sample in Node, without LibreOffice (issue 16: ≤ 1 s): `prepareReport` (review,
 * 情况说明, 绩效目标表, 名词解释, the document model) and `buildDocx` (the .docx bytes) on the sample
 * workbook — 13 tables, 参数, the 27 绩效目标表, 名词解释 — as `budget-disclosure report` runs them
 * after reading the file. First run (what one CLI run pays, JIT included) and the warm median.
 */
'use strict';

const path = require('node:path');
const zlib = require('node:zlib');
const { LIB, time, median, figure, verdict } = require('./common');

async function run() {
  const { sampleWorkbook } = require(path.join(LIB, 'core/sample'));
  const { prepareReport } = require(path.join(LIB, 'core/report'));
  const { buildDocx } = require(path.join(LIB, 'report/docx'));
  const workbook = sampleWorkbook();
  const report = async () => {
    const prepared = prepareReport(workbook);
    const bytes = await buildDocx(prepared.document, { deflate: (data) => zlib.deflateSync(data) });
    return { prepared, bytes };
  };

  console.log('report of the sample (prepareReport + buildDocx, no LibreOffice)');
  const cold = await time(report);
  const prepare = await median(5, () => prepareReport(workbook));
  const docxOnly = await median(5, () => buildDocx(cold.value.prepared.document, { deflate: (data) => zlib.deflateSync(data) }));
  const warm = await median(5, report);
  const blocks = cold.value.prepared.document.blocks;
  const tables = blocks.filter((b) => b.kind === 'table').length;
  figure('document', `${tables} tables, ${(cold.value.bytes.length / 1024).toFixed(0)} KB`);
  figure('first run, wall / CPU', `${cold.ms.toFixed(0)} / ${cold.cpuMs.toFixed(0)} ms`, `target ≤ 1000 ms — ${verdict(cold.ms <= 1000)}`);
  figure('warm median of 5, wall / CPU', `${warm.ms.toFixed(0)} / ${warm.cpuMs.toFixed(0)} ms`, `target ≤ 1000 ms — ${verdict(warm.ms <= 1000)}`);
  figure('  of which prepareReport, warm wall', `${prepare.ms.toFixed(0)} ms`);
  figure('  of which buildDocx, warm wall', `${docxOnly.ms.toFixed(0)} ms`);
}

module.exports = { run };
if (require.main === module) run().catch((error) => { console.error(error); process.exitCode = 1; });
