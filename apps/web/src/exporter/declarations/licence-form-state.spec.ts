import type { DeclarationItem } from '../../api/declaration.types';
import { declaration } from '../../testing/declarations.fixture';
import {
  emptyLicenceForm,
  isUnderReview,
  licenceRequestBody,
  missingByType,
} from './licence-form-state';

const item = (position: number, title: string): DeclarationItem => ({
  ...declaration().items[0],
  position,
  artworkId: `art-${position}`,
  title,
  licencesRequired: ['CN_EXIT_PERMIT'],
});

const DECLARATION = declaration({
  status: 'PENDING_REVIEW',
  items: [item(0, 'Autumn'), item(1, 'Winter')],
  licencesRequired: ['CN_EXIT_PERMIT'],
  licences: [],
  missingLicences: [
    { type: 'CN_EXIT_PERMIT', position: 0, artworkId: 'art-0' },
    { type: 'CN_EXIT_PERMIT', position: 1, artworkId: 'art-1' },
  ],
});

describe('the licence form', () => {
  it('starts on the first missing licence type', () => {
    expect(emptyLicenceForm(DECLARATION).type).toBe('CN_EXIT_PERMIT');
    expect(
      emptyLicenceForm({ ...DECLARATION, missingLicences: [], licencesRequired: [] }).type,
    ).toBe('');
  });

  it('sends the licence, for one item only when one is chosen', () => {
    const form = {
      type: 'CN_EXIT_PERMIT',
      number: ' 2026-0042 ',
      issuer: 'Shanghai Cultural Heritage Bureau',
      validUntil: '2026-12-31',
      artworkId: '',
    };
    expect(licenceRequestBody(form)).toEqual({
      type: 'CN_EXIT_PERMIT',
      number: '2026-0042',
      issuer: 'Shanghai Cultural Heritage Bureau',
      validUntil: '2026-12-31',
    });
    expect(licenceRequestBody({ ...form, artworkId: 'art-1' }).artworkId).toBe('art-1');
  });

  it('lists what is missing by type with the items’ titles', () => {
    expect(missingByType(DECLARATION)).toEqual([
      { type: 'CN_EXIT_PERMIT', items: ['Autumn', 'Winter'] },
    ]);
    expect(isUnderReview(DECLARATION)).toBe(true);
    expect(isUnderReview({ ...DECLARATION, status: 'CLEARED' })).toBe(false);
  });
});
