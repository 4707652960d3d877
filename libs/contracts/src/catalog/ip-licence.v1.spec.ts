import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { ALL_MESSAGES, MessageDefinition } from '../index';
import { ReturnLegCompleted } from '../logistics';
import {
  ArtworkReservationRefused,
  ArtworksReturned,
  IpLicenceRegistered,
  IpProductRegistered,
  ReserveArtworks,
} from './index';

const id = '0192f1d2-7c3a-7d4e-8f00-000000000001';
const other = '0192f1d2-7c3a-7d4e-8f00-000000000002';

function messages(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}),
    ...messages(error.children ?? []),
  ]);
}

function problems<T extends object>(definition: MessageDefinition<T>, payload: unknown): string[] {
  const instance = plainToInstance(definition.payload, payload);
  return messages(
    validateSync(instance as object, { whitelist: true, forbidNonWhitelisted: true }),
  );
}

const licence = {
  licenceId: id,
  licenseeId: 'exporter1',
  licensor: 'The Palace Museum',
  sourceItem: { title: 'Along the River During the Qingming Festival', institutionRef: 'XW-1' },
  validFrom: '2026-01-01',
  validTo: '2027-12-31',
  territories: ['CN', 'HK', 'MO'],
  royaltyRate: '8.5',
  registeredAt: '2026-11-24T10:00:00.000Z',
};

describe('creative cultural products, loans and returns (version 1 messages)', () => {
  it('are listed once each, on their streams', () => {
    for (const [definition, stream] of [
      [IpLicenceRegistered, 'artbridge.catalog.artwork'],
      [IpProductRegistered, 'artbridge.catalog.artwork'],
      [ArtworksReturned, 'artbridge.catalog.artwork'],
      [ReturnLegCompleted, 'artbridge.logistics.customs-regime'],
    ] as const) {
      expect(ALL_MESSAGES.filter((m) => m.type === definition.type)).toHaveLength(1);
      expect(definition).toMatchObject({ kind: 'event', version: 1, stream });
    }
  });

  it('validate a licence: territories are countries or WORLD, the rate a percentage string', () => {
    expect(problems(IpLicenceRegistered, licence)).toEqual([]);
    expect(problems(IpLicenceRegistered, { ...licence, territories: ['WORLD'] })).toEqual([]);
    expect(
      problems(IpLicenceRegistered, { ...licence, territories: ['CN', 'XX'], royaltyRate: 8.5 }),
    ).toEqual([
      'territories must hold ISO 3166-1 alpha-2 country codes such as CN, FR, GB, or just WORLD',
      'royaltyRate must be a percentage from 0 to 100 as a decimal string with at most 4 decimals, such as "8.5"',
    ]);
    for (const rate of ['100.01', '101', '8.12345', '-1', '8.', '.5']) {
      expect(problems(IpLicenceRegistered, { ...licence, royaltyRate: rate })).toHaveLength(1);
    }
    for (const rate of ['0', '100', '100.0000', '12.3456', '0.5']) {
      expect(problems(IpLicenceRegistered, { ...licence, royaltyRate: rate })).toEqual([]);
    }
  });

  it('validate a product with its royalty per unit', () => {
    const product = {
      artworkId: other,
      licenceId: id,
      exporterId: 'exporter1',
      sku: 'PM-SCARF-01',
      title: 'Qingming silk scarf',
      productType: 'SCARF',
      unitValue: { amount: '680.00', currency: 'CNY' },
      royaltyRate: '8.5',
      royaltyPerUnit: { amount: '57.80', currency: 'CNY' },
      registeredAt: '2026-11-24T10:00:00.000Z',
    };
    expect(problems(IpProductRegistered, product)).toEqual([]);
    expect(
      problems(IpProductRegistered, {
        ...product,
        royaltyPerUnit: { amount: '57.805', currency: 'CNY' },
      }),
    ).toEqual(["amount '57.805' has 3 decimals but CNY has 2"]);
  });

  it('take the destination and purpose in a reservation, and a NOT_LICENSED refusal', () => {
    const reserve = { shipmentId: id, exporterId: 'exporter1', artworkIds: [other] };
    expect(problems(ReserveArtworks, reserve)).toEqual([]);
    expect(
      problems(ReserveArtworks, {
        ...reserve,
        destinationCountry: 'FR',
        purpose: 'TEMPORARY_EXHIBITION',
      }),
    ).toEqual([]);
    expect(
      problems(ReserveArtworks, { ...reserve, destinationCountry: 'France', purpose: 'LOAN' }),
    ).toHaveLength(2);
    expect(
      problems(ArtworkReservationRefused, {
        shipmentId: id,
        refused: [{ artworkId: other, reason: 'NOT_LICENSED', detail: 'outside CN, HK' }],
      }),
    ).toEqual([]);
  });

  it('validate the return of a loan', () => {
    expect(
      problems(ReturnLegCompleted, {
        shipmentId: id,
        returnShipmentId: other,
        artworkIds: [other],
        completedAt: '2026-11-24T10:00:00.000Z',
      }),
    ).toEqual([]);
    expect(
      problems(ArtworksReturned, { shipmentId: id, returnShipmentId: other, artworkIds: [] }),
    ).toEqual(['artworkIds must contain at least 1 elements']);
  });
});
