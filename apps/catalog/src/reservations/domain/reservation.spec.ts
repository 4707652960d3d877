import {
  decideMilestone,
  decideReservation,
  distinctIds,
  Holding,
  releasable,
} from './reservation';

const S1 = 'shipment-1';
const S2 = 'shipment-2';
const art = (id: string, overrides: Partial<Holding> = {}): Holding => ({
  id,
  exporterId: 'exporter1',
  status: 'AVAILABLE',
  shipmentId: null,
  ...overrides,
});
const request = (...artworkIds: string[]) => ({
  shipmentId: S1,
  exporterId: 'exporter1',
  artworkIds,
});

describe('decideReservation', () => {
  it('reserves every available artwork of the exporter, once each', () => {
    expect(decideReservation(request('a', 'b', 'a'), [art('b'), art('a')])).toEqual({
      outcome: 'RESERVED',
      reserve: ['a', 'b'],
    });
  });

  it('grants again what the shipment already holds, changing nothing', () => {
    const held = [
      art('a', { status: 'RESERVED', shipmentId: S1 }),
      art('b', { status: 'IN_TRANSIT', shipmentId: S1 }),
    ];
    expect(decideReservation(request('a', 'b'), held)).toEqual({
      outcome: 'RESERVED',
      reserve: [],
    });
  });

  it('refuses all when one cannot be had, with the reason for each', () => {
    const decision = decideReservation(request('ok', 'gone', 'theirs', 'taken', 'out', 'mine'), [
      art('ok'),
      art('theirs', { exporterId: 'exporter2' }),
      art('taken', { status: 'RESERVED', shipmentId: S2 }),
      art('out', { status: 'EXPORTED', shipmentId: S1 }),
      art('mine', { status: 'IN_TRANSIT', shipmentId: S2 }),
    ]);
    expect(decision).toEqual({
      outcome: 'REFUSED',
      refused: [
        { artworkId: 'gone', reason: 'NOT_FOUND', detail: 'artwork gone not found' },
        {
          artworkId: 'theirs',
          reason: 'NOT_OWNED',
          detail: 'artwork theirs does not belong to exporter1',
        },
        {
          artworkId: 'taken',
          reason: 'NOT_AVAILABLE',
          detail: 'artwork taken is RESERVED for another shipment',
        },
        { artworkId: 'out', reason: 'NOT_AVAILABLE', detail: 'artwork out has been exported' },
        {
          artworkId: 'mine',
          reason: 'NOT_AVAILABLE',
          detail: 'artwork mine is IN_TRANSIT for another shipment',
        },
      ],
    });
  });

  it("says NOT_OWNED, not NOT_AVAILABLE, for another exporter's reserved artwork", () => {
    const decision = decideReservation(request('x'), [
      art('x', { exporterId: 'exporter2', status: 'RESERVED', shipmentId: S2 }),
    ]);
    expect(decision.outcome === 'REFUSED' && decision.refused.map((r) => r.reason)).toEqual([
      'NOT_OWNED',
    ]);
  });
});

describe('releasable', () => {
  it("gives back only what the shipment holds, never another shipment's or an exported one", () => {
    expect(
      releasable(S1, [
        art('reserved', { status: 'RESERVED', shipmentId: S1 }),
        art('travelling', { status: 'IN_TRANSIT', shipmentId: S1 }),
        art('other', { status: 'RESERVED', shipmentId: S2 }),
        art('exported', { status: 'EXPORTED', shipmentId: S1 }),
        art('free'),
      ]),
    ).toEqual(['reserved', 'travelling']);
  });
});

describe('decideMilestone', () => {
  const reserved = art('a', { status: 'RESERVED', shipmentId: S1 });
  const travelling = art('b', { status: 'IN_TRANSIT', shipmentId: S1 });
  const exported = art('c', { status: 'EXPORTED', shipmentId: S1 });

  it('moves reserved artworks in transit and leaves those already there or beyond', () => {
    expect(
      decideMilestone('IN_TRANSIT', S1, ['a', 'b', 'c'], [reserved, travelling, exported]),
    ).toEqual({ ok: true, advance: ['a'] });
  });

  it('exports from reserved or in transit, and a repeat changes nothing', () => {
    expect(decideMilestone('EXPORTED', S1, ['a', 'b'], [reserved, travelling])).toEqual({
      ok: true,
      advance: ['a', 'b'],
    });
    expect(decideMilestone('EXPORTED', S1, ['c'], [exported])).toEqual({ ok: true, advance: [] });
  });

  it('reports artworks the shipment does not hold', () => {
    expect(
      decideMilestone(
        'IN_TRANSIT',
        S1,
        ['a', 'free', 'other', 'gone'],
        [reserved, art('free'), art('other', { status: 'RESERVED', shipmentId: S2 })],
      ),
    ).toEqual({
      ok: false,
      problems: [
        'artwork free is AVAILABLE, not held by shipment shipment-1',
        'artwork other is RESERVED, not held by shipment shipment-1',
        'artwork gone not found',
      ],
    });
  });
});

describe('distinctIds', () => {
  it('keeps the first of each, in order', () => {
    expect(distinctIds(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});
