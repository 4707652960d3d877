import type { Artwork, Shipment } from '../shared/api-types';

/** Answers of the catalog and logistics for the exporter's component tests. */

export const ARTWORK_ID = '019a0000-0000-7000-8000-0000000000a1';
export const SHIPMENT_ID = '019a0000-0000-7000-8000-00000000d001';

/** Lin Fengmian's "Autumn" (1945), available to ship. */
export function artwork(overrides: Partial<Artwork> = {}): Artwork {
  return {
    id: ARTWORK_ID,
    status: 'AVAILABLE',
    exporterId: 'exporter1',
    registeredAt: '2026-11-01T00:00:00.000Z',
    title: 'Autumn',
    artist: { name: 'Lin Fengmian', birthYear: 1900, deathYear: 1991 },
    creationYear: 1945,
    category: 'PAINTING',
    handExecuted: true,
    value: { amount: '48000.00', currency: 'EUR' },
    ownedByCreator: false,
    originCountry: 'CN',
    ...overrides,
  };
}

/** That artwork sold from Shanghai to a Paris gallery, CIP Paris by air. */
export function shipment(overrides: Partial<Shipment> = {}): Shipment {
  return {
    id: SHIPMENT_ID,
    status: 'RESERVED',
    exporterId: 'exporter1',
    artworkIds: [ARTWORK_ID],
    consignee: { name: 'Galerie Lumière', country: 'FR', address: 'Paris' },
    origin: { country: 'CN', place: 'Shanghai' },
    destination: { country: 'FR', place: 'Paris' },
    purpose: 'SALE',
    incoterm: { rule: 'CIP', place: 'Paris' },
    transportMode: 'AIR',
    ftzBonded: false,
    packages: [],
    deadlines: [],
    timeline: [],
    submittedAt: '2026-11-24T09:00:00.000Z',
    updatedAt: '2026-11-24T10:00:00.000Z',
    ...overrides,
  };
}
