/**
 * 科目数量 — every subject a workbook prints is a quantity without being listed by hand: each 类/款/项
 * of the function classification (in all funds, by 当年 and 上年结转, 基本 and 项目, and its
 * 一般公共预算 part), and each economic 类/款 of the basic-expenditure table. Their printings are the
 * rows with that code in each kind of table; their phrases are the names the tables print.
 * Source: issue 12 item 1 ("Subjects come from the subject catalogue and the workbook's own coded
 * rows"); domain guide, "Rules that must hold" → Cross-table (表3 = 表2 本年 + 上年结转 by code, 表5 =
 * 表2 一般公共预算 by code, 表1 classes = 表3 classes).
 */
import { kindInfo, type TableKind } from '../kinds';
import type { TypedTable } from '../model';
import { codedRows, stripOrdinal } from '../rules/tables';
import { expenditureSide } from '../rules/twoSided';
import { canonicalName, lookupSubject, lookupSubjectByName } from '../subjects';
import type { Facets } from './facets';
import { printing, type Quantity } from './quantities';

const K = <T extends TableKind>(...kinds: T[]): readonly TableKind[] => kinds;

/** A code the workbook prints, with the name it prints first. */
interface PrintedCode {
  readonly code: string;
  readonly name: string;
  readonly economic: boolean;
}

function printedCodes(tables: readonly TypedTable[]): PrintedCode[] {
  const seen = new Map<string, PrintedCode>();
  for (const table of tables) {
    const economic = kindInfo(table.kind).rows === 'economic';
    const rows = kindInfo(table.kind).rows === 'twoSided' ? expenditureSide(table).items : codedRows(table);
    for (const row of rows) {
      if (!row.code) continue;
      const key = `${economic ? 'econ' : 'func'}:${row.code}`;
      if (!seen.has(key)) seen.set(key, { code: row.code, name: stripOrdinal(row.name).trim(), economic });
    }
  }
  return [...seen.values()];
}

/** A subject's names: as the tables print it, then the reference data's other editions and variants. */
function subjectNames(subject: PrintedCode): string[] {
  const reference = lookupSubject(subject.code, subject.economic ? 'econ_dept' : 'func');
  const names = [subject.name, ...(reference?.names ?? [])].filter((name) => name !== '');
  return names.filter((name, i) => names.findIndex((other) => canonicalName(other) === canonicalName(name)) === i);
}

/** A maker of one subject's quantities, its names looked up once. */
function subjectQuantityOf(subject: PrintedCode): (id: string, facets: Omit<Facets, 'subject'>, printed: Quantity['printed']) => Quantity {
  const names = subjectNames(subject);
  const phrase = names[0] ?? subject.code;
  const aliases = names.slice(1);
  const facet = { scheme: subject.economic ? ('econ' as const) : ('func' as const), code: subject.code };
  return (id, facets, printed) => ({ id, phrase, aliases, facets: { ...facets, subject: facet }, printed });
}

/** Which accounts a workbook's tables are: 预算, 决算, or (no tables) either. */
interface Accounts {
  readonly budget: boolean;
  readonly final: boolean;
}

