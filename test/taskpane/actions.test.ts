/**
 * The dispatcher runs the jobs of src/excel (on the fake workbook here) with the core in between: what
 * the panels get is what the core computes on what the adapter read.
 */
import { createActions, localDate } from '../../src/taskpane/actions';
import { decimalParam, readParams, textParam } from '../../src/core/params';
import { prepareReport } from '../../src/core/report';
import { Decimal } from '../../src/core/amount';
import { formatFindingAmount, isRounding } from '../../src/core/rules/finding';
import { sampleDisclosure } from '../../src/core/sample';
import { FAMILIES } from '../../src/core/templates';
import { GENERATED_RECORD_SHEET } from '../../src/excel/generated';
import { readWorkbook } from '../../src/excel/read';
import { acceptanceSheet, ACCEPTANCE_SHEET } from '../../src/core/rules/acceptances';
import { writeBalance } from '../../src/excel/balance';
import { layOutGrids } from '../../src/excel/layout';
import { SEVERITY_FILL, SUSPECT_FILL } from '../../src/excel/marks';
import { bySuspect, suspectHeading } from '../../src/taskpane/findings';
import { replaceText } from '../../src/taskpane/ui';
import { FakeWorkbook } from '../support/fake-excel';
import { finalWorkbook } from '../core/narrative/final/finalWorkbook';
import { buildSeedWorkbook, mutateSeedCell } from '../support/seedGrids';

function actionsOn(book: FakeWorkbook) {
  let runs = 0;
  const actions = createActions({
    run: (job) => {
      runs += 1;
      return book.run(job);
    },
    notesSupported: true,
  });
  return { actions, runs: () => runs };
}

/** The sheets a user sees: the add-in's hidden record left out. */
const visible = (book: FakeWorkbook) => book.sheetNames.filter((name) => name !== GENERATED_RECORD_SHEET);

describe('createActions: templates', () => {
  it('lays out the blank tables and a 参数 sheet holding the department, year and 单位类型 typed in 模板', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    const sheets = await actions.layOutTemplates({ family: 'budget13', department: '测试局', year: 2025, unit: '元', codeLayout: 'split', unitType: '行政单位' });
    expect(sheets).toEqual(visible(book));
    expect(sheets).toHaveLength(14);
    const params = readParams(await book.run((context) => readWorkbook(context))).values;
    expect([textParam(params, 'department'), decimalParam(params, 'year')?.toNumber(), textParam(params, 'unitType')]).toEqual(['测试局', 2025, '行政单位']);
  });

  it('so that the 情况说明 of the blank templates no longer asks for the department', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    await actions.layOutTemplates({ family: 'budget13', department: '测试局', year: 2025, unit: '万元', codeLayout: 'single' });
    const status = await actions.status('tight');
    expect(status.unfinished.map((finding) => finding.message).filter((message) => message.includes('部门名称'))).toEqual([]);
    expect(status.tables.every((table) => !table.filled)).toBe(true);
  });

  it('replaces the templates it laid out by the sample, never adding a second set', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    const blank = await actions.layOutTemplates({ family: 'budget13', department: '测试局', year: 2025, unit: '万元', codeLayout: 'single' });
    expect(await actions.generatedSheets('模板')).toEqual(blank.map((sheet) => ({ sheet, edited: false })));
    const sample = await actions.layOutSample('single');
    expect(sample).toEqual(blank);
    expect(visible(book)).toEqual(blank);
    expect((await actions.status('tight')).tables.every((table) => table.filled)).toBe(true);
  });

  it('tells which of the sheets it would replace the user has filled in or edited since, and which are as written', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    const blank = await actions.layOutTemplates({ family: 'budget13', department: '测试局', year: 2025, unit: '万元', codeLayout: 'single' });
    await book.run(async (context) => {
      // A figure typed into 表2 (beyond what the template wrote).
      context.workbook.worksheets.getItem(blank[1]!).getRange('C40').values = [[123.45]];
      await context.sync();
    });
    const state = await actions.generatedSheets('模板');
    expect(state.filter((entry) => entry.edited).map((entry) => entry.sheet)).toEqual([blank[1]]);
    expect(replaceText(state)).toContain(`其中 ${blank[1]!} 在生成后填写或修改过，继续替换，这些内容会丢失`);
    expect(replaceText(state.map((entry) => ({ ...entry, edited: false })))).toContain('它们生成后没有改动');
  });

  it('lays out the family chosen, with the 参数 sheet after its tables', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    const sheets = await actions.layOutTemplates({ family: 'budget9', department: '测试局', year: 2025, unit: '元', codeLayout: 'split' });
    expect(sheets).toEqual([...FAMILIES.budget9.tables.map((table) => table.sheetName), '参数']);
  });

  it('rolls the laid-out sample forward into new sheets for the next year, keeping this year\'s sheets', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    const thisYear = await actions.layOutSample('single');
    const before = thisYear.map((name) => book.sheet(name).valuesFromA1());
    const outcome = await actions.rollForward();
    expect(outcome.kind).toBe('rolled');
    if (outcome.kind !== 'rolled') return;
    const sample = sampleDisclosure();
    expect(outcome.year).toBe(sample.year + 1);
    expect(outcome.sheets).toHaveLength(thisYear.length);
    expect(outcome.sheets.filter((name) => thisYear.includes(name))).toEqual([]);
    expect(visible(book)).toEqual([...thisYear, ...outcome.sheets]);
    expect(thisYear.map((name) => book.sheet(name).valuesFromA1())).toEqual(before);
    const params = book.sheet(outcome.sheets[outcome.sheets.length - 1] ?? '').valuesFromA1().flat();
    expect(params).toContain(4510.52);
  });

  it('tells why a workbook without disclosure tables cannot be rolled forward, and writes nothing', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    await book.run(async (context) => {
      context.workbook.worksheets.add('笔记').getRange('A1').values = [['备忘']];
      await context.sync();
    });
    const outcome = await actions.rollForward();
    expect(outcome).toEqual({ kind: 'unusable', reason: expect.stringContaining('没有识别出') });
    expect(book.sheetNames).toEqual(['笔记']);
  });
});

