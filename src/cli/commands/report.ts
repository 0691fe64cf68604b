/**
 * `budget-disclosure report FILE.xlsx -o report.docx [--review] [--pdf] [--previous LAST.xlsx]` —
 * 生成公开文档: the whole disclosure (封面, 目录, 概况, 报表, 情况说明 with its charts and the 绩效目标表,
 * 名词解释) as Word, from one workbook (issues 7 and 16); with --pdf also as PDF, through LibreOffice
 * when it is installed. With `--previous`, the workbook is reviewed against last year's (as `check
 * --previous`), and the 情况说明 takes the 参数 上年 fields left empty from it (issue 14 item 4).
 *
 * The document is written even when the tables have errors — a review copy (--review) is how a
 * reviewer reads them — but the exit code is then 1, as for `check`. While errors or 【待填写】
 * remain, the document is a draft (草稿 on the cover, the list of what is left on its last page).
 */
import * as zlib from 'node:zlib';
import type { Command } from 'commander';
import { prepareReport } from '../../core/report';
import { ROUNDING_POLICIES } from '../../core/rules/rounding';
import { UnusableInputError } from '../../xlsx/errors';
import { ExitCode, UsageError } from '../errors';
import { readInputWorkbook } from '../input';
import { readPreviousWorkbook, refuseUnusablePrevious } from './check';
import { parseDocxOutput, parsePolicy } from '../options';
import { refuseExistingOutputs, writeOutputFile } from '../output';

interface ReportFlags {
  readonly output?: string;
  readonly review?: boolean;
  readonly force?: boolean;
  readonly policy?: string;
  readonly pdf?: boolean;
  readonly previous?: string;
}

export function register(program: Command): void {
  program
    .command('report')
    .description('生成公开文档 (Word report)：封面、目录、概况、全部报表、情况说明（含图）、名词解释')
    .argument('<file.xlsx>', '填好的公开表格工作簿 (the disclosure workbook)')
    .requiredOption('-o, --output <file.docx>', '输出的 .docx 文件 (output file)')
    .option('--review', '审核稿：在文末附上检查发现的问题 (append the findings for reviewers)')
    .option('--policy <policy>', `舍入口径 (rounding policy)：${ROUNDING_POLICIES.join('、')}，默认 tight`)
    .option('--pdf', '同时生成 PDF（同名 .pdf，需安装 LibreOffice）(also write a PDF through LibreOffice)')
    .option('-f, --force', '覆盖已存在的输出文件 (overwrite an existing output file)')
    .option('--previous <last.xlsx>', '上年的公开工作簿：补齐参数表中未填的上年数，并核对本年所列上年数 (last year\'s workbook)')
    .action(async (file: string, flags: ReportFlags) => {
      const output = parseDocxOutput(flags.output);
      const policy = parsePolicy(flags.policy);
      const pdf = flags.pdf === true ? output.replace(/\.docx$/i, '.pdf') : undefined;
      refuseExistingOutputs(pdf === undefined ? [output] : [output, pdf], flags.force === true);
      const workbook = await readInputWorkbook(file);
      const previous = flags.previous === undefined ? undefined : await readPreviousWorkbook(flags.previous, [file]);
      // docx takes much of the start-up time; load it only when a report is made.
      const { buildDocx } = await import('../../report/docx');
      const prepared = prepareReport(workbook, { policy, review: flags.review === true, ...(previous ? { previous } : {}) });
      refuseUnusablePrevious(prepared.review.previous);
      const tables = prepared.review.recognition.tables.length;
      if (tables === 0) {
        throw new UnusableInputError(`“${file}”中没有找到预算公开表格：没有一张表的标题能识别（例如“2024年预算收支总表”），无法生成公开文档。`);
      }
      const bytes = await buildDocx(prepared.document, { deflate: (data) => zlib.deflateSync(data) });
      writeOutputFile(output, bytes, flags.force === true);

      const { error, warning } = prepared.review.summary;
      const { document } = prepared;
      const kind = flags.review ? '审核稿' : '公开文档';
      const state = document.cover.draft ? '草稿' : '正式文本';
      process.stdout.write(`已写出${kind} ${output}（${state}，${document.cover.department}，${tables} 张表，${(bytes.length / 1024).toFixed(0)} KB）\n`);
      if (document.unfinished.length > 0) {
        process.stdout.write(`尚有 ${document.unfinished.length} 项未完成（文末“草稿：公开前须完成的事项”逐项列出），完成后重新生成即为正式文本：\n`);
        for (const item of document.unfinished) process.stdout.write(`  ${item.where}：${item.what}\n`);
      }
      if (error > 0 || warning > 0) {
        process.stdout.write(`检查：错误 ${error} 项，提示 ${warning} 项${flags.review ? '，详见文末“附录 审核意见”' : '；加 --review 可在文末列出'}。\n`);
      }
      if (pdf !== undefined) {
        const { convertToPdf, LibreOfficeError } = await import('../libreoffice');
        try {
          convertToPdf(output, pdf);
        } catch (failure) {
          if (failure instanceof LibreOfficeError) throw new UsageError(failure.message);
          throw failure;
        }
        process.stdout.write(`已写出 PDF ${pdf}\n`);
      }
      if (error > 0) process.exitCode = ExitCode.findings;
    });
}
