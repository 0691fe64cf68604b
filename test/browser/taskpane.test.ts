/**
 * The task pane in a real browser (issue 6): the production build served on 127.0.0.1 and opened in
 * Debian's headless Chromium with the local office.js.
 * - Outside Office, the pane renders its Chinese shell with a clear notice and its actions disabled.
 * - With the fake Excel host (test/support/fake-excel, loaded after office.js), the real React app
 *   runs the real src/excel jobs, and the test inspects the fake workbook they wrote.
 * Each panel is its own chunk, loaded when opened. No page error, no request beyond 127.0.0.1.
 * Screenshots go to test-artifacts/taskpane/.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { reviewWorkbook } from '../../src/core/review';
import { paramsSheet, sampleParams } from '../../src/core/params';
import { sampleDisclosure } from '../../src/core/sample';
import { FAMILIES, layoutWorkbook } from '../../src/core/templates';
import { SEVERITY_FILL } from '../../src/excel/marks';
import { narrativeOfWorkbook } from '../../src/core/narrative';
import { recognizeWorkbook } from '../../src/core/recognize';
import { rollForward } from '../../src/core/rollforward';
import { buildDist, BUILD_TIMEOUT_MS } from '../build/build-dist';
import { ROOT } from '../build/manifest-xml';
import { buildFakeHost, FAKE_HOST_SCRIPT } from './build-fake-host';
import { openSession, serveDirectory, type Session, type StaticServer } from './serve';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'taskpane');

/** The only frame the CSP may have to stop: office.js's telemetry proxy, tried outside a real host. */
const OFFICE_TELEMETRY_PROXY = 'https://telemetryservice.firstpartyapps.oaspapps.com/';

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

async function open(server: StaticServer): Promise<Session> {
  const session = await openSession();
  sessions.push(session);
  await session.page.goto(`${server.origin}/taskpane.html`);
  await session.page.getByRole('heading', { name: '预算公开助手' }).waitFor();
  return session;
}

function requestedChunk(session: Session, server: StaticServer, chunk: string): boolean {
  return session.requests.some((url) => url.startsWith(`${server.origin}/${chunk}.`));
}

const PANELS = [
  { tab: '模板', chunk: 'panel-template', text: '13 张标准表' },
  { tab: '校验', chunk: 'panel-check', text: '勾稽关系' },
  { tab: '说明', chunk: 'panel-narrative', text: '第三部分情况说明' },
  { tab: '报告', chunk: 'panel-report', text: '公开文本' },
];

describe('the task pane outside Office (plain browser)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await open(plainServer);
  });

  it('renders the four Chinese tabs with a notice that Excel is not there', async () => {
    await session.page.getByText('未检测到 Excel').waitFor();
    expect(await session.page.getByRole('tab').allInnerTexts()).toEqual(PANELS.map((panel) => panel.tab));
  });

  it('loads office.js from its own origin, and only the first panel at start', async () => {
    await session.page.getByRole('tabpanel', { name: '模板' }).getByText('13 张标准表').waitFor();
    expect(session.requests).toContain(`${plainServer.origin}/office.js`);
    expect(PANELS.filter(({ chunk }) => requestedChunk(session, plainServer, chunk)).map(({ chunk }) => chunk)).toEqual(['panel-template']);
  });

  it('disables the 模板 actions, since there is no workbook to write to', async () => {
    expect(await session.page.getByRole('button', { name: '生成模板' }).isDisabled()).toBe(true);
    expect(await session.page.getByRole('button', { name: '填入示例数据' }).isDisabled()).toBe(true);
  });

  it('disables every panel\'s actions', async () => {
    for (const [tab, button] of [['校验', '开始校验'], ['说明', '生成情况说明'], ['报告', '生成公开文档']] as const) {
      await session.page.getByRole('tab', { name: tab }).click();
      expect([tab, await session.page.getByRole('button', { name: button }).isDisabled()]).toEqual([tab, true]);
    }
    await session.page.getByRole('tab', { name: '模板' }).click();
  });

  it.each(PANELS)('opens the $tab panel from its own chunk', async ({ tab, chunk, text }) => {
    await session.page.getByRole('tab', { name: tab }).click();
    await session.page.getByRole('tabpanel', { name: tab }).getByText(text).waitFor();
    expect(requestedChunk(session, plainServer, chunk)).toBe(true);
    await session.page.screenshot({ path: join(ARTIFACTS, `plain-${chunk}.png`) });
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

  it('raised no page error and sent no request beyond 127.0.0.1', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    expect(session.framesBlockedByPolicy.filter((url) => url !== OFFICE_TELEMETRY_PROXY)).toEqual([]);
  });
});

