/**
 * Word 导出 — the document model (src/core/report) as a .docx, with the `docx` package.
 *
 * Runs unchanged in Node (CLI) and in the task pane: no Node API here; the one thing a host may
 * add, a deflate for the chart PNGs, comes in through `DocxOptions`. The layout follows the seed:
 * A4; 仿宋_GB2312 三号 body, 黑体 headings larger than the body; a 目录 whose page numbers are
 * PAGEREF fields to bookmarks on the headings (Word and LibreOffice both compute them, so the PDF
 * has them too); each table with its title, 部门名称 and 单位 lines, set portrait or landscape at the
 * largest size that keeps every header on one line (./table-layout.ts), rows of one height, small
 * tables sharing a page and a table's last rows kept together; zh-CN on every run.
 */
import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  ImageRun,
  InternalHyperlink,
  LeaderType,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  PageReference,
  Paragraph,
  SectionType,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import { formatAmount, formatPercent, percent, Decimal } from '../core/amount';
import type { ReportBlock, ReportCell, ReportChart, ReportDocument, ReportFinding, ReportTable, UnfinishedItem } from '../core/report';
import { CHART_HEIGHT, CHART_WIDTH, chartColour, renderChartPng, renderChartSvg } from './chart';
import { FONT, fontTableXml, LANGUAGE, SIZE, type RunFonts } from './fonts';
import type { Deflate } from './png';
import { contentHeight, contentWidth, PAGE, tableGeometry, textTwips, type Orientation } from './table-layout';
import { tableXml } from './table-xml';

/** What a host may inject. */
export interface DocxOptions {
  /** zlib compressor for the chart PNGs (Node: `zlib.deflateSync`); stored blocks without it. */
  readonly deflate?: Deflate;
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** Thin lines around and between all cells, set once on the table (not on each of its thousands of cells). */
const TABLE_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN } as const;
const CELL_MARGINS = { left: 60, right: 60, top: 20, bottom: 20 } as const;
/** The sizes table text is set at (./table-layout.ts), each a paragraph style: the face, size, spacing of every cell. */
const TABLE_SIZES = [15, 18, 21] as const;
const tableStyle = (size: number): string => `TableText${size}`;
/** The last rows of a long table kept on the page of the rows before them. */
const KEPT_LAST_ROWS = 3;
/** Room on a page for a table's title, 部门名称 line and note, in twips. */
const TITLE_ROOM = 2000;

function run(text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text, ...options });
}

/**
 * A cell's paragraph in its table's text style — face, size and spacing come from the style, for the
 * paragraph mark too, so that an empty cell is no taller than a full one.
 */
