import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { convertToPdf, findSoffice, LibreOfficeError, missingLibreOfficeMessage, replacementTable } from '../../src/cli/libreoffice';

describe('replacementTable', () => {
  it('maps each Chinese face the machine lacks to its installed Noto fallback, and nothing it has', () => {
    const installed = (family: string) => family.startsWith('Noto') || family === '黑体';
    const table = replacementTable(installed)!;
    expect(table).toContain('<value>仿宋_GB2312</value></prop><prop oor:name="SubstituteFont" oor:op="fuse"><value>Noto Serif CJK SC</value>');
    expect(table).toContain('<value>方正小标宋简体</value></prop><prop oor:name="SubstituteFont" oor:op="fuse"><value>Noto Serif CJK SC</value>');
    expect(table).not.toContain('<value>黑体</value>');
    expect(table).toContain('<prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop>');
  });

  it('writes none without fontconfig (undefined for every face) or without the fallbacks', () => {
    expect(replacementTable(() => undefined)).toBeUndefined();
    expect(replacementTable(() => false)).toBeUndefined();
  });
});

describe('findSoffice', () => {
  it('takes BUDGET_DISCLOSURE_SOFFICE when it names a file, and finds none when it names nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soffice-'));
    const fake = path.join(dir, 'soffice');
    fs.writeFileSync(fake, '');
    try {
      expect(findSoffice({ BUDGET_DISCLOSURE_SOFFICE: fake })).toBe(fake);
      expect(findSoffice({ BUDGET_DISCLOSURE_SOFFICE: path.join(dir, 'missing') })).toBeUndefined();
      expect(findSoffice({ PATH: dir })).toBe(fake);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to convert without LibreOffice, with a message that names the .docx and the way to a PDF', () => {
    expect(() => convertToPdf('报告.docx', '报告.pdf', { BUDGET_DISCLOSURE_SOFFICE: '/nonexistent/soffice' })).toThrow(LibreOfficeError);
    expect(missingLibreOfficeMessage('报告.docx')).toMatch(/^未找到 LibreOffice（soffice），无法生成 PDF；已写出的“报告\.docx”可用 Word 或 WPS 打开后“另存为 PDF”。/);
  });
});
