/**
 * 命令行错误 — what the CLI reports as one zh-CN line and exit code 2, without a stack trace.
 *
 * `UsageError`: an option or argument the user typed is not acceptable (it names the option and
 * what it accepts). Unusable input files are `UnusableInputError` from src/xlsx; main.ts maps both
 * to exit code 2 (contracts: "2 unusable input").
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes of `budget-disclosure` (contracts). */
export const ExitCode = {
  /** Done; no findings of severity error. */
  ok: 0,
  /** The check found errors (findings of severity error). */
  findings: 1,
  /** Unusable input: a bad option, a missing or unreadable file, an existing output without --force. */
  unusable: 2,
  /** A defect in this program (not in the user's input); the message asks to report it. */
  internal: 3,
} as const;
