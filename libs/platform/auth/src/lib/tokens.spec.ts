import { createHmac } from 'node:crypto';
import { isIssuedClaims, TOKEN_TTL_SECONDS, Tokens } from './tokens';

/** An HS256 token with exactly these claims, signed with `secret`: what a bug or a leak could mint. */
function tokenWith(claims: Record<string, unknown>, secret = 'test-secret'): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('Tokens', () => {
  const tokens = new Tokens('test-secret');

  it('round-trips a principal', () => {
    const token = tokens.sign({ username: 'officer1', roles: ['CUSTOMS_OFFICER'] });
    expect(tokens.verify(token)).toEqual({ username: 'officer1', roles: ['CUSTOMS_OFFICER'] });
  });

  it('refuses forged, expired and malformed tokens', () => {
    const forged = new Tokens('another-secret').sign({ username: 'admin', roles: ['ADMIN'] });
    expect(tokens.verify(forged)).toBeUndefined();
    expect(tokens.verify(tokens.sign({ username: 'x', roles: [] }, -10))).toBeUndefined();
    expect(tokens.verify('not.a.token')).toBeUndefined();
  });

  it('drops roles it does not know', () => {
    const token = tokens.sign({ username: 'x', roles: ['EXPORTER', 'GOD' as 'ADMIN'] });
    expect(tokens.verify(token)?.roles).toEqual(['EXPORTER']);
  });
});

describe('Tokens, claims it did not issue', () => {
  const tokens = new Tokens('test-secret');
  const now = Math.floor(Date.now() / 1000);
  const good = { iss: 'artbridge', sub: 'exporter1', roles: ['EXPORTER'], iat: now, exp: now + 60 };

  it('accepts a hand-made token in the shape it issues, the one below each refusal', () => {
    expect(tokens.verify(tokenWith(good))).toEqual({ username: 'exporter1', roles: ['EXPORTER'] });
    expect(tokens.verify(tokenWith({ ...good, exp: now + TOKEN_TTL_SECONDS }))).toBeDefined();
  });

  it.each([
    ['no exp', { exp: undefined }],
    ['a string exp', { exp: String(now + 60) }],
    ['no iat', { iat: undefined }],
    ['a sub that is a number', { sub: 42 }],
    ['a sub that is an object', { sub: { name: 'admin' } }],
    ['an empty sub', { sub: '' }],
    ['no sub', { sub: undefined }],
    ['a lifetime beyond the TTL', { exp: now + TOKEN_TTL_SECONDS + 1 }],
    ['an issue time past the TTL', { iat: now - TOKEN_TTL_SECONDS - 1, exp: now + 60 }],
    [
      'an issue time in the future',
      { iat: now + 86_400, exp: now + 86_400 + TOKEN_TTL_SECONDS - 1 },
    ],
  ])('refuses a token with %s', (_, changed) => {
    const token = tokenWith({ ...good, ...changed });
    expect(tokens.verify(token)).toBeUndefined();
    expect(tokens.verify(token)).toBeUndefined(); // and never remembers it as good
  });

  it('signs no token it would refuse', () => {
    expect(() => tokens.sign({ username: 'x', roles: [] }, TOKEN_TTL_SECONDS + 1)).toThrow(
      RangeError,
    );
  });
});

describe('isIssuedClaims', () => {
  const now = 1_800_000_000;
  it('wants a string sub, numeric iat and exp, and a lifetime within the TTL', () => {
    expect(isIssuedClaims({ sub: 'a', iat: now, exp: now + TOKEN_TTL_SECONDS }, now)).toBe(true);
    expect(isIssuedClaims({ sub: 'a', iat: now, exp: now + TOKEN_TTL_SECONDS + 1 }, now)).toBe(
      false,
    );
    expect(isIssuedClaims({ sub: 'a', iat: now }, now)).toBe(false);
    expect(isIssuedClaims({ sub: 7, iat: now, exp: now + 1 }, now)).toBe(false);
    expect(isIssuedClaims({ sub: 'a', iat: now, exp: Infinity }, now)).toBe(false);
    // issued by a clock a little ahead: fine; far ahead: no
    expect(
      isIssuedClaims({ sub: 'a', iat: now + 30, exp: now + 30 + TOKEN_TTL_SECONDS }, now),
    ).toBe(true);
    expect(
      isIssuedClaims({ sub: 'a', iat: now + 600, exp: now + 600 + TOKEN_TTL_SECONDS }, now),
    ).toBe(false);
  });
});

describe('Tokens, checking a token again', () => {
  afterEach(() => jest.useRealTimers());

  it('stops accepting a token it accepted before once the token expires', () => {
    jest.useFakeTimers({ now: new Date('2026-12-06T12:00:00Z') });
    const tokens = new Tokens('test-secret');
    const token = tokens.sign({ username: 'exporter1', roles: ['EXPORTER'] }, 60);
    expect(tokens.verify(token)?.username).toBe('exporter1');
    jest.setSystemTime(new Date('2026-12-06T12:00:59Z'));
    expect(tokens.verify(token)?.username).toBe('exporter1');
    jest.setSystemTime(new Date('2026-12-06T12:01:00Z'));
    expect(tokens.verify(token)).toBeUndefined();
  });

  it('never accepts a token that differs from an accepted one, not even in its signature', () => {
    const tokens = new Tokens('test-secret');
    const token = tokens.sign({ username: 'exporter1', roles: ['EXPORTER'] });
    expect(tokens.verify(token)).toBeDefined();
    const signature = token.slice(token.lastIndexOf('.') + 1);
    const tampered = `${token.slice(0, token.lastIndexOf('.') + 1)}${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    expect(tokens.verify(tampered)).toBeUndefined();
    const [header, , sig] = token.split('.');
    const otherClaims = Buffer.from(
      JSON.stringify({ roles: ['ADMIN'], sub: 'exporter1', iss: 'artbridge', exp: 9_999_999_999 }),
    ).toString('base64url');
    expect(tokens.verify(`${header}.${otherClaims}.${sig}`)).toBeUndefined();
  });

  it('keeps checking tokens correctly past the number it remembers', () => {
    const tokens = new Tokens('test-secret');
    const issued = Array.from({ length: 1_200 }, (_, i) =>
      tokens.sign({ username: `user${i}`, roles: ['EXPORTER'] }),
    );
    for (const token of issued) tokens.verify(token);
    expect(issued.map((token) => tokens.verify(token)?.username)).toEqual(
      issued.map((_, i) => `user${i}`),
    );
  });
});

describe('Tokens, the principal of a remembered token', () => {
  it('is a fresh copy for each request: changing one leaves the next untouched', () => {
    const tokens = new Tokens('test-secret');
    const token = tokens.sign({ username: 'exporter1', roles: ['EXPORTER'] });
    tokens.verify(token)!.roles.push('ADMIN');
    const again = tokens.verify(token)!;
    again.roles.push('ADMIN');
    again.username = 'someone else';
    expect(tokens.verify(token)).toEqual({ username: 'exporter1', roles: ['EXPORTER'] });
  });
});
