import { FileDeclaration } from '@artbridge/contracts';
import { DLQ_HEADERS } from '@artbridge/platform-messaging';
import { readJson, TopicReader, waitFor } from '@artbridge/platform-testing';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  contemporaryPainting,
  CustomsHarness,
  fileDeclaration,
  qiBaishiShrimps,
  republicanInkPainting,
  type DeclarationJson,
} from './customs-harness';

const OFFICER = ['officer1', 'CUSTOMS_OFFICER'] as const;
const EXPORTER = ['exporter1', 'EXPORTER'] as const;
const OTHER_EXPORTER = ['exporter2', 'EXPORTER'] as const;
const OPERATOR = ['operator1', 'LOGISTICS_OPERATOR'] as const;

/** A 1950 painting leaving the EU valued in USD, with no rate on file: an officer must value it. */
const paintingWithoutRate = {
  title: 'Nature morte',
  artist: { name: 'Anonyme' },
  creationYear: 1950,
  category: 'PAINTING',
  technique: 'OIL',
  value: { amount: '200000.00', currency: 'USD' },
  ownedByCreator: false,
  originCountry: 'FR',
};
const FR_TO_US = {
  origin: { country: 'FR', place: 'Paris' },
  destination: { country: 'US', place: 'New York' },
};
const CN_TO_FR = {
  origin: { country: 'CN', place: 'Beijing' },
  destination: { country: 'FR', place: 'Paris' },
};

