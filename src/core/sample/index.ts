/**
 * 示例数据 — the seed (the 2024 budget disclosure of 阳城县应急管理局) as DisclosureData, so that
 * `budget-disclosure sample`, the demo and the tests lay out the real published tables — and the
 * whole sample workbook: the 13 tables, 参数, the 绩效目标表 and 名词解释.
 *
 * The figures come from `yangcheng-2024.generated.ts`, written by scripts/generate-sample.js from
 * data/seed/yangcheng-emergency-2024-tables.json and the published text; nothing here is typed by hand.
 */
import { Decimal, parseAmount, type Unit } from '../amount';
import type { Grid } from '../grid';
import type { ColumnKey, TableKind } from '../model';
import { paramsSheet, sampleParams } from '../params';
import type { DepartmentProject, FundSource, PerformanceProject } from '../performance/model';
import { departmentPerformanceSheet, projectPerformanceSheet } from '../performance/sheet';
import { glossarySheet } from '../report/glossary';
import { FAMILIES } from '../templates/families';
import { layoutWorkbook, type CodeLayout } from '../templates/layout';
import type { Amounts, CodedList, DisclosureData, TableData } from '../templates/data';
import type { FixedRow, TableTemplate } from '../templates/types';
import type { PrintedAmounts, PrintedCodedList, PrintedLine, PrintedTable } from './generated-types';
import { YANGCHENG_2024 } from './yangcheng-2024.generated';

/** The embedded sample: who, which year, the printed unit, and the figures (万元). */
export interface Sample {
  readonly department: string;
  readonly year: number;
  readonly unit: Unit;
  readonly data: DisclosureData;
}

/** The generated file disagrees with the templates — a defect of the build, not of a user's input. */
export class SampleDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SampleDataError';
  }
}

let cached: Sample | undefined;

/**
 * The seed's 13 tables as DisclosureData.
 *
 * @throws SampleDataError when the generated file does not fit the budget13 templates.
 * @example sampleDisclosure().data.tables['budget.income'] // 合计 4052.12 …
 */
export function sampleDisclosure(): Sample {
  cached ??= {
    department: YANGCHENG_2024.department,
    year: YANGCHENG_2024.year,
    unit: YANGCHENG_2024.unit,
    data: { tables: convertTables() },
  };
  return cached;
}

function convertTables(): Partial<Record<TableKind, TableData>> {
  const tables: Partial<Record<TableKind, TableData>> = {};
  for (const template of FAMILIES.budget13.tables) {
    const printed = YANGCHENG_2024.tables[template.kind];
    if (printed === undefined) throw new SampleDataError(`the sample has no table ${template.kind}`);
    tables[template.kind] = convertTable(template, printed);
  }
  return tables;
}

function convertTable(template: TableTemplate, printed: PrintedTable): TableData {
  const body = template.body;
  switch (printed.shape) {
    case 'coded':
      return { shape: 'coded', ...codedList(printed) };
    case 'pairedCoded':
      return { shape: 'pairedCoded', income: codedList(printed.income), expenditure: codedList(printed.expenditure) };
    case 'twoSided': {
      if (body.shape !== 'twoSided') break;
      const incomeRows = [...body.income, ...body.footer.flatMap((line) => (line.income ? [line.income] : []))];
      const expenditureRows = [...body.expenditure, ...body.footer.flatMap((line) => (line.expenditure ? [line.expenditure] : []))];
      return {
        shape: 'twoSided',
        income: byRowId(template, incomeRows, printed.income),
        expenditure: byRowId(template, expenditureRows, printed.expenditure),
      };
    }
    case 'economic':
      return {
        shape: 'economic',
        total: amounts(printed.total),
        rows: printed.rows.map((row) => ({
          role: row.role,
          name: row.name,
          ...(row.govName === undefined ? {} : { govName: row.govName }),
          amounts: amounts(row.amounts),
        })),
      };
    case 'fixed':
      if (body.shape !== 'fixed') break;
      return { shape: 'fixed', rows: byRowId(template, body.rows, printed.rows) };
    case 'units':
      return { shape: 'units', total: amounts(printed.total), units: printed.units.map((unit) => ({ name: unit.name, amounts: amounts(unit.amounts) })) };
    case 'projects':
      return {
        shape: 'projects',
        total: amounts(printed.total),
        units: printed.units.map((unit) => ({
          name: unit.name,
          amounts: amounts(unit.amounts),
          projects: unit.projects.map((project) => ({ name: project.name, amounts: amounts(project.amounts) })),
        })),
      };
  }
  throw new SampleDataError(`${template.kind}: the sample has shape ${printed.shape}, the template ${body.shape}`);
}

function codedList(printed: PrintedCodedList): CodedList {
  return {
    total: amounts(printed.total),
    rows: printed.rows.map((row) => ({ code: row.code, name: row.name, amounts: amounts(row.amounts) })),
  };
}

