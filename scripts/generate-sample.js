#!/usr/bin/env node
/**
 * Generates the embedded sample (src/core/sample/yangcheng-2024.generated.ts) from the seed:
 * data/seed/yangcheng-emergency-2024-tables.json (copied from ../shared/seed), the 13 tables of the 2024 budget disclosure
 * of 阳城县应急管理局 as printed, and data/seed/yangcheng-emergency-2024-budget-disclosure.txt,
 * the published text, for the two passages of 第一部分 概况 (本部门职责, 机构设置情况) and the
 * 绩效目标表 printed in 十、绩效管理情况 (the 整体 table and one table per project).
 *
 * The figures stay the printed strings ("4052.12"); src/core/sample/index.ts turns them into exact
 * Decimals. The output is deterministic: the same seed gives the same bytes.
 *
 * The 绩效目标表 are read by the product's own reader (src/core/performance/read.ts, compiled to lib/
 * by `npm run build:cli`), so that the printed form is read in one place only.
 *
 * Usage: node scripts/generate-sample.js [output-file]   (npm run sample:regenerate, which builds lib/ first)
 */
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const SEED_RELATIVE = 'data/seed/yangcheng-emergency-2024-tables.json';
const SEED = path.resolve(REPO, SEED_RELATIVE);
const TEXT_RELATIVE = 'data/seed/yangcheng-emergency-2024-budget-disclosure.txt';
const TEXT = path.resolve(REPO, TEXT_RELATIVE);
const DEFAULT_OUTPUT = path.join(REPO, 'src/core/sample/yangcheng-2024.generated.ts');

/**
 * How to read each seed table: its title without the year, the template kind it fills, the body
 * shape, how many header rows to skip, and which printed column holds which label or amount.
 * Amount columns name their ColumnKey (src/core/model.ts).
 */
const TABLES = [
  {
    title: '预算收支总表', kind: 'budget.summary', shape: 'twoSided', headerRows: 2,
    sides: {
      income: { label: 0, amounts: { 1: 'income' } },
      expenditure: { label: 2, amounts: { 3: 'total', 4: 'currentYear', 5: 'carryover' } },
    },
  },
  {
    title: '预算收入总表', kind: 'budget.income', shape: 'coded', headerRows: 2,
    list: { code: 0, name: 1, amounts: { 2: 'total', 3: 'generalPublic', 4: 'govFund', 5: 'stateCapital', 6: 'specialAccount', 7: 'unitFunds', 8: 'carryover' } },
  },
  {
    title: '预算支出汇总表', kind: 'budget.expenditure', shape: 'coded', headerRows: 2,
    list: { code: 0, name: 1, amounts: { 2: 'total', 3: 'basic', 4: 'project' } },
  },
  {
    title: '财政拨款收支总表', kind: 'budget.fiscalSummary', shape: 'twoSided', headerRows: 3,
    sides: {
      income: { label: 0, amounts: { 1: 'income' } },
      expenditure: { label: 2, amounts: { 3: 'total', 4: 'generalPublic', 5: 'govFund', 6: 'stateCapital' } },
    },
  },
  {
    title: '一般公共预算支出预算表（不含上年结转）', kind: 'budget.generalPublic', shape: 'coded', headerRows: 2,
    list: { code: 0, name: 1, amounts: { 2: 'total', 3: 'basic', 4: 'project' } },
  },
  {
    title: '一般公共预算安排基本支出分经济科目表（不含上年结转）', kind: 'budget.basicEconomic', shape: 'economic', headerRows: 2,
    list: { name: 0, govName: 1, amounts: { 2: 'total', 3: 'personnel', 4: 'publicUse' } },
  },
  {
    title: '政府性基金预算收入表（不含上年结转）', kind: 'budget.fundIncome', shape: 'coded', headerRows: 2,
    list: { code: 0, name: 1, amounts: { 2: 'total' } },
  },
  {
    title: '政府性基金预算支出表（不含上年结转）', kind: 'budget.fundExpenditure', shape: 'coded', headerRows: 1,
    list: { code: 0, name: 1, amounts: { 2: 'total', 3: 'basic', 4: 'project' } },
  },
  {
    title: '国有资本经营预算收支预算表（不含上年结转）', kind: 'budget.stateCapital', shape: 'pairedCoded', headerRows: 3,
    sides: {
      income: { code: 0, name: 1, amounts: { 2: 'total' } },
      expenditure: { code: 3, name: 4, amounts: { 5: 'total', 6: 'basic', 7: 'project' } },
    },
  },
  {
    title: '财政拨款安排“三公”经费支出预算表', kind: 'budget.threePublic', shape: 'fixed', headerRows: 2,
    list: { label: 0, amounts: { 1: 'total', 2: 'generalPublic', 3: 'govFund', 4: 'stateCapital' } },
  },
  {
    title: '财政拨款安排机关运行经费预算表', kind: 'budget.operating', shape: 'units', headerRows: 2,
    list: { name: 0, amounts: { 1: 'total', 2: 'generalPublic', 3: 'govFund', 4: 'stateCapital' } },
  },
  {
    title: '项目支出预算表（本年预算）', kind: 'budget.projects', shape: 'projects', headerRows: 3,
    list: { name: 0, amounts: { 1: 'total', 2: 'generalPublic', 3: 'govFund', 4: 'stateCapital', 5: 'specialAccount', 6: 'unitFunds' } },
  },
  {
    title: '项目支出预算表（上年结转）', kind: 'budget.projectsCarryover', shape: 'projects', headerRows: 3,
    list: { name: 0, amounts: { 1: 'total', 2: 'generalPublic', 3: 'govFund', 4: 'stateCapital' } },
  },
];

