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
