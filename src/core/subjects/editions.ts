/**
 * 科目名称的年度 — which name a subject has in the classification edition of a given year.
 *
 * 财政部 publishes the 政府收支分类科目 every year, and subjects are renamed from one edition to the
 * next (210 医疗卫生与计划生育支出 became 卫生健康支出 in the 2019 edition). A document is printed with
 * the edition of its own year: an earlier name is right in a 2018 document and outdated in a 2026 one.
 * The renames are `data/subjects/subject-renames.tsv`, a source per row, embedded by
 * `scripts/generate-subjects.js`. The names of the current edition are `subject-codes.tsv`'s (partial:
 * a code it lacks is "unverified", never wrong).
 * Source: issue 13 item 7; domain guide, "Checks on codes and names" (a code exists in the
 * classification of its year, and its name matches).
 */
import renameData from './subject-renames.generated.json';
import { canonicalName, lookupSubject, nameMatchesSubject, normalizeCode, type Subject, type SubjectScheme } from './index';

/** 科目更名 — a subject renamed in the edition of `since`. */
export interface SubjectRename {
  readonly scheme: SubjectScheme;
  readonly code: string;
  /** The name of the editions before `since`. */
  readonly oldName: string;
  /** The name from the edition of `since` on. */
  readonly newName: string;
  /** The first edition (year) printing `newName`. */
  readonly since: number;
  /** Where the row comes from. */
  readonly source: string;
}

/** What a printed subject name is, for a document of a year. */
export type NameForYear =
  /** The name is the subject's in that year's edition (or one of its printed variants). */
  | { readonly status: 'matches'; readonly subject?: Subject; readonly code: string }
  /**
   * The name of an edition before the document's year: a warning. `note` says it the way a reviewer
   * writes it, e.g. "2019年起改为卫生健康支出".
   */
  | { readonly status: 'outdated'; readonly code: string; readonly name: string; readonly current: string; readonly rename: SubjectRename; readonly note: string }
  /** The code is known and the name is none of its names in any edition we know. */
  | { readonly status: 'differs'; readonly subject: Subject; readonly code: string; readonly name: string; readonly expected: string }
  /** The code is not in the reference data (or none was given and the name is not a renamed one): nothing to say. */
  | { readonly status: 'unverified'; readonly code?: string; readonly name: string };

let renames: readonly SubjectRename[] | undefined;

/** Every rename of the reference data, in file order. */
export function subjectRenames(): readonly SubjectRename[] {
  renames ??= (renameData.rows as string[][]).map(([scheme, code, oldName, newName, since, source]) => ({
    scheme: scheme as SubjectScheme,
    code: code!,
    oldName: oldName!,
    newName: newName!,
    since: Number(since),
    source: source!,
  }));
  return renames;
}

let byCode: Map<string, readonly SubjectRename[]> | undefined;
const NONE: readonly SubjectRename[] = [];

/** The renames of a code, oldest first (looked up once per coded row of a 100k-row department: bench/check.js). */
function renamesOf(code: string, scheme: SubjectScheme): readonly SubjectRename[] {
  if (!byCode) {
    const index = new Map<string, SubjectRename[]>();
    for (const rename of subjectRenames()) {
      const key = `${rename.scheme}:${rename.code}`;
      index.set(key, [...(index.get(key) ?? []), rename].sort((a, b) => a.since - b.since));
    }
    byCode = index;
  }
  return byCode.get(`${scheme}:${code}`) ?? NONE;
}

/**
 * The name a subject prints under in the edition of `year` (the latest edition when no year is
 * given), undefined for a code the reference data does not hold.
 * @example subjectNameInYear('210', 2018) // "医疗卫生与计划生育支出"
 * @example subjectNameInYear('210', 2024) // "卫生健康支出"
 */
export function subjectNameInYear(code: string, year?: number, scheme: SubjectScheme = 'func'): string | undefined {
  const normalized = normalizeCode(code);
  if (!normalized) return undefined;
  const later = renamesOf(normalized, scheme).filter((rename) => year !== undefined && rename.since > year);
  if (later.length > 0) return later[0]!.oldName;
  return lookupSubject(normalized, scheme)?.name;
}

/**
 * Judges a subject name as printed in a document of `year`: right for that year's edition, the name of
 * an earlier edition (outdated: the document is later than the rename), another name, or unverifiable.
 * Without a code, a name that some edition renamed is still recognised ("医疗卫生与计划生育支出" alone).
 * Without a year, the current edition applies.
 * @example nameForYear('210', '医疗卫生与计划生育支出', 2026) // { status: 'outdated', note: '2019年起改为卫生健康支出', … }
 * @example nameForYear('210', '医疗卫生与计划生育支出', 2018).status // "matches"
 * @example nameForYear('2999999', '某某支出', 2026).status // "unverified"
 */
export function nameForYear(code: string | undefined, name: string, year?: number, scheme: SubjectScheme = 'func'): NameForYear {
  const normalized = code === undefined ? undefined : normalizeCode(code);
  const candidates = normalized ? renamesOf(normalized, scheme) : subjectRenames().filter((rename) => rename.scheme === scheme);
  const printed = candidates.length > 0 ? canonicalName(name) : '';
  const rename = candidates.find((r) => canonicalName(r.oldName) === printed);
  if (rename) {
    if (year !== undefined && year < rename.since) return { status: 'matches', code: rename.code, ...subjectOf(rename.code, scheme) };
    const current = subjectNameInYear(rename.code, year, scheme) ?? rename.newName;
    return { status: 'outdated', code: rename.code, name, current, rename, note: `${rename.since}年起改为${current}` };
  }
  if (!normalized) return { status: 'unverified', name };
  const subject = lookupSubject(normalized, scheme);
  if (!subject) return { status: 'unverified', code: normalized, name };
  if (nameMatchesSubject(subject, name) || candidates.some((r) => canonicalName(r.newName) === printed)) {
    return { status: 'matches', code: normalized, subject };
  }
  return { status: 'differs', subject, code: normalized, name, expected: subjectNameInYear(normalized, year, scheme) ?? subject.name };
}

function subjectOf(code: string, scheme: SubjectScheme): { subject?: Subject } {
  const subject = lookupSubject(code, scheme);
  return subject ? { subject } : {};
}
