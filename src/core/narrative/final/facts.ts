/**
 * 决算数据 — the figures of the 决算 情况说明, read from the 决算 tables (kinds `final.*`): the totals
 * of 收入支出决算总表, each 项 of the 一般公共预算财政拨款支出决算表 with its 年初预算 and 决算数, and
 * the 三公 table's 预算数 beside its 决算数. Figures in 万元 with the cells they came from.
 * Source: domain guide, "Other families and layouts" → Final accounts; issue 8 item 2.
 */
import type { ColumnKey, TypedRow, TypedTable } from '../../model';
import { cleanName, factOf, pickAmount } from '../facts';
import type { Fact } from '../facts';

/** 预算与决算 — one line with its 年初预算 (when printed) and its 决算数. */
export interface BudgetedItem {
  readonly name: string;
  readonly code?: string;
  /** 年初预算数; absent when the table prints no 预算数 column. */
  readonly budgeted?: Fact;
  readonly actual?: Fact;
}

/** 三公 lines by what they are, whatever their ordinal and wording. */
export type ThreePublicLine = 'total' | 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation' | 'reception';

/** The figures of the 决算 情况说明. An absent figure means its table (or row) was not found. */
export interface FinalFacts {
  /** 决算年度, from a title (2023年度…决算表). */
  readonly year?: number;
  /** 收入总计 (本年收入合计 + 年初结转和结余 …). */
  readonly incomeTotal?: Fact;
  readonly currentIncome?: Fact;
  readonly openingBalance?: Fact;
  /** 支出总计 (本年支出合计 + 年末结转和结余 …). */
  readonly expenditureTotal?: Fact;
  readonly currentExpenditure?: Fact;
  readonly closingBalance?: Fact;
  /** 一般公共预算财政拨款支出 合计. */
  readonly generalPublicTotal?: BudgetedItem;
  /** Its 项 (7-digit codes) in print order. */
  readonly generalPublicItems: readonly BudgetedItem[];
  readonly threePublic: Partial<Record<ThreePublicLine, BudgetedItem>>;
}

/** The printed name without ordinals (1. （1） 其中：) — the 三公 table numbers its lines every way. */
function bareName(name: string): string {
  return cleanName(name).replace(/^其中[:：]?/u, '').replace(/^[(（]?\d+[)）.．、]?/u, '').replace(/^[(（][一二三四五六七八九十]+[)）]/u, '');
}

const ACTUAL: readonly ColumnKey[] = ['actual', 'total', 'expenditure', 'income'];

function budgetedItem(table: TypedTable, row: TypedRow, name: string): BudgetedItem {
  const budgeted = factOf(table, row.amounts.budgeted);
  const actual = factOf(table, pickAmount(row, ACTUAL));
  return {
    name,
    ...(row.code ? { code: row.code } : {}),
    ...(budgeted ? { budgeted } : {}),
    ...(actual ? { actual } : {}),
  };
}

/**
 * Which 三公 line a name is (because 购置及运行 holds both 购置 and 运行, the order of the tests matters).
 * @example threePublicLine('公务用车运行维护费') // "vehicleOperation"
 */
export function threePublicLine(name: string): ThreePublicLine | undefined {
  if (/合计$/u.test(name)) return 'total';
  if (name.includes('因公出国')) return 'abroad';
  if (name.includes('公务接待')) return 'reception';
  if (name.includes('购置及运行')) return 'vehicle';
  if (name.includes('购置')) return 'vehiclePurchase';
  if (name.includes('运行')) return 'vehicleOperation';
  return undefined;
}

const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/u;

/**
 * 提取决算数据 — the figures of the 决算 情况说明 from recognised tables.
 * @example finalFactsFromTables(recognizeWorkbook(workbook).tables).generalPublicItems[0].name // "行政运行"
 */
export function finalFactsFromTables(tables: readonly TypedTable[]): FinalFacts {
  const find = (kind: TypedTable['kind']) => tables.find((table) => table.kind === kind);
  const summary = find('final.summary');
  const generalPublic = find('final.generalPublic');
  const threePublic = find('final.threePublic');
  const year = tables.map((t) => YEAR_IN_TITLE.exec(t.title)).find((m) => m);
  const facts: { -readonly [K in keyof FinalFacts]: FinalFacts[K] } = { generalPublicItems: [], threePublic: {} };
  if (year) facts.year = Number(year[1]);

  if (summary) {
    const income = summary.sides?.income ?? [];
    const spending = summary.sides?.expenditure ?? summary.rows;
    const named = (rows: readonly TypedRow[], test: (name: string) => boolean) => rows.find((row) => test(cleanName(row.name)));
    const total = (rows: readonly TypedRow[]) => named(rows, (n) => n === '总计' || n === '收入总计' || n === '支出总计');
    const assign = <K extends keyof FinalFacts>(key: K, fact: Fact | undefined) => {
      if (fact) facts[key] = fact as FinalFacts[K];
    };
    assign('incomeTotal', factOf(summary, pickAmount(total(income), ACTUAL)));
    assign('currentIncome', factOf(summary, pickAmount(named(income, (n) => n === '本年收入合计' || n === '本年收入'), ACTUAL)));
    assign('openingBalance', factOf(summary, pickAmount(named(income, (n) => n.startsWith('年初结转和结余')), ACTUAL)));
    assign('expenditureTotal', factOf(summary, pickAmount(total(spending), ACTUAL)));
    assign('currentExpenditure', factOf(summary, pickAmount(named(spending, (n) => n === '本年支出合计' || n === '本年支出'), ACTUAL)));
    assign('closingBalance', factOf(summary, pickAmount(named(spending, (n) => n.startsWith('年末结转和结余')), ACTUAL)));
  }
  if (generalPublic) {
    const totalRow = generalPublic.rows.find((row) => row.role === 'total');
    if (totalRow) facts.generalPublicTotal = budgetedItem(generalPublic, totalRow, '一般公共预算财政拨款支出');
    facts.generalPublicItems = generalPublic.rows
      .filter((row) => row.code?.length === 7)
      .map((row) => budgetedItem(generalPublic, row, cleanName(row.name)));
  }
  if (threePublic) {
    for (const row of threePublic.rows) {
      const name = bareName(row.name);
      const line = row.role === 'total' ? 'total' : threePublicLine(name);
      if (line && !facts.threePublic[line]) facts.threePublic[line] = budgetedItem(threePublic, row, name);
    }
  }
  return facts;
}