describe('createActions: checking and 说明', () => {
  it('reads, checks, then marks, telling each step as it starts; the counts are the report\'s review\'s', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    await actions.layOutSample('single');
    const stages: string[] = [];
    const outcome = await actions.check('tight', (stage) => stages.push(stage));
    expect(stages).toEqual(['reading', 'checking', 'marking']);
    const prepared = prepareReport(await book.run((context) => readWorkbook(context)));
    expect(outcome.status.summary).toEqual(prepared.review.summary);
    expect(outcome.status.findings).toEqual(prepared.review.findings);
    expect(outcome.status.unfinished).toEqual(prepared.unfinished);
    expect(outcome.marks.marked).toBe(outcome.status.findings.filter((finding) => !finding.accepted).length);
  });

  it('explains all 14 尾差 with one 说明, edits one and withdraws another', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    await actions.layOutSample('single');
    const rounding = (await actions.status('tight')).findings.filter(isRounding);
    expect(rounding).toHaveLength(14);
    await actions.accept(rounding, '系四舍五入形成的尾差');
    const accepted = await actions.status('tight');
    expect(accepted.summary.info).toBe(0);
    const [first, second] = rounding;
    await actions.accept([first!], '导出数据的尾差');
    await actions.withdraw(second!);
    const after = await actions.status('tight');
    const find = (target: typeof first) => after.findings.find((finding) => finding.rule === target!.rule && finding.sheet === target!.sheet && finding.cell === target!.cell);
    expect(find(first)?.accepted).toEqual({ note: '导出数据的尾差' });
    expect(find(second)?.accepted).toBeUndefined();
    expect(after.summary.info).toBe(1);
  });

  it('on a sample with one typo names the typed cell first, groups its consequences under it and marks it apart', async () => {
    const built = buildSeedWorkbook();
    // 表3's 2240101 行政运行, 合计 column, typed 1.00 too high: its 款, 类, 合计 and 表1 show it.
    const place = built.cellOf(3, '2240101', 2);
    const typed = new Decimal(String(built.workbook.find((grid) => grid.name === place.sheet)!.values[place.row]![place.col])).plus(1);
    const book = FakeWorkbook.fromGrids(mutateSeedCell(built, 3, '2240101', 2, typed.toNumber()).workbook);
    const { actions } = actionsOn(book);
    const { status } = await actions.check('tight');
    expect(status.suspects[0]).toMatchObject({ sheet: place.sheet, cell: place.cell, current: formatFindingAmount(typed, 2), suggested: formatFindingAmount(typed.minus(1), 2) });
    const explained = status.findings.filter((finding) => finding.cause === 0);
    expect(explained.length).toBeGreaterThan(1);
    expect(status.findings.filter((finding) => finding.severity === 'error' && finding.cause === undefined)).toEqual([]);
    const { suspects, rest } = bySuspect(status.findings, status.findings, status.suspects);
    expect(suspectHeading(suspects[0]!)).toBe(
      `很可能是 ${place.sheet} 第${place.row + 1}行第${place.col + 1}列 填错：现为 ${formatFindingAmount(typed, 2)}，应为 ${formatFindingAmount(typed.minus(1), 2)}（可解释以下 ${explained.length} 项）`,
    );
    expect(rest.every((finding) => finding.severity !== 'error')).toBe(true);
    // The typed cell has the suspect's own fill; a cell that only shows the consequence keeps the error fill.
    expect(book.sheet(place.sheet).fill(place.cell).color).toBe(SUSPECT_FILL);
    const consequence = explained.find((finding) => !(finding.sheet === place.sheet && finding.cell === place.cell))!;
    expect(book.sheet(consequence.sheet).fill(consequence.cell.split(':')[0]!).color).toBe(SEVERITY_FILL.error);
  });

  it('refuses to accept an error, before touching the workbook', async () => {
    const book = new FakeWorkbook();
    const { actions, runs } = actionsOn(book);
    await expect(actions.accept([{ rule: 'r', severity: 'error', sheet: '表1', cell: 'B2', message: '' }], '说明')).rejects.toThrow('cannot be accepted');
    expect(runs()).toBe(0);
  });
});

