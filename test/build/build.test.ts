/**
 * The production build (issue 2 acceptance): dist/ holds the files the manifest names, functions.json
 * with the BUDGET functions, and a local office.js; taskpane.html loads everything from its own origin
 * under a strict Content-Security-Policy, and nothing we ship loads a remote resource.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { buildDist, BUILD_TIMEOUT_MS } from './build-dist';
import { manifestFiles, readManifest, ROOT } from './manifest-xml';

let dist = '';

beforeAll(() => {
  dist = buildDist();
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

function read(file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Files copied verbatim from @microsoft/office-js: office.js's own, whose URLs are Microsoft's business. */
const officeJsDist = dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * URLs that may appear in our bundles because they load nothing: XML namespace names (React and Fluent
 * create SVG/MathML elements with them; the docx library writes them into the .docx it builds) and
 * documentation links inside error messages and comments.
 */
const INERT_URLS = [
  /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace|2000\/xmlns\/|2001\/XMLSchema-instance)$/,
  /^http:\/\/schemas\.(openxmlformats\.org|microsoft\.com)\/[\w./-]+$/,
  /^http:\/\/purl\.(org\/dc|oclc\.org\/ooxml)\/[\w./-]+$/,
  /^https:\/\/react\.dev\/errors\/$/,
  /^https:\/\/answers\.microsoft\.com\/en-us\/msoffice\/forum\/all\/does-word-support-more-than-9-list-levels\//,
  // ExcelJS's browser build (exceljs.*.js): links in its error messages and its bundled packages' metadata.
  /^https:\/\/github\.com\/exceljs\/exceljs\/blob\/master\/UPGRADE-4\.0\.md$/,
  /^https:\/\/stuk\.github\.io\/jszip\/documentation\/howto\/read_zip\.html$/,
  /^https:\/\/github\.com\/uuidjs\/uuid#getrandomvalues-not-supported$/,
  /^https:\/\/github\.com\/(zloirock\/core-js(\/blob\/v[\d.]+\/LICENSE)?|crypto-browserify\/crypto-browserify|indutny\/elliptic(\/issues)?)$/,
];

/**
 * URLs that are data, not requests: the subject-code reference data cites the page each code was
 * taken from (data/subjects/subject-codes.tsv, column source); the bundles carry those citations as text.
 */
const CITED_SOURCES = new Set(
  [...readFileSync(join(ROOT, 'src', 'core', 'subjects', 'subject-codes.generated.json'), 'utf8').matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)].map(
    (match) => match[0],
  ),
);

