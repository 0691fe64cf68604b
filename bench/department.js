/**
 * 生成的部门 — a department as large as asked, built from the sample (the seed's 13 tables) so that
 * every total still ties out: each 类 row of the coded tables (表2 收入总表, 表3 支出总表, 表5 一般公共
 * 预算支出表) keeps the seed's amounts, which are split over many generated 款 and 项 rows.
 *
 * The same weights split a 类 in every table and every column, so 表2, 表3 and 表5 stay consistent
 * code by code, and a row's 合计 is the sum of its columns wherever the seed's 类 row is. Amounts are
 * split in integer 分 with the largest-remainder method: the split sums to the 类 exactly.
 * Deterministic: the same arguments give the same workbook.
 */
'use strict';

const path = require('node:path');

const LIB = path.resolve(__dirname, '../lib');
const { Decimal } = require(path.join(LIB, 'core/amount'));
const { sampleDisclosure } = require(path.join(LIB, 'core/sample'));
const { layoutWorkbook } = require(path.join(LIB, 'core/templates'));

/** The coded tables that list function subjects down to 项. */
const CODED_KINDS = ['budget.income', 'budget.expenditure', 'budget.generalPublic'];
/** A 款 holds at most 99 项 (codes 01–99), a 类 at most 99 款. */
const MAX_CHILDREN = 99;

/** A small deterministic PRNG (mulberry32), so that runs compare. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits `cents` (a BigInt number of 分) by `weights`, exactly, largest remainder first. */
function split(cents, weights) {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map(() => 0n);
  const shares = weights.map((w) => (cents * w) / sum);
  let left = cents - shares.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, i) => ({ i, rest: (cents * w) % sum }))
    .sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (left <= 0n) break;
    shares[i] += 1n;
    left -= 1n;
  }
  return shares;
}

const toCents = (decimal) => BigInt(new Decimal(decimal).times(100).toFixed(0));
const fromCents = (cents) => new Decimal(cents.toString()).dividedBy(100);

/**
 * The code tree under one 类: `branches` 款, each with its 项; `weights[k][i]` the weight of 项 i of 款 k.
 */
function codeTree(classCode, rowsForClass, rand) {
  const items = Math.max(1, rowsForClass - 1);
  const branches = Math.min(MAX_CHILDREN, Math.max(1, Math.ceil(items / (MAX_CHILDREN + 1))));
  const perBranch = Math.min(MAX_CHILDREN, Math.max(1, Math.floor(items / branches) - 1));
  return Array.from({ length: branches }, (_, k) => ({
    code: `${classCode}${String(k + 1).padStart(2, '0')}`,
    items: Array.from({ length: perBranch }, (_, i) => ({
      code: `${classCode}${String(k + 1).padStart(2, '0')}${String(i + 1).padStart(2, '0')}`,
      weight: BigInt(1 + Math.floor(rand() * 1000)),
    })),
  }));
}

/** Rows of one coded table: each seed 类 row followed by its generated 款 and 项. */
function scaleCodedTable(table, trees) {
  const rows = [];
  for (const row of table.rows) {
    if (row.code.length !== 3) continue;
    const tree = trees.get(row.code);
    const columns = Object.keys(row.amounts);
    const parts = columns.filter((c) => c !== 'total');
    const ties =
      row.amounts.total !== undefined &&
      parts.length > 0 &&
      parts.reduce((sum, c) => sum.plus(row.amounts[c]), new Decimal(0)).equals(row.amounts.total);
    const flat = tree.flatMap((branch) => branch.items);
    const byColumn = new Map(columns.map((c) => [c, split(toCents(row.amounts[c]), flat.map((item) => item.weight))]));
    // The seed's own 尾差 (表3 224: 1111.11 + 3003.53 ≠ 4114.63) goes 1 分 to a row, as rounding does.
    const residual = row.amounts.total === undefined ? 0n : toCents(row.amounts.total) - parts.reduce((sum, c) => sum + toCents(row.amounts[c]), 0n);
    const spread = parts.length > 0 && residual !== 0n && (residual < 0n ? -residual : residual) <= BigInt(flat.length);
    const itemAmounts = flat.map((_, i) => {
      const cents = Object.fromEntries(columns.map((c) => [c, byColumn.get(c)[i]]));
      if (ties || spread) cents.total = parts.reduce((sum, c) => sum + cents[c], 0n);
      if (spread && BigInt(i) < (residual < 0n ? -residual : residual)) cents.total += residual < 0n ? -1n : 1n;
      return cents;
    });
    rows.push({ code: row.code, name: row.name, amounts: row.amounts });
    let index = 0;
    for (const branch of tree) {
      const children = itemAmounts.slice(index, index + branch.items.length);
      const branchCents = Object.fromEntries(columns.map((c) => [c, children.reduce((sum, a) => sum + a[c], 0n)]));
      rows.push({ code: branch.code, name: `${row.name}第${branch.code.slice(3)}款`, amounts: toAmounts(branchCents) });
      branch.items.forEach((item, i) => {
        rows.push({ code: item.code, name: `生成项目${item.code}`, amounts: toAmounts(children[i]) });
      });
      index += branch.items.length;
    }
  }
  return { ...table, rows };
}

function toAmounts(cents) {
  return Object.fromEntries(Object.entries(cents).map(([c, v]) => [c, fromCents(v)]));
}

/**
 * A department whose coded tables hold about `codedRows` rows in all (never fewer than the seed's).
 * @returns {{ department: string, year: number, unit: '万元', data: object, codedRows: number }}
 */
function generateDepartment({ codedRows, seed = 1, department } = {}) {
  const sample = sampleDisclosure();
  const classes = sample.data.tables['budget.expenditure'].rows.filter((r) => r.code.length === 3).map((r) => r.code);
  const perTable = Math.ceil(codedRows / CODED_KINDS.length);
  const perClass = Math.ceil(perTable / classes.length);
  const rand = random(seed);
  const trees = new Map(classes.map((code) => [code, codeTree(code, perClass, rand)]));
  const tables = { ...sample.data.tables };
  let total = 0;
  for (const kind of CODED_KINDS) {
    tables[kind] = scaleCodedTable(sample.data.tables[kind], trees);
    total += tables[kind].rows.length;
  }
  return {
    department: department ?? `${sample.department}（生成）`,
    year: sample.year,
    unit: sample.unit,
    data: { tables },
    codedRows: total,
  };
}

/** Grids of a generated department, laid out like the 模板 command does. */
function departmentGrids(options) {
  const generated = generateDepartment(options);
  const grids = layoutWorkbook({
    family: 'budget13',
    codeLayout: options.codeLayout ?? 'single',
    department: generated.department,
    year: generated.year,
    unit: options.unit ?? generated.unit,
    data: generated.data,
  });
  return { grids, codedRows: generated.codedRows };
}

module.exports = { generateDepartment, departmentGrids };