describe('checking the sample in Excel (the fake host)', () => {
  let session: Session;
  /** What the core finds in the sample as laid out, computed here in Node: the pane must show the same. */
  const sample = sampleDisclosure();
  const expected = checkWorkbook([
    ...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }),
    paramsSheet(sampleParams()),
  ]);
  const firstInfo = expected.findings.find((finding) => finding.severity === 'info' && finding.message.includes('尾差'));

  beforeAll(async () => {
    session = await open(hostServer);
    await session.page.getByRole('button', { name: '填入示例数据' }).click();
    await session.page.getByText('已新建工作表：').waitFor();
    await session.page.getByRole('tab', { name: '校验' }).click();
  });

  const fills = () => session.page.evaluate(() => window.fakeWorkbook.sheetNames.map((name) => window.fakeWorkbook.sheet(name).fillSnapshot()));

  it('finds 尾差 in the seed, as the core does', () => {
    expect(expected.summary.info).toBeGreaterThan(0);
    expect(firstInfo).toBeDefined();
  });

  it('checks the workbook and shows the counts by severity and the 尾差 findings', async () => {
    const panel = session.page.getByRole('tabpanel', { name: '校验' });
    await panel.getByRole('button', { name: '开始校验' }).click();
    await panel.getByText(`已识别 ${expected.recognition.tables.length} 张表格。`).waitFor();
    const summary = await panel.getByLabel('summary').innerText();
    expect(summary.replace(/\s+/g, ' ')).toBe(
      `错误 ${expected.summary.error} 提示 ${expected.summary.warning} 尾差及其他信息 ${expected.summary.info}`,
    );
    expect(await panel.getByText(firstInfo?.message ?? '').count()).toBeGreaterThan(0);
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-check.png'), fullPage: true });
  });

  it('marks the findings in place', async () => {
    const fill = await session.page.evaluate(([sheet, cell]) => window.fakeWorkbook.sheet(sheet).fill(cell), [firstInfo?.sheet ?? '', firstInfo?.cell ?? ''] as const);
    expect(fill.color).toBe(SEVERITY_FILL.info);
  });

  it('selects a finding\'s cell when the finding is clicked', async () => {
    const panel = session.page.getByRole('tabpanel', { name: '校验' });
    await panel.getByRole('button', { name: firstInfo?.message ?? '' }).first().click();
    await session.page.waitForFunction(() => window.fakeWorkbook.selection !== undefined);
    expect(await session.page.evaluate(() => window.fakeWorkbook.selection)).toEqual({ sheet: firstInfo?.sheet, address: firstInfo?.cell });
  });

  it('clears the marks and restores every fill', async () => {
    const marked = await fills();
    const panel = session.page.getByRole('tabpanel', { name: '校验' });
    await panel.getByRole('button', { name: '清除标记' }).click();
    await panel.getByText(/已清除 \d+ 个单元格的标记/).waitFor();
    const restored = await fills();
    expect(restored).not.toEqual(marked);
    expect(await session.page.evaluate(() => window.fakeWorkbook.sheetNames)).not.toContain('_标记记录');
    const sheetFill = await session.page.evaluate(([sheet, cell]) => window.fakeWorkbook.sheet(sheet).fill(cell), [firstInfo?.sheet ?? '', firstInfo?.cell ?? ''] as const);
    expect(sheetFill.pattern).toBe('None');
  });

  it('accepts a finding with a 说明 kept in the workbook, and counts it no more', async () => {
    const panel = session.page.getByRole('tabpanel', { name: '校验' });
    const item = panel.getByRole('group', { name: firstInfo?.message ?? '' }).first();
    await item.getByRole('button', { name: '接受并说明' }).click();
    await item.getByRole('textbox').fill('系四舍五入形成的尾差');
    await item.getByRole('button', { name: '保存说明' }).click();
    await panel.getByText('已说明：系四舍五入形成的尾差').first().waitFor();
    const summary = await panel.getByLabel('summary').innerText();
    expect(summary.replace(/\s+/g, ' ')).toContain(`尾差及其他信息 ${expected.summary.info - 1}`);
    const stored = await session.page.evaluate(() => {
      const sheet = window.fakeWorkbook.sheet('_校验说明');
      return { visibility: sheet.visibility, rows: sheet.valuesFromA1() };
    });
    expect(stored.visibility).not.toBe('Visible');
    expect(stored.rows[1]?.slice(0, 4)).toEqual([firstInfo?.rule, firstInfo?.sheet, firstInfo?.cell, '系四舍五入形成的尾差']);
  });

  it('raised no page error and sent no request beyond 127.0.0.1', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    expect(session.framesBlockedByPolicy.filter((url) => url !== OFFICE_TELEMETRY_PROXY)).toEqual([]);
  });
});

