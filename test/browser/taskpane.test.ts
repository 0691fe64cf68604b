/**
 * The task pane in a real browser: the production build served on 127.0.0.1 and opened in Debian's
 * headless Chromium with the local office.js.
 * - Outside Office, the pane renders its Chinese shell with a clear notice and its actions disabled.
 * - With the fake Excel host (test/support/fake-excel, loaded after office.js), the real React app
 *   runs the real src/excel jobs; a new user's whole path is walked at 320 and 500 px — blank
 *   workbook → templates → sample data → check → a finding selected → all 尾差 explained →
 *   情况说明 → report — asserting at each point what issue 15 asks: badges never clipped, the same
 *   counts in every step, no list item without a target or a word on what to do, no Latin letters,
 *   focus on the result of each action, and axe-core finding no serious accessibility violation.
 * - The 诊断 view, with the fake playing an Excel 2016 (features off, no error) and a current one.
 * Each panel is its own chunk, loaded when opened. No page error, no request beyond 127.0.0.1.
 * Screenshots go to test-artifacts/taskpane/.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { defaultParamCell, paramsSheet, sampleParams } from '../../src/core/params';
import { prepareReport } from '../../src/core/report';
import { applyBalance, proposeBalance } from '../../src/core/balance';
import { Decimal } from '../../src/core/amount';
import type { Grid } from '../../src/core/grid';
import { reviewWorkbook } from '../../src/core/review';
import { ACCEPTANCE_SHEET } from '../../src/core/rules/acceptances';
import { rollForward } from '../../src/core/rollforward';
import { sampleDisclosure, sampleWorkbook } from '../../src/core/sample';
import { FAMILIES, layoutWorkbook } from '../../src/core/templates';
import { diagnosticsText, readDiagnostics } from '../../src/excel/diagnostics';
import { SEVERITY_FILL, SUSPECT_FILL } from '../../src/excel/marks';
import { writeWorkbookFile } from '../../src/xlsx';
import { buildDist, BUILD_TIMEOUT_MS } from '../build/build-dist';
import { ROOT } from '../build/manifest-xml';
import { buildFakeHost, FAKE_HOST_SCRIPT } from './build-fake-host';
import { officeContextOf, type FakeExcelProfile } from './fake-profiles';
import { openSession, serveDirectory, type Session, type StaticServer } from './serve';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'taskpane');

/** The only frame the CSP may have to stop: office.js's telemetry proxy, tried outside a real host. */
const OFFICE_TELEMETRY_PROXY = 'https://telemetryservice.firstpartyapps.oaspapps.com/';

const sample = sampleDisclosure();
const sampleGrids = () => [
  ...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }),
  paramsSheet(sampleParams()),
];

let dist = '';
let plainServer: StaticServer;
let hostServer: StaticServer;
const sessions: Session[] = [];

