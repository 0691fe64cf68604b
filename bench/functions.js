/**
 * BUDGET custom functions: 10,000 calls of each, with the arguments of the README's examples
 * (ROLLUP and TIE over the sample's 表3 columns), after a warm-up; the median of five such runs.
 * Target < 50 ms per function. Numbers take the functions' path in whole 分 (core/format/fen.ts).
 */
'use strict';

const path = require('node:path');
const { LIB, scratch, median, figure, verdict, transpile } = require('./common');

const CALLS = 10_000;

async function run() {
  const out = transpile(['src/core', 'src/excel', 'src/functions'], scratch('functions'));
  const { BUDGET_FUNCTIONS: f } = require(path.join(out, 'src/functions/functions'));
  const { sampleDisclosure } = require(path.join(LIB, 'core/sample'));
  // ROLLUP's and TIE's ranges as Excel passes them: a column of cells, numbers as numbers.
  const rows = sampleDisclosure().data.tables['budget.expenditure'].rows;
  const codes = rows.map((row) => [Number(row.code)]);
  const amounts = rows.map((row) => [row.amounts.total === undefined ? null : row.amounts.total.toNumber()]);
  const classes = rows.filter((row) => row.code.length === 3);
  const classTotals = classes.map((row) => [row.amounts.total.toNumber()]);
  const total = classes.reduce((sum, row) => sum.plus(row.amounts.total), rows[0].amounts.total.minus(rows[0].amounts.total)).toNumber();
  const calls = {
    SUBJECT: () => f.SUBJECT(2080505),
    LEVEL: () => f.LEVEL('22401'),
    ROLLUP: () => f.ROLLUP(codes, amounts, 208),
    TIE: () => f.TIE(total, classTotals),
    WAN: () => f.WAN(45105200),
    SHARE: () => f.SHARE(1507, 4510.52),
    CHANGE: () => f.CHANGE(4510.52, 3957.5),
    AMOUNT: () => f.AMOUNT(4510.52),
    RMB: () => f.RMB(45105200),
    ROUND: () => f.ROUND(1.005, 2),
    VERSION: () => f.VERSION(),
  };
  console.log(`Custom functions (${CALLS.toLocaleString('en')} calls each)`);
  for (const [name, call] of Object.entries(calls)) {
    const result = call();
    if (typeof result === 'object' && result !== null) throw new Error(`BUDGET.${name} returned an error: ${JSON.stringify(result)}`);
    for (let i = 0; i < 2_000; i += 1) call();
    // Start clean: the garbage of transpiling the sources is not the functions' cost.
    global.gc?.();
    // Results are kept, so that the optimiser cannot drop calls whose result goes unused.
    const kept = new Array(8);
    const { ms, cpuMs } = await median(5, () => {
      for (let i = 0; i < CALLS; i += 1) kept[i & 7] = call();
    });
    if (kept.some((value) => value !== result)) throw new Error(`BUDGET.${name} answered differently on repeat`);
    figure(`BUDGET.${name} → ${String(result).slice(0, 16)}`, `${ms.toFixed(1)} ms`, `wall; CPU ${cpuMs.toFixed(1)} ms (median of 5) — target < 50 ms (CPU) ${verdict(cpuMs < 50)}`);
  }
}

module.exports = { run };
if (require.main === module) run().catch((error) => { console.error(error); process.exitCode = 1; });
