/**
 * 无法使用的输入 — a file the user gave that cannot be read as a workbook at all.
 *
 * This is not a finding about the workbook's figures (those are returned, never thrown); it is the
 * one case where there is nothing to check. The CLI prints `reason` as one line and exits with
 * code 2 (contracts: "2 unusable input (one-line Chinese reason on stderr, no stack trace)").
 */
export class UnusableInputError extends Error {
  /**
   * @param reason one zh-CN sentence a finance user can act on, naming the file.
   * @param options.cause the underlying error, kept for debugging, never shown to the user.
   */
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = 'UnusableInputError';
  }
}
