import { ApiError } from './api-error';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (a file's text, a Blob), with `contentType`. */
  body?: BodyInit;
  contentType?: string;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
}

/**
 * The public API at /api (docs/API.md) as the web uses it: the bearer token on every call,
 * a refused request turned into an ApiError with its field errors (in the reader's language),
 * and a 401 (the token expired or was revoked) reported once so the app can sign the user out.
 */
export class ApiClient {
  constructor(
    private readonly token: () => string | undefined,
    private readonly onUnauthorized: () => void = () => undefined,
    private readonly base = '/api',
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
    /** The services' field messages in the reader's language (serviceMessageIn). */
    private readonly localize: (text: string) => string = (text) => text,
  ) {}

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = this.token();
    if (token) headers['authorization'] = `Bearer ${token}`;
    let body = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.contentType) {
      headers['content-type'] = options.contentType;
    }
    const response = await this.fetcher(`${this.base}${path}${queryString(options.query)}`, {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      signal: options.signal,
    });
    if (response.status === 401 && token) this.onUnauthorized();
    if (!response.ok) throw await ApiError.from(response, this.localize);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T>(path: string, query?: RequestOptions['query']): Promise<T> {
    return this.request<T>(path, { query });
  }

  post<T>(path: string, json?: unknown): Promise<T> {
    return this.request<T>(path, { method: 'POST', json: json ?? {} });
  }

  /** A file as the body, with the content type the service expects for it. */
  upload<T>(path: string, file: Blob, contentType?: string): Promise<T> {
    return this.request<T>(path, {
      method: 'POST',
      body: file,
      contentType: contentType || file.type || 'application/octet-stream',
    });
  }
}

export function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
