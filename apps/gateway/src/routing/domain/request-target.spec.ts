import { pathUnder, requestTarget } from './request-target';

describe('requestTarget', () => {
  it.each([
    ['/api/catalog/artworks', '/api/catalog/artworks', ''],
    ['/api/catalog/artworks?q=ink&page=2', '/api/catalog/artworks', '?q=ink&page=2'],
    ['/a?b?c', '/a', '?b?c'],
    ['/a%2Fb?x=%20', '/a%2Fb', '?x=%20'],
    ['http://gateway:3000/api/catalog/artworks', '/api/catalog/artworks', ''],
    ['HTTPS://Gateway/Api/catalog/artworks?q=1', '/Api/catalog/artworks', '?q=1'],
    ['http://user@[::1]:3000/api/x?y', '/api/x', '?y'],
    ['http://gateway', '/', ''],
    ['http://gateway?q=1', '/', '?q=1'],
    ['http://gateway/a#frag', '/a', ''],
  ])('%s → %s + %s', (url, pathname, search) => {
    expect(requestTarget(url)).toEqual({ pathname, search });
  });

  it('is undefined for a target that is neither origin- nor absolute-form', () => {
    expect(requestTarget('*')).toBeUndefined();
    expect(requestTarget('')).toBeUndefined();
    expect(requestTarget('api/catalog')).toBeUndefined();
    expect(requestTarget('gateway:3000')).toBeUndefined();
  });
});

describe('pathUnder', () => {
  it.each([
    ['/api/auth/token', '/token'],
    ['/API/auth/token', '/token'],
    ['/Api/Auth/token?x=1', '/token?x=1'],
    ['http://gateway:3000/api/auth/token', '/token'],
    ['/api/auth', ''],
    ['/api/auth?x=1', '?x=1'],
  ])('finds %s under /api/auth: %s', (url, rest) => {
    expect(pathUnder(url, '/api/auth')).toBe(rest);
  });

  it.each(['/api/authx/token', '/api/aut', '/apiauth/token', '/x/api/auth/token', '*'])(
    'does not find %s under /api/auth',
    (url) => {
      expect(pathUnder(url, '/api/auth')).toBeUndefined();
    },
  );
});
