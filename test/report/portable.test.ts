/**
 * The Word builder also runs in the task pane (issue 7: "the same builder runs in the task pane and
 * the CLI"), so src/report may use no Node API: only `docx` and our own modules.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const DIR = path.resolve(__dirname, '../../src/report');
const sources = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts'));

describe('src/report', () => {
  it.each(sources)('%s imports only docx and relative modules', (file) => {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((spec) => spec !== 'docx' && !spec.startsWith('.'))).toEqual([]);
  });

  it.each(sources)('%s uses no Node global', (file) => {
    const code = fs.readFileSync(path.join(DIR, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code.match(/\b(Buffer|process|require|__dirname|setImmediate)\b/g)).toBeNull();
  });
});
