/**
 * 校验 — checks a whole workbook: recognise its tables, run the rule catalogue, mark the findings
 * a reviewer accepted (stored in the workbook's `_校验说明` sheet).
 * Source: issue 3; domain guide, "Rules that must hold" and "Rounding".
 */
import type { Workbook } from './grid';
import { findParamsSheet } from './params';
import { readPerformanceTargets } from './performance/read';
import { recognizeWorkbook, type Recognition } from './recognize';
import { ACCEPTANCE_SHEET, applyAcceptances, readAcceptances } from './rules/acceptances';
import { summarize, type Finding } from './rules/finding';
import type { PerformanceRuleInput } from './rules/performance';
import { RelationLog, TieOutWatch, type Relation } from './rules/relation';
import { RULES, runRules } from './rules/registry';
import { DEFAULT_ROUNDING_POLICY, parseRoundingPolicy, type RoundingPolicy } from './rules/rounding';
import type { Rule } from './rules/rule';

/** Options of a check; every field has a default. */
export interface CheckOptions {
  /** How much rounding difference a tie-out tolerates. Default `tight` (floor(n/2) units). */
  readonly policy?: RoundingPolicy;
}

/** What checking a workbook found. `summary` counts findings by severity, accepted ones left out. */
export interface CheckResult {
  readonly recognition: Recognition;
  readonly findings: Finding[];
  readonly summary: { error: number; warning: number; info: number };
}

/**
 * Checks a workbook. Problems in the user's data come back as findings; it throws only for an
 * unknown policy (a programming error).
 * @example checkWorkbook(workbook).summary // { error: 0, warning: 0, info: 14 }
 * @throws RoundingPolicyError when `options.policy` is not one of tight, calc11, strict
 */
export function checkWorkbook(workbook: Workbook, options: CheckOptions = {}): CheckResult {
  const { recognition, findings } = tableFindings(workbook, options);
  const accepted = applyAcceptances(findings, readAcceptances(workbook));
  return { recognition, findings: inReadingOrder(accepted, workbook), summary: summarize(accepted) };
}

/** The tables' findings as the rules give them (no acceptances applied), and every tie-out as a relation. */
export interface TableFindings {
  readonly recognition: Recognition;
  readonly findings: Finding[];
  /**
   * Every tie-out as a relation over cells, held or broken, carrying `findings`' own findings:
   * recorded when first read, by running again the rules that made tie-outs. Recording them as the rules run made a
   * 100,000-row department's check 6% slower, and a review reads them only when `brokenTieOut`.
   */
  readonly relations: readonly Relation[];
  /** Whether a hard tie-out (of a rule of severity error) failed: only then has error localisation something to explain. */
  readonly brokenTieOut: boolean;
}

/**
 * Recognises the tables and runs the rule catalogue over them (and over the 绩效目标表).
 * @throws RoundingPolicyError when `options.policy` is not one of tight, calc11, strict
 */
export function tableFindings(workbook: Workbook, options: CheckOptions = {}): TableFindings {
  const policy = parseRoundingPolicy(options.policy ?? DEFAULT_ROUNDING_POLICY);
  // The 参数 sheet (情况说明参数) holds the narrative's inputs, not a disclosure table.
  const params = findParamsSheet(workbook);
  const sheets = workbook.filter((grid) => grid.name !== ACCEPTANCE_SHEET && grid !== params);
  const recognition = recognizeWorkbook(sheets);
  // 绩效目标表 are forms, not typed tables: read beside the recognised tables for the performance
  // rules. A workbook without any leaves them nothing to check (no "table missing" for each project).
  const input: PerformanceRuleInput = { ...recognition, performance: readPerformanceTargets(sheets) };
  const watch = new TieOutWatch();
  const findings = runRules(input, policy, RULES, watch);
  let relations: readonly Relation[] | undefined;
  return {
    recognition,
    findings,
    brokenTieOut: watch.broken,
    get relations() {
      relations ??= recordRelations(input, policy, RULES.filter((rule) => watch.rules.has(rule)), findings);
      return relations;
    },
  };
}

/**
 * The tie-outs of `rules` (those that made any, in catalogue order) as relations, recorded by running
 * them again; each relation's finding is the first run's (the rules are deterministic: the same
 * findings, in the same order).
 */
function recordRelations(input: PerformanceRuleInput, policy: RoundingPolicy, rules: readonly Rule[], findings: readonly Finding[]): readonly Relation[] {
  const log = new RelationLog();
  const again = runRules(input, policy, rules, log);
  const ids = new Set(rules.map((rule) => rule.id));
  const theirs = findings.filter((finding) => ids.has(finding.rule));
  const counterparts = new Map<Finding, Finding>();
  again.forEach((finding, index) => {
    const first = theirs[index];
    if (first && first.rule === finding.rule && first.sheet === finding.sheet && first.cell === finding.cell) counterparts.set(finding, first);
  });
  log.renameFindings(counterparts);
  return log.relations;
}

/**
 * Findings in the order a reader meets them: sheet by sheet as the workbook orders them, then
 * row by row, column by column; findings at one cell keep the catalogue's order (a bad cell
 * before the totals it breaks). Findings on a sheet the workbook does not have (a 情况说明 given
 * as a file) come last.
 */
export function inReadingOrder(findings: readonly Finding[], workbook: Workbook): Finding[] {
  const sheetOrder = new Map(workbook.map((grid, index) => [grid.name, index]));
  // Sort keys read once per finding, without a regex or arrays: a large department has ~100k
  // findings (bench/check.js).
  const keyed = findings.map((finding, index) => {
    const { row, col } = cellPosition(finding.cell);
    return { finding, index, sheet: sheetOrder.get(finding.sheet) ?? workbook.length, row, col };
  });
  return keyed
    .sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.index - b.index)
    .map(({ finding }) => finding);
}

/** Row and column (1-based) of an A1 address, letters in either case; 0 and 0 for anything else. */
function cellPosition(cell: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < cell.length; i++) {
    const code = cell.charCodeAt(i) & ~0x20;
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  if (i === 0 || i === cell.length) return { row: 0, col: 0 };
  let row = 0;
  for (let k = i; k < cell.length; k++) {
    const digit = cell.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return { row: 0, col: 0 };
    row = row * 10 + digit;
  }
  return { row, col };
}
