/**
 * Where manifest.xml (ExcelApi 1.4) has Excel offer the add-in but Office shows it in Internet
 * Explorer 11 — Office 2019 volume-licensed (ExcelApi 1.7) — the task pane (ES2022) cannot start.
 * taskpane.html then says why and what to do instead, from a `nomodule` script: the only script
 * such an engine runs, and one that current engines skip before their CSP would refuse an inline
 * script (the browser tests see no CSP error in Chromium).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

// acorn (webpack's parser) checks the script is ES5, which is all Internet Explorer 11 parses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const acorn = require('acorn') as { parse(source: string, options: { ecmaVersion: number }): unknown };

const ROOT = join(__dirname, '..');
const html = readFileSync(join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** The page's inline nomodule scripts. */
function nomoduleScripts(): string[] {
  return [...html.matchAll(/<script nomodule>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
}

describe('the task pane in Internet Explorer 11 (Office 2016/2019 volume-licensed)', () => {
  it('is offered there now: the manifest asks for ExcelApi 1.4, and Office 2019 has 1.7', () => {
    expect(manifest).toMatch(/<Requirements>\s*<Sets DefaultMinVersion="1.1">\s*<Set Name="ExcelApi" MinVersion="1.4"\/>/);
  });

  it('says in Chinese that the pane cannot run there and names the command line instead, in ES5 after the root element', () => {
    const scripts = nomoduleScripts();
    expect(scripts).toHaveLength(1);
    const [script] = scripts as [string];
    expect(() => acorn.parse(script, { ecmaVersion: 5 })).not.toThrow();
    expect(html.indexOf('<script nomodule>')).toBeGreaterThan(html.indexOf('<div id="root">'));
    const root = { textContent: '正在加载预算公开助手…' };
    runInNewContext(script, { document: { getElementById: (id: string) => (id === 'root' ? root : null) } });
    expect(root.textContent).toContain('Internet Explorer 11');
    expect(root.textContent).toContain('无法在其中运行');
    expect(root.textContent).toContain('budget-disclosure check');
  });

});