beforeAll(async () => {
  dist = buildDist();
  await buildFakeHost(dist);
  plainServer = await serveDirectory(dist);
  hostServer = await serveDirectory(dist, FAKE_HOST_SCRIPT);
  mkdirSync(ARTIFACTS, { recursive: true });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  for (const session of sessions) {
    await session.context.close();
    rmSync(session.userDataDir, { recursive: true, force: true });
  }
  await plainServer?.close();
  await hostServer?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

async function open(server: StaticServer, { width = 420, profile, noWorker }: { width?: number; profile?: FakeExcelProfile; noWorker?: boolean } = {}): Promise<Session> {
  const session = await openSession();
  sessions.push(session);
  await session.page.setViewportSize({ width, height: 720 });
  if (profile) await session.page.addInitScript((name) => Object.assign(window, { fakeExcelProfile: name }), profile);
  // A host whose browser has no Worker: the pane then does the core's work in its own thread.
  if (noWorker) await session.page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
  await session.page.goto(`${server.origin}/taskpane.html`);
  await session.page.getByRole('heading', { name: '预算公开助手' }).waitFor();
  return session;
}

function requestedChunk(session: Session, server: StaticServer, chunk: string): boolean {
  return session.requests.some((url) => url.startsWith(`${server.origin}/${chunk}.`));
}

function expectNoErrorsOrRequests(session: () => Session): void {
  it('raised no page error and sent no request beyond 127.0.0.1', () => {
    expect(session().pageErrors).toEqual([]);
    expect(session().outsideRequests).toEqual([]);
    expect(session().framesBlockedByPolicy.filter((url) => url !== OFFICE_TELEMETRY_PROXY)).toEqual([]);
  });
}

/** Accessibility violations axe-core rates serious or critical, as "rule: target" lines. */
async function seriousViolations(session: Session): Promise<string[]> {
  const results = await new AxeBuilder({ page: session.page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

/**
 * Latin words in the visible text of the pane, apart from figures, file names (.docx) and the
 * product names Excel and Word, which Chinese Office itself prints in Latin letters.
 */
async function latinWords(session: Session): Promise<string[]> {
  const text = await session.page.evaluate(() => document.body.innerText);
  return text.replace(/[^\s“”：:]+\.docx/g, '').replace(/Excel|Word/g, '').match(/[A-Za-z]+/g) ?? [];
}

/** The element that has the focus, by its role and accessible label (or its tag). */
async function focused(session: Session): Promise<string> {
  return session.page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}:${element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''}`;
  });
}

/**
 * Each visible badge: its width and the width its text needs plus its padding and border — equal
 * when the badge is not squeezed (issue 15 item 3: 错误 clipped to ~21 px when the text beside it wraps).
 */
async function badgeWidths(session: Session): Promise<{ text: string; width: number; needed: number }[]> {
  return session.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-badge]')]
      .filter((badge) => badge.offsetParent !== null)
      .map((badge) => {
        const range = document.createRange();
        range.selectNodeContents(badge);
        const style = getComputedStyle(badge);
        const frame = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, key) => sum + parseFloat(style.getPropertyValue(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))), 0);
        return { text: badge.textContent ?? '', width: badge.getBoundingClientRect().width, needed: range.getBoundingClientRect().width + frame };
      }),
  );
}

/** List items with neither a target (a button) nor a word on what to do. */
async function itemsWithoutTarget(session: Session): Promise<string[]> {
  return session.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role=tabpanel]:not([hidden]) li')]
      .filter((item) => item.querySelector('button') === null && !(item.querySelector('[data-no-target]')?.textContent ?? '').includes('处理：'))
      .map((item) => item.textContent ?? ''),
  );
}

/** The state a step's tab shows: 未开始, 有问题 n or 完成. */
async function stepState(session: Session, name: string): Promise<string> {
  return session.page.getByRole('tab', { name: new RegExp(`^第\\d步 ${name}：`) }).locator('[data-state]').innerText();
}

const PANELS = [
  { tab: '模板', chunk: 'panel-template', text: '生成空白的公开表格' },
  { tab: '填写', chunk: 'panel-fill', text: '在各表中填写数字' },
  { tab: '校验', chunk: 'panel-check', text: '核对表内合计' },
  { tab: '情况说明', chunk: 'panel-narrative', text: '生成第三部分情况说明' },
  { tab: '报告', chunk: 'panel-report', text: '公开文本' },
];

describe('the task pane outside Office (plain browser)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await open(plainServer);
  });

  it('shows the five steps in order with a notice that Excel is not there', async () => {
    await session.page.getByText('未检测到 Excel').waitFor();
    const tabs = await session.page.getByRole('tab').allInnerTexts();
    expect(tabs.map((text) => text.replace(/\s+/g, ' '))).toEqual(['1 模板 未开始', '2 填写 未开始', '3 校验 未开始', '4 情况说明 未开始', '5 报告 未开始']);
  });

  it('loads office.js from its own origin, and only the first panel at start', async () => {
    await session.page.getByRole('tabpanel', { name: '模板' }).getByText('生成空白的公开表格').waitFor();
    expect(session.requests).toContain(`${plainServer.origin}/office.js`);
    expect(PANELS.filter(({ chunk }) => requestedChunk(session, plainServer, chunk)).map(({ chunk }) => chunk)).toEqual(['panel-template']);
  });

  it('disables every step\'s actions, since there is no workbook', async () => {
    for (const [tab, button] of [['模板', '生成模板'], ['填写', '检查填写情况'], ['校验', '开始校验'], ['情况说明', '生成情况说明'], ['报告', '生成']] as const) {
      await session.page.getByRole('tab', { name: new RegExp(tab) }).click();
      const panel = session.page.getByRole('tabpanel', { name: tab });
      expect([tab, await panel.getByRole('button', { name: button }).first().isDisabled()]).toEqual([tab, true]);
    }
    await session.page.getByRole('tab', { name: /模板/ }).click();
  });

  it.each(PANELS)('opens the $tab step from its own chunk', async ({ tab, chunk, text }) => {
    await session.page.getByRole('tab', { name: new RegExp(tab) }).click();
    await session.page.getByRole('tabpanel', { name: tab }).getByText(text).first().waitFor();
    expect(requestedChunk(session, plainServer, chunk)).toBe(true);
    await session.page.screenshot({ path: join(ARTIFACTS, `plain-${chunk}.png`) });
  });

  it('moves between steps with the arrow keys', async () => {
    await session.page.getByRole('tab', { name: /模板/ }).click();
    await session.page.keyboard.press('ArrowRight');
    expect(await focused(session)).toMatch(/^tab:第2步 填写/);
    await session.page.getByRole('tabpanel', { name: '填写' }).waitFor();
  });

  it('lets its Content-Security-Policy stop office.js from framing Microsoft\'s telemetry proxy', async () => {
    // office.js tries three seconds after load; the page may already be older than that.
    if (!session.framesBlockedByPolicy.includes(OFFICE_TELEMETRY_PROXY)) {
      await session.page.waitForEvent('console', {
        predicate: (message) => message.text().startsWith(`Framing '${OFFICE_TELEMETRY_PROXY}'`),
        timeout: 20_000,
      });
    }
    expect(session.framesBlockedByPolicy).toContain(OFFICE_TELEMETRY_PROXY);
    expect(session.outsideRequests).toEqual([]);
  });

  expectNoErrorsOrRequests(() => session);
});

describe.each([320, 500])('a new user\'s whole path at %i px (the fake host)', (width) => {
  let session: Session;
  /** What the core finds in the sample as laid out, computed here in Node: the pane must show the same. */
  const expected = prepareReport(sampleGrids());
  const firstFinding = expected.review.findings[0]!;
  /** The whole pane, and its first 1,100 pixels as the README shows them (docs/taskpane/ holds copies of the 320 px ones). */
  const shot = async (name: string) => {
    await session.page.screenshot({ path: join(ARTIFACTS, `path-${width}-${name}.png`), fullPage: true });
    const height = await session.page.evaluate(() => document.documentElement.scrollHeight);
    await session.page.screenshot({ path: join(ARTIFACTS, `top-${width}-${name}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, 1100) } });
  };
  const panel = (name: string) => session.page.getByRole('tabpanel', { name });
  const tab = (name: string) => session.page.getByRole('tab', { name: new RegExp(`^第\\d步 ${name}：`) });
  const sheetNames = () => session.page.evaluate(() => window.fakeWorkbook.sheetNames.filter((name) => window.fakeWorkbook.sheet(name).visibility === 'Visible'));
  /** The pane's own checks at every point of the path. */
  const checkPoint = async (name: string) => {
    await shot(name);
    expect([name, await latinWords(session)]).toEqual([name, []]);
    expect([name, await itemsWithoutTarget(session)]).toEqual([name, []]);
    for (const badge of await badgeWidths(session)) expect([name, badge.text, Math.abs(badge.width - badge.needed) < 1]).toEqual([name, badge.text, true]);
    expect([name, await seriousViolations(session)]).toEqual([name, []]);
  };

  beforeAll(async () => {
    session = await open(hostServer, { width });
  });

  it('starts on a blank workbook with every step 未开始', async () => {
    await panel('模板').getByRole('button', { name: '生成模板' }).waitFor();
    expect(await sheetNames()).toEqual([]);
    for (const { tab: name } of PANELS) expect([name, await stepState(session, name)]).toEqual([name, '未开始']);
    await checkPoint('0-blank');
  });

  it('moves the focus to the department when it is missing, and writes nothing', async () => {
    await panel('模板').getByRole('button', { name: '生成模板' }).click();
    await panel('模板').getByText('请填写部门名称。').waitFor();
    expect(await focused(session)).toMatch(/^input/);
    expect(await session.page.evaluate(() => (document.activeElement as HTMLInputElement).closest('.fui-Field')?.textContent)).toContain('部门名称');
    expect(await sheetNames()).toEqual([]);
  });

  it('lays out the templates and a 参数 sheet holding what was typed, says so where the focus is, and offers the next step', async () => {
    await panel('模板').getByRole('textbox', { name: '部门名称' }).fill('测试局');
    await panel('模板').getByRole('textbox', { name: '预算年度' }).fill('2025');
    await panel('模板').getByRole('button', { name: '生成模板' }).click();
    await panel('模板').getByText('已生成模板').waitFor();
    expect(await focused(session)).toBe('region:模板的结果');
    const names = await sheetNames();
    expect(names).toHaveLength(14);
    expect(await session.page.evaluate(() => window.fakeWorkbook.sheet('参数').valuesFromA1().flat())).toContain('测试局');
    expect(await stepState(session, '模板')).toBe('完成');
    await panel('模板').getByRole('button', { name: '下一步：第 2 步 填写' }).waitFor();
    await checkPoint('1-templates');
  });

  it('never passes blank templates: 校验 reports them 未填写', async () => {
    await tab('校验').click();
    await panel('校验').getByRole('button', { name: '开始校验' }).click();
    await panel('校验').getByText('13 张表格都还未填写，无法校验').waitFor();
    expect(await focused(session)).toBe('region:校验结果');
    expect(await stepState(session, '校验')).toBe('有问题 13');
    expect(await panel('校验').getByText('全部').count()).toBe(0);
    await checkPoint('2-check-blank');
  });

  it('fills in the sample in place of the templates, after a confirmation', async () => {
    const before = await sheetNames();
    await tab('模板').click();
    await panel('模板').getByRole('button', { name: '填入示例数据' }).click();
    const dialog = session.page.getByRole('alertdialog');
    await dialog.getByText('替换此前生成的模板？').waitFor();
    expect(await seriousViolations(session)).toEqual([]);
    await dialog.getByRole('button', { name: '替换' }).click();
    await panel('模板').getByText('已生成示例数据').waitFor();
    expect(await focused(session)).toBe('region:模板的结果');
    expect(await sheetNames()).toEqual(before);
    const titles = await session.page.evaluate(() => window.fakeWorkbook.sheet('表1 收支总表').valuesFromA1().flat());
    expect(titles).toContain(`${sample.year}年预算收支总表`);
    await checkPoint('3-sample');
  });

  it('lists what is still to fill, the 参数 by section, and selects the field in 参数', async () => {
    await tab('填写').click();
    await panel('填写').getByRole('button', { name: '检查填写情况' }).click();
    await panel('填写').getByText('尚有 1 项参数未填写').waitFor();
    expect(await focused(session)).toBe('region:填写情况');
    expect(await panel('填写').getByRole('heading', { name: /^表格：/ }).innerText()).toBe('表格：已填写 13 / 13 张');
    const section = panel('填写').getByRole('region', { name: '参数：变动原因' });
    expect(await section.getByRole('heading').innerText()).toBe('变动原因（1）');
    await section.getByRole('button', { name: /一般公共预算当年支出变动原因/ }).click();
    await panel('填写').getByText('已定位到“参数”表中的“一般公共预算当年支出变动原因”').waitFor();
    expect(await session.page.evaluate(() => window.fakeWorkbook.selection)).toEqual({ sheet: '参数', address: defaultParamCell('reason.generalPublicCurrent').cell });
    expect(await stepState(session, '填写')).toBe('有问题 1');
    await checkPoint('4-fill');
  });

  it('checks the sample: the counts the core computes, grouped by table, marked in place', async () => {
    await tab('校验').click();
    await panel('校验').getByRole('button', { name: '开始校验' }).click();
    await panel('校验').getByText('校验完成').waitFor();
    expect(await focused(session)).toBe('region:校验结果');
    const { error, warning, info } = expected.review.summary;
    expect(await panel('校验').locator('[data-summary]').innerText()).toBe(`错误 ${error} 项、提示 ${warning} 项、信息 ${info} 项。`);
    expect(await stepState(session, '校验')).toBe(`有问题 ${error + warning + info}`);
    const groups = await panel('校验').getByRole('heading', { level: 3 }).allInnerTexts();
    expect(groups[0]).toBe(`${firstFinding.sheet}（${expected.review.findings.filter((f) => f.sheet === firstFinding.sheet).length}）`);
    const fill = await session.page.evaluate(([sheet, cell]) => window.fakeWorkbook.sheet(sheet).fill(cell), [firstFinding.sheet, firstFinding.cell] as const);
    expect(fill.color).toBe(SEVERITY_FILL.info);
  });

  it('selects a finding\'s cell when it is clicked, and says where it went', async () => {
    await panel('校验').locator('li[data-finding] button').first().click();
    await panel('校验').getByText('已定位到').waitFor();
    expect(await session.page.evaluate(() => window.fakeWorkbook.selection)).toEqual({ sheet: firstFinding.sheet, address: firstFinding.cell });
    expect(await focused(session)).toBe('region:校验结果');
    await checkPoint('5-check');
  });

  it('explains all 尾差 with one 说明, counted everywhere as 已说明, in plain words', async () => {
    const rounding = expected.review.findings.filter((finding) => finding.tolerance !== undefined).length;
    await panel('校验').getByRole('button', { name: `批量说明全部尾差（${rounding} 项）` }).click();
    const note = panel('校验').getByRole('textbox', { name: `全部 ${rounding} 项尾差的说明` });
    expect(await note.inputValue()).toBe('系四舍五入形成的尾差');
    await panel('校验').getByRole('button', { name: '保存说明' }).click();
    await panel('校验').getByText(`已说明 ${rounding} 项尾差。`).waitFor();
    expect(await focused(session)).toBe('region:校验结果');
    expect(await panel('校验').locator('[data-summary]').innerText()).toBe(`错误 0 项、提示 0 项、信息 ${expected.review.summary.info - rounding} 项；已说明 ${rounding} 项。`);
    expect(await stepState(session, '校验')).toBe('完成');
    // Explained, the 尾差 are no longer marked: their cells have their own fill back.
    const fill = await session.page.evaluate(([sheet, cell]) => window.fakeWorkbook.sheet(sheet).fill(cell), [firstFinding.sheet, firstFinding.cell] as const);
    expect(fill.pattern).toBe('None');
    await panel('校验').getByRole('button', { name: `显示已说明（${rounding} 项）` }).click();
    const item = panel('校验').locator('li[data-finding]').first();
    await item.getByText('已说明：系四舍五入形成的尾差').waitFor();
    expect(await item.getByRole('button', { name: '修改说明' }).count()).toBe(1);
    expect(await item.getByRole('button', { name: '撤销说明' }).count()).toBe(1);
    expect(await session.page.evaluate(() => document.body.innerText.includes('_校验说明'))).toBe(false);
    await checkPoint('6-accepted');
  });

  it('generates the 情况说明, lists its one 【待填写】 and selects a figure\'s source', async () => {
    await tab('情况说明').click();
    await panel('情况说明').getByRole('button', { name: '生成情况说明' }).click();
    await panel('情况说明').getByText('已生成情况说明').waitFor();
    expect(await focused(session)).toBe('region:情况说明的结果');
    expect(await panel('情况说明').getByRole('article').innerText()).toContain('4,510.52万元');
    expect(await panel('情况说明').getByRole('heading', { name: /^待填写/ }).innerText()).toBe(`待填写（${expected.unfinished.length} 处）`);
    expect(await stepState(session, '情况说明')).toBe(`有问题 ${expected.unfinished.length}`);
    await panel('情况说明').getByRole('button', { name: '4,510.52万元' }).first().click();
    await panel('情况说明').getByText('已定位到来源').waitFor();
    expect((await session.page.evaluate(() => window.fakeWorkbook.selection))?.sheet).toBe('表1 收支总表');
    await checkPoint('7-narrative');
  });

  it('writes the 情况说明 into its sheet, and a second time in place of the first after a confirmation', async () => {
    await panel('情况说明').getByRole('button', { name: '写入工作表' }).click();
    await panel('情况说明').getByText('已写入工作表“情况说明”').waitFor();
    await panel('情况说明').getByRole('button', { name: '写入工作表' }).click();
    await session.page.getByRole('alertdialog').getByRole('button', { name: '替换' }).click();
    await panel('情况说明').getByText('已写入工作表“情况说明”').waitFor();
    expect((await sheetNames()).filter((name) => name.startsWith('情况说明'))).toEqual(['情况说明']);
    await panel('情况说明').getByRole('button', { name: '检查已有说明' }).click();
    await panel('情况说明').getByText('已检查工作表“情况说明”中的情况说明').waitFor();
    // What became of the text's figures, as the CLI says it.
    await panel('情况说明').getByText(/说明中 \d+ 个数字：已核对 \d+，无法核对 \d+，未识别 \d+/).waitFor();
  });

  it('states before writing what is unfinished, with the counts of the other steps', async () => {
    await tab('报告').click();
    const unfinished = panel('报告').getByRole('list', { name: '尚未完成的事项' });
    await unfinished.waitFor();
    const items = (await unfinished.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    const narrativeCount = Number(/有问题 (\d+)/.exec(await stepState(session, '情况说明'))?.[1]);
    expect(items[0]).toBe(`情况说明中有 ${narrativeCount} 处【待填写】 去第 2 步填写`);
    const errors = Number(/错误 (\d+) 项/.exec((await session.page.locator('#panel-check [data-summary]').textContent()) ?? '')?.[1]);
    expect(items.some((text) => text.startsWith('校验发现'))).toBe(errors > 0);
    if (errors > 0) expect(items).toContain(`校验发现 ${errors} 项错误 去第 3 步校验`);
  });

  it('produces a draft: the 公开文本 sheet and the Word file both say 草稿', async () => {
    await panel('报告').getByRole('button', { name: '生成草稿' }).click();
    await panel('报告').getByText('已生成草稿').waitFor();
    expect(await focused(session)).toBe('region:报告的结果');
    const text = await session.page.evaluate(() => window.fakeWorkbook.sheet('公开文本').valuesFromA1().flat());
    expect(text).toContain(`${sample.year}年度部门预算公开（草稿）`);
    const [download] = await Promise.all([session.page.waitForEvent('download'), panel('报告').getByRole('button', { name: '下载 Word 文档' }).click()]);
    expect(download.suggestedFilename()).toBe(`${sample.department}${sample.year}年度部门预算公开（草稿）.docx`);
    const file = join(ARTIFACTS, `path-${width}-report.docx`);
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await stepState(session, '报告')).toMatch(/^有问题 \d+$/);
    await checkPoint('8-report');
  });

  expectNoErrorsOrRequests(() => session);
});

