/**
 * 生成情况说明 — sections 一 to 十二 of 第三部分 from the table figures and the 参数 inputs.
 *
 * The sections and their order follow the seed's published 第三部分 (seed text lines 478–553 and
 * 1519–1541; domain guide, "The explanation (情况说明) of the seed, section by section"). Every
 * sentence is a fixed template over the figures, so the same workbook always gives the same text,
 * byte for byte.
 */
import type { ParamValues } from '../params/sheet';
import type { NarrativeFacts } from './facts';
import type { Finding } from './finding';
import type { Narrative, NarrativeOptions, NarrativeSection } from './model';
import type { Sentence } from './sentence';
import { section5, section6 } from './sections/generalPublic';
import { section10, section11, section12, section9 } from './sections/inputs';
import { section7, section8 } from './sections/threePublic';
import { section1, section2, section3, section4 } from './sections/totals';
import { NarrativeWriter } from './writer';

const SECTIONS = [section1, section2, section3, section4, section5, section6, section7, section8, section9, section10, section11, section12];

function uniqueFindings(sections: readonly NarrativeSection[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const section of sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        for (const finding of sentence.findings) {
          const key = `${finding.rule}|${finding.sheet}|${finding.cell}|${finding.message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(finding);
        }
      }
    }
  }
  return out;
}

/**
 * 生成情况说明 — 第三部分 as structured sentences. Deterministic: the same facts and 参数 give the same
 * text. Inputs that are absent become 【待填写：…】 with a `narrative.missingInput` finding naming the
 * 参数 cell; no figure is ever made up.
 * @example generateNarrative(factsFromTables(tables), sampleParams()).sections[0].paragraphs[0].sentences[0].text
 *   // "2024年度阳城县应急管理局预算收入总计4,510.52万元，其中：本年收入4,052.12万元，…"
 */
export function generateNarrative(facts: NarrativeFacts, params: ParamValues = {}, options: NarrativeOptions = {}): Narrative {
  const writer = new NarrativeWriter(facts, params, options);
  const sections = SECTIONS.map((section) => section(writer));
  return { title: writer.title, sections, charts: writer.charts, findings: uniqueFindings(sections) };
}

/** Every sentence of a narrative, in order. */
export function sentencesOf(narrative: Narrative): Sentence[] {
  return narrative.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
}
