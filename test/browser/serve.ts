/**
 * A static file server for a built dist/ on 127.0.0.1 (an ephemeral port), and a headless Debian
 * Chromium driven by playwright-core with the flags issue 6 asks for, recording every request that
 * tries to leave 127.0.0.1 (they are aborted) and every page error.
 */
import { createReadStream, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
  /**
   * Every path requested of the server, in order — a worker's requests too, which the page's
   * routes do not see.
   */
  served: string[];
  /**
   * Holds back the next response for `pathname` (e.g. "/check-worker.js") until `release` is
   * called: a test can keep work that waits for that file in flight for as long as it needs.
   */
  hold(pathname: string): Gate;
}

export interface Gate {
  /** Resolves when the held file has been requested. */
  requested: Promise<void>;
  release(): void;
}

/**
 * Serves `directory` read-only on 127.0.0.1; anything outside it or missing is a 404.
 * With `injectAfterOfficeJs`, taskpane.html gets that script right after office.js (the fake host).
 */
export async function serveDirectory(directory: string, injectAfterOfficeJs?: string): Promise<StaticServer> {
  const root = resolve(directory);
  const gates = new Map<string, { requested: () => void; released: Promise<void> }>();
  const served: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    served.push(pathname);
    const gate = gates.get(pathname);
    if (gate) {
      gates.delete(pathname);
      gate.requested();
      await gate.released;
    }
    const file = resolve(join(root, pathname));
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    if (injectAfterOfficeJs && pathname === '/taskpane.html') {
      const html = readFileSync(file, 'utf8');
      const officeJs = /<script src="?office\.js"?><\/script>/;
      if (!officeJs.test(html)) throw new Error('taskpane.html does not load office.js');
      response.end(html.replace(officeJs, (tag) => `${tag}<script src="${injectAfterOfficeJs}"></script>`));
      return;
    }
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    served,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
    hold(pathname) {
      let requested = () => undefined as void;
      let release = () => undefined as void;
      const gate: Gate = { requested: new Promise((done) => (requested = done)), release: () => release() };
      gates.set(pathname, { requested: () => requested(), released: new Promise((done) => (release = done)) });
      return gate;
    },
  };
}

/** Debian's Chromium unless CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  context: BrowserContext;
  /** The fresh Chromium profile directory, for removal after the session. */
  userDataDir: string;
  page: Page;
  /** URLs the page tried to load from anywhere but 127.0.0.1 (all aborted). */
  outsideRequests: string[];
  /** Uncaught exceptions and console errors on the page. */
  pageErrors: string[];
  /**
   * Frames the page's Content-Security-Policy refused to load. Outside a real Office host, office.js's
   * fallback script (o15apptofilemappingtable.js) tries to frame Microsoft's telemetry proxy three
   * seconds after load; the CSP (default-src 'self') stops it before any request is made.
   */
  framesBlockedByPolicy: string[];
  /** Every URL requested, in order. */
  requests: string[];
}

/** Opens a fresh headless Chromium profile with one page that may only talk to 127.0.0.1. */
export async function openSession(): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'budget-disclosure-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: 'zh-CN',
    viewport: { width: 420, height: 720 },
  });
  const session: Session = { context, userDataDir, page: context.pages()[0] ?? (await context.newPage()), outsideRequests: [], pageErrors: [], framesBlockedByPolicy: [], requests: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    session.requests.push(url);
    if (new URL(url).hostname === '127.0.0.1') {
      await route.continue();
    } else {
      session.outsideRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  session.page.on('pageerror', (error) => session.pageErrors.push(error.message));
  session.page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const blockedFrame = /^Framing '([^']+)' violates the following Content Security Policy directive/.exec(message.text());
    if (blockedFrame?.[1]) session.framesBlockedByPolicy.push(blockedFrame[1]);
    else session.pageErrors.push(message.text());
  });
  return session;
}
