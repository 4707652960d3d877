import { firstInvalidUtf8Byte, invalidUtf8At } from './utf8';

describe('firstInvalidUtf8Byte', () => {
  it.each<[string, number[], number]>([
    ['ASCII', [0x61, 0x62], 2],
    ['two, three and four bytes', [...Buffer.from('é€😀')], 9],
    ['a byte that never starts a character', [0x61, 0xff], 1],
    ['a continuation byte alone', [0x61, 0x80, 0x61], 1],
    ['an overlong form', [0xc0, 0x80], 0],
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short by the end', [0x61, 0xe2, 0x82], 1],
    ['a sequence cut short by another character', [0xe2, 0x82, 0x61], 0],
  ])('%s: %j -> %d', (_, bytes, expected) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(bytes))).toBe(expected);
  });
});

describe('invalidUtf8At', () => {
  it.each<[string, number[], number | undefined]>([
    ['good text', [...Buffer.from('a é € 😀')], undefined],
    ['nothing', [], undefined],
    ['bytes that never start a character', [...Buffer.from('BADUTF8_'), 0xff, 0xfe], 8],
    ['a surrogate as CESU-8 writes it', [...Buffer.from('BADUTF8_'), 0xed, 0xa0, 0x80], 8],
    ['an overlong form', [0x61, 0xc0, 0xaf], 1],
    ['a sequence cut short by the end', [0x61, 0xf0, 0x9f, 0x98], 1],
  ])('%s: %j -> %s', (_, bytes, expected) => {
    expect(invalidUtf8At(new Uint8Array(bytes))).toBe(expected);
  });

  it('agrees with a fatal TextDecoder, as the uploads read UTF-8, on every two-byte lead', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const disagreements: number[][] = [];
    for (let first = 0; first < 256; first++)
      for (let second = 0; second < 256; second++) {
        const bytes = new Uint8Array([first, second, 0x80, 0x80]);
        let decodes = true;
        try {
          decoder.decode(bytes);
        } catch {
          decodes = false;
        }
        if ((invalidUtf8At(bytes) === undefined) !== decodes) disagreements.push([first, second]);
      }
    expect(disagreements).toEqual([]);
  });
});
