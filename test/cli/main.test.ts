import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../../src/cli/errors';
import { buildProgram, runProgram } from '../../src/cli/main';
import { readWorkbookFile, UnusableInputError } from '../../src/xlsx';
import { ensureCliBuilt, ROOT, runCli } from '../support/cli';

beforeAll(ensureCliBuilt);

/** No stack trace, no English commander message: one Chinese line. */
function expectOneChineseLine(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^错误：.*[\u4e00-\u9fff]/);
  expect(stderr).not.toMatch(/\s+at\s.+:\d+:\d+|Error:|error:/);
}

describe('budget-disclosure --help and --version', () => {
  it('prints help in Chinese with English and exits 0', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('用法 (Usage):');
    expect(stdout).toContain('选项 (Options):');
    expect(stdout).toContain('生成空白模板 (blank templates)');
    expect(stdout).toContain('生成示例工作簿 (sample workbook)');
    expect(stdout).toContain('显示帮助 (display help)');
  });

  it('prints help for one command with its options', () => {
    for (const args of [['template', '--help'], ['help', 'template']]) {
      const { status, stdout } = runCli(args);
      expect(status).toBe(0);
      expect(stdout).toContain('budget-disclosure template');
      for (const option of ['--output', '--department', '--year', '--unit', '--codes', '--force']) expect(stdout).toContain(option);
    }
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const { status, stdout } = runCli(['--version']);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(version);
  });
});

describe('budget-disclosure usage errors exit 2 with one Chinese line', () => {
  it('shows the help when no command is given', () => {
    const { status, stdout, stderr } = runCli([]);
    expect(status).toBe(2);
    expect(stdout + stderr).toContain('用法 (Usage):');
  });

  it.each<[string, string[], string]>([
    ['an unknown command', ['chek'], '未知命令“chek”'],
    ['an unknown option', ['template', '-o', 'x.xlsx', '--bogus'], '未知选项“--bogus”'],
    ['a mistyped option, with a suggestion', ['template', '-o', 'x.xlsx', '--yeer', '2025'], '是否想输入 --year'],
    ['a missing required option', ['template'], '缺少必需的选项 -o, --output'],
    ['an option without its value', ['sample', '-o'], '选项 -o, --output <file.xlsx> 缺少取值'],
    ['an extra argument', ['template', '-o', 'x.xlsx', 'extra'], '参数过多'],
  ])('reports %s', (_title, args, message) => {
    const { status, stdout, stderr } = runCli(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expectOneChineseLine(stderr);
    expect(stderr).toContain(message);
  });
});

describe('runProgram: how a command’s failure reaches the user', () => {
  let stderr: string[];
  beforeEach(() => {
    stderr = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** The real program plus a command `fail` whose action throws `error`. */
  async function runFailing(error: unknown): Promise<number> {
    const program = buildProgram();
    program.command('fail').action(() => {
      throw error;
    });
    return runProgram(program, ['node', 'budget-disclosure', 'fail']);
  }

  it('exits 2 with the Chinese reason of an unusable input file, without a stack', async () => {
    expect(await runFailing(new UnusableInputError('“旧表.xls”是旧版 .xls 格式或已设置打开密码，无法读取。'))).toBe(2);
    expect(stderr.join('')).toBe('错误：“旧表.xls”是旧版 .xls 格式或已设置打开密码，无法读取。\n');
  });

  it('exits 2 with the message of a usage error', async () => {
    expect(await runFailing(new UsageError('选项 --unit 的值“美元”无效：只接受 万元 或 元。'))).toBe(2);
    expect(stderr.join('')).toBe('错误：选项 --unit 的值“美元”无效：只接受 万元 或 元。\n');
  });

  it('exits 3 on a defect of the program, saying so in one line without a stack', async () => {
    expect(await runFailing(new TypeError('x is undefined'))).toBe(3);
    const printed = stderr.join('');
    expect(printed).toMatch(/^内部错误：x is undefined（这是程序缺陷.*）\n$/);
    expect(printed).not.toMatch(/\s+at\s/);
  });

  it('reads an unusable file as exit 2 end to end, through readWorkbookFile', async () => {
    const program = buildProgram();
    program.command('read <file>').action(async (file: string) => {
      await readWorkbookFile(file);
    });
    const missing = path.join(ROOT, 'does-not-exist.xlsx');
    expect(await runProgram(program, ['node', 'budget-disclosure', 'read', missing])).toBe(2);
    expect(stderr.join('')).toBe(`错误：找不到文件“${missing}”。\n`);
  });

  it('exits 0 after a command that succeeds', async () => {
    const program = buildProgram();
    program.command('ok').action(() => undefined);
    expect(await runProgram(program, ['node', 'budget-disclosure', 'ok'])).toBe(0);
    expect(stderr).toEqual([]);
  });
});
