/**
 * 输出 — a generated 情况说明 as plain text (for a .txt or a sheet) or Markdown (for review and the
 * report). Both are pure functions of the {@link Narrative}, so the output is byte-for-byte stable.
 */
import { formatAmount } from '../amount';
import type { ChartSpec } from './charts';
import type { Narrative } from './model';

/** Output format of {@link renderNarrative}. */
export type NarrativeFormat = 'text' | 'markdown';

/** A chart value as the text prints every amount: thousands separators, two places. */
function shownValue(chart: ChartSpec, i: number): string {
  const value = chart.values[i];
  return value === undefined ? '' : formatAmount(value);
}

function chartAsText(chart: ChartSpec): string[] {
  return [chart.title, ...chart.categories.map((name, i) => `${name}\t${shownValue(chart, i)}`)];
}

function chartAsMarkdown(chart: ChartSpec): string[] {
  return [
    `**${chart.title}**`,
    '',
    '| 项目 | 金额（万元） |',
    '| --- | ---: |',
    ...chart.categories.map((name, i) => `| ${name} | ${shownValue(chart, i)} |`),
  ];
}

/**
 * The narrative as text: the part title, then per section its heading "一、…", each paragraph on
 * its own line (sub-headings on their own line), charts as their caption and a small table.
 * @example renderNarrative(narrative, 'markdown').startsWith('# 第三部分') // true
 */
export function renderNarrative(narrative: Narrative, format: NarrativeFormat = 'text'): string {
  const markdown = format === 'markdown';
  const lines: string[] = [markdown ? `# ${narrative.title}` : narrative.title, ''];
  for (const section of narrative.sections) {
    lines.push(markdown ? `## ${section.number}、${section.title}` : `${section.number}、${section.title}`, '');
    for (const paragraph of section.paragraphs) {
      if (paragraph.heading) lines.push(markdown ? `### ${paragraph.heading}` : paragraph.heading, '');
      lines.push(paragraph.sentences.map((s) => s.text).join(''), '');
      if (paragraph.chart) lines.push(...(markdown ? chartAsMarkdown(paragraph.chart) : chartAsText(paragraph.chart)), '');
    }
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}
