/**
 * The sample's report as Word, opened by LibreOffice: converted to PDF headless (one conversion for
 * the file — it is slow), its text and page images checked. Page images go to test-artifacts/report.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { formatAmount } from '../../src/core/amount';
import { buildDocx } from '../../src/report/docx';
import { loadSeed } from '../support/seed';
import { sampleReport } from './fixture';

const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/report');
const FIGURE = /^-?\d+\.\d+$/;

/** The first match of `pattern` in a part of the package (not the whole part, which is megabytes). */
function find(xml: string, pattern: RegExp): string | undefined {
  return pattern.exec(xml)?.[0];
}

function unzip(file: string, entry: string): string {
  return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('buildDocx on the sample', () => {
  const seed = loadSeed();
  const docxPath = path.join(ARTIFACTS, '阳城县应急管理局-2024-预算公开.docx');
  const pdfPath = docxPath.replace(/\.docx$/, '.pdf');
  let documentXml = '';
  let pdfText = '';
  let firstPage = '';
  let pages = 0;

  beforeAll(async () => {
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const bytes = await buildDocx(sampleReport().document, { deflate: (data) => zlib.deflateSync(data) });
    fs.writeFileSync(docxPath, bytes);
    documentXml = unzip(docxPath, 'word/document.xml');
    const profile = fs.mkdtempSync(path.join(ARTIFACTS, 'lo-profile-'));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', ARTIFACTS, docxPath],
      { timeout: 180_000, stdio: 'ignore' },
    );
    fs.rmSync(profile, { recursive: true, force: true });
    pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdfPath, '-'], { encoding: 'utf8' });
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
    execFileSync('pdftoppm', ['-r', '50', '-png', pdfPath, path.join(ARTIFACTS, 'page')]);
  }, 180_000);

  it('opens in LibreOffice and runs to a plausible number of pages', () => {
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThan(80);
    expect(fs.readdirSync(ARTIFACTS).filter((f) => /^page-\d+\.png$/.test(f))).toHaveLength(pages);
  });

  it('puts the title and the department on page 1', () => {
    // pdftotext puts a space where the font changes between digits (Times) and CJK (仿宋): "2024 年度".
    const text = firstPage.replace(/\s+/g, '');
    expect(text).toContain('2024年度部门预算公开');
    expect(text).toContain(seed.department);
  });

  it('prints every figure of table 1 as the sample has it', () => {
    const figures = seed.tables[Object.keys(seed.tables)[0]!]!.rows.flat().filter((t) => FIGURE.test(t));
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of figures) expect(pdfText).toContain(formatAmount(figure, 2));
  });

  it('prints every figure of every table somewhere in the document', () => {
    const missing = Object.values(seed.tables)
      .flatMap((t) => t.rows.flat())
      .filter((t) => FIGURE.test(t))
      .filter((t) => !pdfText.includes(formatAmount(t, 2)));
    expect(missing).toEqual([]);
  });

  it('lists the parts in the table of contents before the first part begins', () => {
    const tocAt = pdfText.indexOf('第四部分 名词解释');
    const duties = pdfText.indexOf('阳城县应急管理局工作职责');
    expect(tocAt).toBeGreaterThan(-1);
    expect(tocAt).toBeLessThan(duties);
  });

  it('writes a TOC field that Word updates on open, and headings with outline levels', () => {
    expect(find(documentXml, /TOC \\h \\o &quot;1-2&quot;/)).toBeDefined();
    expect(find(unzip(docxPath, 'word/settings.xml'), /<w:updateFields(?: w:val="(?:true|1)")?\/>/)).toBeDefined();
    const styles = unzip(docxPath, 'word/styles.xml');
    expect(find(styles, /w:styleId="Heading1">(?:(?!<\/w:style>)[\s\S])*w:outlineLvl w:val="0"/)).toBeDefined();
    expect(find(styles, /w:styleId="Heading2">(?:(?!<\/w:style>)[\s\S])*w:outlineLvl w:val="1"/)).toBeDefined();
    expect(find(styles, /w:eastAsia="仿宋_GB2312"/)).toBeDefined();
    expect(find(styles, /w:eastAsia="黑体"/)).toBeDefined();
  });

  it('lays out A4 pages, repeated table header rows, merged header cells and 宋体 table text', () => {
    expect(find(documentXml, /<w:pgSz w:w="11906" w:h="16838"/)).toBeDefined();
    expect(find(documentXml, /<w:tblHeader\/>/)).toBeDefined();
    expect(find(documentXml, /<w:gridSpan w:val="\d+"\/>/)).toBeDefined();
    expect(find(documentXml, /<w:vMerge w:val="restart"\/>/)).toBeDefined();
    expect(find(documentXml, /w:eastAsia="宋体"/)).toBeDefined();
  });

  it('names a substitute for each Chinese font in the font table', () => {
    const fonts = unzip(docxPath, 'word/fontTable.xml');
    expect(find(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/)).toBeDefined();
    expect(find(fonts, /<w:font w:name="黑体"><w:altName w:val="SimHei"\/>/)).toBeDefined();
    expect(find(fonts, /<w:font w:name="宋体"><w:altName w:val="SimSun"\/>/)).toBeDefined();
  });

  it('embeds each chart as SVG with a PNG fallback', () => {
    const media = execFileSync('unzip', ['-l', docxPath], { encoding: 'utf8' });
    expect(media.match(/word\/media\/\S+\.svg/g)).toHaveLength(2);
    expect(media.match(/word\/media\/\S+\.png/g)).toHaveLength(2);
    expect(find(documentXml, /asvg:svgBlip/)).toBeDefined();
    expect(pdfText).toContain('一般公共预算当年拨款结构图');
  });
});
