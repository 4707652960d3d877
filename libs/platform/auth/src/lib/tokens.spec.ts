import { Tokens } from './tokens';

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
