import { describeValidationErrors } from '@artbridge/platform-messaging';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ConditionReportDto } from './condition-report.dto';

const DAMAGE = { location: 'lower left corner', description: 'scuffed frame', severity: 'MINOR' };
const REPORT = {
  stage: 'DESTINATION',
  inspector: 'Li Wen',
  at: '2026-11-24T10:00:00Z',
  notes: 'crate opened in the gallery',
  photoRefs: ['p1', 'p2'],
  damages: [DAMAGE],
};

async function problems(body: object): Promise<string[]> {
  return describeValidationErrors(
    await validate(plainToInstance(ConditionReportDto, body), { whitelist: true }),
  );
}

describe('ConditionReportDto', () => {
  it('takes a report with notes, photographs and damage, or none', async () => {
    expect(await problems(REPORT)).toEqual([]);
    expect(await problems({ ...REPORT, notes: undefined, damages: [] })).toEqual([]);
  });

  // @ValidateNested({ each: true }) alone took an array as an item: [[]] and [[{...}]] gave a 500
  it.each([
    ['[[]]', [[]]],
    ['[[{...}]]', [[DAMAGE]]],
  ] as const)('refuses damages holding an array as an item: %s', async (_, damages) => {
    expect(await problems({ ...REPORT, damages })).toEqual([
      'damages: each item of damages must be an object',
    ]);
  });

  it('refuses notes or a photograph reference of white space only', async () => {
    expect(await problems({ ...REPORT, notes: ' \n ' })).toEqual(['notes must not be blank']);
    expect(await problems({ ...REPORT, photoRefs: ['p1', '   '] })).toEqual([
      'photoRefs must not be blank',
    ]);
  });
});
