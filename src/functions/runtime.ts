/**
 * The custom-functions runtime, as far as BUDGET functions use it: Excel error values (the build,
 * not this module, associates the functions with their ids). Inside Excel the shared runtime
 * provides the global `CustomFunctions`; under jest or Node it is absent, and an error value is then
 * a plain object with the same `code` and `message`, so the functions run and are tested unchanged.
 * The codes below are `CustomFunctions.ErrorCode`'s values, passed as text: the enum object is
 * CustomFunctionsRuntime 1.3, while `CustomFunctions.Error` with these codes is 1.2 (the API audit,
 * scripts/api-audit.js, holds the add-in to the sets its manifest declares).
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

function runtime(): typeof CustomFunctions | undefined {
  return typeof CustomFunctions === 'undefined' ? undefined : CustomFunctions;
}

/**
 * An Excel error value. Excel shows `message` only for #VALUE! and #N/A, so other codes carry none.
 * @example excelError('invalidValue', '金额“abc”无法识别') // shows #VALUE! with the message as tooltip
 */
export function excelError(name: ErrorCodeName, message?: string): FunctionError {
  const withMessage = name === 'invalidValue' || name === 'notAvailable' ? message : undefined;
  const host = runtime();
  if (host) {
    const code = ERROR_CODES[name] as CustomFunctions.ErrorCode;
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
