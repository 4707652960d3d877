import { storableText } from './dead-letter-store';

describe('dead letters in text columns', () => {
  it('writes a NUL character, which PostgreSQL refuses in text, as U+FFFD', () => {
    expect(storableText('x\u0000y\u0000')).toBe('x\ufffdy\ufffd');
    expect(storableText('catalog.artwork.registered')).toBe('catalog.artwork.registered');
    expect(storableText(null)).toBeNull();
  });
});
