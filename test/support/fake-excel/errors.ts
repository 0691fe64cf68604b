/**
 * Errors the fake raises, shaped like the real API's `OfficeExtension.Error`: a `code` such as
 * "PropertyNotLoaded" or "ItemNotFound", so adapter code that inspects `error.code` behaves the
 * same against the fake and against Excel.
 */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'ApiNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}
