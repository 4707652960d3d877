import { ReserveArtworks } from '@artbridge/contracts';
import {
  MESSAGE_TYPE_HEADER,
  newEnvelope,
  type IncomingRecord,
} from '@artbridge/platform-messaging';
import { DocumentedMessages } from './message-schemas';

/** A record as the relay would put it on the bus. */
const record = (envelope: object, headers: Record<string, string>): IncomingRecord => ({
  topic: 'artbridge.catalog.commands',
  partition: 0,
  offset: '7',
  key: 'shipment-1',
  value: Buffer.from(JSON.stringify(envelope)),
  headers,
});

describe('DocumentedMessages (the committed AsyncAPI document)', () => {
  const documented = new DocumentedMessages();
  const payload = {
    shipmentId: '0190a1b2-0000-7000-8000-000000000001',
    artworkIds: ['0190a1b2-0000-7000-8000-000000000002'],
    exporterId: 'exporter1',
  };
  const envelope = newEnvelope(ReserveArtworks, payload, 'logistics', {
    subject: payload.shipmentId,
  });
  const header = { [MESSAGE_TYPE_HEADER]: 'catalog.artworks.reserve' };

  it('takes a message as the relay sends it', () => {
    expect(documented.problems(record(envelope, header))).toEqual([]);
  });

  it('names what a message has that its document does not', () => {
    expect(
      documented.problems(record({ ...envelope, payload: { ...payload, priority: 1 } }, header)),
    ).toEqual([expect.stringContaining('/payload must NOT have additional properties (priority)')]);
    expect(documented.problems(record({ ...envelope, causationId: undefined }, header))).toEqual([
      expect.stringContaining("must have required property 'causationId'"),
    ]);
  });

  it('refuses a version or a type the document does not know, and a header that disagrees', () => {
    expect(documented.problems(record({ ...envelope, version: 2 }, header))).toEqual([
      expect.stringContaining('(catalog.artworks.reserve.v2): no such message in the document'),
    ]);
    expect(documented.problems(record(envelope, {}))).toEqual([
      expect.stringContaining("must have required property 'message-type'"),
    ]);
    expect(
      documented.problems(record(envelope, { [MESSAGE_TYPE_HEADER]: 'catalog.artworks.release' })),
    ).toEqual([expect.stringContaining('must be equal to constant')]);
  });
});
