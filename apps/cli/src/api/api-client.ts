import type { AnswerOf, BodyOf, Schema } from '@artbridge/public-api';
import { cliError, EXIT } from '../cli-error';
import { HttpAnswer, httpCall, NetworkError } from './http';

/** The error body of the API (docs/API.md): Nest's shape, with `location` or `line` for files. */
export type ApiErrorBody = Schema<'ErrorResponse'>;

/** The API answered, but not with success. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    readonly method: string,
    readonly path: string,
  ) {
    super(`${method} ${path} answered ${status}`);
    this.name = 'ApiError';
  }

  /** The messages of the body, however the service put them. */
  get messages(): string[] {
    const { message, error } = this.body;
    if (Array.isArray(message)) return message;
    if (message !== '') return [message];
    return [error || `HTTP ${this.status}`];
  }
}

export const DEFAULT_API = 'http://127.0.0.1:3000/api';

/** The gateway's base URL, checked: http(s), no trailing slash. */
export function apiBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw cliError(`--api '${raw}' is not a URL such as ${DEFAULT_API}`, EXIT.USAGE);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw cliError(`--api '${raw}' must be an http or https URL`, EXIT.USAGE);
  return url.toString().replace(/\/+$/, '');
}

export interface UploadOptions {
  onProgress?: (sent: number, total: number) => void;
}

/**
 * The public API at the gateway, as one signed-in user (or nobody, for sign-in itself). Every
 * answer other than 2xx is an ApiError; a gateway that does not answer is one clear line.
 */
export class ApiClient {
  private constructor(
    readonly api: string,
    readonly user: string | undefined,
    private readonly token: string | undefined,
  ) {}

  static anonymous(api: string): ApiClient {
    return new ApiClient(apiBaseUrl(api), undefined, undefined);
  }

  /** POST /auth/token, like any client; a refusal is one line naming the user. */
  static async signIn(api: string, user: string, password: string): Promise<ApiClient> {
    const anonymous = ApiClient.anonymous(api);
    try {
      const { accessToken } = await anonymous.post<AnswerOf<'AuthController_token'>>(
        '/auth/token',
        { username: user, password } satisfies BodyOf<'AuthController_token'>,
      );
      return new ApiClient(anonymous.api, user, accessToken);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 400))
        throw cliError(`signing in as ${user} failed: ${error.messages.join('; ')}`);
      throw error;
    }
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T>(path: string, json?: unknown): Promise<T> {
    return this.call<T>(
      'POST',
      path,
      json === undefined ? undefined : Buffer.from(JSON.stringify(json)),
      'application/json',
    );
  }

  patch<T>(path: string, json: unknown): Promise<T> {
    return this.call<T>('PATCH', path, Buffer.from(JSON.stringify(json)), 'application/json');
  }

  /** A file as the raw body, `contentType` saying what it is. */
  upload<T>(
    path: string,
    bytes: Buffer,
    contentType: string,
    options: UploadOptions = {},
  ): Promise<T> {
    return this.call<T>('POST', path, bytes, contentType, options.onProgress);
  }

  private async call<T>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body?: Buffer,
    contentType?: string,
    onUploadProgress?: UploadOptions['onProgress'],
  ): Promise<T> {
    let answer: HttpAnswer;
    try {
      answer = await httpCall({
        method,
        url: new URL(`${this.api}${path}`),
        headers: {
          ...(this.token && { authorization: `Bearer ${this.token}` }),
          ...(contentType && body !== undefined && { 'content-type': contentType }),
        },
        body,
        onUploadProgress,
      });
    } catch (error) {
      if (error instanceof NetworkError)
        throw cliError(
          `cannot reach the gateway at ${this.api} (${error.code}): is artbridge running? (npm start, or --api / ARTBRIDGE_API)`,
        );
      throw error;
    }
    const parsed = parseJson(answer.text);
    if (answer.status >= 200 && answer.status < 300) {
      if (parsed === undefined && answer.text !== '')
        throw cliError(
          `${method} ${this.api}${path} answered ${answer.status} with something that is not JSON: is --api the artbridge gateway?`,
        );
      return parsed as T;
    }
    throw new ApiError(answer.status, errorBodyOf(parsed, answer), method, path);
  }
}

/**
 * What a refusal said, as the API's error body: the platform sends that shape, but whatever
 * answers at --api (a proxy, another server) may not, so its fields are checked, not assumed.
 */
function errorBodyOf(parsed: unknown, answer: HttpAnswer): ApiErrorBody {
  const fallback: ApiErrorBody = {
    statusCode: answer.status,
    error: `HTTP ${answer.status}`,
    message: answer.text.trim().slice(0, 300) || `HTTP ${answer.status}`,
  };
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fallback;
  const body: Record<string, unknown> = { ...parsed };
  const { statusCode, error, message } = body;
  return {
    ...body,
    statusCode: typeof statusCode === 'number' ? statusCode : answer.status,
    error: typeof error === 'string' ? error : fallback.error,
    // an empty message makes ApiError.messages fall back on `error`
    message: Array.isArray(message)
      ? message.map(String)
      : typeof message === 'string'
        ? message
        : '',
  };
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
