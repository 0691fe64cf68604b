/**
 * `budget-disclosure rollforward FILE.xlsx -o NEXT.xlsx [--force]` — 生成下一年度模板: this year's
 * workbook becomes next year's blank templates for the same department, keeping its subject rows and
 * names, with 参数 carrying the texts that stay true and this year's totals as 上年 figures
 * (issue 8, item 4).
 *
 * Exit code 2 when the input cannot be used (not an xlsx, no disclosure table, no year).
 */
import * as path from 'node:path';
import type { Command } from 'commander';
import { formatAmount } from '../../core/amount';
import { kindName } from '../../core/kinds';
import { rollForward } from '../../core/rollforward';
import { FAMILIES } from '../../core/templates';
import { UnusableInputError } from '../../xlsx/errors';
import { readInputWorkbook } from '../input';
import { parseXlsxOutput } from '../options';
import { writeOutputWorkbook } from '../output';

interface RollforwardFlags {
  readonly output?: string;
  readonly force?: boolean;
}

/** The 上年 figures the summary line names, with their labels. */
const REPORTED: readonly (readonly [id: string, label: string])[] = [
  ['lastYear.incomeTotal', '收入总计'],
  ['lastYear.threePublic', '“三公”经费'],
  ['lastYear.operating', '机关运行经费'],
];

export function register(program: Command): void {
  program
    .command('rollforward')
    .description('生成下一年度模板 (roll forward)：沿用本年工作簿的表族、部门和科目行，金额留空；本年合计数写入参数表作为上年数')
    .argument('<file.xlsx>', '本年度的公开工作簿 (this year’s workbook)')
    .requiredOption('-o, --output <next.xlsx>', '输出的下一年度 .xlsx 文件 (output file)')
    .option('-f, --force', '覆盖已存在的输出文件 (overwrite an existing output file)')
    .action(async (file: string, flags: RollforwardFlags) => {
      const output = parseXlsxOutput(flags.output);
      const workbook = await readInputWorkbook(file);
      const result = rollForward(workbook);
      if (result.kind === 'unusable') throw new UnusableInputError(`“${path.basename(file)}”：${result.reason}`);
      await writeOutputWorkbook(output, result.grids, flags.force === true);
      const figures = REPORTED.flatMap(([id, label]) => {
        const value = result.params[id];
        return value === undefined || typeof value === 'string' ? [] : [`${label} ${formatAmount(value)} 万元`];
      });
      const lines = [
        `已写出 ${output}：${result.department} ${result.year + 1} 年${FAMILIES[result.family].name}模板（${result.grids.length - 1 - result.carried.length} 张表及参数表${result.carried.map((name) => `、${name}`).join('')}，单位 ${result.unit}），沿用 ${result.year} 年的科目行${result.carried.length > 0 ? `和${result.carried.join('、')}` : ''}，金额留空。`,
        figures.length > 0 ? `参数表中的上年数：${figures.join('，')}。` : '本年工作簿中没有可作为上年数的合计数。',
      ];
      if (result.missing.length > 0) lines.push(`本年工作簿缺少：${result.missing.map(kindName).join('、')}，下一年度的这些表为空白模板。`);
      process.stdout.write(lines.join('\n') + '\n');
    });
}