function cellParagraph(text: string, align: ReportCell['align'], size: number, options: { bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  if (text === '') return emptyParagraph(size, options.keepNext === true);
  return new Paragraph({
    style: tableStyle(size),
    ...(align === 'right' ? { alignment: AlignmentType.RIGHT } : align === 'center' ? { alignment: AlignmentType.CENTER } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: text === '' ? [] : [new TextRun(options.bold ? { text, bold: true } : text)],
  });
}

/**
 * An empty cell's paragraph: one shared instance per style (it has no text, id or bookmark to tell
 * two apart), since most amount cells of a disclosure are blank and each paragraph costs memory.
 */
const emptyParagraphs = new Map<string, Paragraph>();
function emptyParagraph(size: number, keepNext: boolean): Paragraph {
  const key = `${size}${keepNext ? 'k' : ''}`;
  let paragraph = emptyParagraphs.get(key);
  if (!paragraph) {
    paragraph = new Paragraph({ style: tableStyle(size), ...(keepNext ? { keepNext: true } : {}), children: [] });
    emptyParagraphs.set(key, paragraph);
  }
  return paragraph;
}

/** The height every row of a table is given at least: one line of its text and the cell margins. */
function rowHeight(size: number): number {
  return Math.round(size * 10 * 1.3) + CELL_MARGINS.top + CELL_MARGINS.bottom + 60;
}

/** A centred line above or below a table (部门名称 left and 单位 right share one line, as in the seed). */
function tableLine(left: string, right: string | undefined, width: number, keepNext: boolean): Paragraph {
  return new Paragraph({
    keepNext,
    spacing: { before: 0, after: 60, line: 240, lineRule: LineRuleType.AUTO },
    indent: { firstLine: 0 },
    tabStops: right === undefined ? [] : [{ type: TabStopType.RIGHT, position: width }],
    children: [run(left, { font: FONT.table, size: SIZE.line }), ...(right === undefined ? [] : [run('', { children: [new Tab(), right], font: FONT.table, size: SIZE.line })])],
  });
}

/** What one table takes on the page: the set table with the lines around it. */
interface SetTable {
  readonly orientation: Orientation;
  readonly children: FileChild[];
}

/**
 * A table and what goes with it: for a disclosure table its title heading (in the 目录), the
 * 部门名称/单位 line and the note; for a form its title and year line. A table that fits on a page is
 * kept whole (it moves to the next page rather than split); a longer one keeps its last rows together.
 */
function setTable(table: ReportTable, heading: { readonly text: string; readonly bookmark: string | undefined } | undefined): SetTable {
  const geometry = tableGeometry(table);
  const width = contentWidth(geometry.orientation);
  const rowCount = table.header.length + table.body.length;
  const fitsOnePage = rowCount * rowHeight(geometry.size) + TITLE_ROOM < contentHeight(geometry.orientation) && !table.form;
  const last = rowCount - 1;
  const keepNote = table.note !== undefined;
  const keep = (r: number): boolean => (fitsOnePage ? r < last || keepNote : (r >= last - KEPT_LAST_ROWS && r < last) || (r === last && keepNote));
  const children: FileChild[] = [];
  if (heading) children.push(tableTitle(heading.text, heading.bookmark, width));
  if (table.form) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 0, after: 120, line: 240, lineRule: LineRuleType.AUTO },
        indent: { firstLine: 0 },
        children: [run(table.title, { font: FONT.title, size: SIZE.heading2 })],
      }),
    );
    if (table.caption) {
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 0, after: 120, line: 240, lineRule: LineRuleType.AUTO },
          indent: { firstLine: 0 },
          children: [run(table.caption, { font: FONT.table, size: SIZE.line })],
        }),
      );
    }
  }
  if (table.departmentLine !== undefined || table.unitLine !== undefined) {
    children.push(tableLine(table.departmentLine ?? '', table.unitLine, width, true));
  }
  children.push(tableXml(table, { widths: geometry.widths, style: tableStyle(geometry.size), rowHeight: rowHeight(geometry.size), keepNext: keep }));
  if (table.note) {
    children.push(
      new Paragraph({
        spacing: { before: 60, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        indent: { firstLine: 0 },
        children: [run(table.note, { font: FONT.table, size: SIZE.line })],
      }),
    );
  }
  return { orientation: geometry.orientation, children };
}