describe('npm run build', () => {
  it('emits the task pane, the custom functions and their metadata, office.js and the icons', () => {
    for (const file of ['taskpane.html', 'taskpane.js', 'functions.js', 'functions.json', 'office.js', 'manifest.xml']) {
      expect([file, existsSync(join(dist, file))]).toEqual([file, true]);
    }
    for (const size of [16, 32, 64, 80, 128]) expect(existsSync(join(dist, 'assets', `icon-${size}.png`))).toBe(true);
  });

  it('emits every file the manifest names', () => {
    const missing = manifestFiles(readManifest()).filter((file) => !existsSync(join(dist, file)));
    expect(missing).toEqual([]);
  });

  it('ships the manifest, moved to ADDIN_ORIGIN when that is set', () => {
    const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const origin = process.env.ADDIN_ORIGIN;
    expect(read('manifest.xml')).toBe(origin ? source.split('https://localhost:3000').join(origin) : source);
  });

  it('generates functions.json from the JSDoc, and functions.js associates every function it declares exactly once', () => {
    const metadata = JSON.parse(read('functions.json')) as { functions: { id: string; name: string }[] };
    expect(metadata.functions.length).toBeGreaterThan(0);
    // Run the bundle as Excel's shared runtime would, with a CustomFunctions that records what is
    // associated: an id associated twice is Excel's DuplicatedName warning at start-up.
    const associated: string[] = [];
    const CustomFunctions = { associate: (id: string) => associated.push(id), Error: class {} };
    runInNewContext(read('functions.js'), { CustomFunctions, self: {}, window: {} });
    for (const fn of metadata.functions) expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]*$/);
    expect([...associated].sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
  });

  it('writes the functions’ metadata for zh-CN (the default) and en-US, the files the manifest names per locale', () => {
    const zh = JSON.parse(read('functions.json')) as { functions: { id: string; parameters: { name: string }[] }[] };
    const en = JSON.parse(read('functions.en-US.json')) as { functions: { id: string; description: string; parameters: { name: string }[] }[] };
    expect(en.functions.map((fn) => fn.id)).toEqual(zh.functions.map((fn) => fn.id));
    expect(zh.functions.find((fn) => fn.id === 'TIE')?.parameters.map((p) => p.name)).toEqual(['合计', '分项', '尾差规则']);
    expect(en.functions.find((fn) => fn.id === 'TIE')?.parameters.map((p) => p.name)).toEqual(['total', 'parts', 'policy']);
    expect(read('manifest.xml')).toMatch(/<bt:Override Locale="en-US" Value="[^"]+\/functions\.en-US\.json"\/>/);
  });

  it('copies office.js with the Excel host files and the Chinese locale strings it loads by relative path', () => {
    expect(existsSync(join(dist, 'excel-win32-16.01.js'))).toBe(true);
    expect(existsSync(join(dist, 'excel-web-16.00.js'))).toBe(true);
    expect(existsSync(join(dist, 'excel-mac-16.00.js'))).toBe(true);
    expect(existsSync(join(dist, 'zh-cn', 'office_strings.js'))).toBe(true);
    expect(existsSync(join(dist, 'en-us', 'office_strings.js'))).toBe(true);
    expect(read('office.js')).toBe(readFileSync(join(officeJsDist, 'office.js'), 'utf8'));
  });

  it('serves one page that loads office.js from its own origin before the functions and task pane bundles', () => {
    const html = read('taskpane.html');
    const references = [...html.matchAll(/\b(?:src|href)=["']?([^"'\s>]+)/g)].map((match) => match[1] ?? '');
    expect(references.filter((reference) => /^(?:[a-z]+:)?\/\//i.test(reference))).toEqual([]);
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((match) => match[1]);
    expect(scripts).toEqual(['office.js', 'functions.js', 'taskpane.js']);
    expect(html).toContain('lang=zh-CN');
  });

  it('declares a Content-Security-Policy that allows scripts and connections only to its own origin', () => {
    const html = read('taskpane.html');
    const policy = /http-equiv=Content-Security-Policy content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('splits the panel of each step, the ⋯ menu and the 诊断 view into lazily loaded chunks of their own', () => {
    const chunks = readdirSync(dist).filter((file) => /^panel-[a-z]+\.[0-9a-f]+\.js$/.test(file)).map((file) => file.split('.')[0]);
    expect(chunks.sort()).toEqual(['panel-check', 'panel-diagnostics', 'panel-fill', 'panel-more', 'panel-narrative', 'panel-report', 'panel-template']);
  });

  it('loads nothing from the network: no URL in our own files but namespace names, documentation links and cited sources', () => {
    const officeJsFiles = new Set(filesUnder(officeJsDist).map((file) => relative(officeJsDist, file)));
    const ours = filesUnder(dist)
      .map((file) => relative(dist, file))
      // Licence comment files (*.LICENSE.txt) are never loaded by the page.
      .filter((file) => !officeJsFiles.has(file) && file !== 'manifest.xml' && !file.endsWith('.png') && !file.endsWith('.LICENSE.txt'));
    expect(ours).toContain('taskpane.js');
    const remote = ours.flatMap((file) =>
      [...read(file).matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)]
        .map((match) => match[0])
        .filter((url) => !INERT_URLS.some((inert) => inert.test(url)) && !CITED_SOURCES.has(url))
        .map((url) => `${file}: ${url}`),
    );
    expect(remote).toEqual([]);
  });

  it('keeps ExcelJS (last year\'s workbook, read in the check worker) in a chunk of its own, out of the pane\'s and the worker\'s scripts', () => {
    const chunks = readdirSync(dist).filter((file) => /^exceljs\.[0-9a-f]+\.js$/.test(file));
    expect(chunks).toHaveLength(1);
    // A string only ExcelJS holds: its error message pointing at its upgrade guide.
    const marker = 'exceljs/blob/master/UPGRADE-4.0.md';
    expect(read(chunks[0]!)).toContain(marker);
    expect(['taskpane.js', 'check-worker.js', 'functions.js'].filter((file) => read(file).includes(marker))).toEqual([]);
    // The worker fetches its chunks with importScripts (it has no document for a <script>).
    expect(read('check-worker.js')).toContain('importScripts');
    const gzip = (file: string) => `${(gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
    console.log(`${chunks[0]}: ${gzip(chunks[0]!)}; check-worker.js: ${gzip('check-worker.js')}`);
  });

  it('keeps the initial task pane bundle within 150 KB gzip', () => {
    const gzipBytes = gzipSync(readFileSync(join(dist, 'taskpane.js')), { level: 9 }).length;
    console.log(`taskpane.js: ${(gzipBytes / 1024).toFixed(1)} KB gzip`);
    expect(gzipBytes).toBeLessThanOrEqual(150 * 1024);
  });
});
