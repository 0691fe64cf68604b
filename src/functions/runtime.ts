/**
 * The custom-functions runtime, as far as BUDGET functions use it: Excel error values and
 * registration. Inside Excel the shared runtime provides the global `CustomFunctions`; under jest
 * or Node it is absent, and an error value is then a plain object with the same `code` and
 * `message`, so the functions run and are tested unchanged.
 * (@types/custom-functions-runtime is not a dependency; the codes below are its `ErrorCode` values.)
 */

export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
} as const;

export type ErrorCodeName = keyof typeof ERROR_CODES;

/** An Excel error value a function returns (`CustomFunctions.Error` inside Excel). */
export interface FunctionError {
  readonly code: string;
  readonly message?: string;
}

type CustomFunction = (...args: never[]) => unknown;

interface CustomFunctionsRuntime {
  readonly Error: new (code: string, message?: string) => FunctionError;
  readonly ErrorCode?: Partial<Record<ErrorCodeName, string>>;
  associate(id: string, fn: CustomFunction): void;
}

function runtime(): CustomFunctionsRuntime | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
}

/**
 * An Excel error value. Excel shows `message` only for #VALUE! and #N/A, so other codes carry none.
 * @example excelError('invalidValue', '金额“abc”无法识别') // shows #VALUE! with the message as tooltip
 */
export function excelError(name: ErrorCodeName, message?: string): FunctionError {
  const withMessage = name === 'invalidValue' || name === 'notAvailable' ? message : undefined;
  const host = runtime();
  if (host) {
    const code = host.ErrorCode?.[name] ?? ERROR_CODES[name];
    return withMessage === undefined ? new host.Error(code) : new host.Error(code, withMessage);
  }
  const code = ERROR_CODES[name];
  return withMessage === undefined ? { code } : { code, message: withMessage };
}

/** True for an error value built by {@link excelError} (or passed in by Excel). */
export function isFunctionError(value: unknown): value is FunctionError {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string'
    && String((value as { code: string }).code).startsWith('#');
}

/**
 * Associates each function with its id in the shared runtime; does nothing (and answers false)
 * outside Excel, so importing the functions in tests or Node is harmless.
 */
export function registerFunctions(functions: Readonly<Record<string, CustomFunction>>): boolean {
  const host = runtime();
  if (!host) return false;
  for (const [id, fn] of Object.entries(functions)) host.associate(id, fn);
  return true;
}
