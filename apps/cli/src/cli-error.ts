/** What `artbridge` exits with. */
export const EXIT = {
  OK: 0,
  /** Nothing done, or not all of it: a bad file, a refusal, a service not answering. */
  FAILED: 1,
  /** The command line itself is wrong. */
  USAGE: 2,
  /** An artwork import finished but rejected some lines (the others are imported). */
  REJECTED_LINES: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An expected failure: `line` is printed as it is, on one line, and the command exits with
 * `exitCode`. No stack trace: the line says what is wrong and, where it can, what to do.
 */
export class CliError extends Error {
  constructor(
    readonly line: string,
    readonly exitCode: ExitCode = EXIT.FAILED,
  ) {
    super(line);
    this.name = 'CliError';
  }
}

/** `artbridge: <message>`, for failures that are not about a file. */
export function cliError(message: string, exitCode: ExitCode = EXIT.FAILED): CliError {
  return new CliError(`artbridge: ${message}`, exitCode);
}

/** `<file>: <message>`, for what is wrong with an input file. */
export function fileError(file: string, message: string): CliError {
  return new CliError(`${file}: ${message}`, EXIT.FAILED);
}
