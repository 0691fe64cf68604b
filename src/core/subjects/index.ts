/**
 * 科目 — the 政府收支分类科目 reference data and look-ups.
 *
 * The data is `shared/data/subject-codes.tsv`, embedded by `scripts/generate-subjects.js`. It is
 * partial (compiled from published disclosures, not from 财政部《2024年政府收支分类科目》), so a code
 * that is not found is "unverified", never wrong. Source of each row: its `source` field. Which
 * name a subject has in the edition of a given year (renames, `subject-renames.tsv`): `editions.ts`.
 */
import type { SubjectLevel } from '../model';
import { toHalfWidth } from '../amount';
import data from './subject-codes.generated.json';

/** 科目体系 — 支出功能分类, 部门预算支出经济分类, 政府预算支出经济分类. */
export type SubjectScheme = 'func' | 'econ_dept' | 'econ_gov';

/** A subject code with every name it has been printed under. */
export interface Subject {
  readonly scheme: SubjectScheme;
  readonly code: string;
  /** The first name recorded; `names` holds it and its printed variants. */
  readonly name: string;
  readonly names: readonly string[];
  readonly parentCode?: string;
  readonly level?: SubjectLevel;
  /** Where the row comes from (a published disclosure, the seed). */
  readonly source: string;
}

const SCHEMES: readonly SubjectScheme[] = ['func', 'econ_dept', 'econ_gov'];

function buildIndex(): Map<string, Subject> {
  const index = new Map<string, Subject>();
  for (const [scheme, code, name, parent, source] of data.rows as string[][]) {
    if (!scheme || !code || !name || !SCHEMES.includes(scheme as SubjectScheme)) continue;
    const key = `${scheme}:${code}`;
    const existing = index.get(key);
    if (existing) {
      if (!existing.names.includes(name)) index.set(key, { ...existing, names: [...existing.names, name] });
      continue;
    }
    const level = subjectLevel(code);
    index.set(key, {
      scheme: scheme as SubjectScheme,
      code,
      name,
      names: [name],
      ...(parent ? { parentCode: parent } : {}),
      ...(level ? { level } : {}),
      source: source ?? '',
    });
  }
  return index;
}

let subjectIndex: Map<string, Subject> | undefined;

/**
 * Looks a code up; without a scheme, tries 功能分类 first, then the economic schemes (their 类
 * ranges do not overlap: 201–234, 301–399, 501–599).
 * @example lookupSubject('2080505')?.name // "机关事业单位基本养老保险缴费支出"
 */
export function lookupSubject(code: string, scheme?: SubjectScheme): Subject | undefined {
  subjectIndex ??= buildIndex();
  const normalized = normalizeCode(code);
  if (!normalized) return undefined;
  for (const candidate of scheme ? [scheme] : SCHEMES) {
    const found = subjectIndex.get(`${candidate}:${normalized}`);
    if (found) return found;
  }
  return undefined;
}

let nameIndex: Map<string, Subject> | undefined;

/**
 * Looks a subject up by a name it is printed under (其他/其它 and brackets folded), in one scheme; the
 * first code recorded under that name.
 * @example lookupSubjectByName('职业年金缴费', 'econ_dept')?.code // "30109"
 */
export function lookupSubjectByName(name: string, scheme: SubjectScheme): Subject | undefined {
  subjectIndex ??= buildIndex();
  if (!nameIndex) {
    nameIndex = new Map();
    for (const subject of subjectIndex.values()) {
      for (const printed of subject.names) {
        const key = `${subject.scheme}:${canonicalName(printed)}`;
        if (!nameIndex.has(key)) nameIndex.set(key, subject);
      }
    }
  }
  return nameIndex.get(`${scheme}:${canonicalName(name)}`);
}

/**
 * 类 / 款 / 项 from the code's length: 3, 5 or 7 digits (economic codes use 3 and 5).
 * @example subjectLevel('22401') // "款"
 */
export function subjectLevel(code: string): SubjectLevel | undefined {
  switch (code.length) {
    case 3:
      return '类';
    case 5:
      return '款';
    case 7:
      return '项';
    default:
      return undefined;
  }
}

function digitsOf(part: string | number | null | undefined): string {
  if (part === null || part === undefined) return '';
  const text = String(part);
  // Most codes are plain ASCII digits: skip the full-width pass (a hot path over 100k coded rows, bench/check.js).
  return (/^[\x21-\x7e]*$/.test(text) ? text : toHalfWidth(text).replace(/\s+/g, ''));
}

/**
 * Normalises a subject code from one cell ("2080505", 2080505) or from 类/款/项 cells whose
 * leading zeros may be lost (["208", 5, 5] → "2080505"; ["208", "", ""] → "208").
 * Returns undefined for anything that is not a code.
 * Source: domain guide, "Codes either as one column … or as three columns 类 | 款 | 项".
 */
export function normalizeCode(parts: string | number | readonly (string | number | null)[]): string | undefined {
  if (!Array.isArray(parts)) {
    const text = digitsOf(parts as string | number);
    return /^\d{3}(\d{2}){0,2}$/.test(text) ? text : undefined;
  }
  const [classPart, sectionPart, itemPart] = (parts as readonly (string | number | null)[]).map(digitsOf);
  if (!classPart || !/^\d{3}$/.test(classPart)) {
    // Some layouts print the full code in one of the three columns.
    const whole = [classPart, sectionPart, itemPart].filter((p): p is string => !!p && /^\d{5}$|^\d{7}$/.test(p));
    return whole.length === 1 ? whole[0] : undefined;
  }
  let code = classPart;
  for (const part of [sectionPart, itemPart]) {
    if (!part) break;
    if (/^\d{1,2}$/.test(part)) code += part.padStart(2, '0');
    else if (part.length === code.length + 2 && part.startsWith(code)) code = part;
    else return undefined;
  }
  return code;
}

/** Folds the variants seen in print: 其它/其他, full-width brackets and digits, spaces, quotes. */
export function canonicalName(name: string): string {
  const known = CANONICAL.get(name);
  if (known !== undefined) return known;
  const canonical = toHalfWidth(name)
    .replace(/\s+/g, '')
    .replace(/其它/g, '其他')
    .replace(/[“”"'‘’]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
  // The same few thousand names and phrases are compared over and over (the 情况说明 checker binds
  // each label against the vocabulary); a bounded memo keeps that from dominating a check.
  if (CANONICAL.size >= CANONICAL_LIMIT) CANONICAL.clear();
  CANONICAL.set(name, canonical);
  return canonical;
}

const CANONICAL = new Map<string, string>();
const CANONICAL_LIMIT = 50_000;

/**
 * Whether two printed names are the same subject name.
 * @example namesMatch('维修(护)费', '维修（护）费') // true
 */
export function namesMatch(a: string, b: string): boolean {
  return canonicalName(a) === canonicalName(b);
}

/** Whether `name` is one of the names the reference data records for the subject. */
export function nameMatchesSubject(subject: Subject, name: string): boolean {
  return subject.names.some((known) => namesMatch(known, name));
}

export { nameForYear, subjectNameInYear, subjectRenames, type NameForYear, type SubjectRename } from './editions';