/** A misreading of the seed: the script stops with a message naming the table and row. */
class SeedShapeError extends Error {}

function cell(row, col) {
  return (row[col] ?? '').trim();
}

/** The printed amounts of a row by ColumnKey; blank cells are left out, "0.00" stays. */
function amountsOf(row, columns) {
  const amounts = {};
  for (const [col, key] of Object.entries(columns)) {
    const text = cell(row, Number(col));
    if (text !== '') amounts[key] = text;
  }
  return amounts;
}

/**
 * A coded list: the 合计 row first, then the rows with a code. `labelSpec` names the column that
 * prints 合计 (a side-by-side table prints it once, on its income side).
 */
function codedList(rows, spec, where, labelSpec = spec) {
  const [first, ...rest] = rows;
  if (!first || cell(first, labelSpec.code) !== '合计') throw new SeedShapeError(`${where}: the first row is not 合计`);
  return {
    total: amountsOf(first, spec.amounts),
    rows: rest.filter((row) => cell(row, spec.code) !== '' || cell(row, spec.name) !== '').map((row) => {
      const code = cell(row, spec.code);
      if (!/^\d{3}(\d{2}){0,2}$/.test(code)) throw new SeedShapeError(`${where}: "${code}" is not a subject code`);
      return { code, name: cell(row, spec.name), amounts: amountsOf(row, spec.amounts) };
    }),
  };
}

/** The labelled lines of one side of a two-sided table, in printed order (blank lines skipped). */
function sideLines(rows, spec) {
  return rows
    .filter((row) => cell(row, spec.label) !== '')
    .map((row) => ({ label: cell(row, spec.label), amounts: amountsOf(row, spec.amounts) }));
}

