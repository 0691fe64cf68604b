/**
 * 步骤 — the pane's guided flow: 1 模板 → 2 填写 → 3 校验 → 4 情况说明 → 5 报告, each with its state
 * (未开始 / 有问题 n / 完成) read from where the workbook stands (the core's review, in
 * {@link WorkbookStatus}) and from what the user has done in this pane. Pure: the shell shows it.
 */
import type { WorkbookStatus } from './coreJobs';

export type StepId = 'template' | 'fill' | 'check' | 'narrative' | 'report';

/** The steps in the order a finance user works through them. */
export const STEPS: readonly { id: StepId; name: string }[] = [
  { id: 'template', name: '模板' },
  { id: 'fill', name: '填写' },
  { id: 'check', name: '校验' },
  { id: 'narrative', name: '情况说明' },
  { id: 'report', name: '报告' },
];

export type StepState = { kind: 'notStarted' } | { kind: 'problems'; count: number } | { kind: 'done' };

/** What the user has done in this pane (the workbook cannot tell). */
export interface Session {
  /** 开始校验 ran. */
  checked: boolean;
  /** A 情况说明 was generated. */
  narrative: boolean;
  /** A document was produced. */
  report: boolean;
}

export const NEW_SESSION: Session = { checked: false, narrative: false, report: false };

const problems = (count: number): StepState => (count > 0 ? { kind: 'problems', count } : { kind: 'done' });

/** Tables not filled in: a template laid out but still blank is never "passing". */
export function unfilledTables(status: WorkbookStatus): number {
  return status.tables.filter((table) => !table.filled).length;
}

/** 参数 the 情况说明 still lacks. */
export function missingParams(status: WorkbookStatus): number {
  return status.missingParams.reduce((count, section) => count + section.fields.length, 0);
}

/** Open findings: errors, 提示 and 信息 nobody has explained. */
export function openFindings(status: WorkbookStatus): number {
  return status.summary.error + status.summary.warning + status.summary.info;
}

/**
 * Each step's state.
 * - 模板: done once the workbook holds disclosure tables.
 * - 填写: not started while no table holds a figure; else the tables still blank and the 参数 still missing.
 * - 校验: not started until checked; else the open findings and the tables still blank (never "passed" while blank).
 * - 情况说明: not started until generated (or one is found in the workbook); else its 【待填写】.
 * - 报告: not started until produced; else what keeps it a draft: 【待填写】 and errors.
 */
export function stepStates(status: WorkbookStatus | undefined, session: Session): Record<StepId, StepState> {
  const notStarted: StepState = { kind: 'notStarted' };
  if (!status || status.tables.length === 0) {
    return { template: notStarted, fill: notStarted, check: notStarted, narrative: notStarted, report: notStarted };
  }
  const anyFilled = status.tables.some((table) => table.filled);
  return {
    template: { kind: 'done' },
    fill: anyFilled ? problems(unfilledTables(status) + missingParams(status)) : notStarted,
    check: session.checked ? problems(openFindings(status) + unfilledTables(status)) : notStarted,
    narrative: session.narrative || status.narrativeSheet !== undefined ? problems(status.unfinished.length) : notStarted,
    report: session.report ? problems(status.unfinished.length + status.summary.error) : notStarted,
  };
}

/** The state as the step list prints it: 未开始, 有问题 3, 完成. */
export function stateLabel(state: StepState): string {
  if (state.kind === 'notStarted') return '未开始';
  if (state.kind === 'problems') return `有问题 ${state.count}`;
  return '完成';
}

/** The step after `id`, if any. */
export function nextStep(id: StepId): { id: StepId; name: string; number: number } | undefined {
  const index = STEPS.findIndex((step) => step.id === id);
  const next = STEPS[index + 1];
  return next ? { ...next, number: index + 2 } : undefined;
}
