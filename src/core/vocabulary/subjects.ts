/**
 * 科目数量 — every subject a workbook prints is a quantity without being listed by hand: each 类/款/项
 * of the function classification (in all funds, by 当年 and 上年结转, 基本 and 项目, and its
 * 一般公共预算 part), and each economic 类/款 of the basic-expenditure table. Their printings are the
 * rows with that code in each kind of table; their phrases are the names the tables print.
 *
 * What a subject quantity is and where it is printed is declared once per kind of subject quantity
 * (SUBJECT_QUANTITIES), for any code; a workbook's quantities are those declarations over the codes
 * its tables print. The narrative reads them built (`subjectQuantities`); the cross-table rule walks
 * them code by code (`eachPrintedInTwoTables`) without building a hundred thousand quantities it would
 * only compare once.
 * Source: issue 12 item 1 ("Subjects come from the subject catalogue and the workbook's own coded
 * rows"); domain guide, "Rules that must hold" → Cross-table (表3 = 表2 本年 + 上年结转 by code, 表5 =
 * 表2 一般公共预算 by code, 表1 classes = 表3 classes).
 */
import { kindInfo, type TableKind } from '../kinds';
import type { ColumnKey, TypedTable } from '../model';
import { codedRows, perTables, stripOrdinal } from '../rules/tables';
import { expenditureSide } from '../rules/twoSided';
import { canonicalName, lookupSubject, lookupSubjectByName } from '../subjects';
import type { Facets } from './facets';
import type { ColumnPick, Printing, PrintingCondition, RowPick } from './printings';
import type { Quantity } from './quantities';

/** A code the workbook prints, with the name it prints first. */
export interface PrintedCode {
  readonly code: string;
  readonly name: string;
  readonly economic: boolean;
}

/**
 * Where a subject quantity is printed, for any code: its coded row (`code`; `econ` by code or, where
 * the table prints none, by name) or, for a 类, the class line of a 收支总表 (`class`).
 */
export interface SubjectPrinting {
  readonly kinds: readonly TableKind[];
  readonly row: 'code' | 'class' | 'econ';
  readonly columns: ColumnPick;
  readonly when?: PrintingCondition;
}

/** One kind of subject quantity: its id (`{code}` stands for the subject's code), facets and printings. */
export interface SubjectQuantity {
  readonly scheme: 'func' | 'econ';
  readonly accounts: 'budget' | 'final';
  readonly id: string;
  readonly facets: Omit<Facets, 'subject'>;
  readonly printed: readonly SubjectPrinting[];
}

const K = <T extends TableKind>(...kinds: T[]): readonly TableKind[] => kinds;
const keys = (...columns: ColumnKey[]): ColumnPick => ({ keys: columns });
const at = (kinds: readonly TableKind[], row: SubjectPrinting['row'], columns: ColumnPick, when?: PrintingCondition): SubjectPrinting =>
  when ? { kinds, row, columns, when } : { kinds, row, columns };

const BUDGET = { measure: 'budget' } as const;
const FINAL = { measure: 'final' } as const;
const BASIC_ECONOMIC = { measure: 'budget', fund: 'generalPublic', split: 'basic' } as const;

type Declare = (accounts: 'budget' | 'final', id: string, facets: Omit<Facets, 'subject'>, printed: readonly SubjectPrinting[]) => SubjectQuantity;
const fn: Declare = (accounts, id, facets, printed) => ({ scheme: 'func', accounts, id, facets, printed });
const econ: Declare = (accounts, id, facets, printed) => ({ scheme: 'econ', accounts, id, facets, printed });

/**
 * The kinds of subject quantity, 预算 and 决算 (a workbook holds one or the other): of each function
 * subject, then of each economic subject of the basic-expenditure table.
 */
