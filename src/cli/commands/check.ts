/**
 * `budget-disclosure check FILE.xlsx… [--json] [--policy tight|calc11|strict] [--previous LAST.xlsx]`
 * — 检查: recognise the disclosure tables of each workbook, tie out every total (rounding-aware) and
 * run the rule catalogue; print a Chinese report, or JSON for other tools (issue 3 §5). With
 * `--previous`, last year's workbook fills the 参数 上年 fields left empty and every 上年 figure is
 * compared with it (issue 14 item 4).
 *
 * Exit code: 2 when a file is unusable (not an xlsx, no disclosure table in it; a `--previous` that
 * is the file itself, not last year's, or unreadable), else 1 when any file has an error (强制),
 * else 0. Warnings and 尾差 do not fail a check.
 */
import * as path from 'node:path';
import type { Command } from 'commander';
import { formatAmount } from '../../core/amount';
import { formatCellRef, rangeToA1, type Workbook } from '../../core/grid';
import { SEVERITIES, type Finding, type Severity } from '../../core/rules/finding';
import { kindName } from '../../core/kinds';
import type { RoundingPolicy } from '../../core/rules/rounding';
import { reviewWorkbook, suspectHeading, type WorkbookReview } from '../../core/review';
import { coverageText } from '../../core/narrative';
import { previousCell, type PreviousCheck } from '../../core/previous';
import { UnusableInputError } from '../../xlsx/errors';
import { ExitCode } from '../errors';
import { readInputWorkbook } from '../input';
import { parsePolicy } from '../options';
import { readNarrativeFile } from './narrative';

interface CheckFlags {
  readonly json?: boolean;
  readonly policy?: string;
  readonly narrative?: string;
  readonly previous?: string;
}

/** One file's result in the JSON contract (issue 3 §5: "this shape is a contract other tools build on"). */
export interface CheckJson {
  readonly file: string;
  readonly tables: readonly { kind: string; title: string; sheet: string; range: string; unit: string }[];
  readonly findings: readonly {
    rule: string;
    severity: Severity;
    sheet: string;
    cell: string;
    table: string | null;
    message: string;
    expected: string | null;
    actual: string | null;
    difference: string | null;
    tolerance: string | null;
    /** The index in `suspects` of the cell that explains this finding, if one does. */
    cause: number | null;
  }[];
  /**
   * Last year's workbook (`--previous`): its year and every 上年 figure read from it (万元, with its
   * cells there), `filled` when this year's 参数 left the field empty. Absent without `--previous`.
   */
  readonly previous?: {
    readonly file: string;
    readonly year: number | null;
    readonly figures: readonly { field: string; label: string; value: string; sources: string[]; filled: boolean }[];
  };
  /** The cells most likely wrong, most telling first (error localisation). */
  readonly suspects: readonly {
    sheet: string;
    cell: string;
    table: string;
    current: string;
    suggested: string;
    /** Indexes into `findings`. */
    explains: number[];
  }[];
  readonly summary: {
    readonly error: number;
    readonly warning: number;
    readonly info: number;
    /** What became of the 情况说明's figures; null when there was no 情况说明 to check. */
    readonly narrative: { readonly source: string; readonly figures: number; readonly checked: number; readonly unverifiable: number; readonly unbound: number } | null;
  };
}

