import { readJson, waitFor } from '@artbridge/platform-testing';
import { contemporaryPainting, CustomsHarness } from './customs-harness';

interface AssessmentJson {
  outcome: string;
  date: string;
  items: {
    hsCode: string | null;
    outcome: string;
    findings: { ruleId: string; effect: string; message: string; source: string }[];
    licencesRequired: string[];
  }[];
  duties: Record<string, unknown> | null;
}

/** A 1950 oil painting worth CNY 1,200,000, leaving the EU: an export licence from EUR 150,000. */
const frenchPainting = {
  title: 'Nature morte',
  artist: { name: 'Anonyme' },
  creationYear: 1950,
  category: 'PAINTING',
  technique: 'OIL',
  value: { amount: '1200000.00', currency: 'CNY' },
  ownedByCreator: false,
  originCountry: 'FR',
};

describe('customs: POST /assessments and the FX rates copy (real PostgreSQL and Kafka)', () => {
  const customs = new CustomsHarness();

  beforeAll(() => customs.start());
  afterAll(() => customs.cleanup());

  const assess = (body: unknown, roles: Parameters<CustomsHarness['post']>[3][] = ['FINANCE']) =>
    customs.post('/assessments', body, 'someone', ...roles);

  it('assesses a shipment for any signed-in user, money as decimal strings', async () => {
    const response = await assess({
      exportCountry: 'GB',
      importCountry: 'FR',
      purpose: 'SALE',
      date: '2026-11-24',
      items: [contemporaryPainting],
    });
    expect(response.status).toBe(200);
    const body = await readJson<AssessmentJson>(response);
    expect(body).toMatchObject({
      outcome: 'CLEAR',
      date: '2026-11-24',
      items: [{ hsCode: '9701.91', outcome: 'CLEAR', licencesRequired: [] }],
      duties: {
        currency: 'EUR',
        customsValue: { amount: '25000.00', currency: 'EUR' },
        duty: { amount: '0.00', currency: 'EUR' },
        vat: { amount: '1375.00', currency: 'EUR' },
        total: { amount: '1375.00', currency: 'EUR' },
        complete: true,
      },
    });
    expect(body.items[0].findings[0]).toEqual(
      expect.objectContaining({ ruleId: 'HS-9701', effect: 'INFO', source: expect.any(String) }),
    );
  });

  it('prohibits a work on the China artist list, with the rule id', async () => {
    const body = await readJson<AssessmentJson>(
      await assess({
        exportCountry: 'CN',
        importCountry: 'FR',
        purpose: 'SALE',
        items: [
          contemporaryPainting,
          { ...contemporaryPainting, artist: { name: 'QI Bai-shi' }, originCountry: 'CN' },
        ],
      }),
    );
    expect(body.outcome).toBe('PROHIBITED');
    expect(body.items[1].findings[0]).toMatchObject({
      ruleId: 'CN-ARTIST-ALL',
      effect: 'PROHIBITED',
    });
  });

  it('takes handExecuted as true unless told otherwise, and stores nothing', async () => {
    const painting = contemporaryPainting; // no handExecuted
    const handMade = await readJson<AssessmentJson>(
      await assess({
        exportCountry: 'GB',
        importCountry: 'FR',
        purpose: 'SALE',
        items: [painting],
      }),
    );
    const printed = await readJson<AssessmentJson>(
      await assess({
        exportCountry: 'GB',
        importCountry: 'FR',
        purpose: 'SALE',
        items: [{ ...painting, handExecuted: false }],
      }),
    );
    expect(handMade.items[0].hsCode).toBe('9701.91');
    expect(printed.items[0].hsCode).toBe('4911.91');
    const queue = await customs.get('/declarations', 'officer1', 'CUSTOMS_OFFICER');
    expect(await readJson(queue)).toMatchObject({ items: [], total: 0 });
    expect(customs.events.records).toHaveLength(0);
  });

  it('answers bad input with 400 naming each field', async () => {
    const response = await assess({
      exportCountry: 'XX',
      importCountry: 'fr',
      purpose: 'GIFT',
      date: '2026-02-30',
      colour: 'red',
      items: [
        {
          ...contemporaryPainting,
          category: 'OIL_ON_CANVAS',
          creationYear: 1985.5,
          value: { amount: '10.001', currency: 'EUR' },
          dimensions: { heightCm: -3, widthCm: 40 },
          materials: [{ material: 'IVORY', weightGrams: -1 }],
          originCountry: 'ZZ',
        },
        { ...contemporaryPainting, value: { amount: '-5.00', currency: 'EUR' } },
        { ...contemporaryPainting, value: { amount: '100', currency: 'XYZ' } },
      ],
    });
    expect(response.status).toBe(400);
    const body = await readJson<{ statusCode: number; error: string; message: string[] }>(response);
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(body.message).toEqual(
      expect.arrayContaining([
        'colour: property colour should not exist',
        'exportCountry must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB',
        'importCountry must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB',
        'purpose must be one of SALE, TEMPORARY_EXHIBITION, RETURN',
        'date must be a calendar date written yyyy-mm-dd, such as 2026-11-24',
        expect.stringMatching(/^items\.0\.category must be one of PAINTING, /),
        'items.0.creationYear must be an integer number',
        "items.0.value.amount '10.001' has 3 decimals but EUR has 2",
        'items.0.dimensions.heightCm must be a positive number',
        'items.0.materials.0.weightGrams must not be less than 0',
        'items.0.originCountry must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB',
        'items.1.value.amount must not be negative',
        'items.2.value.currency must be an ISO 4217 currency code such as EUR, CNY, JPY',
      ]),
    );
  });

  it('answers arrays nested in arrays and sides beyond a kilometre with 400 (they were a 500, or ivory left out)', async () => {
    const sculpture = { ...contemporaryPainting, category: 'SCULPTURE', creationYear: 1850 };
    const ivory = { material: 'IVORY', weightGrams: 900, volumePercent: 60 };
    const gbToUs = (items: unknown) => ({
      exportCountry: 'GB',
      importCountry: 'US',
      purpose: 'SALE',
      items,
    });
    const refused = async (body: unknown) => {
      const response = await assess(body);
      expect(response.status).toBe(400);
      return (await readJson<{ message: string[] }>(response)).message;
    };
    expect(await refused(gbToUs([[contemporaryPainting]]))).toEqual([
      'items: each item of items must be an object',
    ]);
    expect(await refused(gbToUs([[]]))).toEqual(['items: each item of items must be an object']);
    expect(await refused(gbToUs([{ ...sculpture, materials: [[ivory]] }]))).toEqual([
      'items.0.materials: each item of materials must be an object',
    ]);
    const prohibited = await readJson<AssessmentJson>(
      await assess(gbToUs([{ ...sculpture, materials: [ivory] }])),
    );
    expect(prohibited.outcome).toBe('PROHIBITED');
    expect(prohibited.items[0].findings).toContainEqual(
      expect.objectContaining({ ruleId: 'UK-IVORY-EXEMPT', effect: 'PROHIBITED' }),
    );
    // catalog registers no side beyond 100,000 cm
    expect(
      await refused(
        gbToUs([{ ...contemporaryPainting, dimensions: { heightCm: 1e308, widthCm: 100000 } }]),
      ),
    ).toEqual(['items.0.dimensions.heightCm must not be greater than 100000']);
  });

  it('UK-IVORY-EXEMPT: an 1820 bow with ivory under 20 % by volume is registrable, not prohibited', async () => {
    const bow = {
      title: 'Violin bow',
      artist: { name: 'John Dodd' },
      creationYear: 1820,
      category: 'ANTIQUE',
      value: { amount: '20000.00', currency: 'GBP' },
      ownedByCreator: false,
      originCountry: 'GB',
      musicalInstrument: true,
      materials: [{ material: 'IVORY', weightGrams: 5, volumePercent: 15 }],
    };
    const request = { exportCountry: 'GB', importCountry: 'US', purpose: 'SALE', items: [bow] };
    const response = await assess(request);
    expect(response.status).toBe(200);
    const body = await readJson<AssessmentJson>(response);
    expect(body.outcome).toBe('REVIEW');
    expect(body.items[0].licencesRequired).toContain('UK_IVORY_REGISTRATION');
    expect(body.items[0].findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'UK-IVORY-EXEMPT',
        effect: 'LICENCE_REQUIRED',
        message: expect.stringContaining('musical instrument'),
      }),
    );
    // not an instrument, or too much ivory: no exemption
    const notInstrument = await readJson<AssessmentJson>(
      await assess({ ...request, items: [{ ...bow, musicalInstrument: false }] }),
    );
    expect(notInstrument.outcome).toBe('PROHIBITED');

    const refused = await assess({
      ...request,
      items: [
        { ...bow, musicalInstrument: 'yes', materials: [{ material: 'IVORY', volumePercent: 0 }] },
      ],
    });
    expect(refused.status).toBe(400);
    expect((await readJson<{ message: string[] }>(refused)).message).toEqual(
      expect.arrayContaining([
        'items.0.musicalInstrument must be a boolean value',
        'items.0.materials.0.volumePercent must be a positive number',
      ]),
    );
  });

  it.each([
    ['missing', {}, 'items must be an array'],
    ['empty', { items: [] }, 'items must list at least one artwork'],
  ])('refuses %s items', async (_case, items, message) => {
    const response = await assess({
      exportCountry: 'GB',
      importCountry: 'FR',
      purpose: 'SALE',
      ...items,
    });
    expect(response.status).toBe(400);
    expect((await readJson<{ message: string[] }>(response)).message).toContain(message);
  });

  it("turns the engine's own refusal into a 400 too", async () => {
    const response = await assess({
      exportCountry: 'GB',
      importCountry: 'FR',
      purpose: 'SALE',
      items: [{ ...contemporaryPainting, creationYearEnd: 2010 }],
    });
    expect(response.status).toBe(400);
    expect((await readJson<{ message: string[] }>(response)).message).toEqual([
      'items[0].creationYearEnd must not be before creationYear',
    ]);
  });

  it('dry-runs the import declaration of works released from bond, refusing bad flags with 400', async () => {
    const release = {
      exportCountry: 'FR',
      importCountry: 'CN',
      purpose: 'SALE',
      date: '2026-11-24',
      declarationKind: 'IMPORT',
      ftzReleased: true,
      items: [frenchPainting],
    };
    const response = await assess(release);
    expect(response.status).toBe(200);
    const body = await readJson<AssessmentJson>(response);
    // no EU export licence on import: CNY 1,200,000.00 pays 1 % duty and 13 % VAT on top
    expect(body).toMatchObject({
      outcome: 'CLEAR',
      items: [{ hsCode: '9701.91', licencesRequired: [] }],
      duties: {
        currency: 'CNY',
        duty: { amount: '12000.00', currency: 'CNY' },
        vat: { amount: '157560.00', currency: 'CNY' },
      },
    });
    expect(body.items[0].findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['HS-9701', 'CN-FTZ-RELEASE']),
    );
    expect(body.items[0].findings.map((f) => f.ruleId)).not.toContain('EU-EXP-PAINTING');

    const both = await assess({ ...release, ftzBonded: true });
    expect(both.status).toBe(400);
    expect((await readJson<{ message: string[] }>(both)).message).toEqual([
      'ftzReleased: works released from bond to the domestic market are no longer in bond, so ftzBonded must not be true as well',
    ]);
    const shapeless = await assess({ ...release, declarationKind: 'TRANSIT', ftzReleased: 'yes' });
    expect(shapeless.status).toBe(400);
    expect((await readJson<{ message: string[] }>(shapeless)).message).toEqual(
      expect.arrayContaining([
        'declarationKind must be one of EXPORT, IMPORT',
        'ftzReleased must be a boolean value',
      ]),
    );
  });

  it('needs a signed-in user', async () => {
    const response = await customs.service.request('/assessments', {
      method: 'POST',
      json: {
        exportCountry: 'GB',
        importCountry: 'FR',
        purpose: 'SALE',
        items: [contemporaryPainting],
      },
    });
    expect(response.status).toBe(401);
  });

  it('converts a CNY value for an EU threshold at the rates consumed from FxRatesPublished', async () => {
    // 2026-04-12 is a Sunday: the rate is Friday's, the last one before it
    const request = (amount: string) => ({
      exportCountry: 'FR',
      importCountry: 'US',
      purpose: 'SALE',
      date: '2026-04-12',
      items: [{ ...frenchPainting, value: { amount, currency: 'CNY' } }],
    });
    const before = await readJson<AssessmentJson>(await assess(request('1200000.00')));
    expect(before.outcome).toBe('REVIEW');
    expect(before.items[0].findings[0]).toMatchObject({ ruleId: 'EU-VALUE', effect: 'REVIEW' });

    await customs.publishRates('2026-04-09', { CNY: '7.0000', USD: '1.0000' });
    await customs.publishRates('2026-04-10', { CNY: '7.9967', USD: '1.1711' });
    // published again (a correction): the later figures replace the first
    await customs.publishRates('2026-04-10', { CNY: '7.9827', USD: '1.1684', GBP: '0.87058' });

    const after = await waitFor('the corrected rates of 2026-04-10', async () => {
      const body = await readJson<AssessmentJson>(await assess(request('1197405.00')));
      const licence = body.items[0].findings.find((f) => f.ruleId === 'EU-EXP-PAINTING');
      return licence?.message.includes('7.9827') && body;
    });
    // CNY 1,197,405.00 / 7.9827 is EUR 150,000.00 exactly: the threshold is reached
    expect(after.outcome).toBe('REVIEW');
    expect(after.items[0].licencesRequired).toEqual(['EU_EXPORT_LICENCE']);
    expect(after.duties).toMatchObject({
      currency: 'USD',
      customsValue: { amount: '175260.00', currency: 'USD' },
      complete: true,
    });

    const below = await readJson<AssessmentJson>(await assess(request('1197404.99')));
    expect(below.outcome).toBe('CLEAR');
    expect(below.items[0].findings.map((f) => f.ruleId)).not.toContain('EU-EXP-PAINTING');
  });

  it('does not use a rate more than 7 days before the declaration date', async () => {
    const body = await readJson<AssessmentJson>(
      await assess({
        exportCountry: 'FR',
        importCountry: 'US',
        purpose: 'SALE',
        date: '2026-04-18',
        items: [frenchPainting],
      }),
    );
    expect(body.items[0].findings[0]).toMatchObject({ ruleId: 'EU-VALUE', effect: 'REVIEW' });
  });
});
