/**
 * The manifest validated offline against the XML schemas in schemas/manifest/ with xmllint (issue 18
 * item 2; `npm run validate`): manifest.xml and the intranet build's manifest are valid; a manifest
 * broken by hand — in a fixture, or as generated below — is not, and the message names the element.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// scripts/ and webpack.config.js are CommonJS without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require('../scripts/validate-manifest.js') as { validateManifest: (file: string) => string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForOrigin } = require('../webpack.config.js') as { manifestForOrigin: (xml: string, origin: string) => string };

const ROOT = join(__dirname, '..');
const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'manifest-schema-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Validates manifest text written to a scratch file. */
function problemsOf(xml: string): string[] {
  const file = join(scratch, 'manifest.xml');
  writeFileSync(file, xml);
  return validateManifest(file);
}

function broken(from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`manifest.xml no longer contains ${from}`);
  return source.replace(from, to);
}

describe('manifest.xml against the schemas, offline', () => {
  it('is valid, and so is the manifest built for an intranet server', () => {
    expect(validateManifest(join(ROOT, 'manifest.xml'))).toEqual([]);
    expect(problemsOf(manifestForOrigin(source, 'https://yusuan.example.gov.cn:8443'))).toEqual([]);
  });

  it('refuses the broken fixture, naming the element out of place, and `npm run validate`’s script exits 1', () => {
    const fixture = join(ROOT, 'test', 'fixtures', 'manifest-broken-order.xml');
    expect(validateManifest(fixture)).toEqual([expect.stringMatching(/element Permissions: .*This element is not expected\. Expected is \(.*DefaultSettings \)/)]);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'validate-manifest.js'), fixture], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([1, expect.stringContaining('不符合清单架构')]);
  });

  it.each([
    ['a misspelt element', '<SourceLocation resid="Functions.Script.Url"/>', '<SourceLocaton resid="Functions.Script.Url"/>', /SourceLocaton.*not expected/],
    ['an unknown runtime lifetime', 'lifetime="long"', 'lifetime="forever"', /lifetime.*'forever' is not an element of the set/],
    ['a permission Office does not know', '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWrite</Permissions>', /Permissions.*'ReadWrite'/],
    ['a resource id over 32 characters', 'id="Functions.Metadata.Url"', 'id="Functions.Metadata.Url.ForEveryLocale"', /id.*Functions\.Metadata\.Url\.ForEveryLocale/],
    ['the custom functions without their namespace', '<Namespace resid="Functions.Namespace"/>', '', /Missing child element\(s\)\. Expected is \(.*Namespace \)/],
    ['a display name longer than 125 characters', 'DefaultValue="预算公开助手">', `DefaultValue="${'预'.repeat(126)}">`, /DefaultValue/],
  ])('refuses %s', (_, from, to, message) => {
    expect(problemsOf(broken(from, to))).toEqual([expect.stringMatching(message)]);
  });
});
