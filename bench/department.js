/**
 * 生成的部门 — a department as large as asked, built from the sample (the seed's 13 tables) so that
 * every total still ties out: each 类 row of the coded tables (表2 收入总表, 表3 支出总表, 表5 一般公共
 * 预算支出表) keeps the seed's amounts, which are split over many generated 款 and 项 rows.
 *
 * The same weights split a 类 in every table, as three independent parts from which every other
 * figure is summed, so 表2, 表3 and 表5 stay consistent code by code. Amounts are split in integer
 * 分 with the largest-remainder method: the split sums to the 类 exactly.
 * Deterministic: the same arguments give the same workbook.
 */
'use strict';

const path = require('node:path');

const LIB = path.resolve(__dirname, '../lib');
const { Decimal } = require(path.join(LIB, 'core/amount'));
const { sampleDisclosure } = require(path.join(LIB, 'core/sample'));
const { layoutWorkbook } = require(path.join(LIB, 'core/templates'));
const { lookupSubject } = require(path.join(LIB, 'core/subjects'));

/** The reference name of a generated code where the code exists, else a made-up one. */
const nameOf = (code, fallback) => lookupSubject(code, 'func')?.name ?? fallback;

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

/**
 * The three coded tables with every 类 split over generated 款 and 项, consistent code by code.
 *
 * Each 类's figures are split as three independent parts — 基本支出 (表5 = 表3), 一般公共预算项目
 * 支出 (表5) and 上年结转 (表3 项目支出 − 表5 项目支出 = 表2 上年结转) — and every other figure of a
 * generated row is a sum of its parts, so that 表3 合计 = 表2 本年收入 + 上年结转 and 表5 合计 = 表2
 * 一般公共预算 hold per code exactly as they do for the seed's 类.
 */
function scaleCodedTables(tables, trees) {
  const byCode = (kind) => new Map(tables[kind].rows.map((row) => [row.code, row]));
  const [income, , general] = CODED_KINDS.map(byCode);
  const out = Object.fromEntries(CODED_KINDS.map((kind) => [kind, []]));
  for (const row of tables['budget.expenditure'].rows) {
    if (row.code.length !== 3) continue;
    const t2 = income.get(row.code);
    const t3 = row;
    const t5 = general.get(row.code);
    const cents = (amounts, key) => (amounts && amounts[key] !== undefined ? toCents(amounts[key]) : 0n);
    const basic = cents(t5?.amounts, 'basic');
    const project = cents(t5?.amounts, 'project');
    const carry = cents(t3.amounts, 'project') - project;
    const flat = trees.get(row.code).flatMap((branch) => branch.items);
    const weights = flat.map((item) => item.weight);
    const [b, p, k] = [basic, project, carry].map((amount) => split(amount, weights));
    // Which columns each table prints for this 类 (a blank stays blank below it).
    const has = (r, key) => r !== undefined && r.amounts[key] !== undefined;
    const itemRows = flat.map((_, i) => {
      const general5 = b[i] + p[i];
      return {
        'budget.generalPublic': pick({ total: general5, basic: b[i], project: p[i] }, t5),
        'budget.expenditure': pick({ total: general5 + k[i], basic: b[i], project: p[i] + k[i] }, t3),
        'budget.income': pick({ total: general5, generalPublic: general5, carryover: k[i] }, t2),
      };
      function pick(values, r) {
        return Object.fromEntries(Object.entries(values).filter(([key]) => has(r, key)));
      }
    });
    for (const kind of CODED_KINDS) {
      const seedRow = kind === 'budget.expenditure' ? t3 : kind === 'budget.income' ? t2 : t5;
      if (!seedRow) continue;
      out[kind].push({ code: row.code, name: seedRow.name, amounts: seedRow.amounts });
      let index = 0;
      for (const branch of trees.get(row.code)) {
        const children = itemRows.slice(index, index + branch.items.length).map((item) => item[kind]);
        const sum = {};
        for (const child of children) for (const [key, value] of Object.entries(child)) sum[key] = (sum[key] ?? 0n) + value;
        out[kind].push({ code: branch.code, name: nameOf(branch.code, `${seedRow.name}第${branch.code.slice(3)}款`), amounts: toAmounts(sum) });
        branch.items.forEach((item, i) => out[kind].push({ code: item.code, name: nameOf(item.code, `生成项目${item.code}`), amounts: toAmounts(children[i]) }));
        index += branch.items.length;
      }
    }
  }
  return Object.fromEntries(CODED_KINDS.map((kind) => [kind, { ...tables[kind], rows: out[kind] }]));
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
  Object.assign(tables, scaleCodedTables(sample.data.tables, trees));
  const total = CODED_KINDS.reduce((n, kind) => n + tables[kind].rows.length, 0);
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
