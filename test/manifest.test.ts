/**
 * The add-in manifest's invariants (issue 2 acceptance): a shared runtime that the task pane, the custom
 * functions page and the function file all name, every resid defined, https only, SharedRuntime 1.1,
 * the BUDGET namespace, ReadWriteDocument, and the Chinese display name with its English fallback.
 * Each invariant is also run against a manifest broken on purpose, so none of these checks can pass vacuously.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  childNamed,
  findAll,
  manifestFiles,
  parseXml,
  readManifest,
  residProblems,
  resources,
  ROOT,
  runtimeResids,
  sharedRuntimeProblems,
  urlProblems,
  XmlSyntaxError,
  type XmlElement,
} from './build/manifest-xml';

const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const manifest = readManifest();

function broken(from: string, to: string): XmlElement {
  if (!source.includes(from)) throw new Error(`manifest.xml no longer contains ${from}`);
  return parseXml(source.replace(from, to));
}

describe('manifest.xml', () => {
  it('is an Excel (Workbook) task-pane add-in with a GUID id', () => {
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(childNamed(manifest, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(findAll(childNamed(manifest, 'Hosts') ?? manifest, 'Host').map((host) => host.attributes.Name)).toEqual(['Workbook']);
  });

  it('runs the task pane, the custom functions page and the function file in one long-lived shared runtime', () => {
    expect(sharedRuntimeProblems(manifest)).toEqual([]);
    expect(runtimeResids(manifest)).toEqual({
      Runtime: ['Taskpane.Url'],
      'CustomFunctions Page': ['Taskpane.Url'],
      FunctionFile: ['Taskpane.Url'],
      'ShowTaskpane SourceLocation': ['Taskpane.Url'],
    });
  });

  it.each([
    ['the function file names another page', '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'],
    ['the runtime is short-lived', 'lifetime="long"', 'lifetime="short"'],
    ['the SharedRuntime requirement is missing', '<bt:Set Name="SharedRuntime" MinVersion="1.1"/>', ''],
    ['the custom functions page is another page', '<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>'],
  ])('reports a broken shared runtime when %s', (_, from, to) => {
    expect(sharedRuntimeProblems(broken(from, to))).not.toEqual([]);
  });

  it('defines every resid it uses, in the matching resource group', () => {
    expect(residProblems(manifest)).toEqual([]);
    expect(residProblems(broken('<bt:Url id="Functions.Metadata.Url"', '<bt:Url id="Functions.Metadata"'))).toEqual([
      '<SourceLocation resid="Functions.Metadata.Url"> 未在 Resources 的 urls 中定义',
    ]);
  });

  it('points Office only at https URLs', () => {
    expect(urlProblems(manifest)).toEqual([]);
    expect(urlProblems(broken('https://localhost:3000/functions.js', 'http://localhost:3000/functions.js'))).toHaveLength(1);
  });

  it('names the built files that dist/ must serve', () => {
    expect(manifestFiles(manifest)).toEqual([
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'functions.en-US.json',
      'functions.js',
      'functions.json',
      'taskpane.html',
    ]);
  });

  it('declares the custom functions under the BUDGET namespace', () => {
    const [namespace] = findAll(manifest, 'Namespace');
    expect(resources(manifest).strings.get(namespace?.attributes.resid ?? '')).toBe('BUDGET');
  });

  it('asks for ReadWriteDocument and nothing else', () => {
    expect(findAll(manifest, 'Permissions').map((permission) => permission.text.trim())).toEqual(['ReadWriteDocument']);
  });

  it('is named 预算公开助手 in Chinese with Budget Disclosure as the English fallback', () => {
    expect(childNamed(manifest, 'DefaultLocale')?.text).toBe('zh-CN');
    const displayName = childNamed(manifest, 'DisplayName');
    expect(displayName?.attributes.DefaultValue).toBe('预算公开助手');
    expect(displayName?.children.map((override) => [override.attributes.Locale, override.attributes.Value])).toEqual([['en-US', 'Budget Disclosure']]);
  });

  it('gives every localised string an English override', () => {
    const strings = findAll(childNamed(manifest, 'VersionOverrides') ?? manifest, 'String').filter((item) => item.attributes.id !== 'Functions.Namespace');
    expect(strings.length).toBeGreaterThan(0);
    for (const item of strings) expect([item.attributes.id, item.children.map((override) => override.attributes.Locale)]).toEqual([item.attributes.id, ['en-US']]);
  });
});

describe('parseXml', () => {
  it.each([
    ['a mismatched closing tag', '<a><b></a></b>'],
    ['an unclosed element', '<a><b/>'],
    ['two roots', '<a/><b/>'],
    ['a stray angle bracket', '<a>1 < 2</a>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
  });

  it('decodes the predefined entities in attributes and text', () => {
    const element = parseXml('<a title="&quot;x&quot; &amp; y">1 &lt; 2</a>');
    expect([element.attributes.title, element.text]).toEqual(['"x" & y', '1 < 2']);
  });
});
