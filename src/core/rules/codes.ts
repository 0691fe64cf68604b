/**
 * 科目编码 — codes exist in the classification and names match them; the code tree is complete.
 * The reference data is partial (shared/data/README), so an unknown code is `info` "unverified",
 * never an error. Source: domain guide, "Checks on codes and names".
 */
import type { TypedRow, TypedTable } from '../model';
import { yearInTitle } from '../recognize/titles';
import { lookupSubject, nameForYear, type NameForYear, type Subject, type SubjectScheme } from '../subjects';
import type { Finding } from './finding';
import { defineRule, type Rule, type RuleContext } from './rule';
import { codedRows, labelRef, perTable } from './tables';
import { plainFinding } from './tieouts';
import { TWO_SIDED_KINDS } from '../kinds';

const SOURCE = 'domain.md §Checks on codes and names';

/** Economic tables use the 部门预算经济分类 codes; every other coded table the 功能分类. */
function schemeOf(table: TypedTable): SubjectScheme {
  return table.kind === 'budget.basicEconomic' || table.kind === 'final.basicEconomic' ? 'econ_dept' : 'func';
}

/**
 * Coded tables as printed: the two-sided totals tables are left out, their class codes come from
 * the subject data itself (recognition adds them), so checking them against it proves nothing.
 */
function printedCodedTables(tables: readonly TypedTable[]): TypedTable[] {
  return tables.filter((table) => !TWO_SIDED_KINDS.includes(table.kind));
}

/**
 * The reference subject of each coded row (`codedRows` order), undefined where the data lacks the
 * code. Looked up once per table for both rules below: a large department has 100k codes
 * (bench/check.js).
 */
const subjectsOf = perTable((table): readonly (Subject | undefined)[] =>
  codedRows(table).map((row) => lookupSubject(row.code!, schemeOf(table))),
);

/** A code the reference data does not hold: unverified (info). */
export const codeUnverified = defineRule({
  id: 'code.unverified',
  family: 'all',
  severity: 'info',
  source: SOURCE + '（an unknown code is "unverified", not an error）',
  title: '科目编码可在参考科目表中核实',
  message: '{table} {row}：科目编码 {code} 不在参考科目表中，未能核实（参考科目表不完整，不视为错误）',
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const table of printedCodedTables(ctx.input.tables)) {
      const subjects = subjectsOf(table);
      codedRows(table).forEach((row, i) => {
        if (subjects[i]) return;
        findings.push(plainFinding(self, labelRef(table, row), { table: ctx.label(table), row: row.name.trim(), code: row.code! }, { table }));
      });
    }
    return findings;
  },
});

/**
 * The year whose classification edition a table prints: its own title's (2026年部门支出预算总表), else
 * the document's (the year most titles name), else none — then the current edition applies.
 */
function editionYear(ctx: RuleContext, table: TypedTable): number | undefined {
  return yearInTitle(table.title) ?? ctx.input.year;
}

const verdicts = new WeakMap<TypedTable, { readonly year: number | undefined; readonly names: readonly (NameForYear | undefined)[] }>();

/**
 * What each coded row's name is in the edition of the table's year (`codedRows` order); undefined for
 * a row printed without a name or with a code the data lacks. Judged once per table for both rules below.
 */
function namesOf(ctx: RuleContext, table: TypedTable): readonly (NameForYear | undefined)[] {
  const year = editionYear(ctx, table);
  const known = verdicts.get(table);
  if (known && known.year === year) return known.names;
  const subjects = subjectsOf(table);
  const names = codedRows(table).map((row, i) =>
    subjects[i] && row.name.trim() !== '' ? nameForYear(row.code!, row.name, year, schemeOf(table)) : undefined,
  );
  verdicts.set(table, { year, names });
  return names;
}

/** The coded rows of every printed coded table whose name the edition of its year judges `status`. */
function rowsJudged<S extends NameForYear['status']>(ctx: RuleContext, status: S): { table: TypedTable; row: TypedRow; verdict: Extract<NameForYear, { status: S }> }[] {
  return printedCodedTables(ctx.input.tables).flatMap((table) => {
    const names = namesOf(ctx, table);
    return codedRows(table).flatMap((row, i) => {
      const verdict = names[i];
      return verdict?.status === status ? [{ table, row, verdict: verdict as Extract<NameForYear, { status: S }> }] : [];
    });
  });
}

/** A known code printed with another name (其他/其它, full-width brackets and spaces tolerated). */
export const codeNameMismatch = defineRule({
  id: 'code.nameMismatch',
  family: 'all',
  severity: 'warning',
  source: SOURCE + '（its name matches, tolerating 其他/其它, (护)/（护））',
  title: '科目名称与科目编码相符',
  message: '{table} {code}：科目名称“{name}”与参考科目表的“{reference}”不符',
  check(ctx, self) {
    return rowsJudged(ctx, 'differs').map(({ table, row, verdict }) =>
      plainFinding(self, labelRef(table, row), { table: ctx.label(table), code: row.code!, name: row.name.trim(), reference: verdict.expected }, { table }),
    );
  },
});

/**
 * A name of an earlier classification edition in a document later than the rename (210
 * 医疗卫生与计划生育支出 in a 2024 table): a warning; in a document of its own years it is right.
 */
export const codeOutdatedName = defineRule({
  id: 'code.outdatedName',
  family: 'all',
  severity: 'warning',
  source: SOURCE + '（a code exists in the classification of its year, and its name matches）; issue 13 item 7',
  title: '科目名称是文件所属年度的科目名称（不使用已更名的旧名称）',
  message: '{table} {code}：科目名称“{name}”是旧版科目名称，{note}',
  check(ctx, self) {
    return rowsJudged(ctx, 'outdated').map(({ table, row, verdict }) =>
      plainFinding(self, labelRef(table, row), { table: ctx.label(table), code: row.code!, name: row.name.trim(), note: verdict.note }, { table }),
    );
  },
});

/** A 款 printed without its 类, or a 项 without its 款: the hierarchy tie-out cannot see it. */
export const codeParentMissing = defineRule({
  id: 'code.parentMissing',
  family: 'all',
  severity: 'error',
  source: 'domain.md §Rules that must hold → Intra-table（类 = Σ 款，款 = Σ 项）',
  title: '每个款、项的上级科目都列在表中',
  message: '{table} {row}：上级科目 {parent} 未列在表中，无法与其合计核对',
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const table of printedCodedTables(ctx.input.tables)) {
      const codes = new Set(codedRows(table).map((row) => row.code!));
      for (const row of codedRows(table)) {
        const code = row.code!;
        if (code.length <= 3) continue;
        const parent = code.slice(0, code.length - 2);
        if (codes.has(parent)) continue;
        findings.push(plainFinding(self, labelRef(table, row), { table: ctx.label(table), row: `${code} ${row.name.trim()}`, parent }, { table }));
      }
    }
    return findings;
  },
});

/** The code rules, in catalogue order. */
export const CODE_RULES: readonly Rule[] = [codeUnverified, codeNameMismatch, codeOutdatedName, codeParentMissing];