export const SUBJECT_QUANTITIES: readonly SubjectQuantity[] = [
  fn('budget', 'func:{code}', BUDGET, [
    at(K('budget.summary'), 'class', keys('total')),
    at(K('budget.expenditure'), 'code', keys('total')),
    at(K('budget.income'), 'code', keys('total', 'carryover')),
  ]),
  fn('budget', 'func:{code}.current', { ...BUDGET, timing: 'current' }, [at(K('budget.income'), 'code', keys('total')), at(K('budget.summary'), 'class', keys('currentYear'))]),
  fn('budget', 'func:{code}.carryover', { ...BUDGET, timing: 'carryover' }, [at(K('budget.income'), 'code', keys('carryover')), at(K('budget.summary'), 'class', keys('carryover'))]),
  fn('budget', 'func:{code}.basic', { ...BUDGET, split: 'basic' }, [at(K('budget.expenditure'), 'code', keys('basic'))]),
  fn('budget', 'func:{code}.project', { ...BUDGET, split: 'project' }, [at(K('budget.expenditure'), 'code', keys('project'))]),
  fn('budget', 'generalPublic:{code}', { ...BUDGET, fund: 'generalPublic', timing: 'current' }, [
    at(K('budget.generalPublic'), 'code', keys('total')),
    at(K('budget.income'), 'code', keys('generalPublic')),
  ]),
  fn('budget', 'generalPublic:{code}.basic', { ...BUDGET, fund: 'generalPublic', timing: 'current', split: 'basic' }, [at(K('budget.generalPublic'), 'code', keys('basic'))]),
  fn('budget', 'generalPublic:{code}.project', { ...BUDGET, fund: 'generalPublic', timing: 'current', split: 'project' }, [at(K('budget.generalPublic'), 'code', keys('project'))]),
  fn('budget', 'fiscal:{code}', { ...BUDGET, scope: 'fiscal' }, [
    at(K('budget.fiscalSummary'), 'class', keys('total')),
    at(K('budget.summary'), 'class', keys('total'), 'noNonFiscalIncome'),
  ]),
  fn('budget', 'govFund:{code}', { ...BUDGET, fund: 'govFund', timing: 'current' }, [at(K('budget.fundExpenditure'), 'code', keys('total'))]),
  fn('budget', 'stateCapital:{code}', { ...BUDGET, fund: 'stateCapital', timing: 'current' }, [at(K('budget.stateCapital'), 'code', keys('total'))]),
  fn('final', 'final.func:{code}', FINAL, [at(K('final.summary'), 'class', { first: true }), at(K('final.expenditure'), 'code', keys('total'))]),
  fn('final', 'final.func:{code}.basic', { ...FINAL, split: 'basic' }, [at(K('final.expenditure'), 'code', keys('basic'))]),
  fn('final', 'final.func:{code}.project', { ...FINAL, split: 'project' }, [at(K('final.expenditure'), 'code', keys('project'))]),
  fn('final', 'final.income:{code}', { ...FINAL, flow: 'income' }, [at(K('final.income'), 'code', keys('total'))]),
  fn('final', 'final.generalPublic:{code}', { ...FINAL, fund: 'generalPublic' }, [
    at(K('final.fiscalSummary'), 'class', keys('generalPublic')),
    at(K('final.generalPublic'), 'code', keys('total')),
    at(K('final.generalPublic'), 'code', keys('actual')),
  ]),
  fn('final', 'final.generalPublic:{code}.budget', { measure: 'budget', fund: 'generalPublic' }, [at(K('final.generalPublic'), 'code', keys('budgeted'))]),
  fn('final', 'final.generalPublic:{code}.basic', { ...FINAL, fund: 'generalPublic', split: 'basic' }, [at(K('final.generalPublic'), 'code', keys('basic'))]),
  fn('final', 'final.generalPublic:{code}.project', { ...FINAL, fund: 'generalPublic', split: 'project' }, [at(K('final.generalPublic'), 'code', keys('project'))]),
  econ('budget', 'econ:{code}', BASIC_ECONOMIC, [at(K('budget.basicEconomic'), 'econ', keys('total'))]),
  econ('budget', 'econ:{code}.personnel', { ...BASIC_ECONOMIC, split: 'personnel' }, [at(K('budget.basicEconomic'), 'econ', keys('personnel'))]),
  econ('budget', 'econ:{code}.publicUse', { ...BASIC_ECONOMIC, split: 'publicUse' }, [at(K('budget.basicEconomic'), 'econ', keys('publicUse'))]),
  econ('final', 'final.econ:{code}', { ...BASIC_ECONOMIC, measure: 'final' }, [at(K('final.basicEconomic'), 'econ', keys('actual'))]),
];

/** The row of a subject printing for one code, or undefined where it does not apply (a class line holds only a 类). */
export function subjectRowPick(printing: SubjectPrinting, subject: PrintedCode): RowPick | undefined {
  if (printing.row === 'code') return { row: 'code', code: subject.code };
  if (printing.row === 'econ') return { row: 'econ', code: subject.code, name: subject.name };
  return subject.code.length === 3 ? { row: 'class', code: subject.code } : undefined;
}

/**
 * A subject printing for one code, or undefined where it does not apply (a class line holds only a
 * 类, a three-digit code).
 */
