import type { OperationObject, ParameterObject, ResponseObject } from '@nestjs/swagger';
import {
  bodyFingerprint,
  canonicalJson,
  type ClaimedIdempotencyKey,
  decideClaimedKey,
  IDEMPOTENCY_CLAIM_ABANDONED_MS,
  IDEMPOTENCY_KEY_KEPT_MS,
  keepsAnswer,
  parseIdempotencyKey,
} from './idempotency';
import { describeIdempotency } from './idempotency.openapi';

describe('Idempotency-Key', () => {
  describe('parseIdempotencyKey', () => {
    it('takes 1 to 255 printable ASCII characters, bare or as a structured-field string', () => {
      expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe(
        '8e03978e-40d5-43e8-bc93-6894a57f9324',
      );
      expect(parseIdempotencyKey('"8e03978e-40d5"')).toBe('8e03978e-40d5');
      expect(parseIdempotencyKey('"a\\"b\\\\c"')).toBe('a"b\\c');
      expect(parseIdempotencyKey('k')).toBe('k');
      expect(parseIdempotencyKey('x'.repeat(255))).toBe('x'.repeat(255));
      expect(parseIdempotencyKey('order 42 ~!')).toBe('order 42 ~!');
    });

    it('refuses an empty key, a longer one, and characters that are not printable ASCII', () => {
      for (const bad of [
        '',
        '""',
        'x'.repeat(256),
        `"${'x'.repeat(256)}"`,
        'clé',
        'a\tb',
        'a\x7fb',
      ])
        expect(parseIdempotencyKey(bad)).toBeUndefined();
      expect(parseIdempotencyKey(['a', 'b'])).toBeUndefined();
    });
  });

  describe('bodyFingerprint', () => {
    it('is the same for the same data however it was spaced or its keys ordered', () => {
      expect(bodyFingerprint({ parsed: { title: 'A', sizes: [1, { b: 2, a: 1 }] } })).toBe(
        bodyFingerprint({ parsed: { sizes: [1, { a: 1, b: 2 }], title: 'A' } }),
      );
      expect(bodyFingerprint({ parsed: { title: 'A' } })).toMatch(/^[0-9a-f]{64}$/);
    });

    it('differs for other data, another type of a value, or another order of an array', () => {
      const of = (parsed: unknown) => bodyFingerprint({ parsed });
      expect(of({ title: 'A' })).not.toBe(of({ title: 'B' }));
      expect(of({ n: 1 })).not.toBe(of({ n: '1' }));
      expect(of([1, 2])).not.toBe(of([2, 1]));
      expect(of({})).not.toBe(of(undefined));
    });

    it('takes an upload that is not read before the handler by its media type, length and encoding', () => {
      const upload = { mediaType: 'text/csv', contentLength: '120', contentEncoding: undefined };
      expect(bodyFingerprint(upload)).toBe(bodyFingerprint({ ...upload }));
      expect(bodyFingerprint(upload)).not.toBe(
        bodyFingerprint({ ...upload, contentLength: '121' }),
      );
      expect(bodyFingerprint(upload)).not.toBe(
        bodyFingerprint({ ...upload, mediaType: 'text/xml' }),
      );
      expect(bodyFingerprint(upload)).not.toBe(
        bodyFingerprint({ ...upload, contentEncoding: 'gzip' }),
      );
    });

    it('orders keys in canonical JSON and leaves out undefined ones, as JSON would', () => {
      expect(canonicalJson({ b: 1, a: [null, 'x'], c: undefined })).toBe('{"a":[null,"x"],"b":1}');
    });
  });

  describe('decideClaimedKey', () => {
    const now = new Date('2026-05-14T12:00:00Z');
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const request = { method: 'POST', path: '/artworks', fingerprint: 'f1' };
    const claimed = (change: Partial<ClaimedIdempotencyKey> = {}): ClaimedIdempotencyKey => ({
      ...request,
      status: 201,
      createdAt: ago(1000),
      claimedAt: ago(1000),
      ...change,
    });

    it('claims a key whose row is gone (its request let go of it)', () => {
      expect(decideClaimedKey(undefined, request, now)).toEqual({ kind: 'claim' });
    });

    it('replays the answer of the same request', () => {
      expect(decideClaimedKey(claimed(), request, now)).toEqual({ kind: 'replay' });
      expect(decideClaimedKey(claimed({ status: 400 }), request, now)).toEqual({ kind: 'replay' });
    });

    it('refuses another body, path or method with the key, answered or still running', () => {
      for (const other of [
        { ...request, fingerprint: 'f2' },
        { ...request, path: '/artworks?x=1' },
        { ...request, method: 'PATCH' },
      ]) {
        expect(decideClaimedKey(claimed(), other, now)).toEqual({ kind: 'mismatch' });
        expect(decideClaimedKey(claimed({ status: undefined }), other, now)).toEqual({
          kind: 'mismatch',
        });
      }
    });

    it('says the same request is in progress while the first runs', () => {
      expect(
        decideClaimedKey(
          claimed({ status: undefined, claimedAt: ago(IDEMPOTENCY_CLAIM_ABANDONED_MS - 1) }),
          request,
          now,
        ),
      ).toEqual({ kind: 'in-progress' });
    });

    it('takes over a claim left without an answer past the timeout (its process was lost)', () => {
      expect(
        decideClaimedKey(
          claimed({ status: undefined, claimedAt: ago(IDEMPOTENCY_CLAIM_ABANDONED_MS) }),
          request,
          now,
        ),
      ).toEqual({ kind: 'take-over', reason: 'abandoned' });
    });

    it('takes an expired key as a new one, whatever request it was used for', () => {
      const expired = {
        createdAt: ago(IDEMPOTENCY_KEY_KEPT_MS),
        claimedAt: ago(IDEMPOTENCY_KEY_KEPT_MS),
      };
      expect(decideClaimedKey(claimed(expired), request, now)).toEqual({
        kind: 'take-over',
        reason: 'expired',
      });
      expect(decideClaimedKey(claimed(expired), { ...request, fingerprint: 'f2' }, now)).toEqual({
        kind: 'take-over',
        reason: 'expired',
      });
      expect(
        decideClaimedKey(claimed({ createdAt: ago(IDEMPOTENCY_KEY_KEPT_MS - 1) }), request, now),
      ).toEqual({ kind: 'replay' });
    });
  });

  it('keeps 2xx and 4xx answers but 409 and 429, and lets go of the key on any other', () => {
    for (const kept of [200, 201, 202, 204, 400, 403, 404, 413, 422])
      expect(keepsAnswer(kept)).toBe(true);
    for (const released of [409, 429, 500, 502, 503, 301, 100])
      expect(keepsAnswer(released)).toBe(false);
  });

  describe('describeIdempotency (OpenAPI)', () => {
    const operation = (): OperationObject => ({ responses: { 201: { description: 'created' } } });

    it('adds the optional header, 409 and 422 to a POST or PATCH that needs a token', () => {
      for (const method of ['post', 'patch']) {
        const described = operation();
        describeIdempotency(described, method, { public: false });
        const [parameter] = described.parameters as ParameterObject[];
        expect(parameter).toMatchObject({
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        });
        expect(Object.keys(described.responses).sort()).toEqual(['201', '400', '409', '422']);
        expect((described.responses[422] as ResponseObject).description).toContain(
          'Idempotency-Key',
        );
      }
    });

    it("keeps an operation's own 409, adding that it may be the key's", () => {
      const described = operation();
      described.responses[409] = { description: 'The artwork is reserved.' };
      describeIdempotency(described, 'post', { public: false });
      expect((described.responses[409] as ResponseObject).description).toMatch(
        /^The artwork is reserved\.\n\nOr: A request with this Idempotency-Key is in progress/,
      );
    });

    it('leaves other methods and public routes as they are', () => {
      for (const [method, route] of [
        ['get', { public: false }],
        ['put', { public: false }],
        ['delete', { public: false }],
        ['post', { public: true }],
      ] as const) {
        const described = operation();
        describeIdempotency(described, method, route);
        expect(described).toEqual(operation());
      }
    });
  });
});