describe('checking a large workbook off the UI thread (the fake host)', () => {
  /** The sample laid out this many times: 14 sheets and 284 rows each, thousands of rows in all. */
  const COPIES = 10;
  const sample = sampleDisclosure();
  const sampleGrids = [
    ...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }),
    paramsSheet(sampleParams()),
  ];
  let session: Session;
  let names: string[] = [];

  beforeAll(async () => {
    session = await open(hostServer);
    for (let copy = 1; copy <= COPIES; copy++) {
      await session.page.getByRole('button', { name: '填入示例数据' }).click();
      await session.page.waitForFunction((count) => window.fakeWorkbook.sheetNames.length === count, copy * sampleGrids.length);
    }
    names = await session.page.evaluate(() => window.fakeWorkbook.sheetNames);
    await session.page.getByRole('tab', { name: '校验' }).click();
  });

  const panel = (name: string) => session.page.getByRole('tabpanel', { name });

  it('handles a click on another tab while the check runs in its worker, then shows the counts the core computes', async () => {
    // The same workbook in Node: the sample's sheets under the names the pane gave them. The pane
    // shows the one review of the workbook (tables, 参数 and 情况说明), so the counts are its counts.
    const workbook = names.map((name, index) => ({ ...sampleGrids[index % sampleGrids.length]!, name }));
    expect(workbook.reduce((rows, grid) => rows + grid.values.length, 0)).toBeGreaterThan(2000);
    const expected = reviewWorkbook(workbook, { policy: 'tight' });

    // The worker's script is held back by the server: the check stays in flight until released.
    const gate = hostServer.hold('/check-worker.js');
    await panel('校验').getByRole('button', { name: '开始校验' }).click();
    await gate.requested;
    await panel('校验').getByRole('progressbar').waitFor();
    await panel('校验').getByText('正在校验表格').waitFor();

    await session.page.getByRole('tab', { name: '说明' }).click();
    await panel('说明').getByText('第三部分情况说明').waitFor();
    const stillChecking = await session.page.evaluate(() => ({
      progress: document.querySelectorAll('[role=tabpanel][aria-label="校验"] [role=progressbar]').length,
      summary: document.querySelectorAll('[role=tabpanel][aria-label="校验"] [aria-label=summary]').length,
    }));
    expect(stillChecking).toEqual({ progress: 1, summary: 0 });

    gate.release();
    await session.page.getByRole('tab', { name: '校验' }).click();
    await panel('校验').getByText(`已识别 ${expected.recognition.tables.length} 张表格。`).waitFor({ timeout: 60_000 });
    const summary = await panel('校验').getByLabel('summary').innerText();
    expect(summary.replace(/\s+/g, ' ')).toBe(
      `错误 ${expected.summary.error} 提示 ${expected.summary.warning} 尾差及其他信息 ${expected.summary.info}`,
    );
    expect(await panel('校验').getByRole('progressbar').count()).toBe(0);
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-check-large.png') });
  });

  it('raised no page error and sent no request beyond 127.0.0.1', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    expect(session.framesBlockedByPolicy.filter((url) => url !== OFFICE_TELEMETRY_PROXY)).toEqual([]);
  });
});

