/**
 * The same tie-out checks as spreadsheet formulas, evaluated by HyperFormula (the engine a JS
 * developer would reach for), against our engine, on the generated department's 100,000 coded
 * rows. Per row of 表3 and 表5: 合计 = 基本支出 + 项目支出; per 款: each column = Σ its 项 (SUM over the block); per 类
 * and per 合计 row: each column = Σ its 款 or 类 (SUMIFS on the code length) — each written as
 * =IF(ABS(total-Σ)>tolerance,1,0) with the tight tolerance ⌊n/2⌋ 分. Our engine's time is
 * `checkWorkbook` on the same grids, which also recognises the tables and runs every other rule.
 */
'use strict';

const path = require('node:path');
const { LIB, time, figure } = require('./common');
const { departmentGrids } = require('./department');

const CODED = ['表2', '表3', '表5'];

/** A grid's coded body as [code, name, amounts…, code length], and its formulas in further columns. */
function formulaSheet(grid, rowTies) {
  const header = grid.values.findIndex((row) => row[0] === '合计');
  const width = Math.max(...grid.values.slice(header).map((row) => row.length));
  const amountCols = width - 2;
  const letter = (c) => String.fromCharCode(65 + c);
  const lenCol = letter(width);
  const body = grid.values.slice(header).map((row) => {
    const code = typeof row[0] === 'string' && /^\d+$/.test(row[0]) ? row[0] : '';
    const cells = Array.from({ length: width }, (_, c) => row[c] ?? null);
    return [...cells, code.length];
  });
  const rows = body.length;
  let formulas = 0;
  const out = body.map((row, i) => {
    const r = i + 1;
    const extra = [];
    const tol = (n) => (Math.floor(n / 2) * 0.01 + 1e-9).toFixed(9);
    // 合计 = Σ its columns (n = amount columns − 1).
    if (rowTies && amountCols > 2) {
      extra.push(`=IF(ABS(N(C${r})-SUM(D${r}:${letter(width - 1)}${r}))>${tol(amountCols - 1)},1,0)`);
      formulas += 1;
    }
    const level = row[width];
    const childLevel = i === 0 ? 3 : level === 3 ? 5 : level === 5 ? 7 : 0;
    if (childLevel > 0) {
      // The block of this row's descendants: up to the next row of the same or a higher level.
      let end = i + 1;
      while (end < rows && (i === 0 || body[end][width] > level)) end += 1;
      const children = body.slice(i + 1, end).filter((b) => b[width] === childLevel).length;
      for (let c = 2; c < width; c += 1) {
        const col = letter(c);
        const range = `${col}${r + 1}:${col}${end}`;
        const sum = childLevel === 7 ? `SUM(${range})` : `SUMIFS(${range},${lenCol}${r + 1}:${lenCol}${end},${childLevel})`;
        extra.push(`=IF(ABS(N(${col}${r})-${sum})>${tol(children)},1,0)`);
        formulas += 1;
      }
    }
    return [...row, ...extra];
  });
  return { sheet: out, formulas, firstFormulaCol: width + 1 };
}

async function run() {
  const { HyperFormula } = require('hyperformula');
  const { checkWorkbook } = require(path.join(LIB, 'core/check'));
  const { grids, codedRows } = departmentGrids({ codedRows: 100_000 });
  const sheets = {};
  let formulas = 0;
  for (const grid of grids.filter((g) => CODED.some((name) => g.name.startsWith(name)))) {
    // 表2's 合计 is 本年收入 only (上年结转 is printed beside it, as in the seed): no row tie there.
    const built = formulaSheet(grid, !grid.name.startsWith('表2'));
    sheets[grid.name] = built;
    formulas += built.formulas;
  }
  console.log(`Tie-outs as formulas: HyperFormula vs our engine (${codedRows} coded rows)`);
  const hf = await time(() => {
    const engine = HyperFormula.buildFromSheets(
      Object.fromEntries(Object.entries(sheets).map(([name, s]) => [name, s.sheet])),
      { licenseKey: 'gpl-v3', useColumnIndex: true },
    );
    let failing = 0;
    for (const [name, s] of Object.entries(sheets)) {
      const values = engine.getSheetValues(engine.getSheetId(name));
      for (const row of values) for (let c = s.firstFormulaCol; c < row.length; c += 1) if (row[c] === 1) failing += 1;
    }
    engine.destroy();
    return failing;
  });
  checkWorkbook(grids.slice(0, 1));
  const ours = await time(() => checkWorkbook(grids));
  figure(`HyperFormula: build + evaluate ${formulas} check formulas`, `${hf.ms.toFixed(0)} ms`, `CPU ${hf.cpuMs.toFixed(0)} ms; ${hf.value} failing`);
  figure('our engine: checkWorkbook (all rules, all 13 tables)', `${ours.ms.toFixed(0)} ms`, `CPU ${ours.cpuMs.toFixed(0)} ms; ${ours.value.summary.error} errors`);
  figure('HyperFormula / our engine (CPU time)', `${(hf.cpuMs / ours.cpuMs).toFixed(2)}×`, '(> 1: ours faster)');
}

module.exports = { run };
if (require.main === module) run().catch((error) => { console.error(error); process.exitCode = 1; });
