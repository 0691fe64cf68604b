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

function subjectQuantity(id: string, subject: PrintedCode, facets: Omit<Facets, 'subject'>, printed: Quantity['printed'], phraseSuffix = ''): Quantity {
  const reference = lookupSubject(subject.code, subject.economic ? 'econ_dept' : 'func');
  const names = [subject.name, ...(reference?.names ?? [])].filter((name, i, all) => name !== '' && all.findIndex((other) => canonicalName(other) === canonicalName(name)) === i);
  return {
    id,
    phrase: (names[0] ?? subject.code) + phraseSuffix,
    aliases: names.slice(1).map((name) => name + phraseSuffix),
    facets: { ...facets, subject: { scheme: subject.economic ? 'econ' : 'func', code: subject.code } },
    printed,
  };
}

/** The quantities of one function subject, 预算 and 决算 alike (a workbook holds one or the other). */
function functionQuantities(subject: PrintedCode): Quantity[] {
  const code = subject.code;
  const at = { row: 'code' as const, code };
  const classLine = code.length === 3 ? [{ row: 'class' as const, code }] : [];
  const budget = { measure: 'budget' as const };
  const final = { measure: 'final' as const };
  return [
    subjectQuantity(`func:${code}`, subject, budget, [
      ...classLine.map((line) => printing(K('budget.summary'), line, ['total'])),
      printing(K('budget.expenditure'), at, ['total']),
      printing(K('budget.income'), at, ['total', 'carryover']),
    ]),
    subjectQuantity(`func:${code}.current`, subject, { ...budget, timing: 'current' }, [
      printing(K('budget.income'), at, ['total']),
      ...classLine.map((line) => printing(K('budget.summary'), line, ['currentYear'])),
    ]),
    subjectQuantity(`func:${code}.carryover`, subject, { ...budget, timing: 'carryover' }, [
      printing(K('budget.income'), at, ['carryover']),
      ...classLine.map((line) => printing(K('budget.summary'), line, ['carryover'])),
    ]),
    subjectQuantity(`func:${code}.basic`, subject, { ...budget, split: 'basic' }, [printing(K('budget.expenditure'), at, ['basic'])]),
    subjectQuantity(`func:${code}.project`, subject, { ...budget, split: 'project' }, [printing(K('budget.expenditure'), at, ['project'])]),
    subjectQuantity(`generalPublic:${code}`, subject, { ...budget, fund: 'generalPublic', timing: 'current' }, [
      printing(K('budget.generalPublic'), at, ['total']),
      printing(K('budget.income'), at, ['generalPublic']),
    ]),
    subjectQuantity(`generalPublic:${code}.basic`, subject, { ...budget, fund: 'generalPublic', timing: 'current', split: 'basic' }, [
      printing(K('budget.generalPublic'), at, ['basic']),
    ]),
    subjectQuantity(`generalPublic:${code}.project`, subject, { ...budget, fund: 'generalPublic', timing: 'current', split: 'project' }, [
      printing(K('budget.generalPublic'), at, ['project']),
    ]),
    subjectQuantity(`fiscal:${code}`, subject, { ...budget, scope: 'fiscal' }, [
      ...classLine.map((line) => printing(K('budget.fiscalSummary'), line, ['total'])),
      ...classLine.map((line) => printing(K('budget.summary'), line, ['total'], 'noNonFiscalIncome')),
    ]),
    subjectQuantity(`govFund:${code}`, subject, { ...budget, fund: 'govFund', timing: 'current' }, [printing(K('budget.fundExpenditure'), at, ['total'])]),
    subjectQuantity(`stateCapital:${code}`, subject, { ...budget, fund: 'stateCapital', timing: 'current' }, [printing(K('budget.stateCapital'), at, ['total'])]),
    // 决算
    subjectQuantity(`final.func:${code}`, subject, final, [
      ...classLine.map((line) => printing(K('final.summary'), line, { first: true })),
      printing(K('final.expenditure'), at, ['total']),
    ]),
    subjectQuantity(`final.func:${code}.basic`, subject, { ...final, split: 'basic' }, [printing(K('final.expenditure'), at, ['basic'])]),
    subjectQuantity(`final.func:${code}.project`, subject, { ...final, split: 'project' }, [printing(K('final.expenditure'), at, ['project'])]),
    subjectQuantity(`final.income:${code}`, subject, { ...final, flow: 'income' }, [printing(K('final.income'), at, ['total'])]),
    subjectQuantity(`final.generalPublic:${code}`, subject, { ...final, fund: 'generalPublic' }, [
      ...classLine.map((line) => printing(K('final.fiscalSummary'), line, ['generalPublic'])),
      printing(K('final.generalPublic'), at, ['total']),
      printing(K('final.generalPublic'), at, ['actual']),
    ]),
    subjectQuantity(`final.generalPublic:${code}.budget`, subject, { measure: 'budget', fund: 'generalPublic' }, [
      printing(K('final.generalPublic'), at, ['budgeted']),
    ]),
    subjectQuantity(`final.generalPublic:${code}.basic`, subject, { ...final, fund: 'generalPublic', split: 'basic' }, [printing(K('final.generalPublic'), at, ['basic'])]),
    subjectQuantity(`final.generalPublic:${code}.project`, subject, { ...final, fund: 'generalPublic', split: 'project' }, [
      printing(K('final.generalPublic'), at, ['project']),
    ]),
  ];
}

/** The quantities of one economic subject (部门预算经济分类 类/款) of the basic-expenditure table. */
function economicQuantities(subject: PrintedCode): Quantity[] {
  const at = { row: 'econ' as const, code: subject.code, name: subject.name };
  const budget = { measure: 'budget' as const, fund: 'generalPublic' as const, split: 'basic' as const };
  return [
    subjectQuantity(`econ:${subject.code}`, subject, budget, [printing(K('budget.basicEconomic'), at, ['total'])]),
    subjectQuantity(`econ:${subject.code}.personnel`, subject, { ...budget, split: 'personnel' }, [printing(K('budget.basicEconomic'), at, ['personnel'])]),
    subjectQuantity(`econ:${subject.code}.publicUse`, subject, { ...budget, split: 'publicUse' }, [printing(K('budget.basicEconomic'), at, ['publicUse'])]),
    subjectQuantity(`final.econ:${subject.code}`, subject, { ...budget, measure: 'final' }, [printing(K('final.basicEconomic'), at, ['actual'])]),
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
  return [
    ...codes.filter((c) => !c.economic).flatMap(functionQuantities),
    ...codes.filter((c) => c.economic).flatMap(economicQuantities),
    ...named.flatMap(economicQuantities),
  ];
}