/** 图 — caption, the picture (SVG with its PNG), and the legend table with amounts and shares. */
function chartBlocks(chart: ReportChart, options: DocxOptions): FileChild[] {
  const svg = new TextEncoder().encode(renderChartSvg(chart));
  const png = renderChartPng(chart, options.deflate ? { deflate: options.deflate } : {});
  const transformation = { width: CHART_WIDTH, height: CHART_HEIGHT };
  const total = chart.values.reduce((sum, v) => sum.plus(new Decimal(v)), new Decimal(0));
  const header = ['', '项目', `金额（${chart.unit}）`, '占比'];
  const width = contentWidth('portrait');
  const widths = [400, width - 400 - 2000 - 1400, 2000, 1400];
  const size = 21;
  const row = (cells: string[], fill: string | undefined, isHeader: boolean, keepNext: boolean): TableRow =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      height: { value: rowHeight(size), rule: HeightRule.ATLEAST },
      children: cells.map(
        (text, i) =>
          new TableCell({
            children: [cellParagraph(text, i >= 2 && !isHeader ? 'right' : i === 1 && !isHeader ? 'left' : 'center', size, { bold: isHeader, keepNext })],
            verticalAlign: VerticalAlignTable.CENTER,
            width: { size: widths[i] ?? 1000, type: WidthType.DXA },
            ...(i === 0 && fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
          }),
      ),
    });
  const legend = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows: [
      row(header, undefined, true, true),
      ...chart.categories.map((category, i) => {
        const value = chart.values[i] ?? '0';
        const share = percent(value, total);
        return row([' ', category, formatAmount(value, 2), share === null ? '—' : formatPercent(share)], chartColour(i), false, i < chart.categories.length - 1);
      }),
    ],
  });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240, line: 240, lineRule: LineRuleType.AUTO },
      indent: { firstLine: 0 },
      children: [run(chart.title, { font: FONT.heading, size: SIZE.heading3 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // The document's exact 28pt line would clip the picture to one line.
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
      indent: { firstLine: 0 },
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

/** A plain table of text rows with a header row (the review's findings, the draft's unfinished items). */
function listTable(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): Table {
  const size = 21;
  const row = (cells: readonly string[], isHeader: boolean): TableRow =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      height: { value: rowHeight(size), rule: HeightRule.ATLEAST },
      children: cells.map(
        (text, i) =>
          new TableCell({
            children: [cellParagraph(text, isHeader ? 'center' : 'left', size, { bold: isHeader })],
            verticalAlign: VerticalAlignTable.CENTER,
            width: { size: widths[i] ?? 1000, type: WidthType.DXA },
          }),
      ),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

function findingsTable(findings: readonly ReportFinding[]): Table {
  const width = contentWidth('portrait');
  return listTable(['级别', '位置', '说明'], findings.map((f) => [f.severityLabel, `${f.sheet}!${f.cell}`, f.message]), [900, 2600, width - 3500]);
}

/** 草稿 — the last page of a draft: what must be done before the document can be published. */
function unfinishedBlocks(items: readonly UnfinishedItem[]): FileChild[] {
  const width = contentWidth('portrait');
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240, line: 240, lineRule: LineRuleType.AUTO },
      indent: { firstLine: 0 },
      children: [run('草稿：公开前须完成的事项', { font: FONT.heading, size: SIZE.heading2, color: 'C00000' })],
    }),
    bodyParagraph(`本文档尚有${items.length}项未完成，是草稿，不能公开。完成下列事项后重新生成，封面的“草稿”字样和本页即不再出现。`),
    listTable(
      ['序号', '类别', '位置', '事项'],
      items.map((item, i) => [String(i + 1), item.kind === 'error' ? '错误' : '待填写', item.where, item.what]),
      [700, 1000, 2400, width - 4100],
    ),
  ];
}

function bodyParagraph(text: string, highlight = false): Paragraph {
  return new Paragraph({
    indent: { firstLine: 2 * 320 },
    alignment: AlignmentType.LEFT,
    children: [run(text, highlight ? { highlight: 'yellow' } : {})],
  });
}

/** Bookmark names of the headings listed in the 目录 (Word: a letter or _ first, at most 40 characters). */
function bookmarkOf(index: number): string {
  return `_Toc${String(index).padStart(6, '0')}`;
}

/**
 * A table's title: a level-2 heading (listed in the 目录), centred, 小二 when it fits on one line of the
 * table's page and 三号 — still no smaller than the body — when it does not.
 */
function tableTitle(text: string, bookmark: string | undefined, width: number): Paragraph {
  const size = textTwips(text, SIZE.heading2) <= width ? SIZE.heading2 : SIZE.body;
  const title = run(text, { size });
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: 360, after: 120 },
    children: bookmark ? [new Bookmark({ id: bookmark, children: [title] })] : [title],
  });
}