export function register(program: Command): void {
  program
    .command('check')
    .description('检查公开表格 (check disclosure workbooks)：识别各表，核对合计、表间关系与科目（考虑尾差）')
    .argument('<files...>', '要检查的 .xlsx 文件，可以多个 (workbooks to check)')
    .option('--json', '以 JSON 输出，供其他程序读取 (machine-readable output)')
    .option('--policy <policy>', '舍入口径 (rounding policy)：tight 默认（尾差不超过 ⌊n/2⌋ 个末位单位）、calc11（XBRL 区间规则）、strict（不容许尾差）')
    .option('--narrative <file.txt>', '同时检查这份情况说明文本；不给时检查工作簿中的“情况说明”表 (also check this narrative text)')
    .option('--previous <last.xlsx>', '上年的公开工作簿：补齐参数表中未填的上年数，并核对本年所列上年数 (last year\'s workbook)')
    .action(async (files: string[], flags: CheckFlags) => {
      const policy = parsePolicy(flags.policy);
      const narrative = flags.narrative === undefined ? undefined : await readNarrativeFile(flags.narrative);
      const previous = flags.previous === undefined ? undefined : await readPreviousWorkbook(flags.previous, files);
      const checked: { file: string; result: WorkbookReview }[] = [];
      let unusable = false;
      for (const file of files) {
        try {
          const workbook = await readInputWorkbook(file);
          const result = reviewWorkbook(workbook, { policy, ...(narrative ? { narrative } : {}), ...(previous ? { previous } : {}) });
          if (result.recognition.tables.length === 0) throw new UnusableInputError(noTablesReason(file, workbook.length));
          refuseUnusablePrevious(result.previous);
          checked.push({ file, result });
        } catch (error) {
          if (!(error instanceof UnusableInputError)) throw error;
          // With one file the reason is the whole answer (main prints it); with several, the others are still reported.
          if (files.length === 1) throw error;
          process.stderr.write(`错误：${error.message}\n`);
          unusable = true;
        }
      }
      if (flags.json) {
        const json = checked.map(({ file, result }) => toJson(file, result));
        process.stdout.write(JSON.stringify(files.length === 1 ? json[0] : json, null, 2) + '\n');
      } else {
        process.stdout.write(checked.map(({ file, result }) => textReport(file, result, policy)).join('\n'));
      }
      if (unusable) process.exitCode = ExitCode.unusable;
      else if (checked.some(({ result }) => result.summary.error > 0)) process.exitCode = ExitCode.findings;
    });
}

/**
 * Reads `--previous`: refused when it is one of the files checked (the same path), unreadable or
 * missing (the xlsx adapter's reason); whether it is last year's is the review's to say.
 * @throws UnusableInputError with a zh-CN reason (exit 2)
 */
export async function readPreviousWorkbook(file: string, checked: readonly string[]): Promise<{ name: string; workbook: Workbook }> {
  const name = path.basename(file);
  if (checked.some((other) => path.resolve(other) === path.resolve(file))) {
    throw new UnusableInputError(`上年工作簿“${name}”就是要检查的文件本身；--previous 应指向上一年度的公开工作簿。`);
  }
  try {
    return { name, workbook: await readInputWorkbook(file) };
  } catch (error) {
    if (!(error instanceof UnusableInputError)) throw error;
    throw new UnusableInputError(`上年工作簿（--previous）无法读取：${error.message}`, { cause: error });
  }
}

/**
 * Refuses a last year's workbook the review could not use (another year or department, no tables):
 * the reason, for exit 2. Nothing when it was compared, or when none was given.
 * @throws UnusableInputError with a zh-CN reason
 */
export function refuseUnusablePrevious(previous: PreviousCheck | undefined): void {
  if (previous?.reason !== undefined) throw new UnusableInputError(`上年工作簿“${previous.name}”无法使用：${previous.reason}`);
}

/** Named by its file name, as the xlsx adapter names files in its reasons. */
function noTablesReason(file: string, sheets: number): string {
  const name = path.basename(file);
  return sheets === 0
    ? `“${name}”中没有任何工作表，无法检查。`
    : `“${name}”中没有找到预算公开表格：没有一张表的标题能识别（例如“2024年预算收支总表”）。请确认文件内容。`;
}

/** The JSON contract of one file. Accepted findings are left out, as the summary leaves them out. */
export function toJson(file: string, result: WorkbookReview): CheckJson {
  const open = result.findings.flatMap((finding, index) => (finding.accepted ? [] : [index]));
  const shown = new Map(open.map((index, position) => [index, position]));
  return {
    file,
    tables: result.recognition.tables.map((table) => ({
      kind: table.kind,
      title: table.title,
      sheet: table.sheet,
      range: rangeToA1(table.range),
      unit: table.unit,
    })),
    findings: result.findings
      .filter((finding) => !finding.accepted)
      .map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        sheet: finding.sheet,
        cell: finding.cell,
        table: finding.table ?? null,
        message: finding.message,
        expected: finding.expected ?? null,
        actual: finding.actual ?? null,
        difference: finding.difference ?? null,
        tolerance: finding.tolerance ?? null,
        cause: finding.cause ?? null,
      })),
    suspects: result.suspects.map((suspect) => ({
      sheet: suspect.sheet,
      cell: suspect.cell,
      table: suspect.table,
      current: suspect.current,
      suggested: suspect.suggested,
      explains: suspect.explains.flatMap((index) => (shown.has(index) ? [shown.get(index)!] : [])),
    })),
    summary: { ...result.summary, narrative: result.narrative ? { source: result.narrative.source, ...result.narrative.coverage } : null },
    ...(result.previous ? { previous: previousJson(result.previous) } : {}),
  };
}

