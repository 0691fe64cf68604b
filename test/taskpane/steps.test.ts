import type { WorkbookStatus } from '../../src/taskpane/coreJobs';
import { NEW_SESSION, nextStep, stateLabel, stepStates } from '../../src/taskpane/steps';

const table = (filled: boolean, n = 1) => ({ title: `表${n}`, sheet: `表${n}`, cell: 'A1', filled });
const missingInput = { rule: 'narrative.missingInput', severity: 'warning' as const, sheet: '参数', cell: 'B8', message: '' };

function status(overrides: Partial<WorkbookStatus> = {}): WorkbookStatus {
  return { tables: [table(true)], findings: [], summary: { error: 0, warning: 0, info: 0 }, suspects: [], unfinished: [], missingParams: [], ...overrides };
}

describe('stepStates', () => {
  it('has every step 未开始 before anything is known, or while the workbook has no table', () => {
    const states = [stepStates(undefined, NEW_SESSION), stepStates(status({ tables: [] }), { checked: true, narrative: true, report: true })];
    for (const state of states) expect(Object.values(state).map(stateLabel)).toEqual(['未开始', '未开始', '未开始', '未开始', '未开始']);
  });

  it('never passes a check while tables are blank: blank templates checked are 有问题, one per blank table', () => {
    const blank = status({ tables: [table(false, 1), table(false, 2)] });
    const states = stepStates(blank, { ...NEW_SESSION, checked: true });
    expect([states.template, states.fill, states.check].map(stateLabel)).toEqual(['完成', '未开始', '有问题 2']);
  });

  it('counts what is still to do on each step', () => {
    const working = status({
      tables: [table(true, 1), table(false, 2)],
      summary: { error: 1, warning: 0, info: 14 },
      unfinished: [missingInput],
      missingParams: [{ group: '基本信息', fields: [{ field: { id: 'department', label: '部门名称', note: '', type: 'text', group: '基本信息' }, finding: missingInput }] }],
    });
    const states = stepStates(working, { checked: true, narrative: true, report: true });
    expect(Object.values(states).map(stateLabel)).toEqual(['完成', '有问题 2', '有问题 16', '有问题 1', '有问题 2']);
  });

  it('is 完成 everywhere once everything is filled, explained and produced', () => {
    expect(Object.values(stepStates(status(), { checked: true, narrative: true, report: true })).map(stateLabel)).toEqual(['完成', '完成', '完成', '完成', '完成']);
  });
});

describe('nextStep', () => {
  it('offers the following step by its number and name, and none after 报告', () => {
    expect(nextStep('check')).toEqual({ id: 'narrative', name: '情况说明', number: 4 });
    expect(nextStep('report')).toBeUndefined();
  });
});
