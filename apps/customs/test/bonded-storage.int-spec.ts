import {
  BondedEntered,
  BondedReExported,
  BondedReleased,
  type BondedReleasedV1,
} from '@artbridge/contracts';
import { DLQ_HEADERS } from '@artbridge/platform-messaging';
import { readJson, TopicReader, waitFor } from '@artbridge/platform-testing';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  contemporaryPainting,
  CustomsHarness,
  type AuditJson,
  type DeclarationJson,
} from './customs-harness';

const OFFICER = ['officer1', 'CUSTOMS_OFFICER'] as const;
const EXPORTER = ['exporter1', 'EXPORTER'] as const;

/** A gallery in London sells to a Shanghai collector; the works wait in the FTZ's bonded warehouse. */
const GB_TO_CN = {
  origin: { country: 'GB', place: 'London' },
  destination: { country: 'CN', place: 'Shanghai' },
};
const ZONE = 'China (Shanghai) Pilot Free Trade Zone, Waigaoqiao';
const WAREHOUSE = 'Shanghai International Art Bonded Warehouse';
const IMPORTER = { name: 'Long Museum', country: 'CN', address: '3398 Longteng Avenue, Shanghai' };

/** A contemporary print valued in yuan: 9702.90 into China. */
const woodblockPrint = {
  title: 'River Town',
  artist: { name: 'Chen Li', birthYear: 1980 },
  creationYear: 2018,
  category: 'PRINT',
  value: { amount: '10000.00', currency: 'CNY' },
  ownedByCreator: false,
  originCountry: 'GB',
};

/** Precious coral: a CITES permit whichever way it crosses (CITES-CORAL), so an officer reviews. */
const coralSculpture = {
  title: 'Red Branch',
  artist: { name: 'Ada Marsh', birthYear: 1969 },
  creationYear: 2010,
  category: 'SCULPTURE',
  materials: [{ material: 'CORAL' }],
  value: { amount: '50000.00', currency: 'CNY' },
  ownedByCreator: false,
  originCountry: 'GB',
};