function readTable(spec, body, unitNames, where) {
  switch (spec.shape) {
    case 'twoSided':
      return { shape: 'twoSided', income: sideLines(body, spec.sides.income), expenditure: sideLines(body, spec.sides.expenditure) };
    case 'coded':
      return { shape: 'coded', ...codedList(body, spec.list, where) };
    case 'pairedCoded':
      return {
        shape: 'pairedCoded',
        income: codedList(body, spec.sides.income, `${where} (收入)`),
        expenditure: codedList(body, spec.sides.expenditure, `${where} (支出)`, spec.sides.income),
      };
    case 'economic': {
      const [total, ...rest] = body;
      return {
        shape: 'economic',
        total: amountsOf(total, spec.list.amounts),
        // A group row (工资福利支出) prints no 政府预算经济分类 name; its items do.
        rows: rest.map((row) => {
          const govName = cell(row, spec.list.govName);
          const line = { role: govName === '' ? 'group' : 'item', name: cell(row, spec.list.name) };
          if (govName !== '') line.govName = govName;
          line.amounts = amountsOf(row, spec.list.amounts);
          return line;
        }),
      };
    }
    case 'fixed':
      return { shape: 'fixed', rows: body.map((row) => ({ label: cell(row, spec.list.label), amounts: amountsOf(row, spec.list.amounts) })) };
    case 'units': {
      const [total, ...units] = body;
      return {
        shape: 'units',
        total: amountsOf(total, spec.list.amounts),
        units: units.map((row) => ({ name: cell(row, spec.list.name), amounts: amountsOf(row, spec.list.amounts) })),
      };
    }
    case 'projects': {
      // The department row, then per unit its subtotal row and its projects; a row is a unit's
      // subtotal when its name is one of the units of the 机关运行经费 table.
      const [total, ...rest] = body;
      const units = [];
      for (const row of rest) {
        const line = { name: cell(row, spec.list.name), amounts: amountsOf(row, spec.list.amounts) };
        if (unitNames.includes(line.name)) units.push({ ...line, projects: [] });
        else if (units.length === 0) throw new SeedShapeError(`${where}: project "${line.name}" precedes every unit`);
        else units[units.length - 1].projects.push(line);
      }
      return { shape: 'projects', total: amountsOf(total, spec.list.amounts), units };
    }
    default:
      throw new SeedShapeError(`${where}: unknown shape ${spec.shape}`);
  }
}

/**
 * 第一部分 概况 of the published text: the lines after `heading` up to the line starting with `next`.
 * The part is found from its own heading (第一部分 概况), so the table of contents, which repeats
 * these headings with page numbers, is never read.
 */
function passage(lines, start, heading, next) {
  const from = lines.indexOf(heading, start);
  if (from < 0) throw new SeedShapeError(`the text has no heading "${heading}" in 第一部分`);
  const to = lines.findIndex((line, i) => i > from && line.startsWith(next));
  if (to < 0) throw new SeedShapeError(`the text has no "${next}" after "${heading}"`);
  return paragraphs(lines.slice(from + 1, to), heading);
}

/**
 * The passage's paragraphs, one per line. The text prints a blank line between paragraphs; a line
 * that does not end a sentence (。：；！？) was broken by the PDF's page (职责 (9) at lines 94–96:
 * "指导协" / "调自然灾害…") and is joined to the next line, so a paragraph is never cut mid-word.
 */
function paragraphs(lines, heading) {
  const result = [];
  let open = '';
  for (const line of lines.map((l) => l.trim()).filter((l) => l !== '')) {
    open += line;
    if (/[。：；！？]$/.test(open)) {
      result.push(open);
      open = '';
    }
  }
  if (open !== '') result.push(open);
  if (result.length === 0) throw new SeedShapeError(`"${heading}" has no text`);
  return result.join('\n');
}

/** 本部门职责 and 机构设置情况 as the published text prints them (lines 74–118 of the seed text). */
function profileOf(disclosureText) {
  const lines = disclosureText.split('\n').map((line) => line.trim());
  const part = lines.indexOf('第一部分 概况');
  if (part < 0) throw new SeedShapeError('the text has no line "第一部分 概况"');
  return {
    duties: passage(lines, part, '一、本部门职责', '二、机构设置情况'),
    organisation: passage(lines, part, '二、机构设置情况', '第二部分'),
  };
}

/** An amount read from a target table as an exact string (元 for projects, 万元 for the 整体 table); absent when blank. */
function amountText(amount) {
  return amount && amount.parsed.kind === 'amount' ? amount.parsed.value.toString() : undefined;
}

/** 资金 by source as exact strings, blank sources left out. */
function fundsOf(funds) {
  const sources = {};
  for (const [source, amount] of Object.entries(funds.sources)) {
    const text = amountText(amount);
    if (text !== undefined) sources[source] = text;
  }
  return sources;
}

