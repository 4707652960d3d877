import 'reflect-metadata';
import { DECORATORS } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import { IsDateTime, isDateTime } from './date-time';

class Report {
  @IsDateTime()
  at!: string;

  @IsOptional()
  @IsDateTime({ message: 'releasedAt is not a date-time' })
  releasedAt?: string;
}

const problems = (body: object) =>
  validateSync(plainToInstance(Report, body)).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );

describe('isDateTime', () => {
  it.each([
    '2026-11-24T10:00:00Z',
    '2026-11-24T18:00:00+08:00',
    '2026-11-24T05:00:00-05:00',
    '2026-11-24T10:00:00.5Z',
    '2026-11-24T10:00:00.123456789+14:00',
    '2028-02-29T23:59:59Z',
    '2000-02-29T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999Z',
  ])('takes %s', (value) => {
    expect(isDateTime(value)).toBe(true);
    expect(Number.isNaN(Date.parse(value))).toBe(false);
  });

  it.each([
    ['2026-W48-1', 'ISO 8601 week date'],
    ['2026-W48', 'ISO 8601 week'],
    ['2026-328', 'ISO 8601 ordinal date'],
    ['2026-328T10:00:00Z', 'ordinal date-time'],
    ['20261124T100000Z', 'basic format'],
    ['2026-11-24T1000Z', 'basic time'],
    ['2026-11-24', 'a date without a time'],
    ['2026-11-24T10:00Z', 'no seconds'],
    ['2026-11-24T10:00:00', 'no offset'],
    ['2026-11-24 10:00:00Z', 'a space for T'],
    ['2026-11-24T10:00:00+0800', 'a basic offset'],
    ['2026-11-24T10:00:00+24:00', 'an offset of 24 hours'],
    ['2026-11-24T24:00:00Z', 'hour 24'],
    ['2026-11-24T10:60:00Z', 'minute 60'],
    ['2026-11-24T10:00:60Z', 'a leap second (Date.parse cannot read it)'],
    ['2026-02-29T10:00:00Z', 'not a leap year'],
    ['1900-02-29T10:00:00Z', 'not a leap year either'],
    ['2026-04-31T10:00:00Z', '31 April'],
    ['2026-13-01T10:00:00Z', 'month 13'],
    ['2026-00-10T10:00:00Z', 'month 0'],
    ['2026-11-00T10:00:00Z', 'day 0'],
    ['+002026-11-24T10:00:00Z', 'an expanded year'],
    ['0000-01-01T00:00:00Z', 'year 0, which PostgreSQL keeps as 1 BC'],
    ['0001-01-01T00:00:00+01:00', 'an offset that takes it back into year 0'],
    ['9999-12-31T23:59:59-01:00', 'an offset that takes it into year 10000'],
    ['2026-11-24T10:00:00.Z', 'a point without fractions'],
    [' 2026-11-24T10:00:00Z', 'white space'],
    ['', 'empty'],
  ])('refuses %s (%s)', (value) => {
    expect(isDateTime(value)).toBe(false);
  });

  it.each([[null], [undefined], [1795514400000], [new Date('2026-11-24T10:00:00Z')], [{}]])(
    'refuses what is not a string: %p',
    (value) => {
      expect(isDateTime(value)).toBe(false);
    },
  );
});

describe('@IsDateTime', () => {
  it('names the field and the form it wants', () => {
    expect(problems({ at: '2026-W48-1' })).toEqual([
      'at must be an ISO 8601 date-time such as 2026-11-24T10:00:00Z',
    ]);
    expect(problems({ at: '20261124T100000Z' })).toEqual([
      'at must be an ISO 8601 date-time such as 2026-11-24T10:00:00Z',
    ]);
    expect(problems({ at: '2026-11-24T10:00:00Z' })).toEqual([]);
  });

  it('says the range for a date-time outside years 0001 to 9999', () => {
    expect(problems({ at: '0000-01-01T00:00:00Z' })).toEqual([
      'at must be a date-time from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z',
    ]);
  });

  it('takes the usual validation options', () => {
    expect(problems({ at: '2026-11-24T10:00:00Z', releasedAt: '2026-328' })).toEqual([
      'releasedAt is not a date-time',
    ]);
  });

  it('documents the field as an OpenAPI date-time', () => {
    expect(
      Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, Report.prototype, 'at'),
    ).toMatchObject({ format: 'date-time' });
  });
});
