import { isUtf8 } from 'node:buffer';

/**
 * Where `bytes` stop being well-formed UTF-8 (see firstInvalidUtf8Byte), or undefined when they
 * are. Node's validator answers the common case, good text, without decoding it or making a
 * string; the byte is looked for only in a refusal.
 */
export function invalidUtf8At(bytes: Uint8Array): number | undefined {
  return isUtf8(bytes) ? undefined : firstInvalidUtf8Byte(bytes);
}

/**
 * The first byte of the first sequence that is not well-formed UTF-8 (the Encoding Standard's
 * decoder: no overlong forms, no surrogates, nothing above U+10FFFF), or of one cut short by the
 * end; bytes.length when there is none.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let following: number;
    let [low, high] = [0x80, 0xbf]; // the range of the byte after the lead
    if (lead >= 0xc2 && lead <= 0xdf) following = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      following = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      following = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let offset = 1; offset <= following; offset++) {
      const byte = bytes[index + offset];
      const [min, max] = offset === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += following + 1;
  }
  return bytes.length;
}
