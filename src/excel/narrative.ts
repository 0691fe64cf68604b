/**
 * 情况说明工作表 — writes the generated explanation into a sheet of its own, one paragraph per
 * row in a wide wrapped column, with its charts beside the text. Two syncs: the taken names, then
 * everything. Never overwrites: a taken name gets " (2)".
 */
import type { ExcelContext } from './api';
import type { Narrative } from '../core/narrative/model';
import { asLiteralText, characterWidthToPoints, uniqueSheetName } from './cells';
import { type ChartSpec, queueChart } from './chart';

/** A line of the narrative: plain text is a paragraph. */
export type NarrativeLine = string | { readonly text: string; readonly kind: 'title' | 'heading' | 'paragraph' };

/**
 * The generated 情况说明 as lines for the sheet: its title, each section's heading "一、…", each
 * paragraph's sub-heading and its sentences as one paragraph (as `renderNarrative` prints them).
 */
export function narrativeLines(narrative: Narrative): NarrativeLine[] {
  const lines: NarrativeLine[] = [{ text: narrative.title, kind: 'title' }];
  for (const section of narrative.sections) {
    lines.push({ text: `${section.number}、${section.title}`, kind: 'heading' });
    for (const paragraph of section.paragraphs) {
      if (paragraph.heading) lines.push({ text: paragraph.heading, kind: 'heading' });
      lines.push({ text: paragraph.sentences.map((sentence) => sentence.text).join(''), kind: 'paragraph' });
    }
  }
  return lines;
}

/** Column A holds the text: about 90 Chinese characters a line when printed on A4. */
const TEXT_COLUMN_WIDTH = 100;
const TITLE_SIZE = 16;

/**
 * Writes the lines (and charts, stacked in column C onwards) into a new sheet; returns its name.
 * @example await Excel.run((context) => writeNarrativeSheet(context, '情况说明', lines, charts));
 */
export async function writeNarrativeSheet(
  context: ExcelContext,
  name: string,
  lines: readonly NarrativeLine[],
  charts: readonly ChartSpec[] = [],
): Promise<string> {
  const collection = context.workbook.worksheets.load(['items/name']);
  await context.sync();
  const sheetName = uniqueSheetName(name, new Set(collection.items.map((s) => s.name.toLowerCase())));

  const sheet = context.workbook.worksheets.add(sheetName);
  const normalized = lines.map((line) => (typeof line === 'string' ? { text: line, kind: 'paragraph' as const } : line));
  const column = sheet.getRange('A:A');
  column.format.columnWidth = characterWidthToPoints(TEXT_COLUMN_WIDTH);
  column.format.wrapText = true;
  column.format.verticalAlignment = 'Top';
  if (normalized.length > 0) {
    sheet.getRange(`A1:A${normalized.length}`).values = normalized.map((line) => [asLiteralText(line.text)]);
  }
  normalized.forEach((line, index) => {
    if (line.kind === 'paragraph') return;
    const cell = sheet.getRange(`A${index + 1}`);
    cell.format.font.bold = true;
    if (line.kind === 'title') {
      cell.format.font.size = TITLE_SIZE;
      cell.format.horizontalAlignment = 'Center';
    }
  });
  // Each chart: its data block in C:D and the chart to its right, one below the other. A chart
  // without data (no 三公 spending at all) has nothing to draw.
  let row = 1;
  for (const spec of charts.filter((chart) => chart.categories.length > 0)) {
    queueChart(sheet, `C${row}`, spec);
    row += Math.max(spec.categories.length + 2, 18);
  }
  sheet.activate();
  await context.sync();
  return sheetName;
}
