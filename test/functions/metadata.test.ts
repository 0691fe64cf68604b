import * as path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { BUDGET_FUNCTIONS } from '../../src/functions/functions';

const SOURCE = path.resolve(__dirname, '../../src/functions/functions.ts');

interface ParameterMetadata {
  readonly name: string;
  readonly description?: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
}

interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly ParameterMetadata[];
}

/** functions.json as the build generates it (custom-functions-metadata, the plugin's engine). */
async function generated(): Promise<{ functions: FunctionMetadata[]; errors: string[]; associate: { id: string; functionName: string }[] }> {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  const metadata = JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] };
  return { functions: metadata.functions, errors: result.errors, associate: result.associate };
}

const CHINESE = /[\u4e00-\u9fff]/;

describe('functions.json generated from the JSDoc', () => {
  it('lists exactly the eleven BUDGET functions, without errors, each with a Chinese description', async () => {
    const { functions, errors } = await generated();
    expect(errors).toEqual([]);
    expect(functions.map((f) => f.id)).toEqual(Object.keys(BUDGET_FUNCTIONS));
    expect(functions.map((f) => f.name)).toEqual(Object.keys(BUDGET_FUNCTIONS));
    for (const fn of functions) expect(fn.description).toMatch(CHINESE);
  });

  it('declares every parameter of each function, described in Chinese, ranges as matrices', async () => {
    const { functions } = await generated();
    for (const fn of functions) {
      const implementation = BUDGET_FUNCTIONS[fn.id as keyof typeof BUDGET_FUNCTIONS];
      expect([fn.id, fn.parameters.length]).toEqual([fn.id, implementation.length]);
      for (const parameter of fn.parameters) expect([fn.id, parameter.name, parameter.description]).toEqual([fn.id, parameter.name, expect.stringMatching(CHINESE)]);
    }
    const shape = (id: string): string[] =>
      functions.find((f) => f.id === id)!.parameters.map((p) => `${p.name}:${p.dimensionality ?? 'scalar'}${p.optional ? '?' : ''}`);
    expect(shape('ROLLUP')).toEqual(['codes:matrix', 'amounts:matrix', 'code:scalar']);
    expect(shape('TIE')).toEqual(['total:scalar', 'parts:matrix', 'policy:scalar?']);
    expect(shape('WAN')).toEqual(['yuan:scalar', 'places:scalar?']);
    expect(shape('CHANGE')).toEqual(['current:scalar', 'prior:scalar', 'unit:scalar?']);
    expect(shape('ROUND')).toEqual(['x:scalar', 'places:scalar']);
  });

  it('associates each id with the exported function of the same name, once', async () => {
    const { associate } = await generated();
    expect(associate.map((a) => [a.id, a.functionName])).toEqual(
      Object.entries(BUDGET_FUNCTIONS).map(([id, fn]) => [id, fn.name]),
    );
  });
});

describe('functions.json per locale (scripts/localize-functions.js)', () => {
  // scripts/ is CommonJS without type declarations, as webpack.config.js loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { localizeMetadata, METADATA_FILES } = require('../../scripts/localize-functions.js') as {
    localizeMetadata: (metadata: { functions: FunctionMetadata[] }, locale: string) => { functions: FunctionMetadata[] };
    METADATA_FILES: Record<string, string>;
  };

  it('names every parameter in Chinese for zh-CN, the default, keeping ids, names and shapes', async () => {
    const { functions } = await generated();
    const zh = localizeMetadata({ functions }, 'zh-CN').functions;
    expect(Object.keys(METADATA_FILES)[0]).toBe('zh-CN');
    expect(zh.map((f) => [f.id, f.name])).toEqual(functions.map((f) => [f.id, f.name]));
    for (const fn of zh) {
      expect(fn.description).toMatch(CHINESE);
      for (const parameter of fn.parameters) expect([fn.id, parameter.name]).toEqual([fn.id, expect.stringMatching(/^[\u4e00-\u9fff]+$/)]);
      expect(new Set(fn.parameters.map((p) => p.name)).size).toBe(fn.parameters.length);
    }
    const tie = zh.find((f) => f.id === 'TIE')!;
    expect(tie.parameters.map((p) => `${p.name}:${p.dimensionality ?? 'scalar'}${p.optional ? '?' : ''}`)).toEqual(['合计:scalar', '分项:matrix', '尾差规则:scalar?']);
  });

  it('describes every function and parameter in English for en-US, under the identifiers’ names', async () => {
    const { functions } = await generated();
    const en = localizeMetadata({ functions }, 'en-US').functions;
    for (const [fn, source] of en.map((f, i) => [f, functions[i]!] as const)) {
      expect(fn.description).not.toBe(source.description);
      expect(fn.description).toMatch(/^[A-Z][a-z]/);
      expect(fn.parameters.map((p) => p.name)).toEqual(source.parameters.map((p) => p.name));
      for (const parameter of fn.parameters) expect(parameter.description).toMatch(/^[A-Z][a-z]*\b/);
    }
  });

  it('fails the build when the table misses a function or miscounts its parameters', async () => {
    const { functions } = await generated();
    const renamed = functions.map((f) => (f.id === 'RMB' ? { ...f, id: 'UPPER', name: 'UPPER' } : f));
    expect(() => localizeMetadata({ functions: renamed }, 'zh-CN')).toThrow('names functions that do not exist: RMB');
    const added = [...functions, { ...functions.find((f) => f.id === 'RMB')!, id: 'UPPER', name: 'UPPER' }];
    expect(() => localizeMetadata({ functions: added }, 'zh-CN')).toThrow('lacks UPPER');
    const widened = functions.map((f) => (f.id === 'TIE' ? { ...f, parameters: [...f.parameters, { name: 'extra' }] } : f));
    expect(() => localizeMetadata({ functions: widened }, 'en-US')).toThrow('TIE: 3 parameters, the function has 4');
  });
});

describe('registration', () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it('registers nothing itself (the build associates each id once), and errors become the runtime’s own', () => {
    class RuntimeError {
      constructor(readonly code: string, readonly message?: string) {}
    }
    const associate = jest.fn();
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: RuntimeError, associate };
    jest.isolateModules(() => {
      const module = jest.requireActual<typeof import('../../src/functions/functions')>('../../src/functions/functions');
      expect(associate).not.toHaveBeenCalled();
      const error = module.subject('abc') as unknown as RuntimeError;
      expect(error).toBeInstanceOf(RuntimeError);
      expect([error.code, error.message]).toEqual(['#VALUE!', '“abc”不是科目编码（应为3、5或7位数字）']);
    });
  });

  it('does not fail when imported outside Excel', () => {
    expect((globalThis as { CustomFunctions?: unknown }).CustomFunctions).toBeUndefined();
    jest.isolateModules(() => {
      expect(() => jest.requireActual('../../src/functions/functions')).not.toThrow();
    });
  });
});
