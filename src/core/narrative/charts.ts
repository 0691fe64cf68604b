/**
 * 图 — the data of the seed's two charts (一般公共预算当年拨款结构图 in section 五; 三公经费分布图 in
 * section 七), as specs that each host renders its own way (an Excel chart, an image in a report).
 * Issue 4 item 5.
 */
import { roundHalfUp } from '../amount';
import type { CellRef } from '../grid';
import type { Fact, NarrativeFacts } from './facts';

/** 图表 — what to draw: values are decimal strings in 万元 as printed (two places). */
export interface ChartSpec {
  readonly kind: 'pie' | 'bar';
  readonly title: string;
  readonly categories: readonly string[];
  readonly values: readonly string[];
  /** The cells behind each value, in category order. */
  readonly sources: readonly (readonly CellRef[])[];
}

/** 图名 — as the seed captions them. */
export const GENERAL_PUBLIC_CHART = '一般公共预算当年拨款结构图';
export const THREE_PUBLIC_CHART = '三公经费分布图';

function spec(kind: ChartSpec['kind'], title: string, items: readonly (readonly [string, Fact | undefined])[]): ChartSpec {
  const present = items.filter((item): item is readonly [string, Fact] => item[1] !== undefined);
  return {
    kind,
    title,
    categories: present.map(([name]) => name),
    values: present.map(([, fact]) => roundHalfUp(fact.value, 2).toFixed(2)),
    sources: present.map(([, fact]) => fact.sources),
  };
}

/**
 * The two charts of the 情况说明: the 一般公共预算 当年拨款 by class (a pie, classes by code) and
 * the 三公 items (a bar chart; 公务用车 as 购置及运行费).
 * @example chartSpecs(facts)[0] // { kind: 'pie', title: '一般公共预算当年拨款结构图', categories: ['社会保障和就业支出', …], values: ['215.57', …] }
 */
export function chartSpecs(facts: NarrativeFacts): ChartSpec[] {
  return [
    spec('pie', GENERAL_PUBLIC_CHART, facts.generalPublic.classes.map((c) => [c.name, c] as const)),
    spec('bar', THREE_PUBLIC_CHART, [
      ['因公出国（境）费', facts.threePublic.abroad],
      ['公务接待费', facts.threePublic.reception],
      ['公务用车购置及运行费', facts.threePublic.vehicle],
    ]),
  ];
}