/** A heading with its bookmark when the 目录 lists it. */
function headingParagraph(block: Extract<ReportBlock, { kind: 'heading' }>, bookmark: string | undefined): Paragraph {
  const heading = block.level === 1 ? HeadingLevel.HEADING_1 : block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  const text = run(block.text);
  return new Paragraph({
    heading,
    ...(block.level === 2 ? { indent: { firstLine: 0 } } : {}),
    children: bookmark ? [new Bookmark({ id: bookmark, children: [text] })] : [text],
  });
}

/** A body section being filled: its orientation and what it holds. */
interface BodySection {
  readonly orientation: Orientation;
  readonly children: FileChild[];
}

/** The entries of the 目录: headings of level 1 and 2 with their bookmarks, in order. */
interface TocEntry {
  readonly level: 1 | 2;
  readonly text: string;
  readonly bookmark: string;
}

/**
 * The body as sections: a new section (and page) wherever the orientation changes — a landscape table
 * and the title that goes with it — and page breaks where the model asks for them.
 */
function bodySections(blocks: readonly ReportBlock[], options: DocxOptions): { sections: BodySection[]; toc: TocEntry[] } {
  const sections: BodySection[] = [{ orientation: 'portrait', children: [] }];
  const toc: TocEntry[] = [];
  let breakNext = false;
  const current = (): BodySection => sections[sections.length - 1]!;
  /** Adds to a section of this orientation, opening one (and a page) when it differs. */
  const place = (orientation: Orientation, children: readonly FileChild[]): void => {
    if (current().orientation !== orientation) {
      sections.push({ orientation, children: [] });
      breakNext = false;
    }
    if (breakNext && current().children.length > 0) current().children.push(new Paragraph({ pageBreakBefore: true, spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [] }));
    breakNext = false;
    current().children.push(...children);
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    switch (block.kind) {
      case 'pageBreak':
        breakNext = true;
        break;
      case 'heading': {
        const listed = block.level <= 2 ? bookmarkOf(toc.length + 1) : undefined;
        if (listed) toc.push({ level: block.level as 1 | 2, text: block.text, bookmark: listed });
        const next = blocks[i + 1];
        if (block.tableTitle && next?.kind === 'table') {
          const set = setTable(next.table, { text: block.text, bookmark: listed });
          place(set.orientation, set.children);
          i++;
        } else place('portrait', [headingParagraph(block, listed)]);
        break;
      }
      case 'paragraph':
        place('portrait', [bodyParagraph(block.text, block.placeholder === true)]);
        break;
      case 'table': {
        const set = setTable(block.table, undefined);
        place(set.orientation, set.children);
        break;
      }
      case 'chart':
        place('portrait', chartBlocks(block.chart, options));
        break;
      case 'findings':
        place('portrait', [findingsTable(block.findings)]);
        break;
      case 'unfinished':
        place('portrait', unfinishedBlocks(block.items));
        break;
    }
  }
  return { sections: sections.filter((s) => s.children.length > 0), toc };
}

/** 目录 — one line per listed heading: the text linked to it, a dot leader and its page number (PAGEREF). */
function tocParagraphs(title: string, entries: readonly TocEntry[]): Paragraph[] {
  const width = contentWidth('portrait');
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 360, line: 240, lineRule: LineRuleType.AUTO },
      indent: { firstLine: 0 },
      children: [run(title, { font: FONT.heading, size: SIZE.heading1 })],
    }),
    ...entries.map(
      (entry) =>
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: width, leader: LeaderType.DOT }],
          indent: { left: entry.level === 2 ? 2 * SIZE.toc * 10 : 0, firstLine: 0 },
          spacing: { before: 0, after: 0, line: 440, lineRule: LineRuleType.EXACT },
          children: [
            new InternalHyperlink({
              anchor: entry.bookmark,
              children: [run(entry.text, { font: entry.level === 1 ? FONT.heading : FONT.body, size: SIZE.toc })],
            }),
            run('', { children: [new Tab()], font: FONT.body, size: SIZE.toc }),
            new PageReference(entry.bookmark),
          ],
          run: { font: FONT.body, size: SIZE.toc },
        }),
    ),
  ];
}

