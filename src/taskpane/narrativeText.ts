/**
 * How the 说明 panel shows a generated sentence: its text cut into plain words, numbers (each with
 * the cell it came from, so a click can select it) and placeholders (highlighted for the user to fill).
 */
import type { CellRef } from '../core/grid';
import type { Sentence } from '../core/narrative';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'number'; text: string; source?: CellRef }
  | { kind: 'placeholder'; text: string };

/**
 * Cuts a sentence's text at its numbers and placeholders, in the order they appear.
 * @example segmentSentence(sentence) // [{kind:'text',text:'收入总计'}, {kind:'number',text:'4,510.52万元',source}, …]
 */
export function segmentSentence(sentence: Pick<Sentence, 'text' | 'numbers' | 'placeholders'>): Segment[] {
  const marks = [
    ...sentence.numbers.map((number) => ({ kind: 'number' as const, text: number.text, source: number.sources[0] })),
    ...sentence.placeholders.map((text) => ({ kind: 'placeholder' as const, text, source: undefined })),
  ];
  // Each mark is looked for after the previous occurrence of the same text, so repeated figures map in order.
  const found: { at: number; mark: (typeof marks)[number] }[] = [];
  const searchFrom = new Map<string, number>();
  for (const mark of marks) {
    if (mark.text === '') continue;
    const at = sentence.text.indexOf(mark.text, searchFrom.get(mark.text) ?? 0);
    if (at < 0) continue;
    searchFrom.set(mark.text, at + mark.text.length);
    found.push({ at, mark });
  }
  found.sort((a, b) => a.at - b.at);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const { at, mark } of found) {
    if (at < cursor) continue;
    if (at > cursor) segments.push({ kind: 'text', text: sentence.text.slice(cursor, at) });
    segments.push(mark.kind === 'number' ? { kind: 'number', text: mark.text, ...(mark.source ? { source: mark.source } : {}) } : { kind: 'placeholder', text: mark.text });
    cursor = at + mark.text.length;
  }
  if (cursor < sentence.text.length) segments.push({ kind: 'text', text: sentence.text.slice(cursor) });
  return segments;
}
