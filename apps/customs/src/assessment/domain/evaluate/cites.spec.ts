import type { ArtworkAttributes, AssessmentRequest, MaterialContent } from '../model';
import { anArtwork, aRequest } from '../../testing/artwork-builder';
import { assessWithFixtures, effectOf, findingsOf } from '../../testing/assessment-queries';

/** US → JP keeps China's, the EU's and the UK's own rules out of the way. */
function withMaterial(
  materials: MaterialContent[],
  item: Partial<ArtworkAttributes> = {},
  request: Partial<AssessmentRequest> = {},
) {
  return assessWithFixtures(
    aRequest({
      exportCountry: 'US',
      importCountry: 'JP',
      items: [anArtwork({ category: 'SCULPTURE', creationYear: 2000, materials, ...item })],
      ...request,
    }),
  );
}

describe('CITES (RULES.md section 6)', () => {
  describe.each([
    ['CITES-IVORY', 'IVORY', 1975],
    ['CITES-TORTOISESHELL', 'TORTOISESHELL', 1975],
    ['CITES-DALBERGIA-NIGRA', 'DALBERGIA_NIGRA', 1992],
  ])('%s (%s, Appendix I, listed %i)', (ruleId, material, listingYear) => {
    it.each<
      [string, string, Partial<MaterialContent>, Partial<AssessmentRequest>, string | undefined]
    >([
      [
        'acquired the year before the listing',
        'LICENCE_REQUIRED',
        { acquiredYear: listingYear - 1 },
        {},
        'CITES_PRE_CONVENTION',
      ],
      ['acquired in the listing year', 'PROHIBITED', { acquiredYear: listingYear }, {}, undefined],
      [
        'acquired the year after the listing',
        'PROHIBITED',
        { acquiredYear: listingYear + 1 },
        {},
        undefined,
      ],
      ['acquisition unknown, item made after the listing', 'PROHIBITED', {}, {}, undefined],
      [
        'acquired after the listing, lent to an exhibition',
        'LICENCE_REQUIRED',
        { acquiredYear: listingYear + 1 },
        { purpose: 'TEMPORARY_EXHIBITION' },
        'CITES_PERMIT',
      ],
    ])('%s → %s', (_what, effect, content, request, licence) => {
      const assessment = withMaterial([{ material, ...content }], {}, request);
      expect(effectOf(assessment, ruleId)).toBe(effect);
      expect(findingsOf(assessment, ruleId)[0].licence).toBe(licence);
    });

    it('takes the pre-Convention route for an item made before the listing, even without an acquisition year', () => {
      const assessment = withMaterial([{ material }], { creationYear: listingYear - 1 });
      expect(findingsOf(assessment, ruleId)[0]).toMatchObject({
        effect: 'LICENCE_REQUIRED',
        licence: 'CITES_PRE_CONVENTION',
      });
    });

    it('does not fire without the material', () => {
      expect(effectOf(withMaterial([{ material: 'OAK' }]), ruleId)).toBe('NONE');
    });

    // Regulation (EC) No 338/97, Article 8(1): the commercial use of Annex A specimens is banned
    // within the EU; the permits and certificates are for crossing its border.
    it.each<[string, Partial<MaterialContent>, Partial<AssessmentRequest>, string]>([
      ['sold, acquired after the listing', { acquiredYear: 2000 }, {}, 'PROHIBITED'],
      ['sold, acquisition unknown', {}, {}, 'PROHIBITED'],
      [
        'lent, acquired after the listing',
        { acquiredYear: 2000 },
        { purpose: 'TEMPORARY_EXHIBITION' },
        'NONE',
      ],
      ['sold, acquired before the listing', { acquiredYear: listingYear - 1 }, {}, 'NONE'],
    ])('inside the EU (FR → DE), %s → %s', (_what, content, request, effect) => {
      const assessment = withMaterial(
        [{ material, ...content }],
        {},
        {
          exportCountry: 'FR',
          importCountry: 'DE',
          ...request,
        },
      );
      expect(effectOf(assessment, ruleId)).toBe(effect);
    });

    it('inside another customs territory, or inside the EU before 1 June 1997, does not fire', () => {
      const acquired = { material, acquiredYear: 1995 };
      const us = withMaterial([acquired], {}, { exportCountry: 'US', importCountry: 'US' });
      expect(effectOf(us, ruleId)).toBe('NONE');
      const eu = { exportCountry: 'FR', importCountry: 'DE' };
      const item = { creationYear: 1995 };
      expect(effectOf(withMaterial([acquired], item, { ...eu, date: '1997-05-31' }), ruleId)).toBe(
        'NONE',
      );
      expect(effectOf(withMaterial([acquired], item, { ...eu, date: '1997-06-01' }), ruleId)).toBe(
        'PROHIBITED',
      );
    });
  });

  it('prohibits the sale of post-listing ivory from France to Germany, not its loan (Regulation 338/97, Article 8(1))', () => {
    const painting = anArtwork({
      category: 'PAINTING',
      creationYear: 1990,
      materials: [{ material: 'IVORY', acquiredYear: 1990 }],
    });
    const sale = assessWithFixtures(
      aRequest({ exportCountry: 'FR', importCountry: 'DE', purpose: 'SALE', items: [painting] }),
    );
    expect(sale.outcome).toBe('PROHIBITED');
    expect(findingsOf(sale, 'CITES-IVORY')[0]).toMatchObject({
      ruleVersion: 2,
      effect: 'PROHIBITED',
      source: expect.stringContaining('Regulation (EC) No 338/97, Article 8(1)'),
    });
    expect(findingsOf(sale, 'CITES-IVORY')[0].message).toContain('within the EU');
    const loan = assessWithFixtures(
      aRequest({
        exportCountry: 'FR',
        importCountry: 'DE',
        purpose: 'TEMPORARY_EXHIBITION',
        items: [painting],
      }),
    );
    expect(effectOf(loan, 'CITES-IVORY')).toBe('NONE');
    expect(loan.outcome).toBe('CLEAR');
  });

  it('says the 1975 listing year is to be confirmed', () => {
    expect(
      findingsOf(withMaterial([{ material: 'IVORY', acquiredYear: 1990 }]), 'CITES-IVORY')[0]
        .message,
    ).toContain('to be confirmed: listing year 1975');
  });

  it.each<[string, MaterialContent, string]>([
    ['499 g of rosewood', { material: 'ROSEWOOD', weightGrams: 499 }, 'INFO'],
    ['500 g of rosewood', { material: 'ROSEWOOD', weightGrams: 500 }, 'INFO'],
    ['501 g of rosewood', { material: 'ROSEWOOD', weightGrams: 501 }, 'LICENCE_REQUIRED'],
    ['rosewood of unknown weight', { material: 'ROSEWOOD' }, 'LICENCE_REQUIRED'],
  ])('CITES-ROSEWOOD: %s → %s', (_what, content, effect) => {
    const assessment = withMaterial([content]);
    expect(effectOf(assessment, 'CITES-ROSEWOOD')).toBe(effect);
    expect(assessment.outcome).toBe(effect === 'INFO' ? 'CLEAR' : 'REVIEW');
  });

  it.each<[string, MaterialContent[], string]>([
    [
      'two parts of 400 g (800 g in the item)',
      [
        { material: 'ROSEWOOD', weightGrams: 400 },
        { material: 'ROSEWOOD', weightGrams: 400 },
      ],
      'LICENCE_REQUIRED',
    ],
    [
      'parts of 250.1 g and 249.9 g (exactly 500 g)',
      [
        { material: 'ROSEWOOD', weightGrams: 250.1 },
        { material: 'ROSEWOOD', weightGrams: 249.9 },
      ],
      'INFO',
    ],
    [
      'parts of 250.1 g and 249.91 g (500.01 g)',
      [
        { material: 'ROSEWOOD', weightGrams: 250.1 },
        { material: 'ROSEWOOD', weightGrams: 249.91 },
      ],
      'LICENCE_REQUIRED',
    ],
    [
      'a part of unknown weight beside one of 100 g',
      [{ material: 'ROSEWOOD', weightGrams: 100 }, { material: 'ROSEWOOD' }],
      'LICENCE_REQUIRED',
    ],
    [
      'rosewood 300 g beside 400 g of linen',
      [
        { material: 'ROSEWOOD', weightGrams: 300 },
        { material: 'LINEN', weightGrams: 400 },
      ],
      'INFO',
    ],
  ])('CITES-ROSEWOOD adds up the item’s rosewood: %s → %s', (_what, contents, effect) => {
    const assessment = withMaterial(contents);
    expect(effectOf(assessment, 'CITES-ROSEWOOD')).toBe(effect);
  });

  it('CITES-ROSEWOOD says the total it compared', () => {
    const [finding] = findingsOf(
      withMaterial([
        { material: 'ROSEWOOD', weightGrams: 400 },
        { material: 'ROSEWOOD', weightGrams: 400.5 },
      ]),
      'CITES-ROSEWOOD',
    );
    expect(finding).toMatchObject({ effect: 'LICENCE_REQUIRED', licence: 'CITES_PERMIT' });
    expect(finding.message).toContain(
      '400 g + 400.5 g = 800.5 g in the finished item, more than 500 g',
    );
  });

  it('CITES-ROSEWOOD does not apply before Dalbergia was listed (2 January 2017), nor to Brazilian rosewood', () => {
    expect(
      effectOf(
        withMaterial([{ material: 'ROSEWOOD', weightGrams: 900 }], {}, { date: '2017-01-01' }),
        'CITES-ROSEWOOD',
      ),
    ).toBe('NONE');
    expect(
      effectOf(
        withMaterial([{ material: 'ROSEWOOD', weightGrams: 900 }], {}, { date: '2017-01-02' }),
        'CITES-ROSEWOOD',
      ),
    ).toBe('LICENCE_REQUIRED');
    expect(
      effectOf(
        withMaterial([{ material: 'DALBERGIA_NIGRA', weightGrams: 100, acquiredYear: 1980 }]),
        'CITES-ROSEWOOD',
      ),
    ).toBe('NONE');
  });

  it('CITES-CORAL: a permit whatever the weight; none without coral', () => {
    expect(
      findingsOf(withMaterial([{ material: 'CORAL', weightGrams: 5 }]), 'CITES-CORAL')[0],
    ).toMatchObject({ effect: 'LICENCE_REQUIRED', licence: 'CITES_PERMIT' });
    expect(effectOf(withMaterial([{ material: 'IVORY', acquiredYear: 1960 }]), 'CITES-CORAL')).toBe(
      'NONE',
    );
  });

  describe('UK-IVORY-EXEMPT (Ivory Act 2018, GB)', () => {
    const fromBritain = { exportCountry: 'GB', importCountry: 'US' } as const;
    // Ivory acquired 1980 is a CITES prohibition that only a UK exemption can lift.
    const ivory = (content: Partial<MaterialContent>): MaterialContent[] => [
      { material: 'IVORY', acquiredYear: 1980, ...content },
    ];

    it.each<[string, MaterialContent[], Partial<ArtworkAttributes>, string]>([
      [
        'de minimis: 9.9 % ivory, made 1946',
        ivory({ volumePercent: 9.9 }),
        { creationYear: 1946 },
        'LICENCE_REQUIRED',
      ],
      [
        'de minimis: 10 % ivory, made 1946',
        ivory({ volumePercent: 10 }),
        { creationYear: 1946 },
        'PROHIBITED',
      ],
      [
        'de minimis: 5 % ivory, made 1947',
        ivory({ volumePercent: 5 }),
        { creationYear: 1947 },
        'PROHIBITED',
      ],
      ['de minimis: volume unknown', ivory({}), { creationYear: 1900 }, 'PROHIBITED'],
      [
        'instrument: 19.9 % ivory, made 1974',
        ivory({ volumePercent: 19.9 }),
        { creationYear: 1974, musicalInstrument: true },
        'LICENCE_REQUIRED',
      ],
      [
        'instrument: 20 % ivory, made 1974',
        ivory({ volumePercent: 20 }),
        { creationYear: 1974, musicalInstrument: true },
        'PROHIBITED',
      ],
      [
        'instrument: 19 % ivory, made 1975',
        ivory({ volumePercent: 19 }),
        { creationYear: 1975, musicalInstrument: true },
        'PROHIBITED',
      ],
      [
        'miniature: 320 cm2, made 1917',
        ivory({}),
        { creationYear: 1917, portrait: true, dimensions: { heightCm: 16, widthCm: 20 } },
        'LICENCE_REQUIRED',
      ],
      [
        'miniature: 321.6 cm2, made 1917',
        ivory({}),
        { creationYear: 1917, portrait: true, dimensions: { heightCm: 16, widthCm: 20.1 } },
        'PROHIBITED',
      ],
      [
        'miniature: 320 cm2, made 1918',
        ivory({}),
        { creationYear: 1918, portrait: true, dimensions: { heightCm: 16, widthCm: 20 } },
        'PROHIBITED',
      ],
    ])('%s → %s', (_what, materials, item, effect) => {
      const assessment = withMaterial(materials, item, fromBritain);
      expect(effectOf(assessment, 'UK-IVORY-EXEMPT')).toBe(effect);
      expect(assessment.outcome).toBe(effect === 'PROHIBITED' ? 'PROHIBITED' : 'REVIEW');
    });

    it('an exemption lifts the CITES prohibition to a CITES permit and asks for registration', () => {
      const assessment = withMaterial(
        ivory({ volumePercent: 5 }),
        { creationYear: 1900 },
        fromBritain,
      );
      expect(findingsOf(assessment, 'CITES-IVORY')[0]).toMatchObject({
        effect: 'LICENCE_REQUIRED',
        licence: 'CITES_PERMIT',
      });
      expect(findingsOf(assessment, 'CITES-IVORY')[0].message).toContain(
        'prohibition lifted by UK-IVORY-EXEMPT',
      );
      expect(assessment.items[0].licencesRequired).toEqual([
        'CITES_PERMIT',
        'UK_IVORY_REGISTRATION',
      ]);
    });

    it('does not fire outside GB, or for a loan', () => {
      expect(
        effectOf(
          withMaterial(ivory({ volumePercent: 5 }), { creationYear: 1900 }),
          'UK-IVORY-EXEMPT',
        ),
      ).toBe('NONE');
      expect(
        effectOf(
          withMaterial(
            ivory({ volumePercent: 5 }),
            { creationYear: 1900 },
            { ...fromBritain, purpose: 'TEMPORARY_EXHIBITION' },
          ),
          'UK-IVORY-EXEMPT',
        ),
      ).toBe('NONE');
      expect(
        effectOf(
          withMaterial(
            ivory({ volumePercent: 5 }),
            { creationYear: 1900 },
            { ...fromBritain, date: '2022-06-05' },
          ),
          'UK-IVORY-EXEMPT',
        ),
      ).toBe('NONE');
    });

    it('applies to ivory entering GB as well', () => {
      expect(
        effectOf(
          withMaterial(
            ivory({ volumePercent: 50 }),
            { creationYear: 1900 },
            { exportCountry: 'US', importCountry: 'GB' },
          ),
          'UK-IVORY-EXEMPT',
        ),
      ).toBe('PROHIBITED');
    });
  });
});