/** Only the fields that are there, in a fixed order. */
function defined(entries) {
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/**
 * The 绩效目标表 of the published text (seed text lines 555–1541): the 整体 table (printed over two
 * pages, read as one) and the 26 project tables, in print order.
 */
function performanceOf(disclosureText) {
  const { gridFromPrintedText, readPerformanceTargets } = require(path.join(REPO, 'lib/core/performance'));
  const read = readPerformanceTargets([gridFromPrintedText('附件', disclosureText)]);
  if (read.departments.length !== 1) throw new SeedShapeError(`the text has ${read.departments.length} 整体支出绩效目标表, expected 1`);
  const dept = read.departments[0];
  const department = defined([
    ['title', dept.title],
    ['department', dept.department],
    ['facts', dept.facts],
    ['duties', dept.duties],
    ['strategy', dept.strategy],
    ['sources', dept.sources.map((s) => defined([['label', s.label], ['amount', amountText(s.amount)]]))],
    ['basic', amountText(dept.basic)],
    ['project', amountText(dept.project)],
    ['tasks', dept.tasks],
    ['goal', dept.goal],
    ['indicators', dept.indicators],
  ]);
  const projects = read.projects.map((p) =>
    defined([
      ['title', p.title],
      ['name', p.name],
      ['department', p.department],
      ['implementingUnit', p.implementingUnit],
      ['attribute', p.attribute],
      ['period', p.period],
      ['periodFunds', fundsOf(p.periodFunds)],
      ['annualFunds', fundsOf(p.annualFunds)],
      ['overview', p.overview],
      ['basis', p.basis],
      ['necessity', p.necessity],
      ['measures', p.measures],
      ['plan', p.plan],
      ['goals', p.goals],
      ['periodIndicators', p.periodIndicators],
      ['indicators', p.indicators],
    ]),
  );
  return { department, projects };
}

function generate(seedText, disclosureText) {
  const seed = JSON.parse(seedText);
  const titles = Object.keys(seed.tables);
  if (titles.length !== TABLES.length) throw new SeedShapeError(`the seed has ${titles.length} tables, expected ${TABLES.length}`);
  const operating = TABLES.find((spec) => spec.shape === 'units');
  const operatingRows = seed.tables[`${seed.year}年${operating.title}`].rows.slice(operating.headerRows + 1);
  const unitNames = operatingRows.map((row) => cell(row, operating.list.name));
  const tables = {};
  TABLES.forEach((spec, index) => {
    const title = `${seed.year}年${spec.title}`;
    if (titles[index] !== title) throw new SeedShapeError(`seed table ${index + 1} is "${titles[index]}", expected "${title}"`);
    const table = seed.tables[title];
    tables[spec.kind] = { title, note: table.note, ...readTable(spec, table.rows.slice(spec.headerRows), unitNames, title) };
  });
  return {
    department: seed.department,
    year: seed.year,
    unit: seed.unit,
    profile: profileOf(disclosureText),
    tables,
    performance: performanceOf(disclosureText),
  };
}

function sha256(text) {
  return crypto.createHash('sha256').update(text).digest('hex');
}

function render(seedText, disclosureText) {
  return [
    '/**',
    ' * GENERATED FILE — do not edit. Regenerate with `npm run sample:regenerate`',
    ` * (scripts/generate-sample.js) from ${SEED_RELATIVE}`,
    ` * (sha256 ${sha256(seedText)})`,
    ` * and ${TEXT_RELATIVE} (sha256 ${sha256(disclosureText)}).`,
    ' * The seed\'s 13 tables as structured rows; amounts are the printed strings in 万元;',
    ' * profile: 第一部分 概况 of the published text, one paragraph a line; performance: its 绩效目标表',
    ' * (amounts as exact strings, 元 per project, 万元 for the 整体 table).',
    ' */',
    "import type { GeneratedSample } from './generated-types';",
    '',
    `export const YANGCHENG_2024: GeneratedSample = ${JSON.stringify(generate(seedText, disclosureText), null, 2)};`,
    '',
  ].join('\n');
}

function main() {
  const output = path.resolve(process.argv[2] ?? DEFAULT_OUTPUT);
  const text = render(fs.readFileSync(SEED, 'utf8'), fs.readFileSync(TEXT, 'utf8'));
  fs.writeFileSync(output, text, 'utf8');
  process.stdout.write(`已生成 ${path.relative(process.cwd(), output)}\n`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof SeedShapeError)) throw error;
    process.stderr.write(`种子数据格式不符：${error.message}\n`);
    process.exitCode = 2;
  }
}

module.exports = { generate, render };