export function subjectPrintingAt(printing: SubjectPrinting, subject: PrintedCode): Printing | undefined {
  const rowPick = subjectRowPick(printing, subject);
  if (!rowPick) return undefined;
  return printing.when ? { kinds: printing.kinds, at: rowPick, columns: printing.columns, when: printing.when } : { kinds: printing.kinds, at: rowPick, columns: printing.columns };
}

/** The function and the economic codes the tables print, each once, in the order first printed. */
function printedCodes(tables: readonly TypedTable[]): { readonly func: PrintedCode[]; readonly econ: PrintedCode[] } {
  // One map per scheme, keyed by the code itself: no key is built for each of a department's rows.
  const func = new Map<string, PrintedCode>();
  const econ = new Map<string, PrintedCode>();
  for (const table of tables) {
    const economic = kindInfo(table.kind).rows === 'economic';
    const seen = economic ? econ : func;
    const rows = kindInfo(table.kind).rows === 'twoSided' ? expenditureSide(table).items : codedRows(table);
    for (const row of rows) {
      if (!row.code || seen.has(row.code)) continue;
      seen.set(row.code, { code: row.code, name: stripOrdinal(row.name).trim(), economic });
    }
  }
  return { func: [...func.values()], econ: [...econ.values()] };
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

/** Which accounts a workbook's tables are: 预算, 决算, or (no tables) either. */
export interface Accounts {
  readonly budget: boolean;
  readonly final: boolean;
}

/** The subjects a workbook's tables print and which accounts they are. */
export interface WorkbookSubjects {
  readonly subjects: readonly PrintedCode[];
  readonly accounts: Accounts;
}

/** The subjects a workbook's tables print — function codes, economic codes, economic items by name — and its accounts. */
export const workbookSubjects = perTables((tables): WorkbookSubjects => {
  const codes = printedCodes(tables);
  const economicCodes = new Set(codes.econ.map((c) => c.code));
  const named = namedEconomicRows(tables).filter((c) => !economicCodes.has(c.code));
  // A subject of the other accounts could only be printed in tables this workbook does not hold.
  const final = tables.filter((table) => kindInfo(table.kind).final).length;
  return {
    subjects: [...codes.func, ...codes.econ, ...named],
    accounts: { budget: final < tables.length || tables.length === 0, final: final > 0 || tables.length === 0 },
  };
});

/**
 * The words of a subject's quantities: the phrase — the name its tables print, else the reference
 * data's, else its code — and as aliases the reference data's other editions and variants.
 */
function subjectWords(subject: PrintedCode): { phrase: string; aliases: string[] } {
  const reference = lookupSubject(subject.code, subject.economic ? 'econ_dept' : 'func');
  const all = [subject.name, ...(reference?.names ?? [])].filter((name) => name !== '');
  const names = all.filter((name, i) => all.findIndex((other) => canonicalName(other) === canonicalName(name)) === i);
  return { phrase: names[0] ?? subject.code, aliases: names.slice(1) };
}

/** The phrase of a subject's quantities (see `subjectWords`). */
export function subjectPhrase(subject: PrintedCode): string {
  return subjectWords(subject).phrase;
}

/** Whether a kind of subject quantity applies to a subject of a workbook of these accounts. */
export function appliesTo(kind: SubjectQuantity, subject: PrintedCode, accounts: Accounts): boolean {
  return kind.scheme === (subject.economic ? 'econ' : 'func') && accounts[kind.accounts];
}

/**
 * The subject quantities of a workbook: every function code and economic subject its tables print.
 * @example subjectQuantities(tables).find((q) => q.id === 'func:2080506')?.phrase // "机关事业单位职业年金缴费支出"
 */
export function subjectQuantities(tables: readonly TypedTable[]): Quantity[] {
  const { subjects, accounts } = workbookSubjects(tables);
  const out: Quantity[] = [];
  for (const subject of subjects) {
    const { phrase, aliases } = subjectWords(subject);
    const facet = { scheme: subject.economic ? ('econ' as const) : ('func' as const), code: subject.code };
    for (const kind of SUBJECT_QUANTITIES) {
      if (!appliesTo(kind, subject, accounts)) continue;
      const printed = kind.printed.flatMap((p) => subjectPrintingAt(p, subject) ?? []);
      out.push({ id: kind.id.replace('{code}', subject.code), phrase, aliases, facets: { ...kind.facets, subject: facet }, printed });
    }
  }
  return out;
}
