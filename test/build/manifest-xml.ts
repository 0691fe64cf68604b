/**
 * Reads the add-in manifest (manifest.xml) into a small element tree and states its invariants as
 * functions that return problems, so the manifest test and the build test share one reading.
 * The XML parse is deliberately tiny (elements, attributes, text, comments): office-addin-manifest is
 * ESM-only under jest, and the manifest uses no DTDs, CDATA or entities beyond the five predefined ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface XmlElement {
  /** Qualified name as written, e.g. `bt:Url`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError';
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|apos);/g, (_, entity: string) => ENTITIES[entity] ?? '');
}

/** Parses well-formed XML without DTD or CDATA into its root element; throws XmlSyntaxError otherwise. */
export function parseXml(xml: string): XmlElement {
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  const attribute = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let consumed = 0;
  for (const match of xml.matchAll(token)) {
    if (match.index !== consumed) throw new XmlSyntaxError(`无法解析的 XML，位置 ${consumed}`);
    consumed = match.index + match[0].length;
    const [whole, closing, opening, attributeText, selfClosing, text] = match;
    if (whole.startsWith('<!--') || whole.startsWith('<?')) continue;
    const parent = stack[stack.length - 1];
    if (text !== undefined) {
      if (parent) parent.text += decode(text);
      else if (text.trim() !== '') throw new XmlSyntaxError('根元素之外有文本');
      continue;
    }
    if (closing !== undefined) {
      const open = stack.pop();
      if (!open || open.name !== closing) throw new XmlSyntaxError(`结束标记 </${closing}> 不匹配`);
      continue;
    }
    const element: XmlElement = { name: opening ?? '', attributes: {}, children: [], text: '' };
    for (const [, key, double, single] of (attributeText ?? '').matchAll(attribute)) {
      if (key) element.attributes[key] = decode(double ?? single ?? '');
    }
    if (parent) parent.children.push(element);
    else if (root) throw new XmlSyntaxError('有多个根元素');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (consumed !== xml.length) throw new XmlSyntaxError(`无法解析的 XML，位置 ${consumed}`);
  if (!root || stack.length > 0) throw new XmlSyntaxError('XML 不完整');
  return root;
}

/** The name without its namespace prefix: `bt:Url` → `Url`. */
export function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}

/** Every descendant (depth first, the element itself included) whose local name is `name`. */
export function findAll(element: XmlElement, name?: string): XmlElement[] {
  const found = name === undefined || localName(element) === name ? [element] : [];
  return found.concat(...element.children.map((child) => findAll(child, name)));
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => localName(child) === name);
}

export const ROOT = join(__dirname, '..', '..');

export function readManifest(path = join(ROOT, 'manifest.xml')): XmlElement {
  return parseXml(readFileSync(path, 'utf8'));
}

/** The `<Resources>` of the VersionOverrides, by kind: id → DefaultValue. */
export function resources(manifest: XmlElement): { images: Map<string, string>; urls: Map<string, string>; strings: Map<string, string> } {
  const [resourceElement] = findAll(manifest, 'Resources');
  const byKind = (group: string) => {
    const entries = new Map<string, string>();
    const [groupElement] = resourceElement ? findAll(resourceElement, group) : [];
    for (const item of groupElement?.children ?? []) entries.set(item.attributes.id ?? '', item.attributes.DefaultValue ?? '');
    return entries;
  };
  const strings = byKind('ShortStrings');
  for (const [id, value] of byKind('LongStrings')) strings.set(id, value);
  return { images: byKind('Images'), urls: byKind('Urls'), strings };
}