/** Printed lines matched, in order, to the template's fixed rows; each label must be the row's label. */
function byRowId(template: TableTemplate, rows: readonly FixedRow[], lines: readonly PrintedLine[]): Partial<Record<string, Amounts>> {
  if (rows.length !== lines.length) {
    throw new SampleDataError(`${template.kind}: ${lines.length} printed lines for ${rows.length} fixed rows`);
  }
  const byId: Partial<Record<string, Amounts>> = {};
  rows.forEach((row, i) => {
    const line = lines[i]!;
    if (line.label !== row.label) throw new SampleDataError(`${template.kind}: line ${i + 1} is "${line.label}", expected "${row.label}"`);
    byId[row.id] = amounts(line.amounts);
  });
  return byId;
}

/** Printed strings → exact Decimals (万元). */
function amounts(printed: PrintedAmounts): Amounts {
  const result: Partial<Record<ColumnKey, Decimal>> = {};
  for (const [key, text] of Object.entries(printed) as [ColumnKey, string | undefined][]) {
    if (text === undefined) continue;
    const parsed = parseAmount(text);
    if (parsed.kind !== 'amount') throw new SampleDataError(`"${text}" in the sample is not an amount`);
    result[key] = parsed.value;
  }
  return result;
}

/** The sample's 绩效目标表: the 整体 table (万元) and one per project (元), as the seed prints them. */
export interface SamplePerformance {
  readonly department: DepartmentProject;
  readonly projects: readonly PerformanceProject[];
}

/** An exact amount from the generated file (a blank one is absent there). */
function exact(text: string | undefined): Decimal | undefined {
  return text === undefined ? undefined : new Decimal(text);
}

function funds(printed: Partial<Record<FundSource, string>>): Partial<Record<FundSource, Decimal>> {
  const out: Partial<Record<FundSource, Decimal>> = {};
  for (const [source, text] of Object.entries(printed) as [FundSource, string | undefined][]) {
    const value = exact(text);
    if (value !== undefined) out[source] = value;
  }
  return out;
}

let cachedPerformance: SamplePerformance | undefined;

/**
 * The seed's 绩效目标表 (十、绩效管理情况): the 整体 table and the 26 project tables it prints.
 * @example samplePerformance().projects[0].name // "乡镇专职消防队经费"
 */
export function samplePerformance(): SamplePerformance {
  if (cachedPerformance) return cachedPerformance;
  const { department: dept, projects } = YANGCHENG_2024.performance;
  const basic = exact(dept.basic);
  const project = exact(dept.project);
  cachedPerformance = {
    department: {
      title: dept.title,
      department: dept.department ?? YANGCHENG_2024.department,
      year: YANGCHENG_2024.year,
      facts: dept.facts,
      ...(dept.duties === undefined ? {} : { duties: dept.duties }),
      ...(dept.strategy === undefined ? {} : { strategy: dept.strategy }),
      sources: dept.sources.map((s) => ({ label: s.label, amount: exact(s.amount) })),
      ...(basic === undefined ? {} : { basic }),
      ...(project === undefined ? {} : { project }),
      tasks: dept.tasks,
      ...(dept.goal === undefined ? {} : { goal: dept.goal }),
      indicators: dept.indicators,
    },
    projects: projects.map(({ periodFunds, annualFunds, ...rest }) => ({
      ...rest,
      year: YANGCHENG_2024.year,
      periodFunds: funds(periodFunds),
      annualFunds: funds(annualFunds),
    })),
  };
  return cachedPerformance;
}

/** How to lay out the sample workbook; both default to the seed's (万元, one code column). */
export interface SampleWorkbookOptions {
  readonly unit?: Unit;
  readonly codeLayout?: CodeLayout;
}

/**
 * 示例工作簿 — the sample as a user's workbook: the seed's 13 tables, the 参数 sheet with the seed's
 * inputs, the 绩效目标表 (整体, then the projects on one sheet) and the 名词解释 sheet.
 * @example sampleWorkbook().map((g) => g.name).slice(-3) // ["部门整体绩效目标表", "项目支出绩效目标表", "名词解释"]
 */
export function sampleWorkbook(options: SampleWorkbookOptions = {}): Grid[] {
  const sample = sampleDisclosure();
  const performance = samplePerformance();
  const tables = layoutWorkbook({
    family: 'budget13',
    department: sample.department,
    year: sample.year,
    unit: options.unit ?? sample.unit,
    codeLayout: options.codeLayout ?? 'single',
    data: sample.data,
  });
  return [
    ...tables,
    paramsSheet(sampleParams()),
    departmentPerformanceSheet(performance.department),
    projectPerformanceSheet(performance.projects),
    glossarySheet(),
  ];
}
