/**
 * The task pane in a real browser (issue 6): the production build served on 127.0.0.1, opened in
 * Debian's headless Chromium with the local office.js. Without an Office host the pane must still
 * render its Chinese shell with a clear notice, load each panel only when opened, raise no page
 * error and send no request beyond 127.0.0.1. Screenshots go to test-artifacts/taskpane/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildDist, BUILD_TIMEOUT_MS } from '../build/build-dist';
import { ROOT } from '../build/manifest-xml';
import { openSession, serveDirectory, type Session, type StaticServer } from './serve';

const ARTIFACTS = join(ROOT, 'test-artifacts', 'taskpane');

let dist = '';
let server: StaticServer;
let session: Session;

beforeAll(async () => {
  dist = buildDist();
  server = await serveDirectory(dist);
  session = await openSession();
  mkdirSync(ARTIFACTS, { recursive: true });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await session?.context.close();
  if (session) rmSync(session.userDataDir, { recursive: true, force: true });
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const PANELS = [
  { tab: '模板', chunk: 'panel-template', text: '13 张标准表' },
  { tab: '校验', chunk: 'panel-check', text: '勾稽关系' },
  { tab: '说明', chunk: 'panel-narrative', text: '情况说明' },
  { tab: '报告', chunk: 'panel-report', text: '公开文档' },
];

describe('the task pane outside Office (plain browser)', () => {
  it('renders the Chinese shell with a notice that Excel is not there', async () => {
    const { page } = session;
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole('heading', { name: '预算公开助手' }).waitFor();
    await page.getByText('未检测到 Excel').waitFor();
    const tabs = await page.getByRole('tab').allInnerTexts();
    expect(tabs).toEqual(PANELS.map((panel) => panel.tab));
  });

  it('loads only the first panel at start, the others when they are opened', async () => {
    await session.page.getByRole('tabpanel', { name: '模板' }).getByText('13 张标准表').waitFor();
    const loaded = PANELS.filter(({ chunk }) => session.requests.some((url) => url.startsWith(`${server.origin}/${chunk}.`)));
    expect(loaded.map(({ chunk }) => chunk)).toEqual(['panel-template']);
  });

  it('loads office.js from its own origin', () => {
    expect(session.requests).toContain(`${server.origin}/office.js`);
  });

  it.each(PANELS)('opens the $tab panel from its own chunk and says truthfully that it is not ready', async ({ tab, chunk, text }) => {
    const { page } = session;
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tabpanel', { name: tab }).getByText(text).waitFor();
    await page.getByRole('tabpanel', { name: tab }).getByText('此功能正在开发中').waitFor();
    expect(session.requests.some((url) => url.startsWith(`${server.origin}/${chunk}.`))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, `${chunk}.png`) });
  });

  it('raised no page error and sent no request beyond 127.0.0.1', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });
});
