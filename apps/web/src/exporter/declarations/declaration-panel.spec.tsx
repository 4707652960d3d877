import type { BodyOf } from '@artbridge/public-api';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditTrail, Declaration, Licence } from '../../api/declaration.types';
import { auditEntry, declaration as declarationFixture } from '../../testing/declarations.fixture';
import { fakeApi, on, renderScreen } from '../../testing/render';
import { ExporterRoutes } from '../exporter-routes';
import { ARTWORK_ID, shipment, SHIPMENT_ID } from '../testing/exporter.fixture';

const DECLARATION_ID = '019a0000-0000-7000-8000-00000000f001';
const EXPORTER = { username: 'exporter1', roles: ['EXPORTER' as const] };

const SHIPMENT = shipment({
  status: 'PENDING_REVIEW',
  declarationId: DECLARATION_ID,
  timeline: [
    {
      at: '2026-11-24T10:00:00.000Z',
      type: 'DECLARATION_INFO_REQUESTED',
      source: 'customs',
      detail: 'officer1 asks: where was it in 1950?',
    },
  ],
});

const declaration = (patch: Partial<Declaration>): Declaration =>
  declarationFixture({
    id: DECLARATION_ID,
    shipmentId: SHIPMENT_ID,
    exporterId: 'exporter1',
    status: 'INFO_REQUESTED',
    exportCountry: 'CN',
    importCountry: 'FR',
    filedAt: '2026-11-24T09:00:01.000Z',
    reviewDueAt: '2026-11-26T09:00:01.000Z',
    items: [
      {
        ...declarationFixture().items[0],
        artworkId: ARTWORK_ID,
        title: 'Autumn',
        artistName: 'Lin Fengmian',
        creationYear: 1945,
        originCountry: 'CN',
        value: { amount: '48000.00', currency: 'EUR' },
        hsCode: '9701.91',
        findings: [],
        licencesRequired: ['CN_EXIT_PERMIT'],
      },
    ],
    licencesRequired: ['CN_EXIT_PERMIT'],
    licences: [],
    missingLicences: [{ type: 'CN_EXIT_PERMIT', position: 0, artworkId: ARTWORK_ID }],
    duties: null,
    ...patch,
  });

/** The licence as customs answers once it is attached. */
const ATTACHED: Licence = {
  id: '019a0000-0000-7000-8000-00000000c001',
  type: 'CN_EXIT_PERMIT',
  number: 'SH-2026-0042',
  issuer: 'Shanghai Cultural Heritage Bureau',
  validUntil: '2027-01-31',
  artworkId: ARTWORK_ID,
  attachedBy: 'exporter1',
  attachedAt: '2026-11-24T10:30:00.000Z',
};

const setup = () => userEvent.setup({ delay: null, pointerEventsCheck: 0 });