/** An 1800 antique: no duty rate for 9706 in China's table, yet CN-VAT is due on import. */
const antique = {
  title: 'Lacquer cabinet',
  artist: { name: 'Unknown' },
  creationYear: 1800,
  category: 'ANTIQUE',
  value: { amount: '10000.00', currency: 'CNY' },
  ownedByCreator: false,
  originCountry: 'GB',
};

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('customs: bonded storage in a free-trade zone (real PostgreSQL and Kafka)', () => {
  const customs = new CustomsHarness();

  beforeAll(async () => {
    await customs.start();
    // the ECB rates of the day, as payments publishes them: EUR values are converted to CNY
    await customs.publishRates(today(), { CNY: '7.9827', GBP: '0.87058' });
    const dataSource = customs.service.app.get(DataSource);
    await waitFor('the rates of the day to be stored', async () => {
      const rows: unknown[] = await dataSource.query(
        `SELECT 1 FROM fx_rate WHERE date = $1 AND currency = 'CNY'`,
        [today()],
      );
      return rows.length > 0;
    });
  });
  afterAll(() => customs.cleanup());

  const place = (shipmentId: string) => ({
    shipmentId,
    zone: ZONE,
    country: 'CN',
    warehouse: WAREHOUSE,
  });

  /** As logistics publishes them: on its shipment stream, keyed by the shipment. */
  const enter = (shipmentId: string) =>
    customs.publish(
      BondedEntered,
      { ...place(shipmentId), location: 'Vault B, rack 12', enteredAt: new Date().toISOString() },
      shipmentId,
      { correlationId: shipmentId },
    );
  const release = (shipmentId: string, artworkIds: string[], key = shipmentId) =>
    customs.publish(
      BondedReleased,
      {
        ...place(shipmentId),
        releasedAt: new Date().toISOString(),
        artworkIds,
        importer: IMPORTER,
      } as BondedReleasedV1,
      shipmentId,
      { correlationId: shipmentId, key },
    );

  /**
   * Files the export declaration as the saga does, and waits until customs decided it; by
   * default declared for bonded storage at submission (CN-FTZ-BONDED), as a shipment meant for
   * the warehouse is.
   */
  async function exported(
    items: object[],
    ftzBonded = true,
    purpose: 'SALE' | 'TEMPORARY_EXHIBITION' = 'SALE',
  ) {
    const declared = await customs.file(items, { ...GB_TO_CN, purpose }, 'exporter1', {
      ftzBonded,
    });
    const declaration = await customs.declaration(declared.declarationId);
    return { ...declared, declaration, artworkIds: declaration.items.map((i) => i.artworkId) };
  }

  const importFiled = (shipmentId: string) =>
    customs.waitForEvent(shipmentId, 'customs.declaration.import-filed');
  const auditUntil = (declarationId: string, action: string) =>
    waitFor(`${action} on the trail of ${declarationId}`, async () => {
      const entries = await customs.audit(declarationId);
      return entries.some((entry) => entry.action === action) && entries;
    });
  const decide = (id: string, body: unknown) =>
    customs.post(`/declarations/${id}/decisions`, body, ...OFFICER);

  it('a release to the domestic market files a cleared IMPORT declaration with China’s duty and VAT', async () => {
    const { shipmentId, declarationId, declaration, artworkIds } = await exported([
      { ...contemporaryPainting, value: { amount: '25000.00', currency: 'EUR' } },
      woodblockPrint,
    ]);
    expect(declaration).toMatchObject({ kind: 'EXPORT', status: 'CLEARED', ftzBonded: true });
    // declared bonded: China's duty and VAT deferred, not charged on the export declaration
    const exportCleared = await customs.waitForEvent(shipmentId, 'customs.declaration.cleared');
    const nothing = { amount: '0.00', currency: 'CNY' };
    expect(exportCleared.payload['duties']).toEqual({
      duty: nothing,
      vat: nothing,
      total: nothing,
    });
    expect(declaration.duties!.lines!.map((line) => 'relief' in line && line.relief?.kind)).toEqual(
      ['FTZ_BONDED', 'FTZ_BONDED'],
    );
    expect(
      (await customs.audit(declarationId)).find((entry) => entry.action === 'FILED')!.details,
    ).toMatchObject({ ftzBonded: true });

    await enter(shipmentId);
    const released = await release(shipmentId, artworkIds);
    const filed = await importFiled(shipmentId);
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.import-cleared');
    const importId = filed.subject;

    expect(filed).toMatchObject({
      source: 'customs',
      correlationId: shipmentId,
      causationId: released.id,
      payload: {
        declarationId: importId,
        shipmentId,
        decidedBy: 'AUTOMATIC',
        outcome: 'CLEAR',
        importCountry: 'CN',
        zone: ZONE,
        exportDeclarationId: declarationId,
      },
    });
    // EUR 25,000.00 at 7.9827 is CNY 199,567.50: duty 1,995.68, VAT 26,203.21;
    // CNY 10,000.00: duty 100.00, VAT 1,313.00
    expect(cleared.payload).toEqual({
      declarationId: importId,
      shipmentId,
      decidedBy: 'AUTOMATIC',
      importCountry: 'CN',
      // who owes them, for payments to invoice
      importer: IMPORTER,
      exporterId: 'exporter1',
      exportDeclarationId: declarationId,
      duties: {
        duty: { amount: '2095.68', currency: 'CNY' },
        vat: { amount: '27516.21', currency: 'CNY' },
        total: { amount: '29611.89', currency: 'CNY' },
      },
    });

    const imported = await customs.declaration(importId);
    expect(imported).toMatchObject({
      id: importId,
      kind: 'IMPORT',
      shipmentId,
      exporterId: 'exporter1',
      declarant: 'Long Museum',
      status: 'CLEARED',
      outcome: 'CLEAR',
      exportDeclarationId: declarationId,
      importDeclarationId: null,
      bonded: { zone: ZONE, warehouse: WAREHOUSE },
      consignee: IMPORTER,
      origin: { country: 'GB', place: 'London' },
      destination: { country: 'CN', place: ZONE },
      declarationDate: today(),
      itemCount: 2,
      firstItem: { title: 'Harbour at Dusk', artistName: 'Jane Doe' },
      totalDeclaredValue: null,
      declaredValues: [
        { amount: '10000.00', currency: 'CNY' },
        { amount: '25000.00', currency: 'EUR' },
      ],
      duties: {
        currency: 'CNY',
        customsValue: { amount: '209567.50', currency: 'CNY' },
        total: { amount: '29611.89', currency: 'CNY' },
        complete: true,
      },
      decision: { decidedBy: 'AUTOMATIC' },
    });
    // the works as the export declaration declared them, assessed again for import
    expect(imported.items.map((item) => [item.artworkId, item.hsCode])).toEqual([
      [artworkIds[0], '9701.91'],
      [artworkIds[1], '9702.90'],
    ]);
    expect(imported.items[1].attributes).toEqual(declaration.items[1].attributes);
    expect(
      imported.duties!.lines!.map((line) => ('dutyRate' in line ? line.dutyRate.ruleId : null)),
    ).toEqual(['CN-DUTY-ART', 'CN-DUTY-ART']);
    const release0 = imported.items[0].findings.find((f) => f.ruleId === 'CN-FTZ-RELEASE');
    expect(release0).toMatchObject({ effect: 'INFO', ruleVersion: 1 });
    expect(release0!.message).toContain('duty CNY 1995.68 and import VAT CNY 26203.21 due');

    const importTrail = await customs.audit(importId);
    expect(importTrail.map((e) => [e.action, e.actor, e.toStatus])).toEqual([
      ['FILED', 'AUTOMATIC', null],
      ['AUTOMATIC_OUTCOME', 'AUTOMATIC', 'CLEARED'],
    ]);
    expect(importTrail[0].details).toMatchObject({
      exportDeclarationId: declarationId,
      zone: ZONE,
      importer: 'Long Museum',
      ruleId: 'CN-FTZ-RELEASE',
      items: 2,
      event: released.id,
    });

    const exportTrail = await auditUntil(declarationId, 'BONDED_RELEASED');
    expect(exportTrail.map((e) => [e.action, e.actor])).toEqual([
      ['FILED', 'exporter1'],
      ['AUTOMATIC_OUTCOME', 'AUTOMATIC'],
      ['BONDED_ENTERED', 'LOGISTICS'],
      ['BONDED_RELEASED', 'LOGISTICS'],
    ]);
    expect(exportTrail[2]).toMatchObject({
      reason: expect.stringContaining('CN-FTZ-BONDED v1'),
      details: { ruleId: 'CN-FTZ-BONDED', dutyDue: false, location: 'Vault B, rack 12' },
    });
    expect(exportTrail[3]).toMatchObject({
      reason: expect.stringContaining(`import declaration ${importId} filed for Long Museum`),
      details: { ruleId: 'CN-FTZ-RELEASE', dutyDue: true, importDeclarationId: importId },
    });
    expect(await customs.declaration(declarationId)).toMatchObject({
      importDeclarationId: importId,
      bonded: null,
    });

    const imports = await readJson<{ items: DeclarationJson[] }>(
      await customs.get('/declarations?kind=IMPORT', ...OFFICER),
    );
    expect(imports.items.map((item) => item.id)).toContain(importId);
    expect(imports.items.every((item) => item.kind === 'IMPORT')).toBe(true);
  });

  it('a sale released in part is valued at the released works’ share of its price, as at export', async () => {
    // EUR 10,000 and 30,000 of works sold together for EUR 20,000: shares 5,000 and 15,000
    const { shipmentId, declarationId } = await customs.file(
      [
        { ...contemporaryPainting, value: { amount: '10000.00', currency: 'EUR' } },
        {
          ...contemporaryPainting,
          title: 'Low Tide',
          value: { amount: '30000.00', currency: 'EUR' },
        },
      ],
      { ...GB_TO_CN, purpose: 'SALE' },
      'exporter1',
      { ftzBonded: true, price: { amount: '20000.00', currency: 'EUR' } },
    );
    const declaration = await customs.declaration(declarationId);
    // EUR 5,000.00 at 7.9827 is CNY 39,913.50 (deferred under CN-FTZ-BONDED)
    expect(
      declaration.duties!.lines!.map((line) => 'customsValue' in line && line.customsValue),
    ).toEqual([cny('39913.50'), cny('119740.50')]);

    await enter(shipmentId);
    await release(shipmentId, [declaration.items[0].artworkId]);
    const importId = (await importFiled(shipmentId)).subject;
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.import-cleared');
    // duty 1 % 399.14 (399.135 half up); VAT 13 % of 40,312.64 = 5,240.64
    expect(cleared.payload['duties']).toEqual({
      duty: cny('399.14'),
      vat: cny('5240.64'),
      total: cny('5639.78'),
    });
    expect((await customs.declaration(importId)).duties).toMatchObject({
      customsValue: cny('39913.50'),
      lines: [
        {
          customsValue: cny('39913.50'),
          conversion: { from: { amount: '5000.00', currency: 'EUR' } },
        },
      ],
    });
  });

  it('a shipment not declared bonded paid China’s duty at its export declaration: its release charges none again', async () => {
    const { shipmentId, declarationId, declaration, artworkIds } = await exported(
      [woodblockPrint],
      false,
    );
    // CNY 10,000.00: duty 100.00 and VAT 1,313.00 charged on the export declaration
    expect(declaration).toMatchObject({
      ftzBonded: false,
      duties: { duty: { amount: '100.00' }, vat: { amount: '1313.00' } },
    });

    await enter(shipmentId);
    await release(shipmentId, artworkIds);
    const filed = await importFiled(shipmentId);
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.import-cleared');
    const importId = filed.subject;
    const nothing = { amount: '0.00', currency: 'CNY' };
    expect(cleared.payload).toMatchObject({
      declarationId: importId,
      duties: { duty: nothing, vat: nothing, total: nothing },
    });

    const imported = await customs.declaration(importId);
    expect(imported).toMatchObject({
      kind: 'IMPORT',
      status: 'CLEARED',
      ftzBonded: false,
      exportDeclarationId: declarationId,
      duties: { customsValue: { amount: '10000.00' }, total: nothing, complete: true },
    });
    expect(imported.duties!.lines![0]).toMatchObject({
      dutyRate: { ruleId: 'CN-DUTY-ART' },
      duty: nothing,
      relief: {
        kind: 'PAID_AT_EXPORT',
        ruleId: 'DUTY-PAID-AT-EXPORT',
        suspendedDuty: { amount: '100.00', currency: 'CNY' },
        suspendedVat: { amount: '1313.00', currency: 'CNY' },
      },
    });
    const ruleIds = imported.items[0].findings.map((finding) => finding.ruleId);
    expect(ruleIds).toContain('DUTY-PAID-AT-EXPORT');
    expect(ruleIds).not.toContain('CN-FTZ-RELEASE');
    expect(
      imported.items[0].findings.find((finding) => finding.ruleId === 'DUTY-PAID-AT-EXPORT'),
    ).toMatchObject({
      effect: 'INFO',
      message: expect.stringContaining(
        `duty CNY 100.00 and VAT CNY 1313.00 were charged on export declaration ${declarationId}`,
      ),
    });
    expect((await customs.audit(importId))[0].details).toMatchObject({
      exportDeclaredBonded: false,
      dutyPaidAtExport: 1,
    });

    const trail = await auditUntil(declarationId, 'BONDED_RELEASED');
    expect(trail.find((entry) => entry.action === 'BONDED_ENTERED')).toMatchObject({
      reason: expect.stringContaining('the shipment was not declared for bonded storage'),
      details: { dutyDue: false },
    });
    expect(trail.find((entry) => entry.action === 'BONDED_RELEASED')).toMatchObject({
      reason: expect.stringContaining('are not charged again (nothing is due)'),
      details: { ruleId: 'CN-FTZ-RELEASE', dutyDue: false, importDeclarationId: importId },
    });
  });

  it('an exhibition shown from bond defers its duty under CN-FTZ-BONDED; released, it pays duty and VAT', async () => {
    const { shipmentId, declarationId, declaration, artworkIds } = await exported(
      [woodblockPrint],
      true,
      'TEMPORARY_EXHIBITION',
    );
    expect(declaration).toMatchObject({ purpose: 'TEMPORARY_EXHIBITION', ftzBonded: true });
    // in bond, not under temporary admission: the deferral is CN-FTZ-BONDED's
    expect(declaration.duties!.lines![0]).toMatchObject({
      relief: { kind: 'FTZ_BONDED', ruleId: 'CN-FTZ-BONDED' },
    });
    const findingIds = declaration.items[0].findings.map((f) => f.ruleId);
    expect(findingIds).toContain('CN-FTZ-BONDED');
    expect(findingIds).not.toContain('CN-TEMP-ADMISSION');

    await enter(shipmentId);
    await release(shipmentId, artworkIds);
    const filed = await importFiled(shipmentId);
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.import-cleared');
    // the exhibition ends with the release: CNY 10,000.00 pays duty 100.00 and VAT 1,313.00
    expect(cleared.payload['duties']).toEqual({
      duty: { amount: '100.00', currency: 'CNY' },
      vat: { amount: '1313.00', currency: 'CNY' },
      total: { amount: '1413.00', currency: 'CNY' },
    });
    const imported = await customs.declaration(filed.subject);
    expect(imported).toMatchObject({
      kind: 'IMPORT',
      purpose: 'SALE',
      exportDeclarationId: declarationId,
    });
    expect(imported.duties!.lines![0]).not.toHaveProperty('relief');
    expect(imported.items[0].findings.map((f) => f.ruleId)).not.toContain('CN-TEMP-ADMISSION');
  });

  it('an import whose duties the engine cannot complete is cleared with the duties the officer assessed', async () => {
    const { shipmentId, declarationId, declaration, artworkIds } = await exported([antique]);
    expect(declaration).toMatchObject({ status: 'PENDING_REVIEW', duties: { complete: false } });
    // declared bonded, the duties are deferred to the release: nothing for the officer to assess now
    expect(declaration.dutiesToAssess).toEqual([]);
    const withDuties = await decide(declarationId, {
      decision: 'APPROVE',
      duties: { duty: cny('0.00'), vat: cny('0.00') },
    });
    expect(withDuties.status).toBe(400);
    expect(await readJson(withDuties)).toMatchObject({
      message: [
        expect.stringContaining('declared for bonded storage, so its duty and VAT are deferred'),
      ],
    });
    const approvedExport = await decide(declarationId, { decision: 'APPROVE' });
    expect(approvedExport.status).toBe(200);
    expect(await readJson(approvedExport)).not.toHaveProperty('assessedDuties');
    const nothing = cny('0.00');
    expect(
      (await customs.waitForEvent(shipmentId, 'customs.declaration.cleared')).payload['duties'],
    ).toEqual({ duty: nothing, vat: nothing, total: nothing });

    await enter(shipmentId);
    await release(shipmentId, artworkIds);
    const importId = (await importFiled(shipmentId)).subject;
    const queued = await customs.declaration(importId);
    expect(queued).toMatchObject({
      kind: 'IMPORT',
      status: 'PENDING_REVIEW',
      duties: { currency: 'CNY', total: cny('0.00'), complete: false },
      // deferred at export, not forgotten: the release is where the officer assesses them
      dutiesToAssess: [{ itemIndex: 0, ruleId: 'TARIFF-NOT-IN-TABLE' }],
    });
    expect(queued).not.toHaveProperty('assessedDuties');
    const unassessed = await decide(importId, { decision: 'APPROVE' });
    expect(unassessed.status).toBe(409);
    expect(await readJson(unassessed)).toMatchObject({
      currentStatus: 'PENDING_REVIEW',
      message: expect.stringMatching(
        /^the duties are incomplete \(items\[0\] TARIFF-NOT-IN-TABLE: .+\): approve with the duties you assessed$/,
      ),
    });

    const approved = await decide(importId, {
      decision: 'APPROVE',
      duties: { duty: cny('100.00'), vat: cny('1313.00') },
    });
    expect(await readJson(approved)).toMatchObject({
      status: 'CLEARED',
      assessedDuties: { duty: cny('100.00'), vat: cny('1313.00'), total: cny('1413.00') },
    });
    // what payments invoices to the importer: the officer's figures, not the engine's zero
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.import-cleared');
    expect(cleared.payload).toMatchObject({
      declarationId: importId,
      decidedBy: 'officer1',
      importer: IMPORTER,
      duties: { duty: cny('100.00'), vat: cny('1313.00'), total: cny('1413.00') },
    });
    expect(
      (await customs.audit(importId)).find((entry) => entry.action === 'APPROVED')!.details,
    ).toEqual({
      decision: 'APPROVE',
      assessedDuties: ['duty 100.00 CNY', 'vat 1313.00 CNY', 'total 1413.00 CNY'],
    });
  });

  it('a shipment not declared bonded whose duties the officer assessed at export: its release does not charge them again', async () => {
    // the antique's duty the engine could not compute, the print's it did: the officer's figures
    // for the whole declaration were invoiced at its clearance
    const { shipmentId, declarationId, declaration, artworkIds } = await exported(
      [antique, woodblockPrint],
      false,
    );
    expect(declaration).toMatchObject({ status: 'PENDING_REVIEW', ftzBonded: false });
    expect(declaration.dutiesToAssess).toMatchObject([
      { itemIndex: 0, ruleId: 'TARIFF-NOT-IN-TABLE' },
    ]);
    const assessedAtExport = { duty: cny('100.00'), vat: cny('2626.00') };
    expect(
      (await decide(declarationId, { decision: 'APPROVE', duties: assessedAtExport })).status,
    ).toBe(200);
    expect(
      (await customs.waitForEvent(shipmentId, 'customs.declaration.cleared')).payload['duties'],
    ).toEqual({ ...assessedAtExport, total: cny('2726.00') });

    await enter(shipmentId);
    await release(shipmentId, artworkIds);
    const filed = await importFiled(shipmentId);
    const importId = filed.subject;
    // paid at the export declaration's clearance: cleared at once, nothing for an officer to assess
    expect(filed.payload).toMatchObject({ outcome: 'CLEAR', decidedBy: 'AUTOMATIC' });
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.import-cleared');
    const nothing = cny('0.00');
    expect(cleared.payload).toMatchObject({
      declarationId: importId,
      duties: { duty: nothing, vat: nothing, total: nothing },
    });

    const imported = await customs.declaration(importId);
    expect(imported).toMatchObject({
      kind: 'IMPORT',
      status: 'CLEARED',
      dutiesToAssess: [],
      duties: { total: nothing },
    });
    expect(imported).not.toHaveProperty('assessedDuties');
    expect(imported.duties!.lines![0]).toMatchObject({
      status: 'NOT_COMPUTED',
      ruleId: 'TARIFF-NOT-IN-TABLE',
    });
    expect(imported.duties!.lines![1]).toMatchObject({
      duty: nothing,
      relief: { kind: 'PAID_AT_EXPORT', ruleId: 'DUTY-PAID-AT-EXPORT' },
    });
    const antiqueFindings = imported.items[0].findings;
    expect(imported.items[0].outcome).toBe('CLEAR');
    expect(antiqueFindings.filter((finding) => finding.effect === 'REVIEW')).toEqual([]);
    expect(antiqueFindings.map((finding) => finding.ruleId)).not.toContain('CN-FTZ-RELEASE');
    expect(
      antiqueFindings.find((finding) => finding.ruleId === 'DUTY-PAID-AT-EXPORT'),
    ).toMatchObject({
      effect: 'INFO',
      message: expect.stringContaining(
        `assessed by the officer who approved export declaration ${declarationId} (duty CNY 100.00 and VAT CNY 2626.00 for the whole declaration)`,
      ),
    });
    expect((await customs.audit(importId))[0].details).toMatchObject({
      exportDeclaredBonded: false,
      dutyPaidAtExport: 2,
    });
    const trail = await auditUntil(declarationId, 'BONDED_RELEASED');
    expect(trail.find((entry) => entry.action === 'BONDED_RELEASED')).toMatchObject({
      reason: expect.stringContaining('are not charged again (nothing is due)'),
      details: { dutyDue: false, importDeclarationId: importId },
    });
  });

  it('files one import declaration per shipment: a repeated release changes nothing', async () => {
    const first = await exported([woodblockPrint]);
    await release(first.shipmentId, first.artworkIds);
    await importFiled(first.shipmentId);
    // the repeat, then a sentinel on the same partition: once the sentinel is filed, so was the repeat
    await release(first.shipmentId, first.artworkIds);
    const sentinel = await exported([woodblockPrint]);
    await release(sentinel.shipmentId, sentinel.artworkIds, first.shipmentId);
    await importFiled(sentinel.shipmentId);

    expect(
      customs
        .eventsOfShipment(first.shipmentId)
        .filter((event) => event.type.startsWith('customs.declaration.import-'))
        .map((event) => event.type),
    ).toEqual(['customs.declaration.import-filed', 'customs.declaration.import-cleared']);
    const trail = await customs.audit(first.declarationId);
    expect(trail.filter((e) => e.action === 'BONDED_RELEASED')).toHaveLength(1);
  });

  it('a release that needs a licence goes to the officers’ queue, and is decided with import events', async () => {
    const { shipmentId, declarationId, artworkIds } = await exported([coralSculpture]);
    const permit = {
      type: 'CITES_PERMIT',
      number: 'GB-CITES-26-0117',
      issuer: 'Animal and Plant Health Agency',
      validUntil: inDays(120),
    };
    // the export first: the coral needs its CITES export permit
    expect(
      (await customs.post(`/declarations/${declarationId}/licences`, permit, ...EXPORTER)).status,
    ).toBe(201);
    expect((await decide(declarationId, { decision: 'APPROVE' })).status).toBe(200);

    await release(shipmentId, artworkIds);
    const filed = await importFiled(shipmentId);
    expect(filed.payload).toMatchObject({ outcome: 'REVIEW', reviewDueAt: expect.any(String) });
    const importId = filed.subject;
    const queued = await customs.declaration(importId);
    expect(queued).toMatchObject({
      kind: 'IMPORT',
      status: 'PENDING_REVIEW',
      licencesRequired: ['CITES_PERMIT'],
      missingLicences: [{ type: 'CITES_PERMIT', position: 0 }],
      openInfoRequest: null,
    });
    expect(queued.items[0].findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['CITES-CORAL', 'CN-FTZ-RELEASE']),
    );
    const queue = await readJson<{ items: DeclarationJson[] }>(
      await customs.get(
        '/declarations?status=PENDING_REVIEW&kind=IMPORT&sort=deadline',
        ...OFFICER,
      ),
    );
    expect(queue.items.find((item) => item.id === importId)).toMatchObject({
      kind: 'IMPORT',
      itemCount: 1,
      firstItem: { title: 'Red Branch', artistName: 'Ada Marsh' },
      totalDeclaredValue: { amount: '50000.00', currency: 'CNY' },
      outcome: 'REVIEW',
    });

    // the officer asks; the question is on the declaration itself, not only on its trail
    const question = 'send the CITES import permit issued by China';
    const asked = await decide(importId, { decision: 'REQUEST_INFO', reason: question });
    const askedView = await readJson<DeclarationJson>(asked);
    expect(askedView).toMatchObject({
      status: 'INFO_REQUESTED',
      openInfoRequest: { question, askedBy: 'officer1' },
    });
    expect(Date.parse(askedView.openInfoRequest!.askedAt)).not.toBeNaN();
    expect(
      (await customs.waitForEvent(shipmentId, 'customs.declaration.import-info-requested')).payload,
    ).toEqual({
      declarationId: importId,
      shipmentId,
      decidedBy: 'officer1',
      reason: question,
      importCountry: 'CN',
    });
    const importPermit = { ...permit, number: 'CN-CITES-26-0042', issuer: 'CITES MA of China' };
    expect(
      (await customs.post(`/declarations/${importId}/licences`, importPermit, ...EXPORTER)).status,
    ).toBe(201);
    const answered = await customs.post(
      `/declarations/${importId}/answers`,
      { message: 'attached' },
      ...EXPORTER,
    );
    expect(await readJson(answered)).toMatchObject({
      status: 'PENDING_REVIEW',
      openInfoRequest: null,
    });

    expect(await readJson(await decide(importId, { decision: 'APPROVE' }))).toMatchObject({
      status: 'CLEARED',
    });
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.import-cleared');
    expect(cleared.payload).toMatchObject({
      decidedBy: 'officer1',
      importCountry: 'CN',
      // CNY 50,000.00: duty 1 % 500.00, VAT 13 % of 50,500.00
      duties: { duty: { amount: '500.00' }, vat: { amount: '6565.00' } },
    });
    // the saga's export events were sent for the export declaration only
    expect(
      customs
        .eventsOfShipment(shipmentId)
        .filter((e) => e.subject === importId)
        .every((e) => e.type.startsWith('customs.declaration.import-')),
    ).toBe(true);

    const trail = await customs.audit(importId);
    expect(trail.map((e: AuditJson) => [e.action, e.actor, e.toStatus])).toEqual([
      ['FILED', 'AUTOMATIC', null],
      ['AUTOMATIC_OUTCOME', 'AUTOMATIC', 'PENDING_REVIEW'],
      ['INFO_REQUESTED', 'officer1', 'INFO_REQUESTED'],
      ['LICENCE_ATTACHED', 'exporter1', null],
      ['INFO_ANSWERED', 'exporter1', 'PENDING_REVIEW'],
      ['APPROVED', 'officer1', 'CLEARED'],
    ]);
  });

  it('a re-export from bond leaves an audit record and no duty, and files no import declaration', async () => {
    const { shipmentId, declarationId } = await exported([woodblockPrint]);
    await enter(shipmentId);
    await customs.publish(
      BondedReExported,
      {
        ...place(shipmentId),
        reExportedAt: new Date().toISOString(),
        destination: { country: 'HK', place: 'Hong Kong' },
      },
      shipmentId,
      { correlationId: shipmentId },
    );
    const trail = await auditUntil(declarationId, 'BONDED_RE_EXPORTED');
    const reExported = trail.find((entry) => entry.action === 'BONDED_RE_EXPORTED')!;
    expect(reExported).toMatchObject({
      actor: 'LOGISTICS',
      fromStatus: null,
      toStatus: null,
      reason: expect.stringMatching(
        /to Hong Kong, HK: the works left without import duty or VAT in CN; CN-FTZ-REEXPORT v1: /,
      ),
      details: {
        zone: ZONE,
        country: 'CN',
        ruleId: 'CN-FTZ-REEXPORT',
        ruleVersion: 1,
        dutyDue: false,
        destinationCountry: 'HK',
        destinationPlace: 'Hong Kong',
      },
    });
    expect(trail.map((e) => e.action)).toEqual([
      'FILED',
      'AUTOMATIC_OUTCOME',
      'BONDED_ENTERED',
      'BONDED_RE_EXPORTED',
    ]);
    expect(await customs.declaration(declarationId)).toMatchObject({
      status: 'CLEARED',
      importDeclarationId: null,
    });
    expect(
      customs
        .eventsOfShipment(shipmentId)
        .filter((event) => event.type.startsWith('customs.declaration.import-')),
    ).toEqual([]);
  });

  it('dead-letters a release customs cannot declare, saying why, and files nothing', async () => {
    const dlq = await TopicReader.start(customs.context.broker(), [customs.deadLetterTopic()]);
    customs.context.onCleanup(() => dlq.stop());

    const unknownShipment = uuidv7();
    await release(unknownShipment, [uuidv7()]);
    const [first] = await dlq.waitForCount(1);
    expect(first.headers[DLQ_HEADERS.reason]).toBe('handler-failed');
    expect(first.headers[DLQ_HEADERS.error]).toBe(
      `bonded-released names shipment ${unknownShipment}, of which customs has no export declaration: the works' attributes are unknown to customs`,
    );

    const { shipmentId, declarationId, artworkIds } = await exported([woodblockPrint]);
    const stranger = uuidv7();
    await release(shipmentId, [...artworkIds, stranger]);
    const [, second] = await dlq.waitForCount(2);
    expect(second.headers[DLQ_HEADERS.error]).toBe(
      `bonded-released names artworks ${stranger} that export declaration ${declarationId} of shipment ${shipmentId} does not hold: their attributes are unknown to customs`,
    );
    expect(
      customs
        .eventsOfShipment(shipmentId)
        .filter((event) => event.type.startsWith('customs.declaration.import-')),
    ).toEqual([]);
  });
});
