import { childTraceparent } from './envelope';

const W3C = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

describe('childTraceparent', () => {
  it('continues the parent trace with a span of its own', () => {
    const parent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const child = childTraceparent(parent);
    expect(child).toMatch(W3C);
    expect(W3C.exec(child)![1]).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(W3C.exec(child)![2]).not.toBe('00f067aa0ba902b7');
    expect(W3C.exec(child)![3]).toBe('01');
  });

  it('starts a new sampled trace when there is no parent or it is not W3C', () => {
    for (const parent of [undefined, null, '', 'garbage']) {
      expect(childTraceparent(parent)).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    }
  });

  it('never repeats an id, across many refills of its random pool', () => {
    const ids = Array.from({ length: 5000 }, () => childTraceparent());
    expect(new Set(ids.map((id) => W3C.exec(id)![1])).size).toBe(ids.length);
    expect(new Set(ids.map((id) => W3C.exec(id)![2])).size).toBe(ids.length);
  });
});