describe('the 情况说明 of the sample in Excel (the fake host)', () => {
  let session: Session;
  const sample = sampleDisclosure();
  const workbook = [
    ...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }),
    paramsSheet(sampleParams()),
  ];
  /** The sentence that prints 收入总计, as the core writes it from the same workbook. */
  const narrative = narrativeOfWorkbook(workbook, recognizeWorkbook(workbook).tables).narrative;
  const total = narrative.sections
    .flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.sentences))
    .flatMap((sentence) => sentence.numbers)
    .find((number) => number.text === '4,510.52万元');

  beforeAll(async () => {
    session = await open(hostServer);
    await session.page.getByRole('button', { name: '填入示例数据' }).click();
    await session.page.getByText('已新建工作表：').waitFor();
    await session.page.getByRole('tab', { name: '说明' }).click();
  });

  const panel = () => session.page.getByRole('tabpanel', { name: '说明' });

  it('generates the narrative with the seed\'s 收入总计 4,510.52万元 and its 13.97% rise', async () => {
    await panel().getByRole('button', { name: '生成情况说明' }).click();
    const article = panel().getByRole('article');
    await article.waitFor();
    const text = await article.innerText();
    expect(text).toContain('4,510.52万元');
    expect(text).toContain('13.97%');
    expect(text).toContain('一、');
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-narrative.png'), fullPage: true });
  });

  it('selects the source cell of a number when it is clicked', async () => {
    expect(total?.sources[0]).toBeDefined();
    await panel().getByRole('button', { name: '4,510.52万元' }).first().click();
    await session.page.waitForFunction(() => window.fakeWorkbook.selection !== undefined);
    expect(await session.page.evaluate(() => window.fakeWorkbook.selection)).toEqual({ sheet: total?.sources[0]?.sheet, address: total?.sources[0]?.cell });
  });

  it('writes the narrative into a sheet of its own', async () => {
    await panel().getByRole('button', { name: '写入工作表' }).click();
    await panel().getByText('已写入工作表：情况说明').waitFor();
    const lines = await session.page.evaluate(() => window.fakeWorkbook.sheet('情况说明').valuesFromA1().map((row) => row[0]));
    expect(lines[0]).toBe(narrative.title);
    expect(lines.some((line) => typeof line === 'string' && line.includes('4,510.52万元'))).toBe(true);
  });

  it('raised no page error and sent no request beyond 127.0.0.1', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    expect(session.framesBlockedByPolicy.filter((url) => url !== OFFICE_TELEMETRY_PROXY)).toEqual([]);
  });
});

describe('the task pane in Excel (the fake host)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await open(hostServer);
  });

  const sheetNames = () => session.page.evaluate(() => window.fakeWorkbook.sheetNames);

  it('associates every BUDGET function of functions.json in the same page (the shared runtime)', async () => {
    const metadata = JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8')) as { functions: { id: string }[] };
    const associated = await session.page.evaluate(() =>
      Object.keys((window as unknown as { CustomFunctions: { _association: { mappings: object } } }).CustomFunctions._association.mappings),
    );
    expect(metadata.functions.length).toBeGreaterThan(0);
    expect(associated.sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
  });

  it('shows no notice about a missing Excel', async () => {
    await session.page.getByRole('tab', { name: '模板' }).waitFor();
    expect(await session.page.getByText('未检测到 Excel').count()).toBe(0);
  });

  it('asks for the department before laying out templates', async () => {
    await session.page.getByRole('button', { name: '生成模板' }).click();
    await session.page.getByText('请填写部门名称。').waitFor();
    expect(await sheetNames()).toEqual([]);
  });

  it('lays out the 13 blank tables and the 参数 sheet into new sheets', async () => {
    const panel = session.page.getByRole('tabpanel', { name: '模板' });
    await panel.getByRole('textbox', { name: '部门名称' }).fill('测试局');
    await panel.getByRole('textbox', { name: '预算年度' }).fill('2025');
    await panel.getByRole('button', { name: '生成模板' }).click();
    await panel.getByText('已新建工作表：').waitFor();
    const names = await sheetNames();
    expect(names).toHaveLength(14);
    expect(names).toContain('表1 收支总表');
    expect(names).toContain('参数');
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-template-blank.png') });
  });

  it('fills in the sample beside them, never over the existing sheets', async () => {
    const panel = session.page.getByRole('tabpanel', { name: '模板' });
    await panel.getByRole('button', { name: '填入示例数据' }).click();
    await panel.getByText('表1 收支总表 (2)').waitFor();
    const names = await sheetNames();
    expect(names).toHaveLength(28);
    expect(names).toContain('表1 收支总表 (2)');
    const department = await session.page.evaluate(() => window.fakeWorkbook.sheet('表1 收支总表 (2)').valuesFromA1().flat().filter((value) => typeof value === 'string' && value.includes('阳城县应急管理局')));
    expect(department.length).toBeGreaterThan(0);
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-template-sample.png') });
  });

  it('raised no page error and sent no request beyond 127.0.0.1', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    expect(session.framesBlockedByPolicy.filter((url) => url !== OFFICE_TELEMETRY_PROXY)).toEqual([]);
  });
});

