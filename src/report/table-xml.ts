/**
 * 表格 XML — a disclosure table or a form as WordprocessingML, written straight into the objects
 * docx serialises (an `XmlComponent` whose `prepForXml` docx documents as the place to customise the
 * XML; a `FileChild`, so that it stands in the body), instead of a `Table` of `TableRow`s, `TableCell`s, `Paragraph`s and `TextRun`s: the sample's
 * report has some 5,000 cells, and building and walking docx's component per element took most of
 * the report's time (bench/report.js). The XML is the one docx writes for the same table.
 */
import { FileChild, type IXmlableObject } from 'docx';
import type { ReportTable } from '../core/report';
import { coveredCells } from './table-layout';

/** How the table is set: widths (twips), the paragraph style of its text, its minimum row height. */
export interface TableXmlOptions {
  readonly widths: readonly number[];
  readonly style: string;
  readonly rowHeight: number;
  /** Whether row r's paragraphs keep with the next row (a table kept whole, or its last rows together). */
  readonly keepNext: (row: number) => boolean;
}

const BORDER = { _attr: { 'w:val': 'single', 'w:color': '000000', 'w:sz': 4 } };
const DXA = (w: number) => ({ _attr: { 'w:type': 'dxa', 'w:w': w } });
const HEADER_SHADING = { 'w:shd': { _attr: { 'w:fill': 'F2F2F2', 'w:color': 'auto', 'w:val': 'clear' } } };
const CENTRED = { 'w:vAlign': { _attr: { 'w:val': 'center' } } };

/** A prepared object tree, handed to docx as it is. */
class PreparedXml extends FileChild {
  constructor(private readonly xml: IXmlableObject) {
    super('w:tbl');
  }

  override prepForXml(): IXmlableObject {
    return this.xml;
  }
}

function paragraph(text: string, style: string, align: 'left' | 'center' | 'right', bold: boolean, keepNext: boolean): IXmlableObject {
  const properties: IXmlableObject[] = [{ 'w:pStyle': { _attr: { 'w:val': style } } }];
  if (keepNext) properties.push({ 'w:keepNext': {} });
  if (align !== 'left') properties.push({ 'w:jc': { _attr: { 'w:val': align } } });
  const content: IXmlableObject[] = [{ 'w:pPr': properties }];
  if (text !== '') {
    const run: IXmlableObject[] = bold ? [{ 'w:rPr': [{ 'w:b': {} }, { 'w:bCs': {} }] }] : [];
    run.push({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, text] });
    content.push({ 'w:r': run });
  }
  return { 'w:p': content };
}

/**
 * The table as docx would write it: fixed layout at the given widths, thin borders, header rows
 * repeated on each page and shaded, rows that do not split, merged cells as gridSpan and vMerge.
 * @example tableXml(table, { widths, style: 'TableText18', rowHeight: 334, keepNext: () => true })
 */
export function tableXml(table: ReportTable, options: TableXmlOptions): FileChild {
  const covered = coveredCells(table);
  const { widths, style } = options;
  const total = widths.reduce((a, b) => a + b, 0);
  const rows: IXmlableObject[] = [];
  const all = [...table.header, ...table.body];
  all.forEach((cells, r) => {
    const header = r < table.header.length;
    const keepNext = options.keepNext(r);
    const rowProperties: IXmlableObject[] = [{ 'w:cantSplit': {} }];
    if (header) rowProperties.push({ 'w:tblHeader': {} });
    rowProperties.push({ 'w:trHeight': { _attr: { 'w:val': options.rowHeight, 'w:hRule': 'atLeast' } } });
    const row: IXmlableObject[] = [{ 'w:trPr': rowProperties }];
    for (let c = 0; c < table.columnCount; c++) {
      const merge = covered.get(`${r},${c}`);
      if (merge && merge.left !== c) continue;
      const span = merge ? merge.right - merge.left + 1 : 1;
      const continues = merge !== undefined && merge.top !== r;
      const properties: IXmlableObject[] = [{ 'w:tcW': DXA(widths.slice(c, c + span).reduce((a, b) => a + b, 0)) }];
      if (span > 1) properties.push({ 'w:gridSpan': { _attr: { 'w:val': span } } });
      if (merge && merge.bottom > merge.top) properties.push({ 'w:vMerge': { _attr: { 'w:val': continues ? 'continue' : 'restart' } } });
      if (header) properties.push(HEADER_SHADING);
      properties.push(CENTRED);
      const cell = continues ? { text: '', align: 'left' as const } : (cells[c] ?? { text: '', align: 'left' as const });
      row.push({ 'w:tc': [{ 'w:tcPr': properties }, paragraph(cell.text, style, cell.align, header, keepNext)] });
    }
    rows.push({ 'w:tr': row });
  });
  return new PreparedXml({
    'w:tbl': [
      {
        'w:tblPr': [
          { 'w:tblW': DXA(total) },
          { 'w:tblBorders': [{ 'w:top': BORDER }, { 'w:left': BORDER }, { 'w:bottom': BORDER }, { 'w:right': BORDER }, { 'w:insideH': BORDER }, { 'w:insideV': BORDER }] },
          { 'w:tblLayout': { _attr: { 'w:type': 'fixed' } } },
          { 'w:tblCellMar': [{ 'w:top': DXA(20) }, { 'w:left': DXA(60) }, { 'w:bottom': DXA(20) }, { 'w:right': DXA(60) }] },
        ],
      },
      { 'w:tblGrid': widths.map((w) => ({ 'w:gridCol': { _attr: { 'w:w': w } } })) },
      ...rows,
    ],
  });
}
