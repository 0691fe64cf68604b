/** The seed (data/seed, copied from the shared seed folder): a real published disclosure, the reference for every test. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const DATA_DIR = path.resolve(__dirname, '../../data');
export const SEED_DIR = path.join(DATA_DIR, 'seed');

export interface SeedTable {
  readonly rows: string[][];
  readonly note: string;
}

export interface Seed {
  readonly department: string;
  readonly year: number;
  readonly kind: string;
  readonly unit: string;
  readonly tables: Record<string, SeedTable>;
  readonly narrative: string;
}

let cached: Seed | undefined;

/** The seed's 13 tables as printed, keyed by title, in document order. */
export function loadSeed(): Seed {
  cached ??= JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'yangcheng-emergency-2024-tables.json'), 'utf8')) as Seed;
  return cached;
}

/** The seed's published text, whole. */
export function loadSeedText(): string {
  return fs.readFileSync(path.join(SEED_DIR, 'yangcheng-emergency-2024-budget-disclosure.txt'), 'utf8');
}
