import { describeValidationErrors } from '@artbridge/platform-messaging';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  AcceptanceDto,
  DispatchDto,
  DisputeSettlementDto,
  SubmitShipmentDto,
  TrackingEventDto,
} from './shipment-requests.dto';

const MONEY = { amount: '48000.00', currency: 'EUR' };
const SUBMISSION = {
  artworkIds: ['0192f1a2-1111-7aaa-8bbb-123456789abc'],
  consignee: { name: 'Galerie Lumière', country: 'FR', address: '12 rue de Seine, Paris' },
  origin: { country: 'GB', place: 'London' },
  destination: { country: 'FR', place: 'Paris' },
  purpose: 'SALE',
  incoterm: { rule: 'DAP', place: 'Paris' },
  transportMode: 'AIR',
  price: MONEY,
  insurance: { insuredValue: { amount: '52800.00', currency: 'EUR' }, clauses: 'A' },
  packages: [
    {
      type: 'CRATE',
      material: 'PLYWOOD',
      ispm15Marked: true,
      grossKg: 42.5,
      dimensionsCm: { length: 120, width: 20, height: 100 },
    },
  ],
  ftzBonded: false,
};

/** Arrays nested in the packages array, as a fuzzer sent them. */
const NESTED_PACKAGES = [
  ['[[]]', [[]]],
  ['[[{...}]]', [SUBMISSION.packages]],
] as const;

async function problems<T extends object>(type: new () => T, body: object): Promise<string[]> {
  return describeValidationErrors(await validate(plainToInstance(type, body), { whitelist: true }));
}

describe('SubmitShipmentDto', () => {
  it("takes API.md's submission", async () => {
    expect(await problems(SubmitShipmentDto, SUBMISSION)).toEqual([]);
  });

  it('takes artwork ids in lower case, as catalog writes them: the same work in either case is one', async () => {
    const upper = '0192F1A2-1111-7AAA-8BBB-123456789ABC';
    const body = plainToInstance(SubmitShipmentDto, { ...SUBMISSION, artworkIds: [upper] });
    expect(body.artworkIds).toEqual(['0192f1a2-1111-7aaa-8bbb-123456789abc']);
    expect(
      await problems(SubmitShipmentDto, {
        ...SUBMISSION,
        artworkIds: [upper, upper.toLowerCase()],
      }),
    ).toEqual(['artworkIds must not name an artwork twice']);
  });

  it('refuses a consignee, a place or an incoterm place of white space only', async () => {
    const body = {
      ...SUBMISSION,
      consignee: { ...SUBMISSION.consignee, name: ' ', address: '\n' },
      origin: { country: 'GB', place: '  ' },
      incoterm: { rule: 'DAP', place: '\t' },
    };
    expect(await problems(SubmitShipmentDto, body)).toEqual([
      'consignee.name must not be blank',
      'consignee.address must not be blank',
      'origin.place must not be blank',
      'incoterm.place must not be blank (LOG-INCOTERM-PLACE)',
    ]);
  });

  it("keeps the contract's rules for them", async () => {
    const body = {
      ...SUBMISSION,
      consignee: { name: '', country: 'XX', address: 'x'.repeat(1001) },
      destination: { country: 'FR', place: 42 },
    };
    expect(await problems(SubmitShipmentDto, body)).toEqual([
      'consignee.name must be longer than or equal to 1 characters',
      'consignee.address must be shorter than or equal to 1000 characters',
      'consignee.country must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB',
      'destination.place must be longer than or equal to 1 and shorter than or equal to 300 characters',
      'destination.place must be a string',
    ]);
  });

  // the saga's invoice adds duties to the price (invoiceBeyondBound); the price alone is bounded here
  it('refuses a price beyond what an amount can hold, and takes one at the bound', async () => {
    const priced = (amount: string) => ({
      ...SUBMISSION,
      price: { amount, currency: 'EUR' },
      insurance: undefined,
    });
    expect(await problems(SubmitShipmentDto, priced('92233720368547758.07'))).toEqual([]);
    expect(await problems(SubmitShipmentDto, priced('92233720368547758.08'))).toEqual([
      "price.amount '92233720368547758.08' is too large: EUR amounts go up to 92233720368547758.07",
    ]);
  });

  // @ValidateNested({ each: true }) alone took an array as an item: [[]] and [[{...}]] gave a 500
  it.each(NESTED_PACKAGES)(
    'refuses packages holding an array as an item: %s',
    async (_, packages) => {
      expect(await problems(SubmitShipmentDto, { ...SUBMISSION, packages })).toEqual([
        'packages: each item of packages must be an object',
      ]);
    },
  );
});

describe('DispatchDto', () => {
  it('takes the packages as finally built, or none', async () => {
    expect(await problems(DispatchDto, { packages: SUBMISSION.packages })).toEqual([]);
    expect(await problems(DispatchDto, {})).toEqual([]);
  });

  it.each(NESTED_PACKAGES)(
    'refuses packages holding an array as an item: %s',
    async (_, packages) => {
      expect(await problems(DispatchDto, { packages })).toEqual([
        'packages: each item of packages must be an object',
      ]);
    },
  );
});

describe('TrackingEventDto', () => {
  const event = { type: 'PICKED_UP', location: 'PVG', at: '2026-11-24T10:00:00Z' };

  it('takes a location', async () => {
    expect(await problems(TrackingEventDto, event)).toEqual([]);
  });

  it('refuses a location of white space only', async () => {
    expect(await problems(TrackingEventDto, { ...event, location: '  \t' })).toEqual([
      'location must not be blank',
    ]);
  });
});

describe('AcceptanceDto', () => {
  it('takes a refusal with a reason, and none without', async () => {
    expect(await problems(AcceptanceDto, { accepted: false, reason: 'not as sold' })).toEqual([]);
    expect(await problems(AcceptanceDto, { accepted: true })).toEqual([]);
  });

  it('refuses a reason of white space only', async () => {
    expect(await problems(AcceptanceDto, { accepted: false, reason: '  ' })).toEqual([
      'reason must not be blank',
    ]);
  });
});

describe('DisputeSettlementDto', () => {
  it('takes either outcome with a reason', async () => {
    for (const outcome of ['RELEASE_TO_EXPORTER', 'REFUND_BUYER']) {
      expect(
        await problems(DisputeSettlementDto, { outcome, reason: 'surveyor’s report' }),
      ).toEqual([]);
    }
  });

  it('refuses another outcome, and a reason missing, blank or over 500 characters', async () => {
    expect(await problems(DisputeSettlementDto, { outcome: 'SPLIT', reason: 'x' })).toEqual([
      'outcome must be one of RELEASE_TO_EXPORTER, REFUND_BUYER',
    ]);
    expect(await problems(DisputeSettlementDto, { outcome: 'REFUND_BUYER' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^reason /)]),
    );
    expect(
      await problems(DisputeSettlementDto, { outcome: 'REFUND_BUYER', reason: ' \t' }),
    ).toEqual(['reason must not be blank']);
    expect(
      await problems(DisputeSettlementDto, { outcome: 'REFUND_BUYER', reason: 'x'.repeat(501) }),
    ).toEqual(['reason must be shorter than or equal to 500 characters']);
  });
});
