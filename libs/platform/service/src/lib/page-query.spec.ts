import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PageQueryOf } from './page-query';

class ListThingsQuery extends PageQueryOf({ maxPageSize: 100, defaultPageSize: 20 }) {}

/** As the ValidationPipe sees a query string: every value a string. */
const errorsOf = (query: Record<string, string>) =>
  validateSync(plainToInstance(ListThingsQuery, query)).map((error) => error.property);

describe('PageQueryOf', () => {
  it('takes page and pageSize as numbers from the query string', () => {
    const query = plainToInstance(ListThingsQuery, { page: '2', pageSize: '100' });
    expect(validateSync(query)).toEqual([]);
    expect(query).toMatchObject({ page: 2, pageSize: 100 });
    expect(errorsOf({})).toEqual([]);
  });

  it.each([
    [{ page: '0' }, ['page']],
    [{ page: 'two' }, ['page']],
    [{ pageSize: '101' }, ['pageSize']],
    [{ pageSize: '1.5' }, ['pageSize']],
    [{ page: '-1', pageSize: '0' }, ['page', 'pageSize']],
  ])('refuses %j naming %j', (query, fields) => {
    expect(errorsOf(query)).toEqual(fields);
  });

  it('keeps each subclass to its own limit', () => {
    class Wide extends PageQueryOf({ maxPageSize: 500, defaultPageSize: 50 }) {}
    expect(validateSync(plainToInstance(Wide, { pageSize: '500' }))).toEqual([]);
    expect(errorsOf({ pageSize: '500' })).toEqual(['pageSize']);
  });
});