describe('what the declaration needs from the exporter, on the shipment page', () => {
  it('shows the officer’s question and sends the answer', async () => {
    let current = declaration({});
    const api = fakeApi(
      on('GET', `/logistics/shipments/${SHIPMENT_ID}`, () => ({ json: SHIPMENT })),
      on('GET', `/customs/declarations/${DECLARATION_ID}`, () => ({ json: current })),
      on('GET', `/customs/declarations/${DECLARATION_ID}/audit`, () => ({
        json: {
          declarationId: DECLARATION_ID,
          entries: [
            auditEntry(2, {
              at: '2026-11-24T10:00:00.000Z',
              actor: 'officer1',
              action: 'INFO_REQUESTED',
              fromStatus: 'PENDING_REVIEW',
              toStatus: 'INFO_REQUESTED',
              reason: 'where was it in 1950?',
            }),
          ],
        } satisfies AuditTrail,
      })),
      on('POST', `/customs/declarations/${DECLARATION_ID}/answers`, () => {
        current = declaration({ status: 'PENDING_REVIEW' });
        return { json: current };
      }),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${SHIPMENT_ID}`,
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
    });
    const question = await screen.findByRole('region', { name: 'Customs asks for information' });
    expect(await within(question).findByText('officer1 asks: where was it in 1950?')).toBeTruthy();
    const user = setup();
    await user.click(within(question).getByLabelText('Your answer'));
    await user.paste('In the artist’s studio in Hangzhou; photographs attached.');
    await user.click(within(question).getByRole('button', { name: 'Send answer' }));

    expect(
      await screen.findByText('Answer sent; the declaration is back with the officers.'),
    ).toBeTruthy();
    const answer = api.calls.find((call) => call.path.endsWith('/answers'))!;
    expect(answer.body).toEqual({
      message: 'In the artist’s studio in Hangzhou; photographs attached.',
    } satisfies BodyOf<'customs_DeclarationsController_answer'>);
    expect(await screen.findByText('Awaiting review')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Customs asks for information' })).toBeNull();
  });

  it('shows the question the declaration carries without reading the audit trail', async () => {
    const api = fakeApi(
      on('GET', `/logistics/shipments/${SHIPMENT_ID}`, () => ({ json: SHIPMENT })),
      on('GET', `/customs/declarations/${DECLARATION_ID}`, () => ({
        json: declaration({
          openInfoRequest: {
            question: 'who owned it in 1950?',
            askedBy: 'officer2',
            askedAt: '2026-11-24T10:00:00.000Z',
          },
        }),
      })),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${SHIPMENT_ID}`,
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
    });
    const question = await screen.findByRole('region', { name: 'Customs asks for information' });
    expect(within(question).getByText('officer2 asks: who owned it in 1950?')).toBeTruthy();
    expect(api.calls.some((call) => call.path.endsWith('/audit'))).toBe(false);
  });

  it('attaches a missing licence, keeping the form when customs refuses it', async () => {
    let attempts = 0;
    const api = fakeApi(
      on('GET', `/logistics/shipments/${SHIPMENT_ID}`, () => ({ json: SHIPMENT })),
      on('GET', `/customs/declarations/${DECLARATION_ID}`, () => ({
        json: declaration({ status: 'PENDING_REVIEW' }),
      })),
      on('POST', `/customs/declarations/${DECLARATION_ID}/licences`, () => {
        attempts += 1;
        return attempts === 1
          ? {
              status: 400,
              json: {
                statusCode: 400,
                message: ['validUntil must not be in the past (today is 2026-11-24)'],
              },
            }
          : { status: 201, json: ATTACHED };
      }),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${SHIPMENT_ID}`,
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
    });
    const form = await screen.findByRole('form', { name: 'Attach a licence' });
    expect(screen.getByText(/Still missing before customs can approve/)).toBeTruthy();
    expect((within(form).getByLabelText('Licence type') as HTMLInputElement).value).toBe(
      'CN_EXIT_PERMIT',
    );
    const user = setup();
    await user.click(within(form).getByLabelText('Licence number'));
    await user.paste('SH-2026-0042');
    await user.click(within(form).getByLabelText('Issuer'));
    await user.paste('Shanghai Cultural Heritage Bureau');
    await user.type(within(form).getByLabelText('Valid until'), '2020-01-31');
    await user.selectOptions(within(form).getByLabelText('Covers'), '1. Autumn');
    await user.click(within(form).getByRole('button', { name: 'Attach licence' }));

    const validUntil = within(form).getByLabelText('Valid until');
    expect(
      await within(form).findByText('must not be in the past (today is 2026-11-24)'),
    ).toBeTruthy();
    expect(validUntil.getAttribute('aria-invalid')).toBe('true');
    expect((within(form).getByLabelText('Licence number') as HTMLInputElement).value).toBe(
      'SH-2026-0042',
    );

    await user.clear(validUntil);
    await user.type(validUntil, '2027-01-31');
    await user.click(within(form).getByRole('button', { name: 'Attach licence' }));
    expect(await screen.findByText('Licence attached.')).toBeTruthy();
    const sent = api.calls.filter((call) => call.path.endsWith('/licences')).at(-1)!;
    expect(sent.body).toEqual({
      type: 'CN_EXIT_PERMIT',
      number: 'SH-2026-0042',
      issuer: 'Shanghai Cultural Heritage Bureau',
      validUntil: '2027-01-31',
      artworkId: ARTWORK_ID,
    } satisfies BodyOf<'customs_DeclarationsController_attachLicence'>);
  });
});
