import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Decimal } from '../../src/core/amount';
import { writeWorkbookFile } from '../../src/xlsx';
import { ensureCliBuilt, runCli } from '../support/cli';
import { buildSeedWorkbook, mutateSeedCell } from '../support/seedGrids';
import { sampleWorkbook } from '../report/fixture';

let dir: string;
const file = (name: string): string => path.join(dir, name);
const documentXml = (docx: string): string => execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-report-'));
  await writeWorkbookFile(file('sample.xlsx'), sampleWorkbook());
  const seed = buildSeedWorkbook();
  await writeWorkbookFile(file('doctored.xlsx'), mutateSeedCell(seed, 2, '2240101', 2, new Decimal('93.59').plus('5').toNumber()).workbook);
  fs.writeFileSync(file('notes.xlsx'), '这不是一个 Excel 文件');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('budget-disclosure report', () => {
  it('writes the sample as a Word document with its title, tables and generated 情况说明, exit 0', () => {
    const { status, stdout, stderr } = runCli(['report', file('sample.xlsx'), '-o', file('sample.docx')]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`已写出公开文档 ${file('sample.docx')}（草稿，阳城县应急管理局，13 张表`);
    // The seed states no reason for its 一般公共预算 change: a draft, and the CLI says what is left and where.
    expect(stdout).toContain('尚有 1 项未完成');
    expect(stdout).toContain('参数!B25：情况说明需要“一般公共预算当年支出变动原因”');
    const xml = documentXml(file('sample.docx'));
    expect(xml.includes('2024年度部门预算公开')).toBe(true);
    expect(xml.includes('表十三 2024年项目支出预算表（上年结转）')).toBe(true);
    expect(xml.includes('2024年度阳城县应急管理局预算收入总计4,510.52万元')).toBe(true);
    expect(xml.includes('内设职能部门共七个')).toBe(true);
    expect(xml.includes('【待填写：本部门职责】')).toBe(false);
    expect(xml.includes('附录 审核意见')).toBe(false);
    expect(xml.includes('项目支出绩效目标表')).toBe(true);
    expect(xml.includes('草　稿')).toBe(true);
  });

  it('also writes the PDF through LibreOffice with --pdf', () => {
    const { status, stdout } = runCli(['report', file('sample.xlsx'), '-o', file('pdf/sample.docx'), '--pdf']);
    expect(status).toBe(0);
    expect(stdout).toContain(`已写出 PDF ${file('pdf/sample.pdf')}`);
    const info = execFileSync('pdfinfo', [file('pdf/sample.pdf')], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(40);
  }, 300_000);

  it('says in Chinese how to make the PDF when LibreOffice is not installed, keeps the .docx and exits 2', () => {
    const saved = process.env.BUDGET_DISCLOSURE_SOFFICE;
    process.env.BUDGET_DISCLOSURE_SOFFICE = file('no-such-soffice');
    try {
      const { status, stderr } = runCli(['report', file('sample.xlsx'), '-o', file('nolo/sample.docx'), '--pdf']);
      expect(status).toBe(2);
      expect(stderr).toContain('未找到 LibreOffice（soffice），无法生成 PDF');
      expect(stderr).toContain('Word 或 WPS 打开后“另存为 PDF”');
      expect(fs.existsSync(file('nolo/sample.docx'))).toBe(true);
      expect(fs.existsSync(file('nolo/sample.pdf'))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.BUDGET_DISCLOSURE_SOFFICE;
      else process.env.BUDGET_DISCLOSURE_SOFFICE = saved;
    }
  });

  it('refuses to replace an existing PDF without --force, before any work', () => {
    fs.mkdirSync(file('taken'), { recursive: true });
    fs.writeFileSync(file('taken/sample.pdf'), 'x');
    const { status, stderr } = runCli(['report', file('sample.xlsx'), '-o', file('taken/sample.docx'), '--pdf']);
    expect(status).toBe(2);
    expect(stderr).toContain('sample.pdf');
    expect(fs.existsSync(file('taken/sample.docx'))).toBe(false);
  });

  it('refuses to replace an existing document without --force, exit 2', () => {
    const { status, stderr } = runCli(['report', file('sample.xlsx'), '-o', file('sample.docx')]);
    expect(status).toBe(2);
    expect(stderr).toBe(`错误：输出文件“${file('sample.docx')}”已存在；如要覆盖，请加上 --force。\n`);
  });

  it('still writes a workbook with errors, appends the findings with --review, and exits 1', () => {
    const { status, stdout } = runCli(['report', file('doctored.xlsx'), '-o', file('doctored.docx'), '--review']);
    expect(status).toBe(1);
    expect(stdout).toMatch(/检查：错误 [1-9]\d* 项/);
    const xml = documentXml(file('doctored.docx'));
    expect(xml.includes('附录 审核意见')).toBe(true);
    expect(xml.includes('（审核稿，仅供内部审核）')).toBe(true);
  });

  it('names a file that is not a workbook, exit 2 and no document', () => {
    const { status, stderr } = runCli(['report', file('notes.xlsx'), '-o', file('notes.docx')]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^错误：.*notes\.xlsx.*\n$/);
    expect(fs.existsSync(file('notes.docx'))).toBe(false);
  });

  it('asks for a .docx output name', () => {
    const { status, stderr } = runCli(['report', file('sample.xlsx'), '-o', file('sample.pdf')]);
    expect(status).toBe(2);
    expect(stderr).toContain('输出文件名须以 .docx 结尾');
  });
});
