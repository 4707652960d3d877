import { IsIn, IsOptional, IsString } from 'class-validator';
import { normalizeQuery, queryFieldsOf } from './query-parameters';
import { PageQueryOf } from './page-query';

class ListThingsQuery extends PageQueryOf({ maxPageSize: 100, defaultPageSize: 20 }) {
  @IsOptional()
  @IsIn(['A', 'B'])
  status?: string;

  @IsOptional()
  @IsString({ each: true })
  tags?: string[];

  @IsOptional()
  @IsString()
  labels?: string[];
}

describe('queryFieldsOf', () => {
  it('names the parameters the DTO declares, its own and inherited, and which take lists', () => {
    const fields = queryFieldsOf(ListThingsQuery);
    expect([...fields.declared].sort()).toEqual(['labels', 'page', 'pageSize', 'status', 'tags']);
    expect([...fields.lists].sort()).toEqual(['labels', 'tags']);
  });
});

describe('normalizeQuery', () => {
  const fields = queryFieldsOf(ListThingsQuery);

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['one value each', { status: 'A', page: '2' }, { status: 'A', page: '2' }],
    ['empty, bare or blank: not sent', { status: '', page: ' ', pageSize: '\t' }, {}],
    ['a repeat that is empty', { status: ['', 'B'] }, { status: 'B' }],
    ['repeats all empty', { status: ['', ''] }, {}],
    ['a list, its empty values left out', { tags: ['a', '', 'b'] }, { tags: ['a', 'b'] }],
    ['a list of one', { tags: 'a' }, { tags: 'a' }],
    ['what the DTO does not declare, as it came', { x: ['1', ''], y: '' }, { x: ['1', ''], y: '' }],
  ])('%s', (_, query, expected) => {
    expect(normalizeQuery(query, fields)).toEqual({ query: expected, problems: [] });
  });

  it('refuses a parameter of one value given more than once, even the same value twice', () => {
    expect(normalizeQuery({ status: ['A', 'B'], page: ['1', '1'], tags: ['a'] }, fields)).toEqual({
      query: { tags: ['a'] },
      problems: ['status must be given once', 'page must be given once'],
    });
  });
});
