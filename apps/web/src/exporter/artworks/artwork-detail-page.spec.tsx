import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderScreen } from '../../testing/render';
import { ExporterRoutes } from '../exporter-routes';
import type { Artwork } from '../shared/api-types';
import { ARTWORK_ID, artwork } from '../testing/exporter.fixture';

const EXPORTER = { username: 'exporter1', roles: ['EXPORTER' as const] };

/** An imported work: the records carry no value. */
const IMPORTED = artwork({ value: { amount: '0.00', currency: 'GBP' } });

function open(user: typeof EXPORTER, ...routes: Parameters<typeof fakeApi>) {
  const api = fakeApi(...routes);
  renderScreen(<ExporterRoutes />, {
    route: `/exporter/artworks/${ARTWORK_ID}`,
    path: '/exporter/*',
    user,
    fetch: api.fetch,
  });
  return api;
}

const showing = (shown: Artwork) =>
  on('GET', `/catalog/artworks/${ARTWORK_ID}`, () => ({ json: shown }));

/** What a screen reader announces with the input: its hint and its errors. */
function description(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

async function changeValue(amount: string, currency: string) {
  const user = userEvent.setup({ delay: null });
  const form = await screen.findByRole('form', { name: 'Change the value' });
  const amountInput = within(form).getByLabelText('New value');
  await user.clear(amountInput);
  await user.type(amountInput, amount);
  const currencyInput = within(form).getByLabelText('Currency');
  await user.clear(currencyInput);
  await user.type(currencyInput, currency);
  await user.click(within(form).getByRole('button', { name: 'Save value' }));
  return form;
}

describe('an artwork’s value', () => {
  it('warns that a work at 0.00 needs a value, and its owner sets one', async () => {
    let current = IMPORTED;
    const api = open(
      EXPORTER,
      on('GET', `/catalog/artworks/${ARTWORK_ID}`, () => ({ json: current })),
      on('PATCH', `/catalog/artworks/${ARTWORK_ID}`, (call) => {
        current = { ...IMPORTED, ...(call.body as Pick<Artwork, 'value'>) };
        return { json: current };
      }),
    );
    expect(
      await screen.findByText(
        /This artwork has no value yet \(0\.00\): set one before you ship it/,
      ),
    ).toBeTruthy();
    const form = await changeValue('48000.00', 'eur');

    expect(await within(form).findByText('Value saved.')).toBeTruthy();
    const patch = api.calls.find((call) => call.method === 'PATCH')!;
    expect(patch.body).toEqual({ value: { amount: '48000.00', currency: 'EUR' } });
    // the page shows the artwork as the catalog has it now, loaded again after the change
    await waitFor(() => expect(screen.queryByText(/This artwork has no value yet/)).toBeNull());
    const gets = api.calls.filter((call) => call.method === 'GET');
    expect(api.calls.indexOf(gets[gets.length - 1])).toBeGreaterThan(api.calls.indexOf(patch));
  });

  it('only notes a missing value to who may not change it', async () => {
    open(EXPORTER, showing(artwork({ value: IMPORTED.value, exporterId: 'exporter2' })));
    expect(await screen.findByText('No value recorded yet (0.00).')).toBeTruthy();
    expect(screen.queryByText(/This artwork has no value yet/)).toBeNull();
  });

  it('only notes a missing value once the artwork is no longer AVAILABLE', async () => {
    open(EXPORTER, showing(artwork({ value: IMPORTED.value, status: 'RESERVED' })));
    expect(await screen.findByText('No value recorded yet (0.00).')).toBeTruthy();
    expect(screen.queryByText(/This artwork has no value yet/)).toBeNull();
  });

  it('shows a refused amount under it and a 409 above Save, keeping what was typed', async () => {
    const answers = [
      {
        status: 400,
        json: {
          statusCode: 400,
          error: 'Bad Request',
          message: ['value.amount has 3 decimals but EUR has 2', 'value.currency must be ISO 4217'],
        },
      },
      {
        status: 409,
        json: {
          statusCode: 409,
          error: 'Conflict',
          message: `artwork ${ARTWORK_ID} is RESERVED: only an AVAILABLE artwork can be revalued`,
        },
      },
    ];
    open(
      EXPORTER,
      showing(artwork()),
      on('PATCH', `/catalog/artworks/${ARTWORK_ID}`, () => answers.shift()!),
    );
    const form = await changeValue('10.001', 'eur');
    const amount = within(form).getByLabelText('New value');
    await within(form).findByText('has 3 decimals but EUR has 2');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(description(amount)).toContain('has 3 decimals but EUR has 2');
    expect(description(within(form).getByLabelText('Currency'))).toContain('must be ISO 4217');
    expect((amount as HTMLInputElement).value).toBe('10.001');

    await userEvent.click(within(form).getByRole('button', { name: 'Save value' }));
    expect(await within(form).findByText(/is RESERVED: only an AVAILABLE artwork/)).toBeTruthy();
    expect(description(amount)).not.toContain('RESERVED');
    // no warning for a work that has a value
    expect(screen.queryByText(/This artwork has no value yet/)).toBeNull();
  });

  it('is offered to the owner of an AVAILABLE artwork only', async () => {
    open(EXPORTER, showing(artwork({ status: 'RESERVED' })));
    expect(await screen.findByRole('heading', { level: 1, name: 'Autumn' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Change the value' })).toBeNull();
  });

  it('is not offered for another exporter’s artwork', async () => {
    open(EXPORTER, showing(artwork({ exporterId: 'exporter2' })));
    expect(await screen.findByRole('heading', { level: 1, name: 'Autumn' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Change the value' })).toBeNull();
  });

  it('shows the UK ivory facts: musical instrument and each material’s share of volume', async () => {
    open(
      EXPORTER,
      showing(
        artwork({
          musicalInstrument: true,
          materials: [{ material: 'IVORY', weightGrams: 12, volumePercent: 4.5 }],
        }),
      ),
    );
    expect(await screen.findByText('Musical instrument')).toBeTruthy();
    expect(screen.getByText('Musical instrument').nextElementSibling?.textContent).toBe('Yes');
    const materials = screen.getByRole('table', { name: 'Materials' });
    expect(
      within(materials).getByRole('columnheader', { name: 'Share of volume (%)' }),
    ).toBeTruthy();
    expect(within(materials).getAllByRole('row')[1].textContent).toContain('4.5');
  });
});