describe('createActions: 舍位平衡', () => {
  it('proposes for the sample\'s 尾差, changes nothing until confirmed, then writes each figure and records it with before and after', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    await actions.layOutSample('single');
    const before = book.sheetNames.map((name) => book.sheet(name).valuesFromA1());
    const proposal = await actions.proposeBalance('tight');
    expect(proposal.kind).toBe('proposal');
    if (proposal.kind !== 'proposal') return;
    expect(proposal.adjustments.length).toBeGreaterThan(0);
    expect(proposal.unbalanced).toEqual([]);
    // Proposing (or cancelling, which calls nothing) leaves every sheet as it was.
    expect(book.sheetNames.map((name) => book.sheet(name).valuesFromA1())).toEqual(before);
    for (const adjustment of proposal.adjustments) expect(formatFindingAmount(new Decimal(String(book.sheet(adjustment.sheet).value(adjustment.cell))))).toBe(adjustment.from);

    expect(await actions.applyBalance('tight', proposal.adjustments)).toEqual({ kind: 'applied', changed: proposal.adjustments.length });
    for (const adjustment of proposal.adjustments) expect(formatFindingAmount(new Decimal(String(book.sheet(adjustment.sheet).value(adjustment.cell))))).toBe(adjustment.to);
    const record = book.sheet(ACCEPTANCE_SHEET);
    expect(record.visibility).toBe('Hidden');
    const rows = record.valuesFromA1().filter((row) => row[0] === '舍位平衡');
    expect(rows.map((row) => [row[1], row[2]])).toEqual(proposal.adjustments.map((a) => [a.sheet, a.cell]));
    rows.forEach((row, i) => expect(row[3]).toContain(`由 ${proposal.adjustments[i]!.from} 调整为 ${proposal.adjustments[i]!.to}`));
    // Every total now ties exactly: no 尾差 is left, no error made.
    const after = await actions.status('tight');
    expect(after.findings.filter(isRounding)).toEqual([]);
    expect(after.summary.error).toBe(0);
  });

  it('writes nothing when the workbook no longer gives the proposal confirmed', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    await actions.layOutSample('single');
    const proposal = await actions.proposeBalance('tight');
    if (proposal.kind !== 'proposal') throw new Error('no proposal');
    const before = book.sheetNames.map((name) => book.sheet(name).valuesFromA1());
    // A proposal shown before the workbook changed is not this one.
    expect(await actions.applyBalance('tight', proposal.adjustments.slice(1))).toEqual({ kind: 'changed' });
    expect(book.sheetNames.map((name) => book.sheet(name).valuesFromA1())).toEqual(before);
    // A figure edited since, now beyond 尾差: refused with the reason.
    const first = proposal.adjustments[0]!;
    await book.run(async (context) => {
      context.workbook.worksheets.getItem(first.sheet).getRange(first.cell).values = [[9999]];
      await context.sync();
    });
    const edited = book.sheetNames.map((name) => book.sheet(name).valuesFromA1());
    expect(edited).not.toEqual(before);
    expect(await actions.applyBalance('tight', proposal.adjustments)).toMatchObject({ kind: 'refused' });
    expect(book.sheetNames.map((name) => book.sheet(name).valuesFromA1())).toEqual(edited);
  });

  it('refuses while an error stands, saying it is an error and not rounding', async () => {
    const built = buildSeedWorkbook();
    const book = FakeWorkbook.fromGrids(mutateSeedCell(built, 3, '合计', 2, 4610.52).workbook);
    const proposal = await actionsOn(book).actions.proposeBalance('tight');
    expect(proposal).toMatchObject({ kind: 'refused', reason: expect.stringContaining('请先更正，再做舍位平衡') });
  });

  it('writes the figures and the record in two syncs', async () => {
    const book = new FakeWorkbook();
    await book.run((context) => layOutGrids(context, [{ name: '表2', values: [['合计', 1.01], ['甲', '0.50']], merges: [] }]));
    const context = book.context();
    await writeBalance(context, [{ sheet: '表2', cell: 'B1', value: 1 }, { sheet: '表2', cell: 'B2', value: '0.49' }], acceptanceSheet([{ rule: '舍位平衡', sheet: '表2', cell: 'B1', note: '舍位平衡：由 1.01 调整为 1.00', date: '2026-12-02' }]));
    expect(context.syncCount).toBe(2);
    // A figure typed as text stays text.
    expect([book.sheet('表2').value('B1'), book.sheet('表2').value('B2')]).toEqual([1, '0.49']);
    expect(book.sheet(ACCEPTANCE_SHEET).valuesFromA1()[1]).toEqual(['舍位平衡', '表2', 'B1', '舍位平衡：由 1.01 调整为 1.00', '2026-12-02']);
  });
});

