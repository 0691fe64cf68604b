/**
 * `budget-disclosure narrative FILE.xlsx [-o out.md|out.txt] [--force] [--previous LAST.xlsx]` —
 * 生成情况说明: recognise the tables, read the 参数 sheet if there is one, and write 第三部分 as
 * Markdown (.md) or plain text (.txt, or to the screen without -o). Inputs that are missing stay
 * visible as 【待填写：…】 and are listed on stderr (issue 4 item 6). With `--previous`, the 上年 figures
 * 参数 leaves empty come from last year's workbook, and those typed are compared with it (issue 14 item 4).
 *
 * Exit code: 2 when the file is unusable or has no disclosure table (or `--previous` is not last
 * year's workbook); 1 when a 参数 value could not be read or a 上年 figure differs from last year's
 * workbook (an error the user must fix); else 0 — missing inputs are warnings.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Command } from 'commander';
import { narrativeOfWorkbook, renderNarrative } from '../../core/narrative';
import type { GivenNarrative, NarrativeFormat } from '../../core/narrative';
import { readParams } from '../../core/params';
import { checkPrevious, paramsWithPrevious } from '../../core/previous';
import { recognizeWorkbook } from '../../core/recognize';
import { UnusableInputError } from '../../xlsx/errors';
import { ExitCode, UsageError } from '../errors';
import { readInputWorkbook } from '../input';
import { writeOutputFile } from '../output';
import { readPreviousWorkbook, refuseUnusablePrevious } from './check';

interface NarrativeFlags {
  readonly output?: string;
  readonly force?: boolean;
  readonly previous?: string;
}

/** `-o out.md|out.txt`: the format follows the extension. */
function parseNarrativeOutput(value: string | undefined): { file?: string; format: NarrativeFormat } {
  if (value === undefined) return { format: 'text' };
  const file = value.trim();
  if (/\.md$/i.test(file)) return { file, format: 'markdown' };
  if (/\.txt$/i.test(file)) return { file, format: 'text' };
  throw new UsageError(`选项 -o, --output 的值“${value}”无效：输出文件名须以 .md 或 .txt 结尾。`);
}

export function register(program: Command): void {
  program
    .command('narrative')
    .description('生成情况说明 (generate the 情况说明)：按表格和“参数”表写出第三部分，缺少的参数显示为【待填写】')
    .argument('<file>', '预算公开表格 .xlsx (the disclosure workbook)')
    .option('-o, --output <file>', '输出文件 .md（Markdown）或 .txt（纯文本）；不给则输出到屏幕 (output file)')
    .option('-f, --force', '覆盖已存在的输出文件 (overwrite an existing output file)')
    .option('--previous <last.xlsx>', '上年的公开工作簿：参数表中未填的上年数从中读取 (last year\'s workbook)')
    .action(async (file: string, flags: NarrativeFlags) => {
      const output = parseNarrativeOutput(flags.output);
      const workbook = await readInputWorkbook(file);
      const { tables } = recognizeWorkbook(workbook);
      if (tables.length === 0) {
        throw new UnusableInputError(`“${file}”中没有找到预算公开表格，无法生成情况说明。`);
      }
      const params = readParams(workbook);
      const previous = flags.previous === undefined ? undefined : checkPrevious({ workbook, tables, params }, await readPreviousWorkbook(flags.previous, [file]));
      refuseUnusablePrevious(previous);
      const generated = narrativeOfWorkbook(workbook, tables, paramsWithPrevious(params, previous));
      const { narrative } = generated;
      const findings = [...(previous?.findings ?? []), ...generated.findings];
      const text = renderNarrative(narrative, output.format);
      if (output.file) {
        writeOutputFile(output.file, text, flags.force === true);
        process.stdout.write(`已写出情况说明 ${output.file}\n`);
      } else {
        process.stdout.write(text);
      }
      if (findings.length > 0) {
        process.stderr.write(`需要补充或更正 ${findings.length} 项：\n`);
        for (const finding of findings) process.stderr.write(`  ${finding.sheet ? `${finding.sheet}!${finding.cell}  ` : ''}${finding.message}\n`);
      }
      if (findings.some((finding) => finding.severity === 'error')) process.exitCode = ExitCode.findings;
    });
}

/**
 * Reads the text given with `check --narrative FILE.txt`.
 * @throws UnusableInputError with a Chinese reason when the file cannot be read.
 */
export async function readNarrativeFile(file: string): Promise<GivenNarrative> {
  try {
    return { name: path.basename(file), text: await fs.readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnusableInputError(code === 'ENOENT' ? `找不到情况说明文件“${file}”。` : `无法读取情况说明文件“${file}”（${code ?? String(error)}）。`);
  }
}
