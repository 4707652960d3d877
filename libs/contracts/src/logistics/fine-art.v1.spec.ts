import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ALL_MESSAGES, MessageDefinition } from '../index';
import {
  AdmissionExtended,
  AdmissionReminder,
  BondedReleased,
  CustodyV1,
  ShipmentClaimOpened,
  ShipmentConditionReported,
  ShipmentCustodyTransferred,
} from './index';

const shipmentId = '0192f1d2-7c3a-7d4e-8f00-000000000001';

function problems<T extends object>(definition: MessageDefinition<T>, payload: unknown): string[] {
  const instance = plainToInstance(definition.payload, payload);
  return validateSync(instance as object, { whitelist: true, forbidNonWhitelisted: true }).flatMap(
    (error) => [
      ...Object.values(error.constraints ?? {}),
      ...(error.children ?? []).flatMap((child) =>
        (child.children ?? []).flatMap((c) => Object.values(c.constraints ?? {})),
      ),
    ],
  );
}

describe('fine-art shipping messages (logistics.shipment.*, version 1)', () => {
  it('are listed once each, on the shipment stream or the customs-regime stream', () => {
    const types = ALL_MESSAGES.map((message) => message.type);
    const onShipment = [
      'logistics.shipment.condition-reported',
      'logistics.shipment.claim-opened',
      'logistics.shipment.custody-transferred',
    ];
    const onCustomsRegime = [
      'logistics.shipment.admission-started',
      'logistics.shipment.admission-reminder',
      'logistics.shipment.admission-overdue',
      'logistics.shipment.admission-extended',
      'logistics.shipment.admission-discharged',
      'logistics.shipment.return-leg-created',
      'logistics.shipment.return-leg-completed',
      'logistics.shipment.bonded-entered',
      'logistics.shipment.bonded-released',
      'logistics.shipment.bonded-re-exported',
    ];
    for (const [stream, streamTypes] of [
      ['artbridge.logistics.shipment', onShipment],
      ['artbridge.logistics.customs-regime', onCustomsRegime],
    ] as const) {
      for (const type of streamTypes) {
        expect(types.filter((t) => t === type)).toHaveLength(1);
        const definition = ALL_MESSAGES.find((message) => message.type === type)!;
        expect(definition).toMatchObject({ kind: 'event', version: 1, stream });
      }
    }
  });

  it('validate condition reports and claims', () => {
    const damage = { location: 'frame', description: 'crack', severity: 'MINOR' };
    const reported = {
      shipmentId,
      reportId: shipmentId,
      stage: 'DESTINATION',
      inspector: 'C. Martin',
      at: '2026-11-24T10:00:00Z',
      damages: [damage],
      newDamages: [],
    };
    expect(problems(ShipmentConditionReported, reported)).toEqual([]);
    expect(problems(ShipmentConditionReported, { ...reported, stage: 'MIDWAY' })).toEqual([
      'stage must be one of the following values: ORIGIN, DESTINATION',
    ]);
    expect(
      problems(ShipmentClaimOpened, {
        shipmentId,
        claimId: shipmentId,
        reportId: shipmentId,
        reason: 'tear',
        damages: [],
      }),
    ).toEqual(['damages must contain at least 1 elements']);
  });

  it('refuse a blank party in a custody hand-over', () => {
    const transfer = {
      shipmentId,
      from: 'Art Handling Ltd',
      to: 'Air France Cargo',
      signedBy: 'Marie Dubois',
      trackingType: 'DEPARTED',
      location: 'PVG',
      at: '2026-11-24T10:00:00Z',
    };
    expect(problems(ShipmentCustodyTransferred, transfer)).toEqual([]);
    expect(problems(ShipmentCustodyTransferred, { ...transfer, to: '  ' })).toEqual([
      'to must not be blank',
    ]);
    const custody = plainToInstance(CustodyV1, { from: '\t', to: 'B', signedBy: 'X' });
    expect(validateSync(custody).flatMap((e) => Object.values(e.constraints ?? {}))).toEqual([
      'from must not be blank',
    ]);
    expect(problems(ShipmentCustodyTransferred, { ...transfer, trackingType: 'LOST' })).toEqual([
      'trackingType must be one of the following values: PICKED_UP, DEPARTED, ARRIVED, HELD, DELIVERED',
    ]);
  });

  it('validate the admission clock and bonded storage events', () => {
    const clock = {
      shipmentId,
      deadline: '2027-05-24T10:00:00Z',
      extensionsUsed: 1,
      extensionsLeft: 2,
    };
    expect(
      problems(AdmissionReminder, {
        ...clock,
        key: 'reminder:1:P30D',
        dueAt: '2027-04-24T10:00:00Z',
      }),
    ).toEqual([]);
    expect(
      problems(AdmissionExtended, {
        ...clock,
        previousDeadline: '2026-11-24',
        reason: '',
        grantedBy: 'exporter1',
      }),
    ).toEqual(['reason must be longer than or equal to 1 characters']);
    expect(
      problems(BondedReleased, {
        shipmentId,
        zone: 'Shanghai FTZ',
        country: 'CN',
        warehouse: 'Waigaoqiao',
        releasedAt: '2026-11-24T10:00:00Z',
        artworkIds: [shipmentId],
        importer: { name: 'Long Museum', country: 'CN', address: 'Shanghai' },
      }),
    ).toEqual([]);
  });
});