const usd = (amount: string) => ({ amount, currency: 'USD' });
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('customs: declarations and the officers’ workbench (real PostgreSQL and Kafka)', () => {
  const customs = new CustomsHarness();

  beforeAll(() => customs.start());
  afterAll(() => customs.cleanup());

  const decide = (id: string, body: unknown, who: readonly [string, ...string[]] = OFFICER) =>
    customs.post(`/declarations/${id}/decisions`, body, who[0], ...(who.slice(1) as ['EXPORTER']));
  const attach = (id: string, body: unknown, who: readonly [string, string] = EXPORTER) =>
    customs.post(`/declarations/${id}/licences`, body, who[0], who[1] as 'EXPORTER');
  const answer = (id: string, body: unknown, who: readonly [string, string] = EXPORTER) =>
    customs.post(`/declarations/${id}/answers`, body, who[0], who[1] as 'EXPORTER');
  const messages = async (response: Response) =>
    (await readJson<{ message: string[] | string }>(response)).message;
  const cnExitPermit = {
    type: 'CN_EXIT_PERMIT',
    number: 'CN-2026-0042',
    issuer: 'Beijing Cultural Relics Exit Review Office',
    validUntil: inDays(90),
  };

  it('clears a clear shipment at once: DeclarationFiled and DeclarationCleared with duties', async () => {
    const { shipmentId, declarationId, command } = await customs.file([contemporaryPainting]);
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.cleared');
    const [filed] = customs.eventsOfShipment(shipmentId);

    expect(filed).toMatchObject({
      type: 'customs.declaration.filed',
      source: 'customs',
      subject: declarationId,
      correlationId: command.correlationId,
      causationId: command.id,
      payload: { declarationId, shipmentId, decidedBy: 'AUTOMATIC', outcome: 'CLEAR' },
    });
    expect(filed.payload).not.toHaveProperty('reviewDueAt');
    expect(cleared).toMatchObject({
      subject: declarationId,
      correlationId: command.correlationId,
      payload: {
        declarationId,
        shipmentId,
        decidedBy: 'AUTOMATIC',
        duties: {
          duty: { amount: '0.00', currency: 'EUR' },
          vat: { amount: '1375.00', currency: 'EUR' },
          total: { amount: '1375.00', currency: 'EUR' },
        },
      },
    });

    const declaration = await customs.declaration(declarationId);
    expect(declaration).toMatchObject({
      id: declarationId,
      shipmentId,
      exporterId: 'exporter1',
      declarant: 'exporter1',
      status: 'CLEARED',
      outcome: 'CLEAR',
      reviewDueAt: null,
      consignee: { name: 'Galerie Lumière', country: 'FR', address: '12 rue de Seine, Paris' },
      origin: { country: 'GB', place: 'London' },
      destination: { country: 'FR', place: 'Paris' },
      transportMode: 'AIR',
      incoterm: { rule: 'CIP', place: 'Paris' },
      invoice: { total: { amount: '25000.00', currency: 'EUR' } },
      items: [
        {
          position: 0,
          title: 'Harbour at Dusk',
          artistName: 'Jane Doe',
          creationYear: 2015,
          value: { amount: '25000.00', currency: 'EUR' },
          attributes: { ...contemporaryPainting, handExecuted: true },
          hsCode: '9701.91',
          outcome: 'CLEAR',
          licencesRequired: [],
        },
      ],
      duties: { currency: 'EUR', customsValue: { amount: '25000.00', currency: 'EUR' } },
      decision: { decidedBy: 'AUTOMATIC' },
    });
    expect(declaration.declarationDate).toBe(new Date().toISOString().slice(0, 10));
    expect(
      (await customs.audit(declarationId)).map((e) => [e.action, e.actor, e.toStatus]),
    ).toEqual([
      ['FILED', 'exporter1', null],
      ['AUTOMATIC_OUTCOME', 'AUTOMATIC', 'CLEARED'],
    ]);
  });

  it('takes a sale’s customs value from its price, not the works’ value (CIF = transaction value)', async () => {
    // a work valued EUR 5,000.00 sold for JPY 777,777: FR's 5.5 % VAT on the price in EUR
    const today = new Date().toISOString().slice(0, 10);
    await customs.publishRates(today, { JPY: '186.75' });
    const dataSource = customs.service.app.get(DataSource);
    await waitFor('the JPY rate of the day to be stored', async () => {
      const rows: unknown[] = await dataSource.query(
        `SELECT 1 FROM fx_rate WHERE date = $1 AND currency = 'JPY'`,
        [today],
      );
      return rows.length > 0;
    });
    const { shipmentId, declarationId } = await customs.file(
      [{ ...contemporaryPainting, value: { amount: '5000.00', currency: 'EUR' } }],
      {},
      'exporter1',
      { price: { amount: '777777', currency: 'JPY' } },
    );
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.cleared');
    // 777777 / 186.75 = 4164.8032… → EUR 4,164.80; VAT 5.5 % = 229.064 → 229.06 (not 275.00)
    expect(cleared.payload).toMatchObject({
      duties: {
        duty: { amount: '0.00', currency: 'EUR' },
        vat: { amount: '229.06', currency: 'EUR' },
        total: { amount: '229.06', currency: 'EUR' },
      },
    });
    expect(await customs.declaration(declarationId)).toMatchObject({
      invoice: { total: { amount: '777777', currency: 'JPY' } },
      duties: {
        customsValue: { amount: '4164.80', currency: 'EUR' },
        lines: [
          {
            customsValue: { amount: '4164.80', currency: 'EUR' },
            conversion: { from: { amount: '777777', currency: 'JPY' } },
          },
        ],
      },
    });
  });

  it('files one declaration per shipment: a repeated command changes nothing', async () => {
    const { shipmentId, declarationId } = await customs.file([contemporaryPainting]);
    await customs.waitForEvent(shipmentId, 'customs.declaration.cleared');
    // the repeat, then a sentinel on the same partition: once the sentinel is filed, so was the repeat
    await customs.publish(
      FileDeclaration,
      fileDeclaration(shipmentId, 'exporter1', [qiBaishiShrimps]),
      shipmentId,
    );
    const sentinel = uuidv7();
    await customs.publish(
      FileDeclaration,
      fileDeclaration(sentinel, 'exporter1', [contemporaryPainting]),
      sentinel,
      { key: shipmentId },
    );
    await customs.waitForEvent(sentinel, 'customs.declaration.filed');

    expect(customs.eventsOfShipment(shipmentId).map((e) => e.type)).toEqual([
      'customs.declaration.filed',
      'customs.declaration.cleared',
    ]);
    expect(await customs.declaration(declarationId)).toMatchObject({ status: 'CLEARED' });
    expect(await customs.audit(declarationId)).toHaveLength(2);
  });

  it('dead-letters a command the engine cannot assess, and files nothing', async () => {
    const dlq = await TopicReader.start(customs.context.broker(), [customs.deadLetterTopic()]);
    customs.context.onCleanup(() => dlq.stop());
    const shipmentId = uuidv7();
    const impossible = { ...contemporaryPainting, creationYear: 2015, creationYearEnd: 2010 };
    await customs.publish(
      FileDeclaration,
      fileDeclaration(shipmentId, 'exporter1', [impossible]),
      shipmentId,
    );
    const [letter] = await dlq.waitForCount(1);
    expect(letter.headers[DLQ_HEADERS.reason]).toBe('handler-failed');
    expect(letter.headers[DLQ_HEADERS.attempts]).toBe('1');
    expect(letter.headers[DLQ_HEADERS.error]).toBe(
      'invalid assessment request: items[0].creationYearEnd must not be before creationYear',
    );
    expect(customs.eventsOfShipment(shipmentId)).toEqual([]);
  });

  it('rejects a prohibited shipment at once with the rule ids', async () => {
    const { shipmentId, declarationId } = await customs.file([qiBaishiShrimps], CN_TO_FR);
    const rejected = await customs.waitForEvent(shipmentId, 'customs.declaration.rejected');
    expect(customs.eventsOfShipment(shipmentId)[0].payload).toMatchObject({
      outcome: 'PROHIBITED',
    });
    expect(rejected.payload).toMatchObject({
      declarationId,
      decidedBy: 'AUTOMATIC',
      ruleIds: ['CN-ARTIST-ALL'],
      reason: expect.stringMatching(/^items\[0\] CN-ARTIST-ALL: /),
    });

    const declaration = await customs.declaration(declarationId);
    expect(declaration).toMatchObject({ status: 'REJECTED', outcome: 'PROHIBITED' });
    expect(declaration.items[0].findings[0]).toMatchObject({
      ruleId: 'CN-ARTIST-ALL',
      effect: 'PROHIBITED',
    });
    const response = await decide(declarationId, { decision: 'APPROVE' });
    expect(response.status).toBe(409);
  });

  it('does not clear a shipment whose duties the engine cannot complete: an officer assesses them', async () => {
    // an 1800 antique into China: no duty rate for 9706 in the table, yet CN-VAT is due
    const antique = {
      title: 'Lacquer cabinet',
      artist: { name: 'Unknown' },
      creationYear: 1800,
      category: 'ANTIQUE',
      value: { amount: '10000.00', currency: 'CNY' },
      ownedByCreator: false,
      originCountry: 'US',
    };
    const { shipmentId, declarationId } = await customs.file([antique], {
      origin: { country: 'US', place: 'New York' },
      destination: { country: 'CN', place: 'Shanghai' },
    });
    const filed = customs.eventsOfShipment(shipmentId)[0];
    expect(filed.payload).toMatchObject({ outcome: 'REVIEW', decidedBy: 'AUTOMATIC' });
    const queued = await customs.declaration(declarationId);
    expect(queued).toMatchObject({
      status: 'PENDING_REVIEW',
      outcome: 'REVIEW',
      duties: { currency: 'CNY', complete: false },
      // what the approval will need the officer's figures for, as decide() judges it
      dutiesToAssess: [{ itemIndex: 0, ruleId: 'TARIFF-NOT-IN-TABLE', reason: expect.any(String) }],
    });
    expect(queued.items[0].findings[0]).toMatchObject({
      ruleId: 'TARIFF-NOT-IN-TABLE',
      effect: 'REVIEW',
      message: expect.stringContaining('the duties are incomplete, so an officer assesses them'),
    });
    expect(
      (await customs.audit(declarationId)).find((e) => e.action === 'AUTOMATIC_OUTCOME'),
    ).toMatchObject({
      toStatus: 'PENDING_REVIEW',
      reason: expect.stringMatching(/^items\[0\] TARIFF-NOT-IN-TABLE: /),
    });

    // the stored zero duty and VAT are no final figure: approval needs the officer's
    const unassessed = await decide(declarationId, { decision: 'APPROVE' });
    expect(unassessed.status).toBe(409);
    expect(await readJson(unassessed)).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: expect.stringMatching(
        /^the duties are incomplete \(items\[0\] TARIFF-NOT-IN-TABLE: no duty rate for HS .+ into CN in the tariff table on .+\): approve with the duties you assessed$/,
      ),
      currentStatus: 'PENDING_REVIEW',
    });
    const cny = (amount: string) => ({ amount, currency: 'CNY' });
    const inEuros = await decide(declarationId, {
      decision: 'APPROVE',
      duties: { duty: { amount: '0.00', currency: 'EUR' }, vat: cny('1300.00') },
    });
    expect(inEuros.status).toBe(400);
    expect(await messages(inEuros)).toEqual([
      "duties.duty.currency must be CNY, the currency of the declaration's duties",
    ]);
    const shapeless = await decide(declarationId, {
      decision: 'APPROVE',
      duties: { duty: cny('-1.00') },
    });
    expect(shapeless.status).toBe(400);
    expect(await messages(shapeless)).toEqual([
      'duties.duty.amount must not be negative',
      'duties.vat is required',
    ]);
    const rejecting = await decide(declarationId, {
      decision: 'REJECT',
      reason: 'no',
      duties: { duty: cny('0.00'), vat: cny('1300.00') },
    });
    expect(rejecting.status).toBe(400);
    expect(await messages(rejecting)).toEqual(['duties may be given only to APPROVE']);

    const approved = await decide(declarationId, {
      decision: 'APPROVE',
      duties: { duty: cny('0.00'), vat: cny('1300.00') },
    });
    expect(approved.status).toBe(200);
    expect(await readJson(approved)).toMatchObject({
      status: 'CLEARED',
      // the engine's figures stay as it computed them; the officer's are beside them
      duties: { currency: 'CNY', vat: cny('0.00'), complete: false },
      assessedDuties: { duty: cny('0.00'), vat: cny('1300.00'), total: cny('1300.00') },
      dutiesToAssess: [],
    });
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.cleared');
    expect(cleared.payload).toEqual({
      declarationId,
      shipmentId,
      decidedBy: 'officer1',
      duties: { duty: cny('0.00'), vat: cny('1300.00'), total: cny('1300.00') },
    });
    expect((await customs.audit(declarationId)).find((e) => e.action === 'APPROVED')).toMatchObject(
      {
        actor: 'officer1',
        details: {
          decision: 'APPROVE',
          assessedDuties: ['duty 0.00 CNY', 'vat 1300.00 CNY', 'total 1300.00 CNY'],
        },
      },
    );
  });

  it('queues a review; approval waits for a valid licence, attached by the owner', async () => {
    const { shipmentId, declarationId } = await customs.file([republicanInkPainting], CN_TO_FR);
    const filed = customs.eventsOfShipment(shipmentId)[0];
    expect(filed.payload).toMatchObject({ outcome: 'REVIEW', decidedBy: 'AUTOMATIC' });
    const due = Date.parse(filed.payload['reviewDueAt'] as string);
    expect(Math.abs(due - (Date.now() + 172_800_000))).toBeLessThan(60_000);

    const queued = await customs.declaration(declarationId);
    expect(queued).toMatchObject({
      status: 'PENDING_REVIEW',
      overdue: false,
      licencesRequired: ['CN_EXIT_PERMIT'],
      missingLicences: [{ type: 'CN_EXIT_PERMIT', position: 0 }],
      decision: null,
    });
    expect(queued.items[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
      expect.arrayContaining(['CN-EXIT-1949-REVIEW', 'CN-EXIT-PERMIT']),
    );

    // an exporter cannot decide
    expect((await decide(declarationId, { decision: 'APPROVE' }, EXPORTER)).status).toBe(403);
    const refused = await decide(declarationId, { decision: 'APPROVE' });
    expect(refused.status).toBe(409);
    const conflict = await readJson<{ message: string; missingLicences: unknown[] }>(refused);
    expect(conflict.message).toMatch(/without a valid licence: CN_EXIT_PERMIT for items\[0\]/);
    expect(conflict.missingLicences).toEqual([
      { type: 'CN_EXIT_PERMIT', position: 0, artworkId: queued.items[0].artworkId },
    ]);

    // only the owner attaches, only usable licences
    expect((await attach(declarationId, cnExitPermit, OTHER_EXPORTER)).status).toBe(404);
    expect((await attach(declarationId, cnExitPermit, OFFICER as never)).status).toBe(403);
    const bad = await attach(declarationId, {
      ...cnExitPermit,
      type: 'PASSPORT',
      validUntil: inDays(-1),
    });
    expect(bad.status).toBe(400);
    expect(await messages(bad)).toEqual([
      'type must be one of CN_EXIT_PERMIT',
      expect.stringMatching(/^validUntil must not be in the past/),
    ]);
    // a licence of the rule book this declaration does not ask for counts for nothing
    const unasked = await attach(declarationId, { ...cnExitPermit, type: 'EU_EXPORT_LICENCE' });
    expect(unasked.status).toBe(400);
    expect(await messages(unasked)).toEqual(['type must be one of CN_EXIT_PERMIT']);
    const shapeless = await attach(declarationId, { type: 'CN_EXIT_PERMIT', validUntil: 'soon' });
    expect(shapeless.status).toBe(400);
    expect(await messages(shapeless)).toEqual(
      expect.arrayContaining([
        'number is required',
        'issuer is required',
        'validUntil must be a calendar date written yyyy-mm-dd, such as 2026-11-24',
      ]),
    );
    const blank = await attach(declarationId, { ...cnExitPermit, number: '   ', issuer: ' ' });
    expect(blank.status).toBe(400);
    expect(await messages(blank)).toEqual(['number must not be blank', 'issuer must not be blank']);
    const otherArtwork = await attach(declarationId, { ...cnExitPermit, artworkId: uuidv7() });
    expect(otherArtwork.status).toBe(400);

    const attached = await attach(declarationId, cnExitPermit);
    expect(attached.status).toBe(201);
    expect(await readJson(attached)).toMatchObject({
      ...cnExitPermit,
      artworkId: null,
      attachedBy: 'exporter1',
    });
    expect((await attach(declarationId, cnExitPermit)).status).toBe(409);

    const approved = await decide(declarationId, { decision: 'APPROVE', reason: 'permit checked' });
    expect(approved.status).toBe(200);
    expect(await readJson(approved)).toMatchObject({
      status: 'CLEARED',
      missingLicences: [],
      licences: [{ type: 'CN_EXIT_PERMIT', number: 'CN-2026-0042' }],
      decision: { decidedBy: 'officer1', reason: 'permit checked' },
    });
    const cleared = await customs.waitForEvent(shipmentId, 'customs.declaration.cleared');
    expect(cleared.payload).toEqual({
      declarationId,
      shipmentId,
      decidedBy: 'officer1',
      duties: {
        duty: { amount: '0.00', currency: 'EUR' },
        vat: { amount: '5500.00', currency: 'EUR' },
        total: { amount: '5500.00', currency: 'EUR' },
      },
    });
    expect(cleared.correlationId).toBe(filed.correlationId);

    expect(
      (await decide(declarationId, { decision: 'REJECT', reason: 'second thoughts' })).status,
    ).toBe(409);
    expect((await attach(declarationId, { ...cnExitPermit, number: 'CN-2026-0043' })).status).toBe(
      409,
    );

    const audit = await customs.audit(declarationId);
    expect(audit.map((e) => [e.action, e.actor, e.fromStatus, e.toStatus])).toEqual([
      ['FILED', 'exporter1', null, null],
      ['AUTOMATIC_OUTCOME', 'AUTOMATIC', null, 'PENDING_REVIEW'],
      ['LICENCE_ATTACHED', 'exporter1', null, null],
      ['APPROVED', 'officer1', 'PENDING_REVIEW', 'CLEARED'],
    ]);
    expect(audit[1].reason).toMatch(/CN-EXIT-1949-REVIEW/);
    expect(audit[2].details).toMatchObject({ type: 'CN_EXIT_PERMIT', number: 'CN-2026-0042' });
    expect(audit[3]).toMatchObject({ reason: 'permit checked', details: { decision: 'APPROVE' } });
    expect(audit.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });

  it('rejects in review only with a reason', async () => {
    const { shipmentId, declarationId } = await customs.file([republicanInkPainting], CN_TO_FR);
    for (const body of [
      { decision: 'REJECT' },
      { decision: 'REJECT', reason: null },
      { decision: 'REJECT', reason: '   ' },
    ]) {
      const response = await decide(declarationId, body);
      expect(response.status).toBe(400);
      expect(await messages(response)).toEqual([
        body.reason === undefined || body.reason === null
          ? 'reason is required for REJECT and REQUEST_INFO'
          : 'reason must be text that is not blank',
      ]);
    }
    const bad = await decide(declarationId, { decision: 'MAYBE' });
    expect(await messages(bad)).toEqual(['decision must be one of APPROVE, REJECT, REQUEST_INFO']);

    const rejected = await decide(declarationId, {
      decision: 'REJECT',
      reason: 'provenance before 1949 not shown',
    });
    expect(rejected.status).toBe(200);
    expect(await readJson(rejected)).toMatchObject({ status: 'REJECTED' });
    const event = await customs.waitForEvent(shipmentId, 'customs.declaration.rejected');
    expect(event.payload).toEqual({
      declarationId,
      shipmentId,
      decidedBy: 'officer1',
      reason: 'provenance before 1949 not shown',
      ruleIds: [],
    });
    expect((await customs.audit(declarationId)).map((e) => e.action)).toEqual([
      'FILED',
      'AUTOMATIC_OUTCOME',
      'REJECTED',
    ]);
  });

  it('asks the exporter for information; the answer puts it back in the queue', async () => {
    const { shipmentId, declarationId } = await customs.file([paintingWithoutRate], FR_TO_US);
    const before = await customs.declaration(declarationId);
    expect(before).toMatchObject({ status: 'PENDING_REVIEW', licencesRequired: [] });
    expect(before.items[0].findings[0]).toMatchObject({ ruleId: 'EU-VALUE', effect: 'REVIEW' });

    expect((await decide(declarationId, { decision: 'REQUEST_INFO' })).status).toBe(400);
    const asked = await decide(declarationId, {
      decision: 'REQUEST_INFO',
      reason: 'send the valuation report',
    });
    expect(await readJson(asked)).toMatchObject({ status: 'INFO_REQUESTED', decision: null });
    const requested = await customs.waitForEvent(shipmentId, 'customs.declaration.info-requested');
    expect(requested.payload).toEqual({
      declarationId,
      shipmentId,
      decidedBy: 'officer1',
      reason: 'send the valuation report',
    });
    expect(await queueIds()).not.toContain(declarationId);
    expect((await decide(declarationId, { decision: 'APPROVE' })).status).toBe(409);

    const message = { message: 'Valuation by Christie’s attached: USD 200,000' };
    expect((await answer(declarationId, message, OTHER_EXPORTER)).status).toBe(404);
    expect((await answer(declarationId, { message: '' })).status).toBe(400);
    const answered = await answer(declarationId, message);
    expect(answered.status).toBe(200);
    const back = await readJson<DeclarationJson>(answered);
    expect(back).toMatchObject({ status: 'PENDING_REVIEW', overdue: false });
    expect(Date.parse(back.reviewDueAt!)).toBeGreaterThan(Date.parse(before.reviewDueAt!));
    // the saga hears of it, with the new deadline, so the shipment's REVIEW_SLA moves too
    const told = await customs.waitForEvent(shipmentId, 'customs.declaration.info-answered');
    expect(told).toMatchObject({ version: 1, subject: declarationId });
    expect(told.payload).toEqual({
      declarationId,
      shipmentId,
      answeredBy: 'exporter1',
      answeredAt: expect.any(String),
      reviewDueAt: back.reviewDueAt,
    });
    expect(Date.parse(told.payload['answeredAt'] as string)).toBeLessThanOrEqual(Date.now());
    expect(await queueIds()).toContain(declarationId);
    expect((await answer(declarationId, message)).status).toBe(409);

    // the engine computed the duties: an officer's figures would replace nothing
    const assessed = await decide(declarationId, {
      decision: 'APPROVE',
      duties: { duty: usd('0.00'), vat: usd('0.00') },
    });
    expect(assessed.status).toBe(400);
    expect(await messages(assessed)).toEqual([
      "duties may be given only while the declaration's duties are incomplete: the engine computed them",
    ]);
    // nothing to license: an officer may approve at once (a null reason is no reason)
    const approved = await decide(declarationId, { decision: 'APPROVE', reason: null });
    expect(approved.status).toBe(200);
    const clearedView = await readJson<DeclarationJson>(approved);
    expect(clearedView).not.toHaveProperty('assessedDuties');
    expect(clearedView).toMatchObject({
      status: 'CLEARED',
      decision: { reason: null },
      duties: { complete: true },
    });
    await customs.waitForEvent(shipmentId, 'customs.declaration.cleared');

    const audit = await customs.audit(declarationId);
    expect(audit.map((e) => [e.action, e.actor, e.toStatus])).toEqual([
      ['FILED', 'exporter1', null],
      ['AUTOMATIC_OUTCOME', 'AUTOMATIC', 'PENDING_REVIEW'],
      ['INFO_REQUESTED', 'officer1', 'INFO_REQUESTED'],
      ['INFO_ANSWERED', 'exporter1', 'PENDING_REVIEW'],
      ['APPROVED', 'officer1', 'CLEARED'],
    ]);
    expect(audit[2].reason).toBe('send the valuation report');
    expect(audit[3].details).toMatchObject(message);
  });

  const queueIds = async () => {
    const response = await customs.get(
      '/declarations?status=PENDING_REVIEW&sort=deadline',
      ...OFFICER,
    );
    const body = await readJson<{ items: { id: string }[] }>(response);
    return body.items.map((item) => item.id);
  };

  it('lets only one of two officers deciding at once succeed', async () => {
    const { shipmentId, declarationId } = await customs.file([paintingWithoutRate], FR_TO_US);
    const responses = await Promise.all([
      decide(declarationId, { decision: 'APPROVE' }),
      decide(declarationId, { decision: 'REJECT', reason: 'value not shown' }, [
        'officer2',
        'CUSTOMS_OFFICER',
      ]),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const decisions = (await customs.audit(declarationId)).filter((e) =>
      ['APPROVED', 'REJECTED'].includes(e.action),
    );
    expect(decisions).toHaveLength(1);
    const type = decisions[0].action === 'APPROVED' ? 'cleared' : 'rejected';
    await customs.waitForEvent(shipmentId, `customs.declaration.${type}`);
  });

  it('keeps the audit trail append-only: the database refuses to change or remove an entry', async () => {
    const { declarationId } = await customs.file([contemporaryPainting]);
    const dataSource = customs.service.app.get(DataSource);
    await expect(
      dataSource.query(`UPDATE declaration_audit SET actor = 'nobody' WHERE declaration_id = $1`, [
        declarationId,
      ]),
    ).rejects.toThrow('declaration_audit is append-only: UPDATE refused');
    await expect(
      dataSource.query(`DELETE FROM declaration_audit WHERE declaration_id = $1`, [declarationId]),
    ).rejects.toThrow('declaration_audit is append-only: DELETE refused');
    expect(await customs.audit(declarationId)).toHaveLength(2);
  });

  it('lists the queue soonest deadline first, for officers only', async () => {
    const first = await customs.file([republicanInkPainting], CN_TO_FR);
    const second = await customs.file([republicanInkPainting], CN_TO_FR);
    const response = await customs.get(
      '/declarations?status=PENDING_REVIEW&sort=deadline',
      ...OFFICER,
    );
    expect(response.status).toBe(200);
    const queue = await readJson<{ items: DeclarationJson[]; total: number }>(response);
    expect(queue.total).toBe(queue.items.length);
    expect(queue.items.every((item) => item.status === 'PENDING_REVIEW' && !item.overdue)).toBe(
      true,
    );
    const deadlines = queue.items.map((item) => Date.parse(item.reviewDueAt!));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    const ids = queue.items.map((item) => item.id);
    expect(ids.indexOf(first.declarationId)).toBeLessThan(ids.indexOf(second.declarationId));

    const all = await readJson<{ total: number }>(await customs.get('/declarations', ...OFFICER));
    expect(all.total).toBeGreaterThan(queue.total);
    expect((await customs.get('/declarations', ...EXPORTER)).status).toBe(403);
    // parameters sent empty, as a form sends them, are not sent
    const empty = await customs.get('/declarations?status=&kind=&sort=&page=', ...OFFICER);
    expect(empty.status).toBe(200);
    expect((await readJson<{ total: number }>(empty)).total).toBe(all.total);
    const bad = await customs.get('/declarations?status=OPEN&sort=random&page=0', ...OFFICER);
    expect(bad.status).toBe(400);
    expect(await messages(bad)).toEqual(
      expect.arrayContaining([
        'status must be one of CLEARED, REJECTED, PENDING_REVIEW, INFO_REQUESTED',
        'sort must be one of deadline, filed',
        'page must not be less than 1',
      ]),
    );
  });

  it('lets no officer decide a declaration of their own, though they attach its licences', async () => {
    const DUAL = ['dual1', 'CUSTOMS_OFFICER', 'EXPORTER'] as const;
    const { declarationId } = await customs.file([republicanInkPainting], CN_TO_FR, 'dual1');
    for (const body of [
      { decision: 'APPROVE' },
      { decision: 'REJECT', reason: 'mine' },
      { decision: 'REQUEST_INFO', reason: 'mine?' },
    ]) {
      const refused = await decide(declarationId, body, DUAL);
      expect(refused.status).toBe(403);
      expect(await messages(refused)).toBe('an officer may not decide a declaration of their own');
    }
    const attached = await customs.post(
      `/declarations/${declarationId}/licences`,
      cnExitPermit,
      ...DUAL,
    );
    expect(attached.status).toBe(201);
    expect(await customs.declaration(declarationId)).toMatchObject({ status: 'PENDING_REVIEW' });
    // another officer decides it
    expect((await decide(declarationId, { decision: 'APPROVE' })).status).toBe(200);
    expect((await customs.audit(declarationId)).map((e) => [e.action, e.actor])).toEqual([
      ['FILED', 'dual1'],
      ['AUTOMATIC_OUTCOME', 'AUTOMATIC'],
      ['LICENCE_ATTACHED', 'dual1'],
      ['APPROVED', 'officer1'],
    ]);
  });

  it('takes a licence for an item only of a type that item requires, its id in any case', async () => {
    const { declarationId } = await customs.file(
      [republicanInkPainting, contemporaryPainting],
      CN_TO_FR,
    );
    const [ink, contemporary] = (await customs.declaration(declarationId)).items;
    expect(ink.licencesRequired).toEqual(['CN_EXIT_PERMIT']);
    expect(contemporary.licencesRequired).toEqual([]);

    const unasked = await attach(declarationId, {
      ...cnExitPermit,
      artworkId: contemporary.artworkId,
    });
    expect(unasked.status).toBe(400);
    expect(await messages(unasked)).toEqual([
      'type must be a licence type items[1] requires, and it requires none',
    ]);

    const attached = await attach(declarationId, {
      ...cnExitPermit,
      artworkId: ink.artworkId.toUpperCase(),
    });
    expect(attached.status).toBe(201);
    expect(await readJson(attached)).toMatchObject({ artworkId: ink.artworkId });
    const trail = await customs.audit(declarationId);
    expect(trail.find((e) => e.action === 'LICENCE_ATTACHED')!.details).toMatchObject({
      artworkId: ink.artworkId,
    });
    expect(await customs.declaration(declarationId)).toMatchObject({
      licences: [{ artworkId: ink.artworkId }],
      missingLicences: [],
    });
  });

  it('shows a declaration to officers and its own exporter only', async () => {
    const { declarationId } = await customs.file([republicanInkPainting], CN_TO_FR);
    const path = `/declarations/${declarationId}`;
    expect((await customs.get(path, ...EXPORTER)).status).toBe(200);
    expect((await customs.get(`${path}/audit`, ...EXPORTER)).status).toBe(200);
    expect((await customs.get(path, ...OTHER_EXPORTER)).status).toBe(404);
    expect((await customs.get(`${path}/audit`, ...OTHER_EXPORTER)).status).toBe(404);
    // finance has no business with declarations: its role is refused, as the document says
    expect((await customs.get(path, 'finance1', 'FINANCE')).status).toBe(403);
    expect((await customs.get(`${path}/audit`, 'finance1', 'FINANCE')).status).toBe(403);
    expect((await customs.get(path, 'admin', 'ADMIN')).status).toBe(200);
    expect((await customs.service.request(path)).status).toBe(401);
    expect((await customs.get(`/declarations/${uuidv7()}`, ...OFFICER)).status).toBe(404);
    expect((await customs.get('/declarations/not-an-id', ...OFFICER)).status).toBe(400);
    expect((await decide(uuidv7(), { decision: 'APPROVE' })).status).toBe(404);
    expect((await answer(declarationId, { message: 'hello' }, OTHER_EXPORTER)).status).toBe(404);
  });

  it('lets a logistics operator read any declaration and its trail, but decide nothing', async () => {
    const { declarationId } = await customs.file([republicanInkPainting], CN_TO_FR, 'exporter2');
    const path = `/declarations/${declarationId}`;
    const read = await customs.get(path, ...OPERATOR);
    expect(read.status).toBe(200);
    expect(await readJson(read)).toMatchObject({ id: declarationId, status: 'PENDING_REVIEW' });
    const trail = await customs.get(`${path}/audit`, ...OPERATOR);
    expect(trail.status).toBe(200);
    expect((await readJson<{ entries: unknown[] }>(trail)).entries).toHaveLength(2);

    expect((await decide(declarationId, { decision: 'APPROVE' }, OPERATOR)).status).toBe(403);
    expect(
      (await decide(declarationId, { decision: 'REJECT', reason: 'no' }, OPERATOR)).status,
    ).toBe(403);
    expect((await attach(declarationId, cnExitPermit, OPERATOR as never)).status).toBe(403);
    expect((await answer(declarationId, { message: 'hi' }, OPERATOR as never)).status).toBe(403);
    expect((await customs.get('/declarations', ...OPERATOR)).status).toBe(403);
    expect(await customs.declaration(declarationId)).toMatchObject({ status: 'PENDING_REVIEW' });
    expect((await customs.audit(declarationId)).map((e) => e.action)).toEqual([
      'FILED',
      'AUTOMATIC_OUTCOME',
    ]);

    // exporters still see their own only, operator role or not
    expect((await customs.get(path, ...EXPORTER)).status).toBe(404);
    expect((await customs.get(`${path}/audit`, ...EXPORTER)).status).toBe(404);
    expect((await customs.get(path, ...OTHER_EXPORTER)).status).toBe(200);
    expect((await customs.get(`/declarations/${uuidv7()}`, ...OPERATOR)).status).toBe(404);
  });

  it('gives each queue row the items’ count, the first item, the declared value and the outcome', async () => {
    const { declarationId } = await customs.file(
      [
        { ...republicanInkPainting, value: { amount: '100000.00', currency: 'EUR' } },
        { ...contemporaryPainting, value: { amount: '25000.50', currency: 'EUR' } },
      ],
      CN_TO_FR,
    );
    const mixed = await customs.file(
      [
        contemporaryPainting,
        { ...contemporaryPainting, value: { amount: '1500', currency: 'JPY' } },
      ],
      {
        origin: { country: 'GB', place: 'London' },
        destination: { country: 'FR', place: 'Paris' },
      },
    );
    const rows = async (query: string) =>
      (
        await readJson<{ items: DeclarationJson[] }>(
          await customs.get(`/declarations${query}`, ...OFFICER),
        )
      ).items;

    const row = (await rows('?status=PENDING_REVIEW&sort=deadline')).find(
      (item) => item.id === declarationId,
    );
    expect(row).toMatchObject({
      id: declarationId,
      kind: 'EXPORT',
      exporterId: 'exporter1',
      exportCountry: 'CN',
      importCountry: 'FR',
      status: 'PENDING_REVIEW',
      outcome: 'REVIEW',
      itemCount: 2,
      firstItem: { title: 'Mountain Stream', artistName: 'Zhao Ming' },
      totalDeclaredValue: { amount: '125000.50', currency: 'EUR' },
      declaredValues: [{ amount: '125000.50', currency: 'EUR' }],
      overdue: false,
    });
    expect(row).not.toHaveProperty('items');

    const mixedRow = (await rows('?kind=EXPORT')).find((item) => item.id === mixed.declarationId);
    expect(mixedRow).toMatchObject({
      itemCount: 2,
      firstItem: { title: 'Harbour at Dusk', artistName: 'Jane Doe' },
      totalDeclaredValue: null,
      declaredValues: [
        { amount: '25000.00', currency: 'EUR' },
        { amount: '1500', currency: 'JPY' },
      ],
    });
    expect(await customs.declaration(mixed.declarationId)).toMatchObject({
      itemCount: 2,
      totalDeclaredValue: null,
      openInfoRequest: null,
    });

    expect(await rows('?kind=IMPORT')).toEqual([]);
    const bad = await customs.get('/declarations?kind=TRANSIT', ...OFFICER);
    expect(bad.status).toBe(400);
    expect(await messages(bad)).toEqual(['kind must be one of EXPORT, IMPORT']);
  });

  it('answers a step the status refuses with 409 and the current status', async () => {
    const conflictOf = async (response: Response) => {
      expect(response.status).toBe(409);
      return readJson<{ statusCode: number; message: string; currentStatus: string }>(response);
    };
    const { declarationId } = await customs.file([contemporaryPainting]);
    expect(await conflictOf(await decide(declarationId, { decision: 'APPROVE' }))).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'the declaration is CLEARED: only one PENDING_REVIEW can be decided',
      currentStatus: 'CLEARED',
    });
    expect(
      await conflictOf(await decide(declarationId, { decision: 'REJECT', reason: 'late' })),
    ).toMatchObject({ currentStatus: 'CLEARED' });
    expect(await conflictOf(await attach(declarationId, cnExitPermit))).toMatchObject({
      statusCode: 409,
      message: 'the declaration is CLEARED: licences can be attached only before the decision',
      currentStatus: 'CLEARED',
    });
    expect(await conflictOf(await answer(declarationId, { message: 'hello' }))).toMatchObject({
      statusCode: 409,
      currentStatus: 'CLEARED',
    });

    const review = await customs.file([republicanInkPainting], CN_TO_FR);
    expect(
      await conflictOf(await decide(review.declarationId, { decision: 'APPROVE' })),
    ).toMatchObject({
      statusCode: 409,
      currentStatus: 'PENDING_REVIEW',
      missingLicences: [{ type: 'CN_EXIT_PERMIT', position: 0 }],
    });
    await decide(review.declarationId, { decision: 'REQUEST_INFO', reason: 'who owned it?' });
    expect(
      await conflictOf(await decide(review.declarationId, { decision: 'APPROVE' })),
    ).toMatchObject({ currentStatus: 'INFO_REQUESTED' });
    expect(await customs.declaration(review.declarationId)).toMatchObject({
      status: 'INFO_REQUESTED',
      openInfoRequest: { question: 'who owned it?', askedBy: 'officer1' },
    });
  });
});
