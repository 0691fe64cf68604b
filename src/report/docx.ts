/**
 * Word 导出 — the document model (src/core/report) as a .docx, with the `docx` package.
 *
 * Runs unchanged in Node (CLI) and in the task pane: no Node API here; the one thing a host may
 * add, a deflate for the chart PNGs, comes in through `DocxOptions`. Layout follows the habits of
 * published disclosures (the seed): A4, 仿宋_GB2312 body text, 黑体 headings, 宋体 tables, a table
 * of contents after the cover, one table per page, amounts right-aligned with two places.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import { formatAmount, formatPercent, percent, Decimal } from '../core/amount';
import type { ReportBlock, ReportCell, ReportChart, ReportDocument, ReportFinding, ReportTable } from '../core/report';
import { CHART_HEIGHT, CHART_WIDTH, chartColour, renderChartPng, renderChartSvg } from './chart';
import type { Deflate } from './png';

/** What a host may inject. */
export interface DocxOptions {
  /** zlib compressor for the chart PNGs (Node: `zlib.deflateSync`); stored blocks without it. */
  readonly deflate?: Deflate;
}

/** Font names: East Asian face with a Latin face for digits (Word picks by character class). */
const FONT = {
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312', cs: 'Times New Roman' },
  heading: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' },
  table: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' },
  cover: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体', cs: 'Times New Roman' },
} as const;

/**
 * 字体替代 — the font table with a substitute (altName), character set (86 = GB2312) and PANOSE
 * class for each Chinese face: 仿宋_GB2312 is missing from current Windows (which has 仿宋), and
 * 方正小标宋简体 from most machines, so Word picks the named substitute instead of a random face.
 * docx writes an empty font table; this one replaces it (Packer overrides).
 */
const FONT_TABLE = [
  ['仿宋_GB2312', '仿宋', '02010609030101010101', '86', 'modern', 'fixed'],
  ['仿宋', 'FangSong', '02010609060101010101', '86', 'modern', 'fixed'],
  ['黑体', 'SimHei', '02010609060101010101', '86', 'modern', 'fixed'],
  ['宋体', 'SimSun', '02010600030101010101', '86', 'auto', 'variable'],
  ['方正小标宋简体', '宋体', '02000000000000000000', '86', 'script', 'variable'],
  ['Times New Roman', 'Times', '02020603050405020304', '00', 'roman', 'variable'],
] as const;

function fontTableXml(): string {
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

/** Sizes in half-points: 三号 16pt body, 四号 14pt sub-headings, 小五 9pt tables. */
const SIZE = { body: 32, heading1: 32, heading2: 28, table: 18, unit: 21, cover: 52, coverDepartment: 40 } as const;

/** A4 in twips, with 2.54 cm top/bottom and 2.2 cm left/right margins. */
const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1247, right: 1247 } as const;
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN } as const;

/** Approximate printed width in twips of 9pt table text: a CJK character is 9pt, a digit about half. */
function textTwips(text: string): number {
  let twips = 0;
  for (const ch of text) twips += /[\u2e80-\uffff]/.test(ch) ? 185 : 100;
  return twips;
}

const CELL_PADDING = 200;
/** A text column may wrap down to about four characters. */
const MIN_TEXT_COLUMN = 4 * 185 + CELL_PADDING;

/**
 * Column widths in twips. Amount and code columns get the width of their longest figure, so that a
 * figure never wraps; text columns share the rest in proportion to their longest text (wrapping
 * when the page is too narrow); the sheet's own widths are used when it gave them for every column.
 */
function columnWidths(table: ReportTable): number[] {
  const given = table.columnWidths;
  if (given && given.length === table.columnCount && given.every((w) => w > 0)) {
    const total = given.reduce((a, b) => a + b, 0);
    return given.map((w) => Math.floor((w / total) * CONTENT_WIDTH));
  }
  const covered = coveredCells(table);
  const natural: number[] = [];
  const fixed: boolean[] = [];
  for (let c = 0; c < table.columnCount; c++) {
    let widest = 0;
    let texts = 0;
    let figures = 0;
    [...table.header, ...table.body].forEach((row, r) => {
      const cell = row[c];
      const merge = covered.get(`${r},${c}`);
      if (!cell || (merge && merge.right > merge.left)) return;
      const isHeader = r < table.header.length;
      // Header words wrap onto two or three lines; body text sets the width.
      widest = Math.max(widest, isHeader ? textTwips(cell.text) / 3 : textTwips(cell.text));
      if (isHeader || cell.text === '') return;
      if (cell.amount || /^\d+$/.test(cell.text)) figures++;
      else texts++;
    });
    // A figure column (amounts, codes — and an empty amount column) is kept wide enough for 00,000.00.
    const isFigures = figures >= texts;
    natural.push(Math.max(widest, isFigures ? 800 : 300) + CELL_PADDING);
    fixed.push(isFigures);
  }
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const fixedTotal = sum(natural.filter((_, c) => fixed[c]));
  const textNatural = natural.map((w, c) => (fixed[c] ? 0 : w));
  const textTotal = sum(textNatural);
  const textColumns = textNatural.filter((w) => w > 0).length;
  if (textTotal === 0) return natural.map((w) => Math.floor((w / fixedTotal) * CONTENT_WIDTH));
  const room = CONTENT_WIDTH - fixedTotal;
  if (room < textColumns * MIN_TEXT_COLUMN) {
    // Too many figure columns for the page: text columns at their narrowest, figures share the rest.
    const scale = (CONTENT_WIDTH - textColumns * MIN_TEXT_COLUMN) / fixedTotal;
    return natural.map((w, c) => (fixed[c] ? Math.floor(w * scale) : MIN_TEXT_COLUMN));
  }
  return natural.map((w, c) => (fixed[c] ? w : Math.max(MIN_TEXT_COLUMN, Math.floor((w / textTotal) * room))));
}

