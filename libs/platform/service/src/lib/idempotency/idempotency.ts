import { createHash } from 'node:crypto';

/** The request header that names a POST or PATCH so that sending it again does not do it twice. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** The answer header that says an answer is the stored one of an earlier request with the key. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/** The methods a key applies to; the others are idempotent already (PUT, DELETE) or safe. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['POST', 'PATCH']);

/** How long a key and its answer are kept: a retry after that is a new request. */
export const IDEMPOTENCY_KEY_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * How long a key may stay claimed without an answer before its request is taken as lost (the
 * process crashed or restarted while it ran) and a retry may claim it again.
 */
export const IDEMPOTENCY_CLAIM_ABANDONED_MS = 60 * 1000;

export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

/** What a key that is not 1–255 printable ASCII characters is refused with (400). */
export const INVALID_IDEMPOTENCY_KEY = `${IDEMPOTENCY_KEY_HEADER} must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters`;

/** What a key sent again with another request is refused with (422). */
export const IDEMPOTENCY_KEY_REUSED = `${IDEMPOTENCY_KEY_HEADER} was already used for another request (another method, path or body): use a new key for a new request`;

/** What a key sent again while its first request still runs is refused with (409). */
export const IDEMPOTENCY_KEY_IN_PROGRESS = `a request with this ${IDEMPOTENCY_KEY_HEADER} is in progress: retry once it has been answered`;

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/**
 * The key a header value names, or undefined when it is not 1–255 printable ASCII characters.
 * The draft writes the key as a structured-field string (`"8e03978e-…"`), Stripe bare; both are
 * taken, and name the same key.
 */
export function parseIdempotencyKey(header: string | string[]): string | undefined {
  // Node joins a header sent twice with ", "; an array comes only from code that sets one
  if (Array.isArray(header)) return undefined;
  const quoted = /^"((?:[^"\\]|\\["\\])*)"$/.exec(header);
  const key = quoted ? quoted[1].replace(/\\(["\\])/g, '$1') : header;
  if (key.length < 1 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) return undefined;
  return PRINTABLE_ASCII.test(key) ? key : undefined;
}

/** What of a request's body the fingerprint is taken from. */
export type FingerprintedBody =
  /** a JSON or form body, as parsed: the same data in other spacing is the same request */
  | { readonly parsed: unknown }
  /**
   * a body not read before the handler (a file upload, streamed to it): what its headers say of
   * it, reading it twice would cost the memory the streaming saves
   */
  | {
      readonly mediaType: string;
      readonly contentLength: string | undefined;
      readonly contentEncoding: string | undefined;
    };

/** The SHA-256 (hex) of a request's body, to tell a retry from another request with the key. */
export function bodyFingerprint(body: FingerprintedBody): string {
  const described =
    'parsed' in body
      ? `parsed\n${canonicalJson(body.parsed)}`
      : `unread\n${body.mediaType}\n${body.contentLength ?? ''}\n${body.contentEncoding ?? ''}`;
  return createHash('sha256').update(described).digest('hex');
}

/** JSON with every object's keys in order, so that the order they were sent in does not count. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item) || 'null').join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A request as its key's row compares it: what was asked, not who asked (the row is per caller). */
export interface IdempotentRequest {
  readonly method: string;
  /** the path with its query */
  readonly path: string;
  readonly fingerprint: string;
}

/** A key's row: the request that claimed it and, once answered, the answer's status. */
export interface ClaimedIdempotencyKey extends IdempotentRequest {
  /** undefined while the request that claimed the key runs */
  readonly status: number | undefined;
  readonly createdAt: Date;
  readonly claimedAt: Date;
}

/** What to do with a request whose key is already claimed (the claim's INSERT found a row). */
export type IdempotencyDecision =
  /** the row is gone (its request failed and let go of it): claim the key afresh */
  | { readonly kind: 'claim' }
  /** the row is expired, or its request was lost: claim it in its place */
  | { readonly kind: 'take-over'; readonly reason: 'expired' | 'abandoned' }
  /** the same request, answered: answer it again with the stored answer */
  | { readonly kind: 'replay' }
  /** the same request, still running: 409 */
  | { readonly kind: 'in-progress' }
  /** another request with the key: 422 */
  | { readonly kind: 'mismatch' };

/**
 * The draft's and Stripe's rules for a key sent again: an expired key is a new one, another
 * request with the key is refused (even while the first runs), the same one is answered with
 * the stored answer, or 409 while it runs, unless it has run for so long that it was lost.
 */
export function decideClaimedKey(
  claimed: ClaimedIdempotencyKey | undefined,
  request: IdempotentRequest,
  now: Date,
): IdempotencyDecision {
  if (!claimed) return { kind: 'claim' };
  if (now.getTime() - claimed.createdAt.getTime() >= IDEMPOTENCY_KEY_KEPT_MS)
    return { kind: 'take-over', reason: 'expired' };
  if (
    claimed.method !== request.method ||
    claimed.path !== request.path ||
    claimed.fingerprint !== request.fingerprint
  )
    return { kind: 'mismatch' };
  if (claimed.status !== undefined) return { kind: 'replay' };
  if (now.getTime() - claimed.claimedAt.getTime() >= IDEMPOTENCY_CLAIM_ABANDONED_MS)
    return { kind: 'take-over', reason: 'abandoned' };
  return { kind: 'in-progress' };
}

/**
 * Whether an answer is kept for the key's retries: a success, or a refusal that the same request
 * would get again. A 5xx (and anything but 2xx/4xx) lets go of the key, so that the retry runs;
 * so do 409 and 429, which say that it may succeed later (a state that changes, a rate).
 */
export function keepsAnswer(status: number): boolean {
  if (status >= 200 && status < 300) return true;
  return status >= 400 && status < 500 && status !== 409 && status !== 429;
}

/** The answer's headers a replay repeats: what the body is, and where what it created is. */
export const REPLAYED_HEADERS = ['content-type', 'location', 'preference-applied'] as const;
