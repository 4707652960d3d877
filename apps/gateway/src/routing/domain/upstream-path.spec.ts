import { upstreamPath } from './upstream-path';

describe('upstreamPath', () => {
  it.each([
    ['/api/catalog/artworks', '/artworks'],
    [
      '/api/catalog/artworks/0190a1b2-0000-7000-8000-000000000001',
      '/artworks/0190a1b2-0000-7000-8000-000000000001',
    ],
    ['/api/catalog/artworks?q=ink&page=2', '/artworks?q=ink&page=2'],
    ['/api/catalog/artworks/', '/artworks/'],
    ['/api/catalog', '/'],
    ['/api/catalog/', '/'],
    ['/api/catalog?x=1', '/?x=1'],
    ['/api/catalog/a%2Fb', '/a%2Fb'],
    // the router matches /api/<service> in any letter case: the rest is kept as sent
    ['/Api/catalog/artworks?q=1', '/artworks?q=1'],
    ['/API/CATALOG/Artworks', '/Artworks'],
    // absolute-form, which HTTP/1.1 servers must accept
    ['http://gateway:3000/api/catalog/artworks?q=1', '/artworks?q=1'],
    ['http://gateway/api/catalog', '/'],
    ['http://gateway/api/catalog?x=1', '/?x=1'],
  ])('%s → %s', (url, expected) => {
    expect(upstreamPath(url, 'catalog')).toBe(expected);
  });

  it('leaves alone what is not under /api/<service>', () => {
    expect(upstreamPath('/api/catalogue/artworks', 'catalog')).toBeUndefined();
    expect(upstreamPath('/api/customs/x', 'catalog')).toBeUndefined();
    expect(upstreamPath('/catalog/artworks', 'catalog')).toBeUndefined();
    expect(upstreamPath('http://gateway/catalog/artworks', 'catalog')).toBeUndefined();
    expect(upstreamPath('/api/%63atalog/artworks', 'catalog')).toBeUndefined();
    expect(upstreamPath('*', 'catalog')).toBeUndefined();
  });
});