interface Span {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Every cell of a merge → the merge. */
function coveredCells(table: ReportTable): Map<string, Span> {
  const cells = new Map<string, Span>();
  for (const m of table.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) cells.set(`${r},${c}`, m);
  }
  return cells;
}

function run(text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text, ...options });
}

function tableParagraph(text: string, align: ReportCell['align'], bold = false): Paragraph {
  const alignment = align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new Paragraph({
    alignment,
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    indent: { firstLine: 0 },
    children: [run(text, { font: FONT.table, size: SIZE.table, bold })],
  });
}

/** A disclosure table: header rows repeat on every page, merges become column/row spans. */
function docxTable(table: ReportTable): Table {
  const covered = coveredCells(table);
  const widths = columnWidths(table);
  const rows = [...table.header.map((cells) => ({ cells, header: true })), ...table.body.map((cells) => ({ cells, header: false }))];
  const tableRows = rows.map(({ cells, header }, r) => {
    const children: TableCell[] = [];
    for (let c = 0; c < table.columnCount; c++) {
      const merge = covered.get(`${r},${c}`);
      if (merge && (merge.top !== r || merge.left !== c)) continue;
      const cell = cells[c] ?? { text: '', align: 'left', amount: false };
      const columnSpan = merge ? merge.right - merge.left + 1 : 1;
      const rowSpan = merge ? merge.bottom - merge.top + 1 : 1;
      const width = widths.slice(c, c + columnSpan).reduce((a, b) => a + b, 0);
      children.push(
        new TableCell({
          children: [tableParagraph(cell.text, cell.align, header)],
          verticalAlign: VerticalAlignTable.CENTER,
          borders: CELL_BORDERS,
          width: { size: width, type: WidthType.DXA },
          margins: { left: 60, right: 60, top: 20, bottom: 20 },
          ...(columnSpan > 1 ? { columnSpan } : {}),
          ...(rowSpan > 1 ? { rowSpan } : {}),
          ...(header ? { shading: { fill: 'F2F2F2', type: ShadingType.CLEAR, color: 'auto' } } : {}),
        }),
      );
    }
    return new TableRow({ children, tableHeader: header, cantSplit: true });
  });
  return new Table({
    rows: tableRows,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

function bodyParagraph(text: string, pageBreakBefore: boolean, highlight = false): Paragraph {
  return new Paragraph({
    pageBreakBefore,
    indent: { firstLine: 2 * 320 },
    alignment: AlignmentType.JUSTIFIED,
    children: [run(text, highlight ? { highlight: 'yellow' } : {})],
  });
}

/** 图 — caption, the picture (SVG with its PNG), and the legend table with amounts and shares. */
function chartBlocks(chart: ReportChart, options: DocxOptions): (Paragraph | Table)[] {
  const svg = new TextEncoder().encode(renderChartSvg(chart));
  const png = renderChartPng(chart, options.deflate ? { deflate: options.deflate } : {});
  const transformation = { width: CHART_WIDTH, height: CHART_HEIGHT };
  const total = chart.values.reduce((sum, v) => sum.plus(new Decimal(v)), new Decimal(0));
  const header = ['', '项目', `金额（${chart.unit}）`, '占比'];
  const widths = [400, CONTENT_WIDTH - 400 - 2000 - 1400, 2000, 1400];
  const row = (cells: string[], fill: string | undefined, isHeader: boolean): TableRow =>
    new TableRow({
      tableHeader: isHeader,
      children: cells.map(
        (text, i) =>
          new TableCell({
            children: [tableParagraph(text, i >= 2 && !isHeader ? 'right' : i === 1 && !isHeader ? 'left' : 'center', isHeader)],
            borders: CELL_BORDERS,
            width: { size: widths[i] ?? 1000, type: WidthType.DXA },
            margins: { left: 60, right: 60, top: 20, bottom: 20 },
            ...(i === 0 && fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
          }),
      ),
    });
  const legend = new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      row(header, undefined, true),
      ...chart.categories.map((category, i) => {
        const value = chart.values[i] ?? '0';
        const share = percent(value, total);
        return row([' ', category, formatAmount(value, 2), share === null ? '—' : formatPercent(share)], chartColour(i), false);
      }),
    ],
  });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240 },
      children: [run(chart.title, { font: FONT.heading, size: SIZE.heading2 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // The document's exact 28pt line would clip the picture to one line.
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'svg',
          data: svg,
          transformation,
          fallback: { type: 'png', data: png },
          altText: { name: chart.title, title: chart.title, description: `${chart.title}：${chart.categories.join('、')}` },
        }),
      ],
    }),
    legend,
  ];
}

