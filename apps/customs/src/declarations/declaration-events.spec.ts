import {
  clearedMessage,
  filedMessage,
  infoRequestedMessage,
  rejectedMessage,
  reviewOverdueMessage,
} from './declaration-events';

const base = {
  id: '0190a4d6-0000-7000-8000-0000000000d1',
  shipmentId: '0190a4d6-0000-7000-8000-0000000000f1',
  importCountry: 'CN',
  outcome: 'REVIEW' as const,
  reviewDueAt: new Date('2026-12-08T10:00:00Z'),
  dutiesCurrency: 'CNY',
  dutyMinor: 100_000n,
  vatMinor: 1_313_000n,
  dutiesTotalMinor: 1_413_000n,
  assessedDutyMinor: null,
  assessedVatMinor: null,
  exporterId: 'exporter1',
  consigneeName: 'Long Museum',
  consigneeCountry: 'CN',
  consigneeAddress: '3398 Longteng Avenue, Shanghai',
};
const exported = {
  ...base,
  kind: 'EXPORT' as const,
  bondedZone: null,
  exportDeclarationId: null,
};
const imported = {
  ...base,
  kind: 'IMPORT' as const,
  bondedZone: 'China (Shanghai) Pilot Free Trade Zone',
  exportDeclarationId: '0190a4d6-0000-7000-8000-0000000000e1',
};

describe('the events a declaration speaks with', () => {
  it('are the saga’s customs.declaration.* for an export declaration, unchanged', () => {
    expect(filedMessage(exported, 'AUTOMATIC')).toMatchObject({
      definition: { type: 'customs.declaration.filed' },
      payload: {
        declarationId: base.id,
        shipmentId: base.shipmentId,
        decidedBy: 'AUTOMATIC',
        outcome: 'REVIEW',
        reviewDueAt: '2026-12-08T10:00:00.000Z',
      },
    });
    expect(filedMessage(exported, 'AUTOMATIC').payload).not.toHaveProperty('importCountry');
    // the saga's cleared event is unchanged: no importer, exporter or export declaration
    expect(clearedMessage(exported, 'officer1')).toEqual({
      definition: expect.objectContaining({ type: 'customs.declaration.cleared' }),
      payload: {
        declarationId: base.id,
        shipmentId: base.shipmentId,
        decidedBy: 'officer1',
        duties: {
          duty: { amount: '1000.00', currency: 'CNY' },
          vat: { amount: '13130.00', currency: 'CNY' },
          total: { amount: '14130.00', currency: 'CNY' },
        },
      },
    });
    expect(rejectedMessage(exported, 'officer1', 'no', []).definition.type).toBe(
      'customs.declaration.rejected',
    );
    expect(infoRequestedMessage(exported, 'officer1', 'why?').definition.type).toBe(
      'customs.declaration.info-requested',
    );
    expect(reviewOverdueMessage(exported, base.reviewDueAt).definition.type).toBe(
      'customs.declaration.review-overdue',
    );
  });

  it('are customs.declaration.import-* for an import declaration, naming the country', () => {
    expect(filedMessage(imported, 'AUTOMATIC')).toMatchObject({
      definition: { type: 'customs.declaration.import-filed' },
      payload: {
        importCountry: 'CN',
        zone: imported.bondedZone,
        exportDeclarationId: imported.exportDeclarationId,
      },
    });
    // who owes the duties, for payments to invoice: the importer and the shipment's exporter
    expect(clearedMessage(imported, 'AUTOMATIC')).toMatchObject({
      definition: { type: 'customs.declaration.import-cleared' },
      payload: {
        importCountry: 'CN',
        duties: { total: { amount: '14130.00' } },
        importer: {
          name: 'Long Museum',
          country: 'CN',
          address: '3398 Longteng Avenue, Shanghai',
        },
        exporterId: 'exporter1',
        exportDeclarationId: imported.exportDeclarationId,
      },
    });
    expect(rejectedMessage(imported, 'AUTOMATIC', 'ivory', ['CITES-IVORY'])).toMatchObject({
      definition: { type: 'customs.declaration.import-rejected' },
      payload: { importCountry: 'CN', ruleIds: ['CITES-IVORY'] },
    });
    expect(infoRequestedMessage(imported, 'officer1', 'why?').definition.type).toBe(
      'customs.declaration.import-info-requested',
    );
    expect(reviewOverdueMessage(imported, base.reviewDueAt).payload).toEqual({
      declarationId: base.id,
      shipmentId: base.shipmentId,
      reviewDueAt: '2026-12-08T10:00:00.000Z',
      importCountry: 'CN',
    });
  });

  it('clear with the duties the officer assessed where the engine left them incomplete', () => {
    // the engine's partial totals (an antique's line not computed) stay on the declaration
    const assessed = { assessedDutyMinor: 0n, assessedVatMinor: 1_300_000n };
    const duties = {
      duty: { amount: '0.00', currency: 'CNY' },
      vat: { amount: '13000.00', currency: 'CNY' },
      total: { amount: '13000.00', currency: 'CNY' },
    };
    expect(clearedMessage({ ...exported, ...assessed }, 'officer1').payload).toMatchObject({
      duties,
    });
    expect(clearedMessage({ ...imported, ...assessed }, 'officer1')).toMatchObject({
      definition: { type: 'customs.declaration.import-cleared' },
      payload: { duties, exporterId: 'exporter1' },
    });
  });
});