/** 封面 — department, title, and 草稿 or 审核稿 when the document is one. */
function coverParagraphs(model: ReportDocument): Paragraph[] {
  const centred = (children: TextRun[], before = 0): Paragraph =>
    new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before, after: 240, line: 240, lineRule: LineRuleType.AUTO }, children });
  return [
    centred([run(model.cover.department, { font: FONT.heading, size: SIZE.coverDepartment })], 3600),
    centred([run(model.cover.title, { font: FONT.title, size: SIZE.coverTitle, bold: true })], 600),
    ...(model.cover.draft
      ? [
          centred([run('草　稿', { font: FONT.heading, size: SIZE.draft, color: 'C00000' })], 1200),
          centred([run('尚有未完成事项（见文末清单），完成后重新生成即为正式文本', { font: FONT.body, size: SIZE.toc })]),
        ]
      : []),
    ...(model.review ? [centred([run('（审核稿，仅供内部审核）', { font: FONT.heading, size: SIZE.heading3 })], 600)] : []),
  ];
}

function pageProperties(orientation: Orientation, startAtOne = false): ISectionOptions['properties'] {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
      ...(startAtOne ? { pageNumbers: { start: 1 } } : {}),
    },
    type: SectionType.NEXT_PAGE,
  };
}

/** The document's run defaults: the body face and size, and the language every run inherits. */
const paragraphStyle = (font: RunFonts, size: number) => ({ run: { font, size, language: LANGUAGE } });

/**
 * The disclosure as a .docx file.
 * @example const bytes = await buildDocx(buildReport(input), { deflate: zlib.deflateSync });
 */
export async function buildDocx(model: ReportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const { sections, toc } = bodySections(model.blocks, options);
  const footer = (): Footer =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0 },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONT.body, size: SIZE.footer })],
        }),
      ],
    });

  const doc = new Document({
    creator: '预算公开助手',
    title: `${model.cover.department}${model.cover.title}`,
    features: { updateFields: true },
    styles: {
      paragraphStyles: TABLE_SIZES.map((size) => ({
        id: tableStyle(size),
        name: `Table Text ${size / 2}pt`,
        run: { font: FONT.table, size },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, indent: { firstLine: 0 }, keepLines: true },
      })),
      default: {
        document: {
          ...paragraphStyle(FONT.body, SIZE.body),
          paragraph: { spacing: { line: 560, lineRule: LineRuleType.EXACT } },
        },
        heading1: {
          run: { font: FONT.heading, size: SIZE.heading1, bold: false, color: '000000', language: LANGUAGE },
          paragraph: {
            outlineLevel: 0,
            alignment: AlignmentType.CENTER,
            spacing: { before: 240, after: 360, line: 240, lineRule: LineRuleType.AUTO },
            indent: { firstLine: 0 },
            keepNext: true,
          },
        },
        heading2: {
          run: { font: FONT.heading, size: SIZE.heading2, bold: false, color: '000000', language: LANGUAGE },
          paragraph: { outlineLevel: 1, spacing: { before: 240, after: 120, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
        },
        heading3: {
          run: { font: FONT.subheading, size: SIZE.heading3, bold: true, color: '000000', language: LANGUAGE },
          paragraph: { outlineLevel: 2, spacing: { before: 120, after: 60, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
        },
      },
    },
    sections: [
      { properties: pageProperties('portrait'), children: coverParagraphs(model) },
      { properties: pageProperties('portrait'), children: tocParagraphs(model.toc.title, toc) },
      ...sections.map((section, i) => ({
        properties: pageProperties(section.orientation, i === 0),
        footers: { default: footer() },
        children: section.children,
      })),
    ],
  });
  return Packer.pack(doc, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
