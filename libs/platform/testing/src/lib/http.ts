export type JsonRequestInit = RequestInit & { json?: unknown };

/** fetch with a JSON body shorthand: `{ method: 'POST', json: {...} }`. */
export function httpRequest(
  baseUrl: string,
  path: string,
  init: JsonRequestInit = {},
): Promise<Response> {
  const { json, ...rest } = init;
  return fetch(`${baseUrl}${path}`, {
    ...rest,
    headers: {
      ...(json !== undefined && { 'content-type': 'application/json' }),
      ...(rest.headers as Record<string, string>),
    },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
}

/** The JSON body of a response, typed by the caller (tests know what they expect). */
export async function readJson<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