/** The quantities of one function subject, 预算 and 决算 alike (a workbook holds one or the other). */
function functionQuantities(subject: PrintedCode, accounts: Accounts): Quantity[] {
  const subjectQuantity = subjectQuantityOf(subject);
  const code = subject.code;
  const at = { row: 'code' as const, code };
  const classLine = code.length === 3 ? [{ row: 'class' as const, code }] : [];
  const budget = { measure: 'budget' as const };
  const final = { measure: 'final' as const };
  const budgetQuantities = (): Quantity[] => [
    subjectQuantity(`func:${code}`, budget, [
      ...classLine.map((line) => printing(K('budget.summary'), line, ['total'])),
      printing(K('budget.expenditure'), at, ['total']),
      printing(K('budget.income'), at, ['total', 'carryover']),
    ]),
    subjectQuantity(`func:${code}.current`, { ...budget, timing: 'current' }, [
      printing(K('budget.income'), at, ['total']),
      ...classLine.map((line) => printing(K('budget.summary'), line, ['currentYear'])),
    ]),
    subjectQuantity(`func:${code}.carryover`, { ...budget, timing: 'carryover' }, [
      printing(K('budget.income'), at, ['carryover']),
      ...classLine.map((line) => printing(K('budget.summary'), line, ['carryover'])),
    ]),
    subjectQuantity(`func:${code}.basic`, { ...budget, split: 'basic' }, [printing(K('budget.expenditure'), at, ['basic'])]),
    subjectQuantity(`func:${code}.project`, { ...budget, split: 'project' }, [printing(K('budget.expenditure'), at, ['project'])]),
    subjectQuantity(`generalPublic:${code}`, { ...budget, fund: 'generalPublic', timing: 'current' }, [
      printing(K('budget.generalPublic'), at, ['total']),
      printing(K('budget.income'), at, ['generalPublic']),
    ]),
    subjectQuantity(`generalPublic:${code}.basic`, { ...budget, fund: 'generalPublic', timing: 'current', split: 'basic' }, [
      printing(K('budget.generalPublic'), at, ['basic']),
    ]),
    subjectQuantity(`generalPublic:${code}.project`, { ...budget, fund: 'generalPublic', timing: 'current', split: 'project' }, [
      printing(K('budget.generalPublic'), at, ['project']),
    ]),
    subjectQuantity(`fiscal:${code}`, { ...budget, scope: 'fiscal' }, [
      ...classLine.map((line) => printing(K('budget.fiscalSummary'), line, ['total'])),
      ...classLine.map((line) => printing(K('budget.summary'), line, ['total'], 'noNonFiscalIncome')),
    ]),
    subjectQuantity(`govFund:${code}`, { ...budget, fund: 'govFund', timing: 'current' }, [printing(K('budget.fundExpenditure'), at, ['total'])]),
    subjectQuantity(`stateCapital:${code}`, { ...budget, fund: 'stateCapital', timing: 'current' }, [printing(K('budget.stateCapital'), at, ['total'])]),
  ];
  const finalQuantities = (): Quantity[] => [
    subjectQuantity(`final.func:${code}`, final, [
      ...classLine.map((line) => printing(K('final.summary'), line, { first: true })),
      printing(K('final.expenditure'), at, ['total']),
    ]),
    subjectQuantity(`final.func:${code}.basic`, { ...final, split: 'basic' }, [printing(K('final.expenditure'), at, ['basic'])]),
    subjectQuantity(`final.func:${code}.project`, { ...final, split: 'project' }, [printing(K('final.expenditure'), at, ['project'])]),
    subjectQuantity(`final.income:${code}`, { ...final, flow: 'income' }, [printing(K('final.income'), at, ['total'])]),
    subjectQuantity(`final.generalPublic:${code}`, { ...final, fund: 'generalPublic' }, [
      ...classLine.map((line) => printing(K('final.fiscalSummary'), line, ['generalPublic'])),
      printing(K('final.generalPublic'), at, ['total']),
      printing(K('final.generalPublic'), at, ['actual']),
    ]),
    subjectQuantity(`final.generalPublic:${code}.budget`, { measure: 'budget', fund: 'generalPublic' }, [
      printing(K('final.generalPublic'), at, ['budgeted']),
    ]),
    subjectQuantity(`final.generalPublic:${code}.basic`, { ...final, fund: 'generalPublic', split: 'basic' }, [printing(K('final.generalPublic'), at, ['basic'])]),
    subjectQuantity(`final.generalPublic:${code}.project`, { ...final, fund: 'generalPublic', split: 'project' }, [
      printing(K('final.generalPublic'), at, ['project']),
    ]),
  ];
  return [...(accounts.budget ? budgetQuantities() : []), ...(accounts.final ? finalQuantities() : [])];
}

/** The quantities of one economic subject (部门预算经济分类 类/款) of the basic-expenditure table. */
function economicQuantities(subject: PrintedCode, accounts: Accounts): Quantity[] {
  const subjectQuantity = subjectQuantityOf(subject);
  const at = { row: 'econ' as const, code: subject.code, name: subject.name };
  const budget = { measure: 'budget' as const, fund: 'generalPublic' as const, split: 'basic' as const };
  return [
    ...(accounts.budget
      ? [
          subjectQuantity(`econ:${subject.code}`, budget, [printing(K('budget.basicEconomic'), at, ['total'])]),
          subjectQuantity(`econ:${subject.code}.personnel`, { ...budget, split: 'personnel' }, [printing(K('budget.basicEconomic'), at, ['personnel'])]),
          subjectQuantity(`econ:${subject.code}.publicUse`, { ...budget, split: 'publicUse' }, [printing(K('budget.basicEconomic'), at, ['publicUse'])]),
        ]
      : []),
    ...(accounts.final ? [subjectQuantity(`final.econ:${subject.code}`, { ...budget, measure: 'final' }, [printing(K('final.basicEconomic'), at, ['actual'])])] : []),
  ];
}

/** The economic rows a table prints without codes (the seed's 表6 names its items only), by name. */
function namedEconomicRows(tables: readonly TypedTable[]): PrintedCode[] {
  const out: PrintedCode[] = [];
  for (const table of tables) {
    if (kindInfo(table.kind).rows !== 'economic') continue;
    for (const row of table.rows) {
      if (row.code || row.role === 'total') continue;
      const name = stripOrdinal(row.name).trim();
      if (name === '' || out.some((other) => canonicalName(other.name) === canonicalName(name))) continue;
      const reference = lookupSubjectByName(name, 'econ_dept')?.code;
      out.push({ code: reference ?? `name:${canonicalName(name)}`, name, economic: true });
    }
  }
  return out;
}

/**
 * The subject quantities of a workbook: every function code and economic subject its tables print.
 * @example subjectQuantities(tables).find((q) => q.id === 'func:2080506')?.phrase // "机关事业单位职业年金缴费支出"
 */
export function subjectQuantities(tables: readonly TypedTable[]): Quantity[] {
  const codes = printedCodes(tables);
  const economicCodes = new Set(codes.filter((c) => c.economic).map((c) => c.code));
  const named = namedEconomicRows(tables).filter((c) => !economicCodes.has(c.code));
  // A subject of the other accounts could only be printed in tables this workbook does not hold.
  const final = tables.filter((table) => kindInfo(table.kind).final).length;
  const accounts: Accounts = { budget: final < tables.length || tables.length === 0, final: final > 0 || tables.length === 0 };
  return [
    ...codes.filter((c) => !c.economic).flatMap((c) => functionQuantities(c, accounts)),
    ...codes.filter((c) => c.economic).flatMap((c) => economicQuantities(c, accounts)),
    ...named.flatMap((c) => economicQuantities(c, accounts)),
  ];
}