describe('createActions: 情况说明 and 报告', () => {
  it('writes the 情况说明 again in place of the one it wrote before', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    await actions.layOutSample('single');
    const { narrative } = await actions.generateNarrative('tight');
    expect(await actions.writeNarrative(narrative)).toBe('情况说明');
    expect(await actions.generatedSheets('情况说明')).toEqual([{ sheet: '情况说明', edited: false }]);
    expect(await actions.writeNarrative(narrative)).toBe('情况说明');
    expect(visible(book).filter((name) => name.startsWith('情况说明'))).toEqual(['情况说明']);
  });

  it('produces the sample\'s document marked 草稿 for its one missing reason, and the .docx', async () => {
    const book = new FakeWorkbook();
    const { actions } = actionsOn(book);
    await actions.layOutSample('single');
    const report = await actions.produceReport('tight');
    expect(report.sheet).toBe('公开文本');
    expect(report.draft).toEqual({ unfinished: 1, errors: 0 });
    expect(report.fileName).toBe('阳城县应急管理局2024年度部门预算公开（草稿）.docx');
    expect(Buffer.from(report.docx.subarray(0, 2)).toString('latin1')).toBe('PK');
    expect(book.sheet('公开文本').valuesFromA1().flat()).toContain('2024年度部门预算公开（草稿）');
    await actions.produceReport('tight');
    expect(visible(book).filter((name) => name.startsWith('公开文本'))).toEqual(['公开文本']);
  });
});

describe('createActions: 报告 of a 决算 workbook', () => {
  it('writes the 决算 document — 决算表 and 决算情况说明 — not the 预算 one', async () => {
    const book = FakeWorkbook.fromGrids(finalWorkbook());
    const { actions } = actionsOn(book);
    const report = await actions.produceReport('tight');
    const text = book.sheet(report.sheet).valuesFromA1().flat().filter((value): value is string => typeof value === 'string');
    expect(text).toEqual(expect.arrayContaining(['第二部分 2023年度部门决算表', '第三部分 2023年度部门决算情况说明']));
    expect(text.filter((line) => line.includes('预算情况说明') || line.includes('部门预算表'))).toEqual([]);
    expect(report.fileName).toContain('决算');
    expect(text).toEqual(expect.arrayContaining(['一、收入支出决算总体情况说明', '二、一般公共预算财政拨款支出决算情况说明']));
  });
});

describe('localDate', () => {
  it('writes the date as YYYY-MM-DD in local time', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});
