/**
 * What the services answer for a refused request, made useful to a form: the services send
 * `{ statusCode, message: string | string[] }` where each message starts with the field's path
 * (`value.amount has 3 decimals but EUR has 2`, `artist.name: must be a string`).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    /** Field path → its messages (without the path), for errors shown next to their input. */
    readonly fields: Record<string, string[]>,
    /** Anything else the service said (e.g. `missingLicences`). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(messages.join('; ') || `HTTP ${status}`);
  }

  /**
   * `localize` puts a message's text after its field path into the reader's language
   * (serviceMessageIn); the path stays as sent, since forms find a message's field by it.
   */
  static async from(
    response: Response,
    localize: (text: string) => string = (text) => text,
  ): Promise<ApiError> {
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      body = { message: text };
    }
    const raw = body['message'];
    const messages = (Array.isArray(raw) ? raw : raw ? [raw] : [])
      .map(String)
      .map((message) => localizedMessage(message, localize));
    if (messages.length === 0) messages.push(String(body['error'] ?? response.statusText));
    return new ApiError(response.status, messages, groupFieldErrors(messages), body);
  }

  /** Messages for one field (and its children: `value` also collects `value.amount`). */
  forField(path: string): string[] {
    return Object.entries(this.fields)
      .filter(([field]) => field === path || field.startsWith(`${path}.`))
      .flatMap(([, texts]) => texts);
  }
}

const FIELD_PREFIX = /^([A-Za-z_][\w]*(?:\.[\w]+|\[\d+\])*)(?::\s*|\s+)(.*)$/;

/** `title must be a string` as `title: 必须是文本`; one whose text stays as sent, unchanged. */
function localizedMessage(message: string, localize: (text: string) => string): string {
  const match = FIELD_PREFIX.exec(message);
  if (!match || !match[2]) return message;
  const text = localize(match[2]);
  return text === match[2] ? message : `${match[1]}: ${text}`;
}

/** `value.amount has 3 decimals` → { 'value.amount': ['has 3 decimals'] }; index paths keep dots. */
export function groupFieldErrors(messages: string[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const message of messages) {
    const match = FIELD_PREFIX.exec(message);
    if (!match) continue;
    const path = match[1].replace(/\[(\d+)\]/g, '.$1');
    (fields[path] ??= []).push(match[2] || message);
  }
  return fields;
}
