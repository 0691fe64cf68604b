/**
 * `budget-disclosure sample` — 生成示例: the seed's 13 tables (阳城县应急管理局 2024) filled in, with
 * its 参数, 绩效目标表 and 名词解释, from the embedded sample data (issue 2, items 5 and 7; issue 16).
 */
import type { Command } from 'commander';
import { sampleDisclosure, sampleWorkbook } from '../../core/sample';
import { parseCodeLayout, parseUnit, parseXlsxOutput } from '../options';
import { writeOutputWorkbook } from '../output';

interface SampleFlags {
  readonly output?: string;
  readonly unit?: string;
  readonly codes?: string;
  readonly force?: boolean;
}

export function register(program: Command): void {
  program
    .command('sample')
    .description('生成示例工作簿 (sample workbook)：阳城县应急管理局 2024 年部门预算公开的 13 张表、情况说明所需参数、绩效目标表和名词解释')
    .requiredOption('-o, --output <file.xlsx>', '输出的 .xlsx 文件 (output file)')
    .option('--unit <unit>', '金额单位 万元 或 元 (amount unit)，默认与示例相同（万元）')
    .option('--codes <layout>', '科目编码 single 一列 或 split 类/款/项三列 (code columns)，默认 single')
    .option('-f, --force', '覆盖已存在的输出文件 (overwrite an existing output file)')
    .action(async (flags: SampleFlags) => {
      const output = parseXlsxOutput(flags.output);
      const sample = sampleDisclosure();
      const unit = parseUnit(flags.unit, sample.unit);
      const codeLayout = parseCodeLayout(flags.codes, 'single');
      // The 13 tables, then the 情况说明 inputs that are not in the tables (参数), the 绩效目标表 and 名词解释, as the seed states them.
      const sheets = sampleWorkbook({ unit, codeLayout });
      await writeOutputWorkbook(output, sheets, flags.force === true);
      process.stdout.write(`已写出示例 ${output}（${sample.department} ${sample.year} 年，13 张表及参数表、绩效目标表、名词解释，单位 ${unit}）\n`);
    });
}
