import { screen, within } from '@testing-library/react';
import type { Language } from '../../i18n/i18n';
import { fakeApi, on, renderScreen } from '../../testing/render';
import { artwork, ARTWORK_ID, shipment } from '../testing/exporter.fixture';
import { ShipmentFacts } from './shipment-facts';

describe('the shipment’s terms', () => {
  it.each<[Language, string, string]>([
    ['en', 'Terms', 'To'],
    ['zh-CN', '条款', '目的地'],
  ])('name each term differently (%s)', async (language, heading, to) => {
    const api = fakeApi(
      on('GET', `/catalog/artworks/${ARTWORK_ID}`, () => ({ json: artwork({ title: 'Autumn' }) })),
    );
    renderScreen(<ShipmentFacts shipment={shipment({ artworkIds: [ARTWORK_ID] })} />, {
      fetch: api.fetch,
      language,
    });
    expect(await screen.findByText('Autumn')).toBeTruthy();
    const terms = screen.getByRole('region', { name: heading });
    const labels = [...terms.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(labels.filter((label, index) => labels.indexOf(label) !== index)).toEqual([]);
    const destination = within(terms).getByText(to);
    expect(destination.tagName).toBe('DT');
    expect(destination.nextElementSibling?.textContent).toContain(shipment().destination.place);
  });
});
