import { requestValidationPipe } from '@artbridge/platform-service';
import { BadRequestException } from '@nestjs/common';
import { ARTWORK_LIMITS } from '@artbridge/contracts';
import { AssessmentRequestDto } from './assessment-request.dto';

const painting = {
  title: 'Harbour at Dusk',
  artist: { name: 'Jane Doe', birthYear: 1975 },
  creationYear: 2015,
  category: 'PAINTING',
  value: { amount: '25000.00', currency: 'EUR' },
  ownedByCreator: false,
  originCountry: 'GB',
};

/** An ivory sculpture of 1850, GB to US: PROHIBITED by CITES-IVORY when its material is read. */
const ivory = { material: 'IVORY', weightGrams: 900, volumePercent: 60 };
const sculpture = { ...painting, category: 'SCULPTURE', creationYear: 1850 };

const request = (items: unknown) => ({
  exportCountry: 'GB',
  importCountry: 'US',
  purpose: 'SALE',
  date: '2026-04-13',
  items,
});

/** What POST /assessments answers a body with, as every service validates it: 400's messages, or none. */
async function problemsOf(body: unknown): Promise<string[]> {
  try {
    await requestValidationPipe().transform(body, {
      type: 'body',
      metatype: AssessmentRequestDto,
    });
    return [];
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return (error.getResponse() as { message: string[] }).message;
  }
}

describe('POST /assessments body (AssessmentRequestDto)', () => {
  it('takes a well-formed request', async () => {
    expect(
      await problemsOf(
        request([{ ...sculpture, materials: [ivory], dimensions: { heightCm: 1, widthCm: 2 } }]),
      ),
    ).toEqual([]);
  });

  it.each([
    ['an array of artworks as an item', [[painting]]],
    ['an empty array as an item', [[]]],
  ])('refuses %s, naming items (it was a 500)', async (_, items) => {
    expect(await problemsOf(request(items))).toContain(
      'items: each item of items must be an object',
    );
  });

  it('refuses materials nested one array deeper (the ivory was left out: REVIEW, not PROHIBITED)', async () => {
    const problems = await problemsOf(request([{ ...sculpture, materials: [[ivory]] }]));
    expect(problems).toContain('items.0.materials: each item of materials must be an object');
  });

  it(`bounds each side at ARTWORK_LIMITS.centimetres (${ARTWORK_LIMITS.centimetres} cm, as catalog)`, async () => {
    const sized = (dimensions: object) => request([{ ...painting, dimensions }]);
    const most = ARTWORK_LIMITS.centimetres;
    expect(await problemsOf(sized({ heightCm: most, widthCm: most, depthCm: most }))).toEqual([]);
    expect(
      await problemsOf(sized({ heightCm: 1e308, widthCm: most + 0.1, depthCm: 1e308 })),
    ).toEqual(
      expect.arrayContaining([
        `items.0.dimensions.heightCm must not be greater than ${most}`,
        `items.0.dimensions.widthCm must not be greater than ${most}`,
        `items.0.dimensions.depthCm must not be greater than ${most}`,
      ]),
    );
    // the contract's own rules still hold on the bounded class
    expect(await problemsOf(sized({ heightCm: 0, widthCm: 'wide' }))).toEqual(
      expect.arrayContaining([
        'items.0.dimensions.heightCm must be a positive number',
        expect.stringMatching(/^items\.0\.dimensions\.widthCm must be a number/),
      ]),
    );
  });
});
