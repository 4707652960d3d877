import { ApiClient, apiBaseUrl, ApiError, DEFAULT_API } from './api/api-client';
import { describeApiError, ErrorContext } from './api/api-errors';
import { cliError, EXIT } from './cli-error';
import { noProgress, Progress } from './output/progress';

/** Where a command writes, and what it reads from its environment. */
export interface CliIo {
  /** The result: summaries, tables, JSON. */
  stdout(text: string): void;
  /** Errors and notes; progress bars go there too. */
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Bars on stderr when it is a terminal. */
  progress: Progress;
}

/** The options every command takes (before or after its name). */
export interface GlobalOptions {
  api?: string;
  user?: string;
  password?: string;
  /** false with --no-progress */
  progress?: boolean;
}

export interface ConnectionSettings {
  api: string;
  user?: string;
  password?: string;
}

/** --api, --user, --password, else ARTBRIDGE_API, ARTBRIDGE_USER, ARTBRIDGE_PASSWORD. */
export function connectionSettings(
  options: GlobalOptions,
  env: NodeJS.ProcessEnv,
): ConnectionSettings {
  return {
    api: apiBaseUrl(options.api || env['ARTBRIDGE_API'] || DEFAULT_API),
    user: options.user || env['ARTBRIDGE_USER'] || undefined,
    password: options.password ?? (env['ARTBRIDGE_PASSWORD'] || undefined),
  };
}

/** What a command runs with: its output, the connection settings, and a sign-in when needed. */
export class CommandContext {
  readonly settings: ConnectionSettings;
  readonly progress: Progress;
  private client?: Promise<ApiClient>;

  constructor(
    readonly io: CliIo,
    options: GlobalOptions,
  ) {
    this.settings = connectionSettings(options, io.env);
    this.progress = options.progress === false ? noProgress : io.progress;
  }

  /** Signs in once, as --user (POST /auth/token, like any client). */
  signIn(): Promise<ApiClient> {
    const { api, user, password } = this.settings;
    if (!user || password === undefined)
      throw cliError(
        'sign in with --user and --password (or ARTBRIDGE_USER and ARTBRIDGE_PASSWORD)',
        EXIT.USAGE,
      );
    this.client ??= ApiClient.signIn(api, user, password);
    return this.client;
  }

  /** Runs `step`; an API refusal becomes one line, said about `file` when given. */
  async calling<T>(step: () => Promise<T>, context: ErrorContext = {}): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (error instanceof ApiError)
        throw describeApiError(error, { user: this.settings.user, ...context });
      throw error;
    }
  }
}
