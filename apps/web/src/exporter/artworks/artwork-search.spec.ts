import { searchFromParams, searchQuery, searchToParams } from './artwork-search';

describe('the artwork search in the address', () => {
  it('reads what the address says and defaults the rest', () => {
    expect(searchFromParams(new URLSearchParams('q=lin%20feng&yearFrom=-300&page=3'))).toEqual({
      q: 'lin feng',
      status: '',
      category: '',
      yearFrom: '-300',
      yearTo: '',
      page: 3,
    });
    expect(searchFromParams(new URLSearchParams('page=zero')).page).toBe(1);
  });

  it('writes only what is set, and asks the catalog for one page', () => {
    const search = {
      q: ' ink ',
      status: 'AVAILABLE',
      category: '',
      yearFrom: '',
      yearTo: '1950',
      page: 1,
    };
    expect(searchToParams(search).toString()).toBe('q=ink&status=AVAILABLE&yearTo=1950');
    expect(searchQuery({ ...search, page: 2 })).toEqual({
      q: 'ink',
      status: 'AVAILABLE',
      category: undefined,
      yearFrom: undefined,
      yearTo: '1950',
      page: 2,
      pageSize: 20,
    });
  });
});