/** The resids the shared runtime must agree on, by the place that names them. */
export function runtimeResids(manifest: XmlElement): Record<string, string[]> {
  const resid = (elements: XmlElement[]) => elements.map((element) => element.attributes.resid ?? '(无 resid)');
  const customFunctions = findAll(manifest, 'ExtensionPoint').filter((point) => point.attributes['xsi:type'] === 'CustomFunctions');
  const pages = customFunctions.flatMap((point) => findAll(point, 'Page')).flatMap((page) => findAll(page, 'SourceLocation'));
  const taskpanes = findAll(manifest, 'Action')
    .filter((action) => action.attributes['xsi:type'] === 'ShowTaskpane')
    .flatMap((action) => findAll(action, 'SourceLocation'));
  return {
    Runtime: resid(findAll(manifest, 'Runtime')),
    'CustomFunctions Page': resid(pages),
    FunctionFile: resid(findAll(manifest, 'FunctionFile')),
    'ShowTaskpane SourceLocation': resid(taskpanes),
  };
}

/** Shared runtime: exactly one long-lived Runtime, and every other entry point names the same resid. */
export function sharedRuntimeProblems(manifest: XmlElement): string[] {
  const problems: string[] = [];
  const runtimes = findAll(manifest, 'Runtime');
  if (runtimes.length !== 1) problems.push(`应有且仅有一个 Runtime，实际 ${runtimes.length} 个`);
  for (const runtime of runtimes) {
    if (runtime.attributes.lifetime !== 'long') problems.push(`Runtime ${runtime.attributes.resid} 的 lifetime 不是 long`);
  }
  const resids = runtimeResids(manifest);
  const expected = resids.Runtime?.[0];
  for (const [place, values] of Object.entries(resids)) {
    if (values.length === 0) problems.push(`缺少 ${place}`);
    for (const value of values) if (value !== expected) problems.push(`${place} 使用 ${value}，而 Runtime 使用 ${expected}`);
  }
  const sets = findAll(manifest, 'Requirements').flatMap((requirements) => findAll(requirements, 'Set'));
  if (!sets.some((set) => set.attributes.Name === 'SharedRuntime' && set.attributes.MinVersion === '1.1')) {
    problems.push('Requirements 中缺少 SharedRuntime 1.1');
  }
  return problems;
}

/** Which resource group an element's resid must be defined in, by the element's local name. */
const RESID_KIND: Record<string, 'images' | 'urls' | 'strings'> = {
  Image: 'images',
  Runtime: 'urls',
  SourceLocation: 'urls',
  FunctionFile: 'urls',
  LearnMoreUrl: 'urls',
  Label: 'strings',
  Title: 'strings',
  Description: 'strings',
  Namespace: 'strings',
};

/** Every resid used is defined, in the right resource group, and no longer than Office's 32 characters. */
export function residProblems(manifest: XmlElement): string[] {
  const defined = resources(manifest);
  const problems: string[] = [];
  for (const element of findAll(manifest).filter((candidate) => candidate.attributes.resid !== undefined)) {
    const resid = element.attributes.resid ?? '';
    const kind = RESID_KIND[localName(element)];
    if (!kind) problems.push(`未知的 resid 使用者 <${element.name}>`);
    else if (!defined[kind].has(resid)) problems.push(`<${element.name} resid="${resid}"> 未在 Resources 的 ${kind} 中定义`);
    if (resid.length > 32) problems.push(`resid ${resid} 超过 32 个字符`);
  }
  return problems;
}

/** Every URL the manifest points Office at (not the xmlns schema names) is https. */
export function urlProblems(manifest: XmlElement): string[] {
  const problems: string[] = [];
  for (const element of findAll(manifest)) {
    for (const [key, value] of Object.entries(element.attributes)) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('https://')) problems.push(`<${element.name} ${key}="${value}"> 不是 https`);
    }
    const text = element.text.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !text.startsWith('https://')) problems.push(`<${element.name}>${text} 不是 https`);
  }
  return problems;
}

/** The files (paths below the origin) the manifest names: what dist/ must hold after a build. */
export function manifestFiles(manifest: XmlElement): string[] {
  const urls = findAll(manifest).flatMap((element) => [...Object.values(element.attributes), element.text.trim()]);
  const files = urls
    .filter((value) => value.startsWith('https://'))
    .map((value) => new URL(value).pathname.replace(/^\//, ''))
    .filter((file) => file !== '');
  return [...new Set(files)].sort();
}
