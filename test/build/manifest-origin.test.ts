/**
 * Intranet hosting: `ADDIN_ORIGIN=https://… npm run build` ships a manifest.xml that names the
 * intranet server instead of https://localhost:3000, and keeps every manifest invariant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestFiles, parseXml, ROOT, residProblems, sharedRuntimeProblems, urlProblems } from './manifest-xml';

// webpack.config.js is CommonJS (webpack-cli loads it with require) and has no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForOrigin, DEV_ORIGIN } = require('../../webpack.config.js') as {
  manifestForOrigin: (xml: string, origin: string) => string;
  DEV_ORIGIN: string;
};

const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('manifestForOrigin', () => {
  const moved = manifestForOrigin(source, 'https://yusuan.example.gov.cn:8443');

  it('moves every development URL to the intranet origin', () => {
    expect(source).toContain(DEV_ORIGIN);
    expect(moved).not.toContain(DEV_ORIGIN);
    expect(moved.split('https://yusuan.example.gov.cn:8443/').length).toBe(source.split(`${DEV_ORIGIN}/`).length);
  });

  it('keeps the shared runtime, the resids, https and the files it names', () => {
    const manifest = parseXml(moved);
    expect([...sharedRuntimeProblems(manifest), ...residProblems(manifest), ...urlProblems(manifest)]).toEqual([]);
    expect(manifestFiles(manifest)).toEqual(manifestFiles(parseXml(source)));
  });

  it.each(['http://yusuan.example.gov.cn', 'https://yusuan.example.gov.cn/', 'https://yusuan.example.gov.cn/addin', 'yusuan.example.gov.cn'])(
    'refuses %s, which is not an https origin',
    (origin) => {
      expect(() => manifestForOrigin(source, origin)).toThrow('ADDIN_ORIGIN must be an https origin');
    },
  );
});
