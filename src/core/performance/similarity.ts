/**
 * 名称相似度 — how alike two project names are, 0…1, so that a 绩效目标表 finds its project in the
 * 项目支出表 even when the two print the name slightly differently.
 *
 * The seed pairs 安全生产月活动经费 (表12) with 安全生产月经费 (its 绩效目标表) and 行政执法制式服装经费
 * with 行政执法制服经费 (domain guide, "Rules that must hold": "project names may differ slightly
 * between the two"). Character bigrams suit Chinese names: one inserted or changed character
 * breaks at most two bigrams, while names that share only a common prefix (应急管理及安全生产…)
 * keep their differing tail.
 */
import { canonicalName } from '../subjects';

/** Names at least this alike (bigram Dice) are taken for the same project when no exact name matches. */
export const NAME_SIMILARITY_THRESHOLD = 0.6;

function bigrams(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length === 1) return [chars[0]!];
  return chars.slice(0, -1).map((ch, i) => ch + chars[i + 1]!);
}

/**
 * 相似度 — the Dice coefficient of the names' character bigrams (as a multiset), after folding the
 * printed variants (其它/其他, full-width brackets, spaces, quotes). 1 for equal names, 0 for names
 * without a bigram in common.
 * @example nameSimilarity('安全生产月活动经费', '安全生产月经费') // 0.714…
 */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(canonicalName(a));
  const y = bigrams(canonicalName(b));
  if (x.length === 0 || y.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const gram of y) pool.set(gram, (pool.get(gram) ?? 0) + 1);
  let common = 0;
  for (const gram of x) {
    const left = pool.get(gram) ?? 0;
    if (left > 0) {
      common += 1;
      pool.set(gram, left - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** A pairing of a left item with a right item, and how alike their names are. */
export interface NamePair<L, R> {
  readonly left: L;
  readonly right: R;
  readonly score: number;
}

/**
 * 名称配对 — pairs items of two lists one to one by name: equal names first, then the most alike
 * pairs above the threshold, greedily. A name that is alike to several (应急管理及安全生产监管经费,
 * …教育经费, …专家经费 share 9 of 12 bigrams) is therefore taken by its exact twin before a
 * look-alike can claim it.
 * @example pairByName(['安全生产月活动经费'], ['安全生产月经费'], (s) => s, (s) => s)[0].score // 0.714…
 */
export function pairByName<L, R>(
  left: readonly L[],
  right: readonly R[],
  nameOfLeft: (item: L) => string,
  nameOfRight: (item: R) => string,
  threshold = NAME_SIMILARITY_THRESHOLD,
): NamePair<L, R>[] {
  const candidates: { l: number; r: number; score: number }[] = [];
  left.forEach((l, i) => {
    right.forEach((r, j) => {
      const score = nameSimilarity(nameOfLeft(l), nameOfRight(r));
      if (score >= threshold) candidates.push({ l: i, r: j, score });
    });
  });
  // Highest score first; ties in list order, so the result does not depend on sort stability.
  candidates.sort((a, b) => b.score - a.score || a.l - b.l || a.r - b.r);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const pairs: { l: number; r: number; score: number }[] = [];
  for (const candidate of candidates) {
    if (usedLeft.has(candidate.l) || usedRight.has(candidate.r)) continue;
    usedLeft.add(candidate.l);
    usedRight.add(candidate.r);
    pairs.push(candidate);
  }
  return pairs.sort((a, b) => a.l - b.l).map((p) => ({ left: left[p.l]!, right: right[p.r]!, score: p.score }));
}
