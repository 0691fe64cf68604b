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
  it('lists exactly the ten BUDGET functions, without errors, each with a Chinese description', async () => {
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

  it('associates each id with the function of the same name that the module registers', async () => {
    const { associate } = await generated();
    expect(associate.map((a) => [a.id, a.functionName])).toEqual(
      Object.entries(BUDGET_FUNCTIONS).map(([id, fn]) => [id, fn.name]),
    );
  });
});

describe('registration in the shared runtime', () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it('associates every function when the runtime is present, and errors become the runtime’s own', () => {
    class RuntimeError {
      constructor(readonly code: string, readonly message?: string) {}
    }
    const associate = jest.fn();
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: RuntimeError,
      ErrorCode: { invalidValue: '#VALUE!', divisionByZero: '#DIV/0!' },
      associate,
    };
    jest.isolateModules(() => {
      const module = jest.requireActual<typeof import('../../src/functions/functions')>('../../src/functions/functions');
      expect(associate.mock.calls.map(([id]) => id)).toEqual(Object.keys(module.BUDGET_FUNCTIONS));
      expect(associate.mock.calls[0]?.[1]).toBe(module.subject);
      expect(module.subject('abc')).toBeInstanceOf(RuntimeError);
    });
  });

  it('registers nothing and does not fail when imported outside Excel', () => {
    expect((globalThis as { CustomFunctions?: unknown }).CustomFunctions).toBeUndefined();
    jest.isolateModules(() => {
      expect(() => jest.requireActual('../../src/functions/functions')).not.toThrow();
    });
  });
});
