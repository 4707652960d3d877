import { artwork } from '../testing/exporter.fixture';
import {
  assessmentRequestBody,
  attributesOf,
  emptyPackage,
  emptyShipmentForm,
  shipmentRequestBody,
  type ShipmentFormState,
} from './shipment-form-state';

const ARTWORK = artwork({ id: '019a0000-0000-7000-8000-000000000001', creationYear: 1960 });

const FILLED: ShipmentFormState = {
  ...emptyShipmentForm(),
  consigneeName: 'Galerie Lumière',
  consigneeCountry: 'fr',
  consigneeAddress: '1 rue de Rivoli, Paris',
  originCountry: 'CN',
  originPlace: 'Shanghai',
  destinationCountry: 'FR',
  destinationPlace: 'Paris',
  incotermRule: 'CIP',
  incotermPlace: 'Paris',
  priceAmount: '48000.00',
  priceCurrency: 'EUR',
};

describe('the shipment form’s request bodies', () => {
  it('sends the terms, the price when given, and no insurance or packages when none', () => {
    expect(shipmentRequestBody(FILLED, [ARTWORK.id])).toEqual({
      artworkIds: [ARTWORK.id],
      consignee: { name: 'Galerie Lumière', country: 'FR', address: '1 rue de Rivoli, Paris' },
      origin: { country: 'CN', place: 'Shanghai' },
      destination: { country: 'FR', place: 'Paris' },
      purpose: 'SALE',
      incoterm: { rule: 'CIP', place: 'Paris' },
      transportMode: 'AIR',
      price: { amount: '48000.00', currency: 'EUR' },
    });
  });

  it('sends insurance once any of it is given, and every package row', () => {
    const body = shipmentRequestBody(
      {
        ...FILLED,
        insuranceClauses: 'A',
        packages: [
          {
            ...emptyPackage(),
            material: 'PLYWOOD',
            grossKg: '35',
            length: '120',
            width: '20',
            height: '90',
          },
        ],
      },
      [],
    );
    expect(body.insurance).toEqual({ insuredValue: { amount: '', currency: '' }, clauses: 'A' });
    expect(body.packages).toEqual([
      {
        type: 'CRATE',
        material: 'PLYWOOD',
        ispm15Marked: false,
        grossKg: 35,
        dimensionsCm: { length: 120, width: 20, height: 90 },
      },
    ]);
  });

  it('pre-checks the chosen artworks’ attributes only, between the two countries', () => {
    expect(attributesOf(ARTWORK)).not.toHaveProperty('id');
    expect(assessmentRequestBody({ ...FILLED, destinationCountry: 'gb' }, [ARTWORK])).toEqual({
      exportCountry: 'CN',
      importCountry: 'GB',
      purpose: 'SALE',
      items: [
        {
          title: 'Autumn',
          artist: { name: 'Lin Fengmian', birthYear: 1900, deathYear: 1991 },
          creationYear: 1960,
          category: 'PAINTING',
          handExecuted: true,
          value: { amount: '48000.00', currency: 'EUR' },
          ownedByCreator: false,
          originCountry: 'CN',
        },
      ],
    });
  });
});