function findingsTable(findings: readonly ReportFinding[]): Table {
  const widths = [900, 2600, CONTENT_WIDTH - 3500];
  const row = (cells: string[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            children: [tableParagraph(text, header ? 'center' : 'left', header)],
            borders: CELL_BORDERS,
            width: { size: widths[i] ?? 1000, type: WidthType.DXA },
            margins: { left: 60, right: 60, top: 20, bottom: 20 },
          }),
      ),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [row(['级别', '位置', '说明'], true), ...findings.map((f) => row([f.severityLabel, `${f.sheet}!${f.cell}`, f.message], false))],
  });
}

function bodyChildren(blocks: readonly ReportBlock[], options: DocxOptions): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [];
  let breakNext = false;
  const takeBreak = (): boolean => {
    const value = breakNext;
    breakNext = false;
    return value;
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'pageBreak':
        breakNext = true;
        break;
      case 'heading':
        children.push(
          new Paragraph({
            heading: block.level === 1 ? HeadingLevel.HEADING_1 : block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
            pageBreakBefore: takeBreak(),
            children: [run(block.text)],
          }),
        );
        break;
      case 'paragraph':
        children.push(bodyParagraph(block.text, takeBreak(), block.placeholder === true));
        break;
      case 'table': {
        if (breakNext) children.push(new Paragraph({ children: [new PageBreak()] }));
        breakNext = false;
        const { table } = block;
        if (table.unitLine) {
          children.push(
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              keepNext: true,
              spacing: { after: 60 },
              children: [run(table.unitLine, { font: FONT.table, size: SIZE.unit })],
            }),
          );
        }
        children.push(docxTable(table));
        if (table.note) {
          children.push(
            new Paragraph({ spacing: { before: 60 }, children: [run(table.note, { font: FONT.table, size: SIZE.unit })] }),
          );
        }
        break;
      }
      case 'chart':
        if (takeBreak()) children.push(new Paragraph({ children: [new PageBreak()] }));
        children.push(...chartBlocks(block.chart, options));
        break;
      case 'findings':
        if (takeBreak()) children.push(new Paragraph({ children: [new PageBreak()] }));
        children.push(findingsTable(block.findings));
        break;
    }
  }
  return children;
}

const PAGE_PROPERTIES = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
  },
} as const;

/**
 * The disclosure as a .docx file.
 * @example const bytes = await buildDocx(buildReport(input), { deflate: zlib.deflateSync });
 */
export async function buildDocx(model: ReportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const cover = [
    ...Array.from({ length: 6 }, () => new Paragraph({ children: [] })),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 600 },
      children: [run(model.cover.department, { font: FONT.heading, size: SIZE.coverDepartment })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(model.cover.title, { font: FONT.cover, size: SIZE.cover, bold: true })],
    }),
    ...(model.review
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 600 },
            children: [run('（审核稿，仅供内部审核）', { font: FONT.heading, size: SIZE.heading2 })],
          }),
        ]
      : []),
  ];
  const toc = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(model.toc.title, { font: FONT.heading, size: SIZE.heading1 })],
    }),
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONT.body, size: 28 })],
      }),
    ],
  });

  const doc = new Document({
    creator: '预算公开助手',
    title: `${model.cover.department}${model.cover.title}`,
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: FONT.body, size: SIZE.body },
          paragraph: { spacing: { line: 560, lineRule: LineRuleType.EXACT } },
        },
        heading1: {
          run: { font: FONT.heading, size: SIZE.heading1, bold: false, color: '000000' },
          paragraph: { outlineLevel: 0, spacing: { before: 240, after: 240 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT.heading, size: SIZE.heading2, bold: false, color: '000000' },
          paragraph: { outlineLevel: 1, spacing: { before: 120, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT.heading, size: SIZE.heading2, bold: false, color: '000000' },
          paragraph: { outlineLevel: 2, keepNext: true },
        },
      },
    },
    sections: [
      { properties: PAGE_PROPERTIES, children: cover },
      { properties: PAGE_PROPERTIES, children: toc },
      {
        properties: { ...PAGE_PROPERTIES, page: { ...PAGE_PROPERTIES.page, pageNumbers: { start: 1 } } },
        footers: { default: footer },
        children: bodyChildren(model.blocks, options),
      },
    ],
  });
  return Packer.pack(doc, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
