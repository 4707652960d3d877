import { plainToInstance } from 'class-transformer';
import { IsUUID, validateSync } from 'class-validator';
import { LowerCaseUuid, lowerCaseUuids } from './lower-case-uuid';
import { UuidParamPipe } from './uuid-param';

class Body {
  @LowerCaseUuid()
  @IsUUID('all')
  id!: string;

  @LowerCaseUuid()
  @IsUUID('all', { each: true })
  ids!: string[];
}

describe('LowerCaseUuid', () => {
  it('takes UUIDs, alone or in an array, in lower case before validation', () => {
    const body = plainToInstance(Body, {
      id: '0190A1B2-0000-7000-8000-00000000000A',
      ids: ['0190A1B2-0000-7000-8000-00000000000B', '0190a1b2-0000-7000-8000-00000000000c'],
    });
    expect(body).toEqual({
      id: '0190a1b2-0000-7000-8000-00000000000a',
      ids: ['0190a1b2-0000-7000-8000-00000000000b', '0190a1b2-0000-7000-8000-00000000000c'],
    });
    expect(validateSync(body)).toEqual([]);
  });

  it('leaves what is not a string for validation to refuse', () => {
    expect(lowerCaseUuids(42)).toBe(42);
    expect(lowerCaseUuids(null)).toBeNull();
    expect(lowerCaseUuids(['A', 7])).toEqual(['a', 7]);
    const body = plainToInstance(Body, { id: 42, ids: 'NOT-AN-ARRAY' });
    expect(validateSync(body).map((error) => error.property)).toEqual(['id', 'ids']);
  });
});

describe('UuidParamPipe', () => {
  it('answers a UUID path parameter in lower case', async () => {
    await expect(
      new UuidParamPipe().transform('0190A1B2-0000-7000-8000-00000000000A', {
        type: 'param',
        data: 'id',
      }),
    ).resolves.toBe('0190a1b2-0000-7000-8000-00000000000a');
  });
});
