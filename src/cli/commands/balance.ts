/**
 * `budget-disclosure balance FILE.xlsx [-o OUT.xlsx] [--unit 万元] [--force]` — 舍位平衡: lists the
 * fewest one-unit adjustments that make every total tie exactly (cell, from, to, why); with `-o`
 * (the user's confirmation) writes the balanced workbook to a new file, every adjustment recorded
 * in its hidden `_校验说明` sheet with before and after. The input file is never changed.
 *
 * Exit code: 2 when the input cannot be used (not an xlsx, no disclosure table, a unit that cannot
 * be reached, the output exists without --force); 1 when a real error (beyond 尾差) stands, which
 * must be corrected rather than balanced; else 0.
 */
import * as path from 'node:path';
import type { Command } from 'commander';
import { applyBalance, proposeBalance, type BalanceProposal } from '../../core/balance';
import { formatCellRef } from '../../core/grid';
import { UnusableInputError } from '../../xlsx/errors';
import { ExitCode, UsageError } from '../errors';
import { readInputWorkbook } from '../input';
import { parsePolicy, parseUnit, parseXlsxOutput } from '../options';
import { refuseExistingOutputs, writeOutputWorkbook } from '../output';

interface BalanceFlags {
  readonly output?: string;
  readonly unit?: string;
  readonly policy?: string;
  readonly force?: boolean;
}

export function register(program: Command): void {
  program
    .command('balance')
    .description('舍位平衡 (balance rounding)：列出使各合计与其组成项完全相等所需的最少调整（每处 1 个末位单位）；给出 -o 时写出平衡后的新工作簿')
    .argument('<file.xlsx>', '要平衡的公开工作簿 (the workbook to balance)；原文件不会被改动')
    .option('-o, --output <out.xlsx>', '写出平衡后的工作簿（即确认调整）；不给时只列出建议 (write the balanced workbook)')
    .option('--unit <unit>', '以此单位公开：万元 时先将以元列示的表折算为万元 (publish in this unit)')
    .option('--policy <policy>', '舍入口径 (rounding policy)：tight 默认、calc11、strict')
    .option('-f, --force', '覆盖已存在的输出文件 (overwrite an existing output file)')
    .action(async (file: string, flags: BalanceFlags) => {
      const output = flags.output === undefined ? undefined : parseXlsxOutput(flags.output);
      const unit = flags.unit === undefined ? undefined : parseUnit(flags.unit, '万元');
      const policy = parsePolicy(flags.policy);
      if (output && path.resolve(output) === path.resolve(file)) {
        throw new UsageError('舍位平衡写出一个新文件，不覆盖原文件：请用 -o 指定另一个文件名。');
      }
      if (output) refuseExistingOutputs([output], flags.force === true);
      const workbook = await readInputWorkbook(file);
      const result = proposeBalance(workbook, { policy, ...(unit ? { unit } : {}) });
      if (result.kind === 'refused') {
        if (result.because === 'noTables') throw new UnusableInputError(`“${path.basename(file)}”：${result.reason}`);
        if (result.because === 'unit') throw new UsageError(result.reason);
        process.stdout.write(`未做舍位平衡：${result.reason}\n`);
        process.exitCode = ExitCode.findings;
        return;
      }
      const lines = proposalLines(result);
      if (output) {
        await writeOutputWorkbook(output, applyBalance(result, today()), flags.force === true);
        lines.push('', `已写出 ${output}：${result.adjustments.length} 处调整${result.conversions.length > 0 ? `、${result.conversions.length} 张表的单位折算` : ''}均记录在隐藏的“_校验说明”表中（调整前后的数值）。原文件未改动。`);
      } else if (result.adjustments.length > 0 || result.conversions.length > 0) {
        lines.push('', '以上只是建议，没有写出任何文件。确认后加 -o 输出.xlsx 写出平衡后的工作簿。');
      }
      process.stdout.write(lines.join('\n') + '\n');
    });
}

/** The proposal as the user reads it: conversions, then each adjustment with why, then what is left. */
function proposalLines(proposal: BalanceProposal): string[] {
  const lines: string[] = [];
  if (proposal.conversions.length > 0) {
    lines.push(`单位折算：${proposal.conversions.length} 张表由元折算为万元（四舍五入到 0.01 万元）：`);
    for (const c of proposal.conversions) lines.push(`  ${formatCellRef({ sheet: c.sheet, cell: c.label })}  ${c.table}（${c.figures} 个金额）`);
    lines.push('');
  }
  if (proposal.adjustments.length === 0) {
    lines.push('舍位平衡：各合计与其组成项已完全相等，无需调整。');
  } else {
    lines.push(`舍位平衡建议：共 ${proposal.adjustments.length} 处，每处调整 1 个末位单位：`);
    for (const a of proposal.adjustments) lines.push(`  ${formatCellRef(a)}  ${a.from} → ${a.to}  ${a.why}`);
  }
  if (proposal.unbalanced.length > 0) {
    lines.push('', `以下 ${proposal.unbalanced.length} 处未能在有限的搜索内平衡，请人工处理：`);
    for (const text of proposal.unbalanced) lines.push(`  ${text}`);
  }
  return lines;
}

/** Today as YYYY-MM-DD in local time, for the record. */
function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