describe.each([
  { profile: 'oldest' as const, off: ['sharedRuntime', 'customFunctions', 'calculationSuspension', 'printSetup', 'fillPatterns', 'mergedAreas', 'cellNotes'] },
  { profile: 'current' as const, off: [] as string[] },
])('诊断 in $profile (the fake host)', ({ profile, off }) => {
  let session: Session;
  const expected = readDiagnostics(officeContextOf(profile), (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);

  beforeAll(async () => {
    session = await open(hostServer, { width: 320, profile });
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hostServer.origin });
  });

  it(`loads, and says which features this Excel lacks (${off.length})`, async () => {
    await session.page.getByRole('tabpanel', { name: '模板' }).getByRole('button', { name: '生成模板' }).waitFor();
    const notice = session.page.getByText('此版本的 Excel 不支持');
    if (off.length === 0) expect(await notice.count()).toBe(0);
    else expect(await notice.innerText()).toContain(expected.features.find((feature) => feature.id === 'customFunctions')?.label);
  });

  it('shows host, platform, Office version, requirement sets and features in the ⋯ menu\'s 诊断信息', async () => {
    await session.page.getByRole('button', { name: '更多' }).click();
    await session.page.getByRole('menuitem', { name: '诊断信息' }).click();
    const dialog = session.page.getByRole('dialog', { name: '诊断信息' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain(expected.officeVersion ?? '');
    expect(text).toContain(expected.addinVersion);
    const features = await dialog.locator('[data-feature]').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-feature'), row.getAttribute('data-enabled')]));
    expect(features).toEqual(expected.features.map((feature) => [feature.id, String(feature.enabled)]));
    expect(expected.features.filter((feature) => !feature.enabled).map((feature) => feature.id)).toEqual(off);
    expect(await seriousViolations(session)).toEqual([]);
    await session.page.screenshot({ path: join(ARTIFACTS, `diagnostics-${profile}.png`), fullPage: true });
  });

  it('copies it as the text a support request needs', async () => {
    const dialog = session.page.getByRole('dialog', { name: '诊断信息' });
    await dialog.getByRole('button', { name: '复制诊断信息' }).click();
    await dialog.getByText('已复制').waitFor();
    expect(await session.page.evaluate(() => navigator.clipboard.readText())).toBe(diagnosticsText(expected));
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('checks the sample without error, marking cells with or without notes as this Excel allows', async () => {
    await session.page.getByRole('tabpanel', { name: '模板' }).getByRole('button', { name: '填入示例数据' }).click();
    await session.page.getByRole('tabpanel', { name: '模板' }).getByText('已生成示例数据').waitFor();
    await session.page.getByRole('tab', { name: /校验/ }).click();
    await session.page.getByRole('tabpanel', { name: '校验' }).getByRole('button', { name: '开始校验' }).click();
    await session.page.getByRole('tabpanel', { name: '校验' }).getByText('校验完成').waitFor();
  });

  expectNoErrorsOrRequests(() => session);
});

describe('checking a large workbook off the UI thread (the fake host)', () => {
  /** The sample laid out this many times: 14 sheets and 284 rows each, thousands of rows in all. */
  const COPIES = 10;
  let session: Session;
  let names: string[] = [];

  beforeAll(async () => {
    session = await open(hostServer);
    for (let copy = 1; copy <= COPIES; copy++) await session.page.evaluate((grids) => window.fakeLayOut(grids), sampleGrids());
    names = await session.page.evaluate(() => window.fakeWorkbook.sheetNames);
    await session.page.getByRole('tab', { name: /校验/ }).click();
  });

  const panel = (name: string) => session.page.getByRole('tabpanel', { name });

  it('handles a click on another step while the check runs in its worker, then shows the counts the core computes', async () => {
    // The same workbook in Node: the sample's sheets under the names the fake gave them.
    const grids = sampleGrids();
    const workbook = names.map((name, index) => ({ ...grids[index % grids.length]!, name }));
    expect(workbook.reduce((rows, grid) => rows + grid.values.length, 0)).toBeGreaterThan(2000);
    const expected = reviewWorkbook(workbook, { policy: 'tight' }).summary;

    // The worker's script is held back by the server: the check stays in flight until released.
    const gate = hostServer.hold('/check-worker.js');
    await panel('校验').getByRole('button', { name: '开始校验' }).click();
    await gate.requested;
    await panel('校验').getByRole('progressbar').waitFor();
    await panel('校验').getByText('正在校验表格').waitFor();

    await session.page.getByRole('tab', { name: /情况说明/ }).click();
    await panel('情况说明').getByText('生成第三部分情况说明').waitFor();
    expect(await session.page.evaluate(() => document.querySelectorAll('#panel-check [role=progressbar]').length)).toBe(1);

    gate.release();
    await session.page.getByRole('tab', { name: /校验/ }).click();
    await panel('校验').getByText('校验完成').waitFor({ timeout: 60_000 });
    expect(await panel('校验').locator('[data-summary]').innerText()).toBe(`错误 ${expected.error} 项、提示 ${expected.warning} 项、信息 ${expected.info} 项。`);
    expect(await panel('校验').getByRole('progressbar').count()).toBe(0);
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-check-large.png') });
  });

  expectNoErrorsOrRequests(() => session);
});

describe('校验: which cell is wrong, and 舍位平衡 on request (the fake host)', () => {
  const opened: Session[] = [];
  const panel = (session: Session) => session.page.getByRole('tabpanel', { name: '校验' });
  const check = async (session: Session, grids: readonly Grid[]) => {
    await session.page.evaluate((laid) => window.fakeLayOut(laid), grids);
    await session.page.getByRole('tab', { name: /校验/ }).click();
    await panel(session).getByRole('button', { name: '开始校验' }).click();
    await panel(session).getByText('校验完成').waitFor();
  };
  const plainAndLabelled = async (session: Session, name: string) => {
    expect([name, await latinWords(session)]).toEqual([name, []]);
    expect([name, await itemsWithoutTarget(session)]).toEqual([name, []]);
    expect([name, await seriousViolations(session)]).toEqual([name, []]);
  };

  it('names the typed cell first, with what it should be, its consequences under it; marks it apart and selects it', async () => {
    const session = await open(hostServer);
    opened.push(session);
    // 表3's 2240101 行政运行 (合计 column) typed 1.00 too high.
    const grids = sampleGrids().map((grid) => {
      if (!grid.name.startsWith('表3')) return grid;
      const values = grid.values.map((row) => (String(row[0]) === '2240101' ? [row[0]!, row[1]!, new Decimal(String(row[2])).plus(1).toNumber(), ...row.slice(3)] : row));
      return { ...grid, values };
    });
    const review = reviewWorkbook(grids);
    const suspect = review.suspects[0]!;
    const explained = review.findings.filter((finding) => finding.cause === 0).length;
    await check(session, grids);
    const headings = await panel(session).getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings[0]).toContain(`很可能是 ${suspect.sheet} 第`);
    expect(headings[0]).toContain(`填错：现为 ${suspect.current}，应为 ${suspect.suggested}（可解释以下 ${explained} 项）`);
    // “应为” only for the suspect.
    expect((await panel(session).locator('li[data-finding]').allInnerTexts()).filter((text) => text.includes('应为'))).toEqual([]);
    expect(await panel(session).locator('[data-suspect] li[data-finding]').count()).toBe(explained);
    const fill = await session.page.evaluate(([sheet, cell]) => window.fakeWorkbook.sheet(sheet).fill(cell), [suspect.sheet, suspect.cell] as const);
    expect(fill.color).toBe(SUSPECT_FILL);
    await panel(session).locator('[data-suspect]').first().getByRole('button').first().click();
    await panel(session).getByText(`很可能填错，应为 ${suspect.suggested}`).waitFor();
    expect(await session.page.evaluate(() => window.fakeWorkbook.selection)).toEqual({ sheet: suspect.sheet, address: suspect.cell });
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-check-suspect.png'), fullPage: true });
    await plainAndLabelled(session, 'suspect');
  });

  it('balances the sample only on confirmation: the list first, 取消 changes nothing, 确认调整 writes and records each change', async () => {
    const session = await open(hostServer);
    opened.push(session);
    const grids = sampleGrids();
    const proposal = proposeBalance(grids);
    if (proposal.kind !== 'proposal') throw new Error(proposal.reason);
    const values = () => session.page.evaluate(() => window.fakeWorkbook.sheetNames.map((name) => window.fakeWorkbook.sheet(name).valuesFromA1()));
    await check(session, grids);
    const before = await values();
    await panel(session).getByRole('button', { name: '舍位平衡…' }).click();
    const list = panel(session).getByRole('list', { name: '舍位平衡的调整' });
    await list.waitFor();
    const items = await list.getByRole('listitem').allInnerTexts();
    expect(items).toHaveLength(proposal.adjustments.length);
    proposal.adjustments.forEach((adjustment, i) => expect(items[i]).toContain(`${adjustment.from} → ${adjustment.to}`));
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-check-balance.png'), fullPage: true });
    await plainAndLabelled(session, 'balance');
    await panel(session).getByRole('button', { name: '取消' }).click();
    await panel(session).getByText('已取消舍位平衡，工作簿未改动。').waitFor();
    expect(await focused(session)).toBe('region:校验结果');
    expect(await list.count()).toBe(0);
    expect(await values()).toEqual(before);

    await panel(session).getByRole('button', { name: '舍位平衡…' }).click();
    await panel(session).getByRole('button', { name: `确认调整（${proposal.adjustments.length} 处）` }).click();
    await panel(session).getByText(`已调整 ${proposal.adjustments.length} 个单元格`).waitFor();
    expect(await focused(session)).toBe('region:校验结果');
    const balanced = reviewWorkbook(applyBalance(proposal, '2026-01-01')).summary;
    expect(await panel(session).locator('[data-summary]').innerText()).toBe(`错误 ${balanced.error} 项、提示 ${balanced.warning} 项、信息 ${balanced.info} 项。`);
    const record = await session.page.evaluate((sheet) => window.fakeWorkbook.sheet(sheet).valuesFromA1(), ACCEPTANCE_SHEET);
    expect(record.filter((row) => row[0] === '舍位平衡').map((row) => `${String(row[1])}!${String(row[2])}`)).toEqual(proposal.adjustments.map((a) => `${a.sheet}!${a.cell}`));
  });

  expectNoErrorsOrRequests(() => opened[0]!);
  expectNoErrorsOrRequests(() => opened[1]!);
});

describe('校验 against last year\'s workbook, chosen with 选择上年工作簿 (the fake host)', () => {
  /** 2025, the sample rolled forward and filled: its 参数 with the 上年 figures rollforward gives. */
  const rolled = rollForward(sampleWorkbook());
  if (rolled.kind !== 'rolled') throw new Error(rolled.reason);
  const grids2025 = [
    ...layoutWorkbook({ family: 'budget13', department: sample.department, year: 2025, unit: sample.unit, codeLayout: 'single', data: sample.data }),
    paramsSheet(rolled.params),
  ];
  const last = sampleWorkbook();
  const summarySheet = last.find((grid) => grid.name.startsWith('表1'))!;
  const incomeRow = summarySheet.values.findIndex((row) => typeof row[0] === 'string' && row[0].replace(/\s+/g, '').endsWith('收入总计'));
  const doctored = last.map((grid) => (grid === summarySheet ? { ...grid, values: grid.values.map((row, r) => (r === incomeRow ? [row[0]!, 4610.52, ...row.slice(2)] : row)) } : grid));
  let dir = '';
  let session: Session;
  const panel = () => session.page.getByRole('tabpanel', { name: '校验' });
  const exceljsServed = () => hostServer.served.filter((path) => /^\/exceljs\.[0-9a-f]+\.js$/.test(path)).length;
  /** The sheets a user sees, with their values (marking keeps its record of the cells' fills in a hidden sheet). */
  const values = () =>
    session.page.evaluate(() => window.fakeWorkbook.sheetNames.filter((name) => window.fakeWorkbook.sheet(name).visibility === 'Visible').map((name) => [name, window.fakeWorkbook.sheet(name).valuesFromA1()]));
  /** 选择上年工作簿… (or 更换…), as a user picks the file in the dialog it opens. */
  const choose = async (file: string) => {
    const [chooser] = await Promise.all([session.page.waitForEvent('filechooser'), panel().getByRole('button', { name: /^(选择|更换)上年工作簿…$/ }).click()]);
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles(join(dir, file));
    await panel().getByText(`已选择上年工作簿“${file}”`).waitFor();
  };
  /** 开始校验, until the outcome says what became of last year's workbook. */
  const check = async (outcome: string) => {
    await panel().getByRole('button', { name: '开始校验' }).click();
    await panel().getByText(outcome).waitFor();
  };
  const summaryOf = ({ error, warning, info }: { error: number; warning: number; info: number }) => `错误 ${error} 项、提示 ${warning} 项、信息 ${info} 项。`;
  /** The pane's text in plain words, the chosen files' names (the user's own) left aside. */
  const plainText = async (name: string) => {
    const text = await session.page.evaluate(() => document.body.innerText);
    expect([name, text.replace(/[^\s“”：:]+\.(xlsx|docx)/g, '').replace(/Excel|Word/g, '').match(/[A-Za-z]+/g) ?? []]).toEqual([name, []]);
    expect([name, await itemsWithoutTarget(session)]).toEqual([name, []]);
    expect([name, await seriousViolations(session)]).toEqual([name, []]);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'taskpane-previous-'));
    await writeWorkbookFile(join(dir, '2024.xlsx'), last);
    await writeWorkbookFile(join(dir, '2024-doctored.xlsx'), doctored);
    writeFileSync(join(dir, 'corrupt.xlsx'), '这不是一个 Excel 文件');
    session = await open(hostServer);
    await session.page.evaluate((grids) => window.fakeLayOut(grids), grids2025);
    await session.page.getByRole('tab', { name: /校验/ }).click();
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('checks 2025 against 2024.xlsx: no previous.* error, each 上年 figure with its cell in 2024.xlsx, nothing written', async () => {
    const expected = reviewWorkbook(grids2025, { policy: 'tight', previous: { name: '2024.xlsx', workbook: last } });
    const figures = expected.previous!.figures;
    const filled = new Set(expected.previous!.filled.map((figure) => figure.field));
    expect(exceljsServed()).toBe(0);
    const before = await values();
    await choose('2024.xlsx');
    expect(exceljsServed()).toBe(0);
    await check('已与上年工作簿“2024.xlsx”核对上年数');
    expect(await panel().locator('[data-summary]').innerText()).toBe(summaryOf(expected.summary));
    expect(await panel().locator('li[data-finding^="previous."]').count()).toBe(0);
    const section = panel().getByRole('region', { name: '上年数', exact: true });
    expect(await section.getByRole('heading').innerText()).toBe('上年数（取自“2024.xlsx”，2024年）');
    const items = (await section.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(items).toHaveLength(figures.length);
    expect(items[0]).toBe(`上年收入总计 4,510.52 万元 来源：2024.xlsx ${summarySheet.name} 第${incomeRow + 1}行第2列；本年“参数”表已填，已与之核对`);
    figures.forEach((figure, i) => expect([figure.label, items[i]!.endsWith(filled.has(figure.field) ? '本年“参数”表未填，按此核对' : '已与之核对')]).toEqual([figure.label, true]));
    expect(filled.size).toBeGreaterThan(0);
    // Read in the worker, with ExcelJS fetched then and from this origin only.
    expect(exceljsServed()).toBe(1);
    expect(await values()).toEqual(before);
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-check-previous.png'), fullPage: true });
    await plainText('previous');
  });

  it('selects a 上年 figure\'s field in this year\'s 参数, where the user may type it in', async () => {
    const field = [...reviewWorkbook(grids2025, { previous: { name: '2024.xlsx', workbook: last } }).previous!.filled][0]!;
    await panel().locator(`li[data-previous-figure="${field.field}"] button`).click();
    await panel().getByText(`已定位到“参数”表中的“${field.label}”：上年工作簿中为`).waitFor();
    expect(await session.page.evaluate(() => window.fakeWorkbook.selection)).toEqual({ sheet: '参数', address: defaultParamCell(field.field).cell });
  });

  it('with a doctored 2024.xlsx: an error at 2025\'s 参数 cell naming 2024\'s cell too, in plain words, marked like the others', async () => {
    const expected = reviewWorkbook(grids2025, { policy: 'tight', previous: { name: '2024-doctored.xlsx', workbook: doctored } });
    const at = defaultParamCell('lastYear.incomeTotal');
    await choose('2024-doctored.xlsx');
    await check('已与上年工作簿“2024-doctored.xlsx”核对上年数');
    expect(await panel().locator('[data-summary]').innerText()).toBe(summaryOf(expected.summary));
    expect(expected.summary.error).toBe(1);
    const item = panel().locator('li[data-finding="previous.figureMismatch"]');
    expect(await item.count()).toBe(1);
    const place = (cell: string) => `第${Number(/\d+/.exec(cell)![0])}行第${cell.charCodeAt(0) - 64}列`;
    expect(await item.innerText()).toContain(`本年工作簿${at.sheet} ${place(at.cell)}为4,510.52万元，上年工作簿“2024-doctored.xlsx”${summarySheet.name} 第${incomeRow + 1}行第2列为4,610.52万元`);
    const fill = await session.page.evaluate(([sheet, cell]) => window.fakeWorkbook.sheet(sheet).fill(cell), [at.sheet, at.cell] as const);
    expect(fill.color).toBe(SEVERITY_FILL.error);
    await plainText('doctored');
  });

  it('a file that is no workbook: a clear reason in Chinese, and this year\'s check still done', async () => {
    await choose('corrupt.xlsx');
    await check('上年工作簿“corrupt.xlsx”无法使用，原因见下文');
    expect(await panel().locator('[data-previous]').innerText()).toMatch(/^上年工作簿“corrupt\.xlsx”无法使用：“corrupt\.xlsx”不是 \.xlsx 工作簿/);
    expect(await panel().locator('[data-summary]').innerText()).toBe(summaryOf(reviewWorkbook(grids2025).summary));
  });

  it('reads it in the pane\'s own thread where no worker can start: the same comparison, nothing refused by the page\'s CSP', async () => {
    const inThread = await open(hostServer, { noWorker: true });
    const expected = reviewWorkbook(grids2025, { policy: 'tight', previous: { name: '2024-doctored.xlsx', workbook: doctored } });
    await inThread.page.evaluate((grids) => window.fakeLayOut(grids), grids2025);
    await inThread.page.getByRole('tab', { name: /校验/ }).click();
    const tabpanel = inThread.page.getByRole('tabpanel', { name: '校验' });
    const [chooser] = await Promise.all([inThread.page.waitForEvent('filechooser'), tabpanel.getByRole('button', { name: '选择上年工作簿…' }).click()]);
    await chooser.setFiles(join(dir, '2024-doctored.xlsx'));
    await tabpanel.getByRole('button', { name: '开始校验' }).click();
    await tabpanel.getByText('已与上年工作簿“2024-doctored.xlsx”核对上年数').waitFor();
    expect(await inThread.page.evaluate(() => typeof Worker)).toBe('undefined');
    expect(await tabpanel.locator('[data-summary]').innerText()).toBe(summaryOf(expected.summary));
    expect(await tabpanel.locator('li[data-finding="previous.figureMismatch"]').count()).toBe(1);
    expect(inThread.pageErrors).toEqual([]);
    expect(inThread.outsideRequests).toEqual([]);
  });

  it('清除上年工作簿 forgets the file and checks again without it', async () => {
    await panel().getByRole('button', { name: '清除上年工作簿' }).click();
    await panel().getByText('已清除上年工作簿并重新校验').waitFor();
    expect(await panel().locator('[data-previous]').count()).toBe(0);
    expect(await panel().locator('[data-previous-file]').count()).toBe(0);
    expect(await panel().getByRole('button', { name: '选择上年工作簿…' }).count()).toBe(1);
    expect(await panel().locator('[data-summary]').innerText()).toBe(summaryOf(reviewWorkbook(grids2025).summary));
  });

  expectNoErrorsOrRequests(() => session);
});

describe('the task pane in Excel (the fake host)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await open(hostServer);
  });

  const panel = (): Locator => session.page.getByRole('tabpanel', { name: '模板' });

  it('associates every BUDGET function of functions.json in the same page (the shared runtime)', async () => {
    const metadata = JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8')) as { functions: { id: string }[] };
    const associated = await session.page.evaluate(() =>
      Object.keys((window as unknown as { CustomFunctions: { _association: { mappings: object } } }).CustomFunctions._association.mappings),
    );
    expect(metadata.functions.length).toBeGreaterThan(0);
    expect(associated.sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
  });

  it('lays out the 9-table budget in 元 with 类/款/项 columns, the family\'s own way, when it is chosen', async () => {
    await panel().getByRole('combobox', { name: '表格套式' }).selectOption('budget9');
    expect(await panel().getByRole('radio', { name: '元', exact: true }).isChecked()).toBe(FAMILIES.budget9.unit === '元');
    expect(await panel().getByRole('radio', { name: '类、款、项三列' }).isChecked()).toBe(FAMILIES.budget9.codeLayout === 'split');
    await panel().getByRole('textbox', { name: '部门名称' }).fill('测试局');
    await panel().getByRole('textbox', { name: '预算年度' }).fill('2025');
    await panel().getByRole('button', { name: '生成模板' }).click();
    await panel().getByText('已生成模板').waitFor();
    const visible = await session.page.evaluate(() => window.fakeWorkbook.sheetNames.filter((name) => window.fakeWorkbook.sheet(name).visibility === 'Visible'));
    expect(visible).toEqual([...FAMILIES.budget9.tables.map((table) => table.sheetName), '参数']);
  });

  it('rolls this year forward beside it, with this year\'s totals in the new 参数', async () => {
    await panel().getByRole('button', { name: '填入示例数据' }).click();
    await session.page.getByRole('alertdialog').getByRole('button', { name: '替换' }).click();
    await panel().getByText('已生成示例数据').waitFor();
    const before = await session.page.evaluate(() => window.fakeWorkbook.sheetNames);
    await panel().getByRole('button', { name: '生成下一年度模板' }).click();
    await panel().getByText(`已生成 ${sample.year + 1} 年度模板`).waitFor();
    const names = await session.page.evaluate(() => window.fakeWorkbook.sheetNames);
    expect(names.slice(0, before.length)).toEqual(before);
    const params = names.slice(before.length).find((name) => name.startsWith('参数')) ?? '';
    expect(await session.page.evaluate((sheet) => window.fakeWorkbook.sheet(sheet).valuesFromA1().flat(), params)).toContain(4510.52);
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-template-rollforward.png'), fullPage: true });
  });

  expectNoErrorsOrRequests(() => session);
});
