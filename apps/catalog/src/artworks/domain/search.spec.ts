import { pageWindow, searchCriteriaProblems, textSearchQuery } from './search';

describe('textSearchQuery', () => {
  it('asks for every word as a prefix, in any script', () => {
    expect(textSearchQuery('Lin Fengm')).toBe("'lin':* & 'fengm':*");
    expect(textSearchQuery('林风')).toBe("'林风':*");
    expect(textSearchQuery('Zoë Ölçer')).toBe("'zoë':* & 'ölçer':*");
  });

  it('splits on punctuation, so no tsquery syntax gets through', () => {
    expect(textSearchQuery("O'Keeffe")).toBe("'o':* & 'keeffe':*");
    expect(textSearchQuery("a' | !b:* & (c) <-> \\d")).toBe("'a':* & 'b':* & 'c':* & 'd':*");
    expect(textSearchQuery('Jean-Michel')).toBe("'jean':* & 'michel':*");
  });

  it('drops repeated words and keeps at most ten', () => {
    expect(textSearchQuery('ink INK ink')).toBe("'ink':*");
    const many = Array.from({ length: 15 }, (_, i) => `w${i}`).join(' ');
    expect(textSearchQuery(many)?.split(' & ')).toHaveLength(10);
  });

  it('has nothing to search for in blanks and punctuation', () => {
    expect(textSearchQuery(undefined)).toBeUndefined();
    expect(textSearchQuery('  ')).toBeUndefined();
    expect(textSearchQuery('?!*')).toBeUndefined();
  });
});

describe('searchCriteriaProblems', () => {
  it('accepts an empty search, a blank q and a one-year range', () => {
    expect(searchCriteriaProblems({})).toEqual([]);
    expect(searchCriteriaProblems({ q: ' ', yearFrom: 1900, yearTo: 1900 })).toEqual([]);
  });

  it('refuses a q with no word and a range that ends before it starts', () => {
    expect(searchCriteriaProblems({ q: '***', yearFrom: 1950, yearTo: 1949 })).toEqual([
      'q must contain at least one letter or digit',
      'yearTo must not be before yearFrom',
    ]);
  });
});

describe('pageWindow', () => {
  it('turns 1-based pages into offset and limit, 20 a page by default', () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow({ page: 3, pageSize: 7 })).toEqual({ offset: 14, limit: 7 });
    expect(pageWindow({ pageSize: 1000 })).toEqual({ offset: 0, limit: 100 });
  });
});
