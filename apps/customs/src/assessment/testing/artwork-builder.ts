import { parseMoney } from '@artbridge/money';
import type { ArtworkAttributes, AssessmentRequest } from '../domain';

/** A hand-executed ink painting of 1985, EUR 10,000, not owned by its creator: rules override what they test. */
export function anArtwork(overrides: Partial<ArtworkAttributes> = {}): ArtworkAttributes {
  return {
    title: 'Untitled',
    artist: { name: 'Anonymous' },
    creationYear: 1985,
    category: 'PAINTING',
    technique: 'INK',
    handExecuted: true,
    value: parseMoney('10000.00', 'EUR'),
    ownedByCreator: false,
    originCountry: 'CN',
    ...overrides,
  };
}

export function aRequest(overrides: Partial<AssessmentRequest> = {}): AssessmentRequest {
  return {
    exportCountry: 'CN',
    importCountry: 'FR',
    purpose: 'SALE',
    date: '2026-04-13',
    items: [anArtwork()],
    ...overrides,
  };
}

export function eur(amount: string) {
  return parseMoney(amount, 'EUR');
}
