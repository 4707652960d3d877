import { parseMoney } from '@artbridge/money';
import { anArtwork, aRequest } from './testing/artwork-builder';
import { assessWithFixtures } from './testing/assessment-queries';
import { assessmentView } from './assessment.view';

describe('assessmentView', () => {
  it('writes money as decimal strings, exactly, with the rates used', () => {
    const view = assessmentView(
      assessWithFixtures(
        aRequest({
          exportCountry: 'FR',
          importCountry: 'CN',
          items: [anArtwork({ value: parseMoney('10000.00', 'EUR') })],
        }),
      ),
    );
    expect(view.duties).toMatchObject({
      currency: 'CNY',
      customsValue: { amount: '79827.00', currency: 'CNY' },
      duty: { amount: '798.27', currency: 'CNY' },
      vat: { amount: '10481.29', currency: 'CNY' },
      total: { amount: '11279.56', currency: 'CNY' },
      complete: true,
    });
    expect(view.duties?.lines[0]).toMatchObject({
      status: 'COMPUTED',
      conversion: {
        from: { amount: '10000.00', currency: 'EUR' },
        rates: [{ currency: 'CNY', rate: '7.9827', date: '2026-04-13' }],
      },
    });
    expect(JSON.stringify(view)).not.toMatch(/"minor"/);
  });

  it('keeps every finding with its rule id, effect, message and source', () => {
    const view = assessmentView(
      assessWithFixtures(aRequest({ items: [anArtwork({ artist: { name: 'Qi Baishi' } })] })),
    );
    expect(view.outcome).toBe('PROHIBITED');
    expect(view.items[0].findings[0]).toEqual({
      ruleId: 'CN-ARTIST-ALL',
      ruleVersion: 1,
      effect: 'PROHIBITED',
      message: expect.any(String),
      source: expect.any(String),
    });
    expect(view.items[0].licencesRequired).toEqual([]);
  });

  it('has no duties where no customs border is crossed', () => {
    const view = assessmentView(
      assessWithFixtures(aRequest({ exportCountry: 'FR', importCountry: 'DE' })),
    );
    expect(view.duties).toBeNull();
  });
});
