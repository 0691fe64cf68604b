/**
 * PDF 转换 — the .docx to PDF through LibreOffice (`soffice --headless --convert-to pdf`), for
 * `report --pdf` and the tests. Node only (the task pane offers the .docx and says how to make the
 * PDF in Word or WPS); nothing here is needed to write the .docx itself.
 *
 * LibreOffice runs with a profile of its own in a temporary folder, so that a user's running
 * LibreOffice neither blocks nor changes the conversion. On a machine with fontconfig, the profile's
 * replacement table maps each Chinese face the document names and the machine lacks (仿宋_GB2312,
 * 方正小标宋简体 …) to its free fallback (Noto Serif / Sans CJK SC, src/report/fonts.ts) — LibreOffice does not
 * read the document's font table for that. Where fontconfig is absent (Windows), LibreOffice's own
 * substitution stands.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FALLBACK } from '../report/fonts';

/** LibreOffice is not installed, or the conversion failed: the message says which, in Chinese. */
export class LibreOfficeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibreOfficeError';
  }
}

/** Where LibreOffice installs `soffice` when it is not on the PATH. */
const KNOWN_LOCATIONS = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  '/opt/libreoffice/program/soffice',
];

/** How long one conversion may take (a 70-page report takes 10–30 s on a busy 2-core machine). */
const TIMEOUT_MS = 300_000;

function onPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  const names = process.platform === 'win32' ? [`${command}.exe`, `${command}.com`] : [command];
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The `soffice` to run: `BUDGET_DISCLOSURE_SOFFICE` when set, else `soffice` or `libreoffice` on the
 * PATH, else LibreOffice's usual install folder; undefined when there is none.
 * @example findSoffice() // "/usr/bin/soffice"
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.BUDGET_DISCLOSURE_SOFFICE;
  if (configured) return fs.existsSync(configured) ? configured : undefined;
  return onPath('soffice', env) ?? onPath('libreoffice', env) ?? KNOWN_LOCATIONS.find((file) => fs.existsSync(file));
}

/** The message for a machine without LibreOffice, naming the .docx that was written. */
export function missingLibreOfficeMessage(docx: string): string {
  return (
    `未找到 LibreOffice（soffice），无法生成 PDF；已写出的“${docx}”可用 Word 或 WPS 打开后“另存为 PDF”。` +
    '如需由本工具生成 PDF，请安装 LibreOffice（统信、麒麟、Debian：apt install libreoffice-writer），' +
    '或用环境变量 BUDGET_DISCLOSURE_SOFFICE 指明 soffice 的位置。'
  );
}

/** Whether fontconfig knows a family (fc-list prints nothing for an unknown one); undefined without fontconfig. */
function fontInstalled(family: string): boolean | undefined {
  const result = spawnSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.trim() !== '';
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The replacement table for the faces this machine lacks and whose fallback it has, as LibreOffice's
 * registrymodifications.xcu (org.openoffice.Office.Common/Font/Substitution; “Always” is what makes
 * LibreOffice 7.4 apply a pair in a headless conversion).
 */
export function replacementTable(installed: (family: string) => boolean | undefined = fontInstalled): string | undefined {
  const pairs = Object.entries(FALLBACK).filter(([face, fallback]) => installed(face) === false && installed(fallback) === true);
  if (pairs.length === 0) return undefined;
  const prop = (name: string, value: string) => `<prop oor:name="${name}" oor:op="fuse"><value>${escapeXml(value)}</value></prop>`;
  const items = pairs.map(
    ([face, fallback], i) =>
      `<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_${i}" oor:op="replace">` +
      prop('Always', 'true') +
      prop('OnScreenOnly', 'false') +
      prop('ReplaceFont', face) +
      prop('SubstituteFont', fallback) +
      '</node></item>',
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<item oor:path="/org.openoffice.Office.Common/Font/Substitution">${prop('Replacement', 'true')}</item>`,
    ...items,
    '</oor:items>',
  ].join('\n');
}

/**
 * Converts a .docx to PDF with the `soffice` that {@link findSoffice} finds in `env`; returns the
 * PDF's path (`pdf`, by default the .docx's with .pdf). An existing PDF at that path is replaced.
 * @throws LibreOfficeError when LibreOffice is missing or the conversion produces no PDF.
 * @example convertToPdf('out/公开文本.docx') // "out/公开文本.pdf"
 */
export function convertToPdf(docx: string, pdf = docx.replace(/\.docx$/i, '.pdf'), env: NodeJS.ProcessEnv = process.env): string {
  const soffice = findSoffice(env);
  if (!soffice) throw new LibreOfficeError(missingLibreOfficeMessage(docx));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-disclosure-pdf-'));
  try {
    const profile = path.join(work, 'profile');
    const table = replacementTable();
    if (table) {
      fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
      fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), table, 'utf8');
    }
    // LibreOffice names the PDF after its input: convert a copy named plainly, then move the result.
    const input = path.join(work, 'document.docx');
    fs.copyFileSync(docx, input);
    try {
      execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, input], {
        timeout: TIMEOUT_MS,
        stdio: 'ignore',
      });
    } catch (error) {
      throw new LibreOfficeError(`LibreOffice 转换“${docx}”为 PDF 失败：${(error as Error).message}`);
    }
    const output = path.join(work, 'document.pdf');
    if (!fs.existsSync(output)) throw new LibreOfficeError(`LibreOffice 没有生成“${docx}”的 PDF（可能是另一个 LibreOffice 进程占用，请关闭后重试）。`);
    fs.mkdirSync(path.dirname(path.resolve(pdf)), { recursive: true });
    fs.copyFileSync(output, pdf);
    return pdf;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
