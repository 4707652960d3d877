import { prefersMinimalReturn } from './prefer-header';

describe('prefersMinimalReturn (RFC 7240 Prefer)', () => {
  it.each([
    ['return=minimal', true],
    ['Return=Minimal', true],
    ['return="minimal"', true],
    [' respond-async, return=minimal ; foo=bar', true],
    [['wait=10', 'return=minimal'], true],
    ['return=representation', false],
    ['return=representation, return=minimal', false], // the first one counts
    ['return-minimal', false],
    ['handling=lenient', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (header, minimal) => {
    expect(prefersMinimalReturn(header as string | string[] | undefined)).toBe(minimal);
  });
});
