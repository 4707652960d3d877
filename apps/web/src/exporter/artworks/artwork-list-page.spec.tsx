import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderScreen } from '../../testing/render';
import type { Artwork, ArtworkPage } from '../shared/api-types';
import { ExporterRoutes } from '../exporter-routes';

const EXPORTER = { username: 'exporter1', roles: ['EXPORTER' as const] };

const artwork = (n: number, patch: Partial<Artwork> = {}): Artwork => ({
  id: `019a0000-0000-7000-8000-0000000000${String(n).padStart(2, '0')}`,
  status: 'AVAILABLE',
  exporterId: 'exporter1',
  registeredAt: '2026-11-01T00:00:00.000Z',
  title: `Work ${n}`,
  artist: { name: 'Lin Fengmian' },
  creationYear: 1950,
  category: 'PAINTING',
  handExecuted: true,
  value: { amount: '1000.00', currency: 'EUR' },
  ownedByCreator: false,
  originCountry: 'CN',
  ...patch,
});

describe('the artwork list', () => {
  it('searches by words, status, category and years, and pages through', async () => {
    const api = fakeApi(
      on('GET', '/catalog/artworks', () => ({
        json: {
          items: [
            artwork(1, { status: 'RESERVED', creationYear: -200, category: 'ARCHAEOLOGICAL' }),
          ],
          total: 45,
        } satisfies ArtworkPage,
      })),
    );
    renderScreen(<ExporterRoutes />, {
      route: '/exporter/artworks',
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
    });
    const table = await screen.findByRole('table');
    const cells = within(within(table).getAllByRole('row')[1]).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Work 1',
      'Lin Fengmian',
      '200 BCE',
      'Archaeological object',
      '€1,000.00',
      'Reserved',
    ]);
    expect(api.calls[0].path).toBe('/catalog/artworks?page=1&pageSize=20');

    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    await user.type(screen.getByLabelText('Words'), 'lin feng');
    await user.selectOptions(screen.getByLabelText('Status'), 'AVAILABLE');
    await user.selectOptions(screen.getByLabelText('Category'), 'PAINTING');
    await user.type(screen.getByLabelText('Made from (year)'), '-300');
    await user.type(screen.getByLabelText('Made until (year)'), '1950');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() =>
      expect(api.calls.at(-1)!.path).toBe(
        '/catalog/artworks?q=lin+feng&status=AVAILABLE&category=PAINTING&yearFrom=-300&yearTo=1950&page=1&pageSize=20',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2 of 3 (45 in all)');
    expect(api.calls.at(-1)!.path).toContain('&page=2&pageSize=20');
    // the search stays in the form
    expect((screen.getByLabelText('Words') as HTMLInputElement).value).toBe('lin feng');
  });

  it('shows a licensed product’s SKU and licence, and offers the loan status as a filter', async () => {
    const api = fakeApi(
      on('GET', '/catalog/artworks', () => ({
        json: {
          items: [
            artwork(1),
            artwork(2, {
              title: 'Qingming silk scarf',
              category: 'REPRODUCTION',
              handExecuted: false,
              sku: 'PM-QM-SCARF-01',
              productType: 'SCARF',
              ipLicence: { id: 'licence-1', licensor: 'Palace Museum', royaltyRate: '8.5' },
              royaltyPerUnit: { amount: '57.80', currency: 'CNY' },
            }),
          ],
          total: 2,
        } satisfies ArtworkPage,
      })),
    );
    renderScreen(<ExporterRoutes />, {
      route: '/exporter/artworks',
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
    });
    const table = await screen.findByRole('table');
    const [painting, scarf] = within(table).getAllByRole('row').slice(1);
    expect(within(table).getByRole('columnheader', { name: 'Product (SKU)' })).toBeTruthy();
    expect(within(painting).getAllByRole('cell')[4].textContent).toBe('—');
    expect(within(scarf).getByText('PM-QM-SCARF-01')).toBeTruthy();
    expect(
      within(scarf)
        .getByRole('link', { name: 'Licence of Palace Museum, 8.5 % royalty' })
        .getAttribute('href'),
    ).toBe('/exporter/licences/licence-1');

    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    await user.selectOptions(screen.getByLabelText('Status'), 'On loan abroad');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(api.calls.at(-1)!.path).toContain('status=ON_LOAN'));
  });

  it('shows a refused search next to the field it names', async () => {
    renderScreen(<ExporterRoutes />, {
      route: '/exporter/artworks?yearTo=-100',
      path: '/exporter/*',
      user: EXPORTER,
      fetch: fakeApi(
        on('GET', '/catalog/artworks', () => ({
          status: 400,
          json: { statusCode: 400, message: ['yearTo must not be before yearFrom'] },
        })),
      ).fetch,
    });
    expect(await screen.findByText('must not be before yearFrom')).toBeTruthy();
    expect(screen.getByLabelText('Made until (year)').getAttribute('aria-invalid')).toBe('true');
  });
});