function previousJson(previous: PreviousCheck): NonNullable<CheckJson['previous']> {
  const filled = new Set(previous.filled.map((figure) => figure.field));
  return {
    file: previous.name,
    year: previous.year ?? null,
    figures: previous.figures.map((figure) => ({
      field: figure.field,
      label: figure.label,
      value: figure.value.toString(),
      sources: figure.sources.map((ref) => formatCellRef(previousCell(previous.name, ref))),
      filled: filled.has(figure.field),
    })),
  };
}

/** 上年数取自“2024.xlsx”（2024年）, then each figure with its cell there, and whether it filled 参数. */
function previousLines(previous: PreviousCheck): string[] {
  const year = previous.year === undefined ? '' : `（${previous.year}年）`;
  const lines = ['', `上年数取自“${previous.name}”${year}：`];
  const filled = new Set(previous.filled.map((figure) => figure.field));
  for (const figure of previous.figures) {
    const cells = figure.sources.map(formatCellRef).join('+');
    lines.push(`  ${figure.label} ${formatAmount(figure.value, Math.max(2, figure.value.decimalPlaces()))} 万元  ${cells}${filled.has(figure.field) ? '  （参数未填，已按此核对情况说明）' : ''}`);
  }
  return lines;
}

const SEVERITY_HEADINGS: Readonly<Record<Severity, string>> = {
  error: '错误（强制，须更正）',
  warning: '警告（提示，请核实）',
  info: '提示信息（尾差、未能核实的科目）',
};

const POLICY_NAMES: Readonly<Record<RoundingPolicy, string>> = {
  tight: 'tight：尾差不超过 ⌊n/2⌋ 个末位单位',
  calc11: 'calc11：XBRL Calculations 1.1 区间规则',
  strict: 'strict：不容许尾差',
};

/** The readable Chinese report of one file: tables found, then findings by severity with sheet!cell. */
export function textReport(file: string, result: WorkbookReview, policy: RoundingPolicy): string {
  const lines: string[] = [`文件：${file}`, `舍入口径：${POLICY_NAMES[policy]}`, ''];
  const { tables } = result.recognition;
  lines.push(`识别到 ${tables.length} 张表：`);
  for (const table of tables) {
    lines.push(`  ${table.title}（${kindName(table.kind)}）  ${formatCellRef({ sheet: table.sheet, cell: rangeToA1(table.range) })}  单位：${table.unit}`);
  }
  if (result.previous) lines.push(...previousLines(result.previous));
  if (result.narrative) lines.push('', `情况说明（${result.narrative.source}）：${coverageText(result.narrative.coverage)}`);
  const open = result.findings.filter((finding) => !finding.accepted);
  lines.push(...suspectLines(result));
  for (const severity of SEVERITIES) {
    const ofSeverity = open.filter((finding) => finding.severity === severity);
    lines.push('', `${SEVERITY_HEADINGS[severity]}：${ofSeverity.length} 项`);
    const explained = ofSeverity.filter((finding) => finding.cause !== undefined).length;
    if (explained > 0) lines.push(`  （其中 ${explained} 项由上述填错的单元格引起，已在上文列出）`);
    for (const finding of ofSeverity) if (finding.cause === undefined) lines.push(`  ${where(finding)}  ${finding.message}`);
  }
  const accepted = result.findings.filter((finding) => finding.accepted);
  if (accepted.length > 0) {
    lines.push('', `已接受（附说明）：${accepted.length} 项`);
    for (const finding of accepted) lines.push(`  ${where(finding)}  ${finding.message}（说明：${finding.accepted!.note}）`);
  }
  const { error, warning, info } = result.summary;
  lines.push('', error > 0 ? `结论：发现 ${error} 项错误，须更正后再公开。` : `结论：未发现错误（警告 ${warning} 项，提示信息 ${info} 项）。`, '');
  return lines.join('\n');
}

/**
 * 很可能是 '表3'!C5 填错：现为 4,610.52，应为 4,510.52（可解释以下 7 项）, then those findings,
 * indented; an equally likely cell that explains the same findings is named after it.
 */
function suspectLines(result: WorkbookReview): string[] {
  const lines: string[] = [];
  result.suspects.forEach((suspect, index) => {
    const own = result.findings.filter((finding) => finding.cause === index);
    lines.push('', suspectHeading(suspect, formatCellRef(suspect), own.length));
    for (const finding of own) lines.push(`    ${where(finding)}  ${finding.message}`);
  });
  return lines;
}

function where(finding: Finding): string {
  return formatCellRef(finding);
}
