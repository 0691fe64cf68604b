/**
 * 文本 — a 情况说明 cut the way a reader reads it: lines (paragraphs), sentences (to 。！？), clauses
 * (to ，；：). Brackets stay inside their clause (因公出国（境）费, 行政运行（01项）), and a comma between
 * digits is a thousands separator, not a clause boundary. Full-width digits, ％ and a full-width point
 * or comma between digits (as typed with a Chinese IME) become ASCII one character for one, so that
 * quotes keep the text's own wording and positions.
 * Source: issue 12 item 2.
 */

/** A clause: its text and where it starts in its sentence. */
export interface Clause {
  readonly text: string;
  readonly start: number;
}

/** A sentence of a line, with its clauses. */
export interface TextSentence {
  /** 0-based line (paragraph) of the text. */
  readonly line: number;
  /** Where the sentence starts in the whole text. */
  readonly offset: number;
  /** The sentence as written (trimmed), quoted by findings. */
  readonly text: string;
  readonly clauses: readonly Clause[];
}

/**
 * Full-width digits, ％, and a full-width point or thousands comma between digits → ASCII, one
 * character for one. Other Chinese punctuation stays: it splits clauses and sentences.
 * @example normalizeFigures('４，０５２．１２％') // "4,052.12%"
 */
export function normalizeFigures(text: string): string {
  return text
    .replace(/[０-９]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/％/gu, '%')
    .replace(/(?<=\d)．(?=\d)/gu, '.')
    .replace(/(?<=\d)，(?=\d{3}(?!\d))/gu, ',');
}

/** Clause boundaries: Chinese commas, semicolons and colons; ASCII ones too, but for thousands separators. */
const CLAUSE_END = /[，；：;]|:(?!\d)|,/gu;

/** "4,052.12": a comma between a digit and exactly three digits. */
function isThousandsSeparator(sentence: string, at: number): boolean {
  return /\d/u.test(sentence[at - 1] ?? '') && /^\d{3}(?!\d)/u.test(sentence.slice(at + 1));
}

/** Splits a sentence into clauses, keeping the delimiter at the end of the clause it closes. */
function clausesOf(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const match of sentence.matchAll(CLAUSE_END)) {
    if (match[0] === ',' && isThousandsSeparator(sentence, match.index)) continue;
    const end = match.index + match[0].length;
    if (end > start) clauses.push({ text: sentence.slice(start, end), start });
    start = end;
  }
  if (start < sentence.length) clauses.push({ text: sentence.slice(start), start });
  return clauses;
}

/**
 * The sentences of a text, line by line.
 * @example sentencesOf('收入4,510.52万元，比上年增加553.02万元。')[0].clauses.length // 2
 */
export function sentencesOf(text: string): TextSentence[] {
  const out: TextSentence[] = [];
  let lineStart = 0;
  for (const [index, line] of normalizeFigures(text).split(/(?<=\n)/u).entries()) {
    let at = lineStart;
    for (const raw of line.replace(/\r?\n$/u, '').split(/(?<=[。！？])/u)) {
      const sentence = raw.trim();
      const offset = at + (raw.length - raw.trimStart().length);
      at += raw.length;
      if (sentence === '' || /^[。！？]+$/u.test(sentence)) continue;
      out.push({ line: index, offset, text: sentence, clauses: clausesOf(sentence) });
    }
    lineStart += line.length;
  }
  return out;
}
