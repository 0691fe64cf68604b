/**
 * `budget-disclosure template` — 生成空白模板: a family's tables with their titles, headers and fixed
 * rows, ready to fill (issue 2, item 7): the seed's 13 tables by default, `--family budget9` for the
 * 9-table budget family (元, 类/款/项 columns by default), `--family final9` for the 9 决算 tables
 * (issue 8, item 1).
 */
import type { Command } from 'commander';
import type { FamilyId } from '../../core/model';
import { paramsSheet } from '../../core/params';
import { BUDGET_GLOSSARY, FINAL_GLOSSARY, glossarySheet } from '../../core/report/glossary';
import { FAMILIES, layoutWorkbook } from '../../core/templates';
import { UsageError } from '../errors';
import { parseCodeLayout, parseDepartment, parseUnit, parseXlsxOutput, parseYear } from '../options';
import { writeOutputWorkbook } from '../output';

interface TemplateFlags {
  readonly output?: string;
  readonly family?: string;
  readonly department?: string;
  readonly year?: string;
  readonly unit?: string;
  readonly codes?: string;
  readonly force?: boolean;
}

/** The department line of a blank template, for the user to overwrite. */
const PLACEHOLDER_DEPARTMENT = '（部门名称）';

/** `--family budget13|budget9|final9`. */
function parseFamily(value: string | undefined): FamilyId {
  if (value === undefined) return 'budget13';
  const text = value.trim().toLowerCase();
  if (Object.hasOwn(FAMILIES, text)) return text as FamilyId;
  throw new UsageError(`选项 --family 的值“${value}”无效：只接受 budget13（预算13张表）、budget9（预算9张表）或 final9（决算9张表）。`);
}

export function register(program: Command): void {
  program
    .command('template')
    .description('生成空白模板 (blank templates)：预算公开 13 张表、预算 9 张表或决算 9 张表，可直接填写')
    .requiredOption('-o, --output <file.xlsx>', '输出的 .xlsx 文件 (output file)')
    .option('--family <family>', '表族 budget13 预算13张表、budget9 预算9张表、final9 决算9张表 (table family)，默认 budget13')
    .option('--department <name>', `部门名称 (department name)，默认 ${PLACEHOLDER_DEPARTMENT}`)
    .option('--year <year>', '年度 (year)，默认今年')
    .option('--unit <unit>', '金额单位 万元 或 元 (amount unit)，默认按表族（budget9 为元，其余为万元）')
    .option('--codes <layout>', '科目编码 single 一列 或 split 类/款/项三列 (code columns)，默认按表族（budget9 为 split，其余为 single）')
    .option('-f, --force', '覆盖已存在的输出文件 (overwrite an existing output file)')
    .action(async (flags: TemplateFlags) => {
      const output = parseXlsxOutput(flags.output);
      const family = FAMILIES[parseFamily(flags.family)];
      const options = {
        family: family.id,
        department: parseDepartment(flags.department, PLACEHOLDER_DEPARTMENT),
        year: parseYear(flags.year, new Date().getFullYear()),
        unit: parseUnit(flags.unit, family.unit ?? '万元'),
        codeLayout: parseCodeLayout(flags.codes, family.codeLayout ?? 'single'),
      };
      const grids = layoutWorkbook(options);
      // An empty 参数 sheet for the 情况说明 inputs that are not in the tables, and the standard 名词解释 to edit.
      const glossary = glossarySheet(family.id === 'final9' ? FINAL_GLOSSARY : BUDGET_GLOSSARY);
      await writeOutputWorkbook(output, [...grids, paramsSheet(), glossary], flags.force === true);
      process.stdout.write(`已写出空白模板 ${output}（${family.name}，${options.year} 年，${grids.length} 张表及参数表、名词解释，单位 ${options.unit}）\n`);
    });
}
