/**
 * `budget-disclosure` — the command line of 预算公开助手.
 *
 * Each command lives in `commands/<name>.ts` and exports `register(program)`; adding a command is
 * one import and one register line below (contracts). Help is in Chinese with English.
 * Exit codes (`ExitCode`): 0 ok, 1 errors found (a command sets `process.exitCode = ExitCode.findings`),
 * 2 unusable input (a command throws `UsageError` or `UnusableInputError`; one zh-CN line on stderr,
 * no stack trace), 3 a defect in this program.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { UnusableInputError } from '../xlsx/errors';
import { ExitCode, UsageError } from './errors';
import * as sampleCommand from './commands/sample';
import * as templateCommand from './commands/template';
import * as narrativeCommand from './commands/narrative';
import * as checkCommand from './commands/check';
import * as reportCommand from './commands/report';
import * as reviewCommand from './commands/review';
import * as rollforwardCommand from './commands/rollforward';
import * as balanceCommand from './commands/balance';

/** Help section titles, in Chinese with the English commander prints. */
const HELP_TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法 (Usage):',
  'Options:': '选项 (Options):',
  'Commands:': '命令 (Commands):',
  'Arguments:': '参数 (Arguments):',
  'Global Options:': '全局选项 (Global Options):',
};

/** Builds the program with every command registered. Errors surface as CommanderError (exitOverride). */
export function buildProgram(): Command {
  const program = new Command('budget-disclosure');
  program
    .description('预算公开助手：生成、检查部门预算公开表格 (Budget Disclosure: templates, sample and checks for Chinese department budget disclosures)')
    .version(readVersion(), '-V, --version', '显示版本号 (output the version number)')
    .helpOption('-h, --help', '显示帮助 (display help)')
    .helpCommand('help [command]', '显示命令的帮助 (display help for command)')
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
    // Commander's own messages are English; main() prints a Chinese one instead.
    .configureOutput({ outputError: () => undefined })
    .exitOverride()
    .showSuggestionAfterError(true);

  templateCommand.register(program);
  sampleCommand.register(program);
  narrativeCommand.register(program);
  checkCommand.register(program);
  reportCommand.register(program);
  reviewCommand.register(program);
  rollforwardCommand.register(program);
  balanceCommand.register(program);
  return program;
}

/**
 * Runs the CLI on `argv` (as `process.argv`: node, script, then arguments) and sets
 * `process.exitCode`. Never rejects and never prints a stack trace.
 */
export async function main(argv: readonly string[]): Promise<void> {
  process.exitCode = await runProgram(buildProgram(), argv);
}

/**
 * Parses `argv` with `program` and returns the exit code: 0, or what a command set in
 * `process.exitCode` (a check with errors sets `ExitCode.findings`), or the code of the failure
 * it reported on stderr. Never rejects.
 */
export async function runProgram(program: Command, argv: readonly string[]): Promise<number> {
  try {
    await program.parseAsync([...argv]);
    return Number(process.exitCode ?? ExitCode.ok);
  } catch (error) {
    return reportError(error);
  }
}

/** Prints one line for a failure and returns the exit code. */
function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return ExitCode.ok; // --help, --version
    // Help was already printed (e.g. no command given); the usage is the message.
    if (error.code !== 'commander.help' && error.code !== 'commander.helpDisplayed') {
      process.stderr.write(`错误：${translateCommanderError(error)}\n`);
    }
    return ExitCode.unusable;
  }
  if (error instanceof UsageError || error instanceof UnusableInputError) {
    process.stderr.write(`错误：${error.message}\n`);
    return ExitCode.unusable;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`内部错误：${message}（这是程序缺陷，不是您的文件的问题；请报告此问题）\n`);
  if (process.env.BUDGET_DISCLOSURE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  return ExitCode.internal;
}

/** Commander's English usage errors, in Chinese; the quoted option or command is kept as typed. */
function translateCommanderError(error: CommanderError): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /Did you mean (.+)\?/.exec(error.message)?.[1];
  const hint = suggestion ? `（是否想输入 ${suggestion}？）` : '';
  const help = '运行 budget-disclosure --help 查看用法。';
  switch (error.code) {
    case 'commander.unknownOption':
      return `未知选项“${quoted}”${hint}。${help}`;
    case 'commander.unknownCommand':
      return `未知命令“${quoted}”${hint}。${help}`;
    case 'commander.missingMandatoryOptionValue':
      return `缺少必需的选项 ${quoted}。${help}`;
    case 'commander.optionMissingArgument':
      return `选项 ${quoted} 缺少取值。${help}`;
    case 'commander.missingArgument':
      return `缺少参数 ${quoted}。${help}`;
    case 'commander.excessArguments':
      return `参数过多。${help}`;
    default:
      return `${error.message.replace(/^error:\s*/, '')}。${help}`;
  }
}

/** The package version, read beside the compiled code (lib/cli → ../../package.json) or the source. */
function readVersion(): string {
  const file = path.resolve(__dirname, '../../package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}
