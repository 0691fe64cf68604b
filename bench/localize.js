/**
 * 错误定位 bench — which cell is wrong (issue 14 item 1): the time `localizeErrors` takes over a
 * workbook's relations, on the sample with one typo (target ≤ 100 ms) and on the 100,000-row
 * generated department with typos in it (target ≤ 1 s); and 舍位平衡's proposal on the sample in 元
 * shown in 万元. The relations come from the rules first (not timed here: bench/check.js times the
 * engine). Figures are printed, never asserted.
 */
'use strict';

const path = require('node:path');
const { LIB, figure, median, time, verdict } = require('./common');
const { departmentGrids } = require('./department');

/** A copy of `grids` with the figure at (sheet starting with `prefix`, row, col) changed by `delta`. */
function doctor(grids, prefix, row, col, delta) {
  return grids.map((grid) => {
    if (!grid.name.startsWith(prefix)) return grid;
    const values = grid.values.map((r) => [...r]);
    values[row][col] = Number((values[row][col] + delta).toFixed(2));
    return { ...grid, values };
  });
}

/** Rows of a sheet whose column `col` holds a number, from the bottom (项 rows). */
function figureRows(grids, prefix, col) {
  const grid = grids.find((g) => g.name.startsWith(prefix));
  return grid.values.flatMap((row, r) => (typeof row[col] === 'number' && row[col] > 0 ? [r] : [])).reverse();
}

async function run() {
  const { tableFindings } = require(path.join(LIB, 'core/check'));
  const { localizeErrors } = require(path.join(LIB, 'core/localize'));
  const { layoutWorkbook } = require(path.join(LIB, 'core/templates'));
  const { sampleDisclosure } = require(path.join(LIB, 'core/sample'));

  console.log('error localisation (localizeErrors over the relations of the rules)');
  const sample = layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sampleDisclosure() });
  // 表3 合计 row, 合计 column: the typo of issue 14 (4,510.52 typed 4,610.52).
  const typo = doctor(sample, '表3', 4, 2, 100);
  const sampleRelations = tableFindings(typo).relations;
  const first = await time(() => localizeErrors(sampleRelations));
  const warm = await median(9, () => localizeErrors(sampleRelations));
  const found = first.value[0];
  figure('sample, one typo: first suspect', `${found.sheet}!${found.cell}`, `${found.current} → ${found.suggested}`);
  figure('sample, one typo: first run, wall', `${first.ms.toFixed(1)} ms`, `target ≤ 100 ms — ${verdict(first.ms <= 100)}`);
  figure('sample, one typo: warm median of 9, wall / CPU', `${warm.ms.toFixed(1)} / ${warm.cpuMs.toFixed(1)} ms`, `target ≤ 100 ms — ${verdict(warm.ms <= 100)}`);

  const big = departmentGrids({ codedRows: 100_000 });
  const rows = figureRows(big.grids, '表3', 2);
  let doctored = big.grids;
  // Five 项 rows spread over the table (and so over its 类 and 款).
  const typos = [0.05, 0.25, 0.45, 0.65, 0.85].map((share) => rows[Math.floor(share * rows.length)]);
  for (const row of typos) doctored = doctor(doctored, '表3', row, 2, 1);
  const clean = tableFindings(big.grids).relations;
  const relations = tableFindings(doctored).relations;
  const none = await time(() => localizeErrors(clean));
  const cold = await time(() => localizeErrors(relations));
  const again = await median(3, () => localizeErrors(relations));
  figure(`${big.codedRows} coded rows: relations`, `${relations.length}`);
  figure(`  clean (nothing broken), wall`, `${none.ms.toFixed(1)} ms`);
  figure(`  ${typos.length} typos in 表3: suspects found`, `${cold.value.length}`, `${cold.value.map((s) => s.cell).join(' ')}`);
  figure(`  ${typos.length} typos in 表3: first run, wall / CPU`, `${cold.ms.toFixed(0)} / ${cold.cpuMs.toFixed(0)} ms`, `target ≤ 1000 ms — ${verdict(cold.ms <= 1000)}`);
  figure(`  ${typos.length} typos in 表3: warm median of 3, wall / CPU`, `${again.ms.toFixed(0)} / ${again.cpuMs.toFixed(0)} ms`, `target ≤ 1000 ms — ${verdict(again.ms <= 1000)}`);

  console.log('');
  console.log('舍位平衡 (proposeBalance: review, search, proposal; on request, no target)');
  const { proposeBalance } = require(path.join(LIB, 'core/balance'));
  const inYuan = layoutWorkbook({ family: 'budget13', codeLayout: 'single', ...sampleDisclosure(), unit: '元' });
  for (const [label, workbook, options] of [['sample (万元)', sample, {}], ['sample in 元, published in 万元', inYuan, { unit: '万元' }]]) {
    const balanced = await median(3, () => proposeBalance(workbook, options));
    const proposal = proposeBalance(workbook, options);
    figure(`${label}: adjustments`, `${proposal.adjustments.length}`, `${proposal.conversions.length} tables converted, ${proposal.unbalanced.length} left unbalanced`);
    figure(`${label}: median of 3, wall / CPU`, `${balanced.ms.toFixed(0)} / ${balanced.cpuMs.toFixed(0)} ms`);
  }
}

module.exports = { run };
if (require.main === module) run().catch((error) => { console.error(error); process.exitCode = 1; });
