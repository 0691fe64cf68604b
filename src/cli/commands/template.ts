/**
 * `budget-disclosure template` — 生成空白模板: the 13 tables of the seed family with their titles,
 * headers and fixed rows, ready to fill (issue 2, item 7).
 */
import type { Command } from 'commander';
import { paramsSheet } from '../../core/params';
import { layoutWorkbook } from '../../core/templates';
import { parseCodeLayout, parseDepartment, parseUnit, parseXlsxOutput, parseYear } from '../options';
import { writeOutputWorkbook } from '../output';

interface TemplateFlags {
  readonly output?: string;
  readonly department?: string;
  readonly year?: string;
  readonly unit?: string;
  readonly codes?: string;
  readonly force?: boolean;
}

/** The department line of a blank template, for the user to overwrite. */
const PLACEHOLDER_DEPARTMENT = '（部门名称）';

export function register(program: Command): void {
  program
    .command('template')
    .description('生成空白模板 (blank templates)：13 张预算公开表，可直接填写')
    .requiredOption('-o, --output <file.xlsx>', '输出的 .xlsx 文件 (output file)')
    .option('--department <name>', `部门名称 (department name)，默认 ${PLACEHOLDER_DEPARTMENT}`)
    .option('--year <year>', '预算年度 (budget year)，默认今年')
    .option('--unit <unit>', '金额单位 万元 或 元 (amount unit)，默认 万元')
    .option('--codes <layout>', '科目编码 single 一列 或 split 类/款/项三列 (code columns)，默认 single')
    .option('-f, --force', '覆盖已存在的输出文件 (overwrite an existing output file)')
    .action(async (flags: TemplateFlags) => {
      const output = parseXlsxOutput(flags.output);
      const options = {
        family: 'budget13' as const,
        department: parseDepartment(flags.department, PLACEHOLDER_DEPARTMENT),
        year: parseYear(flags.year, new Date().getFullYear()),
        unit: parseUnit(flags.unit, '万元'),
        codeLayout: parseCodeLayout(flags.codes, 'single'),
      };
      const grids = layoutWorkbook(options);
      // An empty 参数 sheet for the 情况说明 inputs that are not in the tables.
      await writeOutputWorkbook(output, [...grids, paramsSheet()], flags.force === true);
      process.stdout.write(`已写出空白模板 ${output}（${options.year} 年，${grids.length} 张表及参数表，单位 ${options.unit}）\n`);
    });
}
