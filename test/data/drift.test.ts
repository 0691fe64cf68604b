/**
 * data/ holds copies of ../shared (the seed, the corpus, the subject codes) so that a clone with
 * nothing beside it passes `npm test`. Where ../shared is there too, the two must not drift apart:
 * `npm run fixtures:refresh` copies them again.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FIXTURES, SHARED, DATA, OWN } = require('../../scripts/fixtures') as {
  FIXTURES: { from: string; to: string; name: string }[];
  OWN: string[];
  SHARED: string;
  DATA: string;
};

describe('data/ (copies of ../shared)', () => {
  it('holds every file the tests, the demo and the generators read', () => {
    const missing = FIXTURES.filter(({ to }) => !existsSync(to)).map(({ name }) => name);
    expect(missing).toEqual([]);
  });

  it('lists in data/ only files that scripts/fixtures.js copies or declares its own (or a README saying where they came from)', () => {
    const listed = new Set([...FIXTURES.map(({ name }) => name), ...OWN]);
    const extra = readdirSync(DATA, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(DATA, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .filter((name) => !listed.has(name) && name !== 'README.md');
    expect(extra).toEqual([]);
  });

  const shared = existsSync(SHARED);
  (shared ? it : it.skip)('is byte for byte the same as ../shared (npm run fixtures:refresh copies it again)', () => {
    const drifted = FIXTURES.filter(({ from, to }) => !existsSync(from) || !readFileSync(from).equals(readFileSync(to))).map(({ name }) => name);
    expect(drifted).toEqual([]);
  });
  if (!shared) {
    it('says why the drift check was skipped', () => {
      console.info(`跳过 data/ 与 ../shared 的一致性检查：${SHARED} 不存在（仓库单独克隆时正常）。`);
      expect(existsSync(SHARED)).toBe(false);
    });
  }
});
