/**
 * PDF 检查 — what the tests read from a PDF that LibreOffice wrote: the text of each page (poppler's
 * pdftotext), the fonts (pdffonts), and the outline of every glyph of every embedded font.
 *
 * Why glyph outlines: Debian's Noto CJK fonts are collections whose faces share one CFF table named
 * “NotoSansCJKjp”, so pdffonts names every face of them …jp, Chinese or not. Which forms LibreOffice
 * drew — Chinese (zh-CN) or Japanese — shows only in the outlines: 公, 部, 门 differ between the two.
 * LibreOffice 7.4 embeds CJK fonts as Type 1 subsets (eexec-encrypted, charstrings encrypted again);
 * this reads them with the decryption of the Type 1 spec (Adobe, “Type 1 Font Format”, ch. 7).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';

/** The text of every page, in order (pdftotext -layout, pages split at form feeds). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return text.split('\f').slice(0, -1);
}

/** The fonts pdffonts lists: name, type and whether embedded. */
export function pdfFonts(file: string): { name: string; type: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const [name = '', ...rest] = line.trim().split(/\s+/);
    const emb = rest[rest.length - 5];
    return { name, type: rest.slice(0, rest.length - 6).join(' '), embedded: emb === 'yes' };
  });
}

/** Words with their boxes (pdftotext -bbox), page by page. */
export function pdfWords(file: string, page: number): { text: string; xMin: number; yMin: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    text: m[3] ?? '',
    xMin: Number(m[1]),
    yMin: Number(m[2]),
  }));
}

interface PdfObjects {
  readonly bytes: Buffer;
  readonly text: string;
  readonly offsets: Map<number, number>;
}

function objects(file: string): PdfObjects {
  const bytes = fs.readFileSync(file);
  const text = bytes.toString('latin1');
  const offsets = new Map<number, number>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*/g)) offsets.set(Number(m[1]), (m.index ?? 0) + m[0].length);
  return { bytes, text, offsets };
}

function dictionary(pdf: PdfObjects, id: number): string {
  const start = pdf.offsets.get(id) ?? 0;
  const end = pdf.text.indexOf('endobj', start);
  const stream = pdf.text.indexOf('stream', start);
  return pdf.text.slice(start, stream >= 0 && stream < end ? stream : end);
}

function stream(pdf: PdfObjects, id: number): { dict: string; data: Buffer } {
  const dict = dictionary(pdf, id);
  const start = pdf.offsets.get(id) ?? 0;
  const length = /\/Length (\d+)( 0 R)?/.exec(dict);
  let n = Number(length?.[1]);
  if (length?.[2]) n = Number(/\d+/.exec(dictionary(pdf, n))?.[0]);
  const keyword = pdf.text.indexOf('stream', start) + 'stream'.length;
  const from = pdf.text[keyword] === '\r' ? keyword + 2 : keyword + 1;
  let data = pdf.bytes.subarray(from, from + n);
  if (/FlateDecode/.test(dict)) data = zlib.inflateSync(data);
  return { dict, data };
}

/** Type 1 decryption: eexec (r = 55665) for the private part, r = 4330 for a charstring; `skip` random bytes first. */
function decrypt(bytes: Buffer, key: number, skip: number): Buffer {
  const out = Buffer.alloc(bytes.length);
  let r = key;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    out[i] = c ^ (r >> 8);
    r = ((c + r) * 52845 + 22719) & 0xffff;
  }
  return out.subarray(skip);
}

/** One embedded font: its name without the subset tag, and the outline (hex charstring) of each character it draws. */
export interface EmbeddedFont {
  readonly name: string;
  readonly glyphs: ReadonlyMap<string, readonly string[]>;
}

/**
 * The Type 1 fonts embedded in a PDF with, per character (from the ToUnicode map), the decrypted
 * charstrings that draw it.
 */
export function embeddedType1Fonts(file: string): EmbeddedFont[] {
  const pdf = objects(file);
  const fonts: EmbeddedFont[] = [];
  for (const [id] of pdf.offsets) {
    const dict = dictionary(pdf, id);
    if (!/\/Type\s*\/Font\s*\/Subtype\s*\/Type1/.test(dict)) continue;
    const name = (/\/BaseFont\s*\/([^\s/]+)/.exec(dict)?.[1] ?? '').replace(/^[A-Z]{6}\+/, '');
    const descriptor = Number(/\/FontDescriptor (\d+) 0 R/.exec(dict)?.[1]);
    const toUnicode = Number(/\/ToUnicode (\d+) 0 R/.exec(dict)?.[1]);
    const fontFile = Number(/\/FontFile (\d+) 0 R/.exec(dictionary(pdf, descriptor))?.[1]);
    if (!fontFile || !toUnicode) continue;
    const characters = new Map<number, string>();
    for (const m of stream(pdf, toUnicode).data.toString('latin1').matchAll(/<([0-9A-F]{2})> <([0-9A-F]{4})>/g)) {
      characters.set(parseInt(m[1] ?? '0', 16), String.fromCharCode(parseInt(m[2] ?? '0', 16)));
    }
    const program = stream(pdf, fontFile);
    const clear = Number(/\/Length1 (\d+)/.exec(program.dict)?.[1]);
    const encoding = new Map<number, string>();
    for (const m of program.data.subarray(0, clear).toString('latin1').matchAll(/dup (\d+) \/(\S+) put/g)) encoding.set(Number(m[1]), m[2] ?? '');
    const priv = decrypt(program.data.subarray(clear), 55665, 4);
    const text = priv.toString('latin1');
    const charstrings = new Map<string, string>();
    const entry = /\/(\S+) (\d+) RD /g;
    entry.lastIndex = text.indexOf('/CharStrings');
    for (let m = entry.exec(text); m; m = entry.exec(text)) {
      const start = m.index + m[0].length;
      const length = Number(m[2]);
      charstrings.set(m[1] ?? '', decrypt(priv.subarray(start, start + length), 4330, 4).toString('hex'));
      entry.lastIndex = start + length;
    }
    const glyphs = new Map<string, string[]>();
    for (const [code, character] of characters) {
      const outline = charstrings.get(encoding.get(code) ?? '');
      if (outline === undefined) continue;
      glyphs.set(character, [...(glyphs.get(character) ?? []), outline]);
    }
    fonts.push({ name, glyphs });
  }
  return fonts;
}
