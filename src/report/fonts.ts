/**
 * 字体 — the faces and sizes of the document, as published disclosures set them (GB/T 9704 habits:
 * 仿宋_GB2312 三号 body, 黑体 headings, 方正小标宋简体 titles, 宋体 tables), the language every run
 * carries (zh-CN for Chinese text, so that LibreOffice shapes Chinese glyph forms, not Japanese ones,
 * from fonts that serve both), and the font table naming a substitute for each face.
 *
 * Free fallbacks: where 仿宋_GB2312, 方正小标宋简体 or 宋体 are missing, Noto Serif CJK SC; for 黑体,
 * Noto Sans CJK SC. Word and WPS read the substitute from the font table (`altName`, the face Windows
 * has under another name, else these); LibreOffice ignores it, so the PDF conversion
 * (src/cli/libreoffice.ts) hands LibreOffice the same pairs as its replacement table.
 */

/** A run's four font slots: Latin (ascii, hAnsi), East Asian, complex script. */
export interface RunFonts {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly eastAsia: string;
  readonly cs: string;
}

const latin = 'Times New Roman';
const face = (eastAsia: string): RunFonts => ({ ascii: latin, hAnsi: latin, eastAsia, cs: latin });

export const FONT = {
  body: face('仿宋_GB2312'),
  heading: face('黑体'),
  subheading: face('楷体_GB2312'),
  table: face('宋体'),
  title: face('方正小标宋简体'),
} as const;

/** Sizes in half-points: 三号 16pt body, 二号 22pt parts, 小二 18pt sections and table titles, 四号 14pt 目录. */
export const SIZE = {
  body: 32,
  heading1: 44,
  heading2: 36,
  heading3: 32,
  toc: 28,
  line: 21,
  coverDepartment: 44,
  coverTitle: 72,
  draft: 60,
  footer: 28,
} as const;

/**
 * The language of every run: East Asian text zh-CN (LibreOffice picks Chinese glyph forms by it, not
 * Japanese ones); Western text — digits — en-US, as Word writes Chinese documents, whose line
 * breaking keeps a figure whole (zh-CN breaks 0.|00).
 */
export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

/**
 * The free faces a missing face is replaced with: serif for the 宋/仿宋 family, sans for 黑体; and
 * for Times New Roman (the digits) the same serif, whose figures are as narrow as Times' — the usual
 * Linux fallback, DejaVu Serif, sets them a quarter wider than the tables were measured for.
 */
export const FALLBACK: Readonly<Record<string, string>> = {
  仿宋_GB2312: 'Noto Serif CJK SC',
  仿宋: 'Noto Serif CJK SC',
  楷体_GB2312: 'Noto Serif CJK SC',
  楷体: 'Noto Serif CJK SC',
  宋体: 'Noto Serif CJK SC',
  方正小标宋简体: 'Noto Serif CJK SC',
  黑体: 'Noto Sans CJK SC',
  'Times New Roman': 'Noto Serif CJK SC',
};

/**
 * The font table: each face with its substitute (altName), character set (86 = GB2312) and PANOSE
 * class, so Word picks a named face, not a random one, where the face is missing.
 */
const FONT_TABLE: readonly (readonly [name: string, altName: string, panose: string, charset: string, family: string, pitch: string])[] = [
  ['仿宋_GB2312', '仿宋', '02010609030101010101', '86', 'modern', 'fixed'],
  ['仿宋', 'FangSong', '02010609060101010101', '86', 'modern', 'fixed'],
  ['楷体_GB2312', '楷体', '02010609030101010101', '86', 'modern', 'fixed'],
  ['楷体', 'KaiTi', '02010609060101010101', '86', 'modern', 'fixed'],
  ['黑体', 'SimHei', '02010609060101010101', '86', 'modern', 'fixed'],
  ['宋体', 'SimSun', '02010600030101010101', '86', 'auto', 'variable'],
  ['方正小标宋简体', '宋体', '02000000000000000000', '86', 'script', 'variable'],
  ['Noto Serif CJK SC', '宋体', '02020400000000000000', '86', 'roman', 'variable'],
  ['Noto Sans CJK SC', '黑体', '020B0500000000000000', '86', 'swiss', 'variable'],
  ['Times New Roman', 'Times', '02020603050405020304', '00', 'roman', 'variable'],
];

/** word/fontTable.xml (docx writes an empty one; Packer's overrides replace it). */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    ([name, alt, panose, charset, family, pitch]) =>
      `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:panose1 w:val="${panose}"/><w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts.join('') +
    '</w:fonts>'
  );
}