describe('next year\'s templates rolled forward from the sample in Excel (the fake host)', () => {
  let session: Session;
  const sample = sampleDisclosure();
  /** What core/rollforward makes of the same workbook, computed here in Node. */
  const rolled = rollForward([
    ...layoutWorkbook({ family: 'budget13', department: sample.department, year: sample.year, unit: sample.unit, codeLayout: 'single', data: sample.data }),
    paramsSheet(sampleParams()),
  ]);

  beforeAll(async () => {
    session = await open(hostServer);
    await session.page.getByRole('button', { name: '填入示例数据' }).click();
    await session.page.getByText('已新建工作表：').waitFor();
  });

  it('lays out next year\'s sheets beside this year\'s, with this year\'s 收入总计 4,510.52 in the new 参数', async () => {
    expect(rolled.kind).toBe('rolled');
    const before = await session.page.evaluate(() => window.fakeWorkbook.sheetNames);
    const panel = session.page.getByRole('tabpanel', { name: '模板' });
    await panel.getByRole('button', { name: '生成下一年度模板' }).click();
    await panel.getByText(`已生成 ${sample.year + 1} 年度模板`).waitFor();
    const names = await session.page.evaluate(() => window.fakeWorkbook.sheetNames);
    const added = names.slice(before.length);
    expect(names.slice(0, before.length)).toEqual(before);
    expect(added).toHaveLength(rolled.kind === 'rolled' ? rolled.grids.length : -1);
    const [first = '', params = ''] = [added[0], added[added.length - 1]];
    const title = await session.page.evaluate((sheet) => window.fakeWorkbook.sheet(sheet).valuesFromA1().flat().filter((value) => typeof value === 'string' && value.includes('年')), first);
    expect(title.some((text) => String(text).includes(`${sample.year + 1}年`))).toBe(true);
    expect(params).toMatch(/^参数/);
    expect(await session.page.evaluate((sheet) => window.fakeWorkbook.sheet(sheet).valuesFromA1().flat(), params)).toContain(4510.52);
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-template-rollforward.png'), fullPage: true });
  });

  it('raised no page error and sent no request beyond 127.0.0.1', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    expect(session.framesBlockedByPolicy.filter((url) => url !== OFFICE_TELEMETRY_PROXY)).toEqual([]);
  });
});

describe('choosing a table family in Excel (the fake host)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await open(hostServer);
  });

  it('lays out the 9-table budget in 元 with 类/款/项 columns, the family\'s own way, when it is chosen', async () => {
    const panel = session.page.getByRole('tabpanel', { name: '模板' });
    await panel.getByRole('combobox', { name: '表格套式' }).selectOption('budget9');
    expect(await panel.getByRole('radio', { name: '元', exact: true }).isChecked()).toBe(FAMILIES.budget9.unit === '元');
    expect(await panel.getByRole('radio', { name: '类、款、项三列' }).isChecked()).toBe(FAMILIES.budget9.codeLayout === 'split');
    await panel.getByRole('textbox', { name: '部门名称' }).fill('测试局');
    await panel.getByRole('textbox', { name: '预算年度' }).fill('2025');
    await panel.getByRole('button', { name: '生成模板' }).click();
    await panel.getByText('已新建工作表：').waitFor();
    expect(await session.page.evaluate(() => window.fakeWorkbook.sheetNames)).toEqual([...FAMILIES.budget9.tables.map((table) => table.sheetName), '参数']);
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-template-budget9.png'), fullPage: true });
  });

  it('raised no page error and sent no request beyond 127.0.0.1', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    expect(session.framesBlockedByPolicy.filter((url) => url !== OFFICE_TELEMETRY_PROXY)).toEqual([]);
  });
});

describe('the disclosure document of the sample in Excel (the fake host)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await open(hostServer);
    await session.page.getByRole('button', { name: '填入示例数据' }).click();
    await session.page.getByText('已新建工作表：').waitFor();
    await session.page.getByRole('tab', { name: '报告' }).click();
  });

  const panel = () => session.page.getByRole('tabpanel', { name: '报告' });

  it('produces the 公开文本 sheet in one click', async () => {
    await panel().getByRole('button', { name: '生成公开文档' }).click();
    await panel().getByText('已写入工作表：公开文本').waitFor();
    const first = await session.page.evaluate(() => window.fakeWorkbook.sheet('公开文本').valuesFromA1().map((row) => row[0]).filter((value) => value !== null));
    expect(first).toContain('阳城县应急管理局');
    await session.page.screenshot({ path: join(ARTIFACTS, 'host-report.png'), fullPage: true });
  });

  it('offers the Word document as a download', async () => {
    const [download] = await Promise.all([session.page.waitForEvent('download'), panel().getByRole('button', { name: '下载 Word 文档（.docx）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^阳城县应急管理局.*\.docx$/);
    const file = join(ARTIFACTS, 'host-report.docx');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('raised no page error and sent no request beyond 127.0.0.1', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    expect(session.framesBlockedByPolicy.filter((url) => url !== OFFICE_TELEMETRY_PROXY)).toEqual([]);
  });
});
