import { CliError, cliError, fileError } from '../cli-error';
import type { ApiError, ApiErrorBody } from './api-client';

export interface ErrorContext {
  /** The file the request carried: a refusal of its content is said as `<file>: ...`. */
  file?: string;
  /** Who is signed in, to say who may not do something. */
  user?: string;
  /**
   * The file went up without --charset: a refusal for not being UTF-8 says to re-run with one
   * (the service's own advice, a Content-Type parameter, is nothing a CLI user can set).
   */
  suggestCharset?: boolean;
}

const NOT_UTF8 = /(file is not valid UTF-8 at byte \d+ \(line \d+\)): .*$/;

/** `file is not valid UTF-8 at byte N (line L): re-run with --charset ...`. */
function withCharsetHint(message: string): string {
  return message.replace(
    NOT_UTF8,
    "$1: re-run with --charset windows-1252 (or the file's encoding), or save it as UTF-8",
  );
}

const LOCATION_PARTS = ['statement', 'entry', 'transaction', 'line', 'column'] as const;

/** `statement 1, entry 3` or `line 2, column 14`: where in a file the payments service says. */
export function describeLocation(location: ApiErrorBody['location']): string {
  if (!location) return '';
  return LOCATION_PARTS.filter((part) => location[part] !== undefined)
    .map((part) => `${part} ${location[part]}`)
    .join(', ');
}

/**
 * The reasons of a 400 for a file, each with where in the file when the service said so and
 * the message does not already: `line 3: '10.001' has 3 decimals but EUR has 2`.
 */
export function fileProblems(error: ApiError): string[] {
  const { location, line } = error.body;
  const where = describeLocation(location) || (line !== undefined ? `line ${line}` : '');
  const format = location?.format;
  return error.messages.map((said) => {
    // "csv entry 2, line 3: ...": the file's name says it is the CSV
    const rest =
      format !== undefined && said.startsWith(`${format} `) ? said.slice(format.length + 1) : '';
    const message = /^(statement|entry|transaction|line) /.test(rest) ? rest : said;
    if (!where) return message;
    const line = /line (\d+)/.exec(where)?.[1];
    const mentioned = line !== undefined && new RegExp(`\\bline ${line}\\b`).test(message);
    return mentioned || message.startsWith(where) ? message : `${where}: ${message}`;
  });
}

/** One line for an API refusal, the way a person would say it. */
export function describeApiError(error: ApiError, context: ErrorContext = {}): CliError {
  const messages = error.messages.join('; ');
  const who = context.user ?? 'you';
  switch (error.status) {
    case 400:
      return context.file
        ? fileError(
            context.file,
            fileProblems(error)
              .map((problem) => (context.suggestCharset ? withCharsetHint(problem) : problem))
              .join('; '),
          )
        : cliError(`refused: ${messages}`);
    case 401:
      return cliError(`the gateway did not accept the sign-in token (401): ${messages}`);
    case 403:
      return cliError(`${who} may not do this (403): ${messages}`);
    case 413:
    case 415:
      return context.file
        ? fileError(context.file, `${messages} (${error.status})`)
        : cliError(`${messages} (${error.status})`);
    case 502:
    case 503:
    case 504:
      return cliError(messages);
    default:
      return error.status >= 500
        ? cliError(`the service failed (${error.status}): ${messages}`)
        : cliError(`${messages} (${error.status})`);
  }
}
