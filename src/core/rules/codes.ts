/**
 * 科目编码 — codes exist in the classification and names match them; the code tree is complete.
 * The reference data is partial (shared/data/README), so an unknown code is `info` "unverified",
 * never an error. Source: domain guide, "Checks on codes and names".
 */
import type { TypedTable } from '../model';
import { lookupSubject, nameMatchesSubject, type Subject, type SubjectScheme } from '../subjects';
import type { Finding } from './finding';
import { defineRule, type Rule } from './rule';
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

/** A known code printed with another name (其他/其它, full-width brackets and spaces tolerated). */
export const codeNameMismatch = defineRule({
  id: 'code.nameMismatch',
  family: 'all',
  severity: 'warning',
  source: SOURCE + '（its name matches, tolerating 其他/其它, (护)/（护））',
  title: '科目名称与科目编码相符',
  message: '{table} {code}：科目名称“{name}”与参考科目表的“{reference}”不符',
  check(ctx, self) {
    const findings: Finding[] = [];
    for (const table of printedCodedTables(ctx.input.tables)) {
      const subjects = subjectsOf(table);
      codedRows(table).forEach((row, i) => {
        const subject = subjects[i];
        if (!subject || row.name.trim() === '' || nameMatchesSubject(subject, row.name)) return;
        findings.push(
          plainFinding(self, labelRef(table, row), { table: ctx.label(table), code: row.code!, name: row.name.trim(), reference: subject.name }, { table }),
        );
      });
    }
    return findings;
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
export const CODE_RULES: readonly Rule[] = [codeUnverified, codeNameMismatch, codeParentMissing];
