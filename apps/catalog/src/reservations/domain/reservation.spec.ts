import type { LicenceTerms } from '../../ip-licences/domain/ip-licence';
import {
  decideMilestone,
  decideReservation,
  distinctIds,
  Holding,
  milestoneStatus,
  releasable,
  returnedHome,
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
const TODAY = '2026-11-24';
const request = (...artworkIds: string[]) => ({
  shipmentId: S1,
  exporterId: 'exporter1',
  artworkIds,
  today: TODAY,
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
        { artworkId: 'theirs', reason: 'NOT_FOUND', detail: 'artwork theirs not found' },
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

  it("refuses another exporter's artwork as it refuses a missing one, in the same words", () => {
    const missing = decideReservation(request('x'), []);
    for (const theirs of [
      art('x', { exporterId: 'exporter2' }),
      art('x', { exporterId: 'exporter2', status: 'RESERVED', shipmentId: S2 }),
      art('x', { exporterId: 'exporter2', status: 'EXPORTED', shipmentId: S2 }),
    ]) {
      expect(decideReservation(request('x'), [theirs])).toEqual(missing);
    }
    expect(missing).toEqual({
      outcome: 'REFUSED',
      refused: [{ artworkId: 'x', reason: 'NOT_FOUND', detail: 'artwork x not found' }],
    });
  });
});

describe('decideReservation of products made under an IP licence', () => {
  const licence: LicenceTerms = {
    id: 'licence-1',
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
    territories: ['CN', 'HK', 'MO'],
  };
  const scarf = art('scarf', { product: { sku: 'PM-SCARF-01', licence } });
  const to = (destinationCountry: string | undefined, today = TODAY) => ({
    ...request('scarf', 'painting'),
    ...(destinationCountry !== undefined && { destinationCountry }),
    today,
  });

  it('reserves a product bound for a country of its licence, with the other works', () => {
    expect(decideReservation(to('HK'), [scarf, art('painting')])).toEqual({
      outcome: 'RESERVED',
      reserve: ['scarf', 'painting'],
    });
  });

  it('refuses the whole shipment when a product goes outside its territories, naming them', () => {
    expect(decideReservation(to('FR'), [scarf, art('painting')])).toEqual({
      outcome: 'REFUSED',
      refused: [
        {
          artworkId: 'scarf',
          reason: 'NOT_LICENSED',
          detail:
            'artwork scarf (SKU PM-SCARF-01) may not be shipped to FR: licence licence-1 covers CN, HK, MO only',
        },
      ],
    });
  });

  it('refuses a product outside its licence period', () => {
    const decision = decideReservation(to('CN', '2028-01-01'), [scarf, art('painting')]);
    expect(decision).toEqual({
      outcome: 'REFUSED',
      refused: [
        {
          artworkId: 'scarf',
          reason: 'NOT_LICENSED',
          detail:
            'artwork scarf (SKU PM-SCARF-01) may not be shipped: licence licence-1 expired on 2027-12-31: it ran from 2026-01-01, today is 2028-01-01',
        },
      ],
    });
  });

  it('without a destination, lets only a worldwide licence through', () => {
    const world = art('scarf', {
      product: { sku: 'PM-SCARF-01', licence: { ...licence, territories: ['WORLD'] } },
    });
    expect(decideReservation(to(undefined), [world, art('painting')]).outcome).toBe('RESERVED');
    expect(decideReservation(to('US'), [world, art('painting')]).outcome).toBe('RESERVED');
    expect(decideReservation(to(undefined), [scarf, art('painting')])).toMatchObject({
      outcome: 'REFUSED',
      refused: [
        {
          reason: 'NOT_LICENSED',
          detail:
            'artwork scarf (SKU PM-SCARF-01) is licensed for CN, HK, MO only and the shipment names no destination country',
        },
      ],
    });
  });

  it('judges ownership and availability first; a product the shipment holds is granted again', () => {
    const theirs = art('scarf', { exporterId: 'exporter2', product: scarf.product });
    expect(decideReservation(to('FR'), [theirs, art('painting')])).toMatchObject({
      refused: [{ artworkId: 'scarf', reason: 'NOT_FOUND', detail: 'artwork scarf not found' }],
    });
    const held = { ...scarf, status: 'RESERVED' as const, shipmentId: S1 };
    expect(decideReservation(to('CN', '2030-01-01'), [held, art('painting')])).toEqual({
      outcome: 'RESERVED',
      reserve: ['painting'],
    });
  });

  it('says an artwork on loan is not available until it returns', () => {
    expect(
      decideReservation(request('lent'), [art('lent', { status: 'ON_LOAN', shipmentId: S2 })]),
    ).toEqual({
      outcome: 'REFUSED',
      refused: [
        {
          artworkId: 'lent',
          reason: 'NOT_AVAILABLE',
          detail:
            'artwork lent is ON_LOAN: abroad on an exhibition loan until its return leg completes',
        },
      ],
    });
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
  const lent = art('d', { status: 'ON_LOAN', shipmentId: S1 });
  const sale = { id: S1, purpose: 'SALE' as const };
  const loan = { id: S1, purpose: 'TEMPORARY_EXHIBITION' as const };

  it('moves reserved artworks in transit and leaves those already there or beyond', () => {
    expect(
      decideMilestone('IN_TRANSIT', sale, ['a', 'b', 'c'], [reserved, travelling, exported]),
    ).toEqual({ ok: true, advance: ['a'], status: 'IN_TRANSIT' });
    expect(decideMilestone('IN_TRANSIT', loan, ['d'], [lent])).toEqual({
      ok: true,
      advance: [],
      status: 'IN_TRANSIT',
    });
  });

  it('exports from reserved or in transit, and a repeat changes nothing', () => {
    expect(decideMilestone('EXPORTED', sale, ['a', 'b'], [reserved, travelling])).toEqual({
      ok: true,
      advance: ['a', 'b'],
      status: 'EXPORTED',
    });
    expect(decideMilestone('EXPORTED', sale, ['c'], [exported])).toEqual({
      ok: true,
      advance: [],
      status: 'EXPORTED',
    });
  });

  it("puts a loan's works ON_LOAN, not EXPORTED; a shipment that did not say is a sale", () => {
    expect(decideMilestone('EXPORTED', loan, ['a', 'b'], [reserved, travelling])).toEqual({
      ok: true,
      advance: ['a', 'b'],
      status: 'ON_LOAN',
    });
    expect(decideMilestone('EXPORTED', loan, ['d'], [lent])).toEqual({
      ok: true,
      advance: [],
      status: 'ON_LOAN',
    });
    expect(decideMilestone('EXPORTED', { id: S1 }, ['b'], [travelling])).toMatchObject({
      status: 'EXPORTED',
    });
  });

  it('changes nothing for a loan whose works already came home', () => {
    expect(
      decideMilestone(
        'EXPORTED',
        { ...loan, returned: true },
        ['a', 'free'],
        [art('a'), art('free')],
      ),
    ).toEqual({ ok: true, advance: [], status: 'ON_LOAN' });
  });

  it('reports artworks the shipment does not hold', () => {
    expect(
      decideMilestone(
        'IN_TRANSIT',
        sale,
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

describe('milestoneStatus', () => {
  it('is the milestone itself, but ON_LOAN where a loan would be EXPORTED', () => {
    expect(milestoneStatus('IN_TRANSIT', 'TEMPORARY_EXHIBITION')).toBe('IN_TRANSIT');
    expect(milestoneStatus('EXPORTED', 'TEMPORARY_EXHIBITION')).toBe('ON_LOAN');
    expect(milestoneStatus('EXPORTED', 'SALE')).toBe('EXPORTED');
    expect(milestoneStatus('EXPORTED', null)).toBe('EXPORTED');
  });
});

describe('returnedHome', () => {
  it("brings home whatever the outbound shipment still holds, never another shipment's", () => {
    expect(
      returnedHome(S1, [
        art('lent', { status: 'ON_LOAN', shipmentId: S1 }),
        art('old-loan', { status: 'EXPORTED', shipmentId: S1 }),
        art('disputed', { status: 'IN_TRANSIT', shipmentId: S1 }),
        art('next', { status: 'RESERVED', shipmentId: S2 }),
        art('home'),
      ]),
    ).toEqual(['lent', 'old-loan', 'disputed']);
  });
});

describe('distinctIds', () => {
  it('keeps the first of each, in order', () => {
    expect(distinctIds(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});

describe('ids in upper case (the contract takes either; PostgreSQL answers lower case)', () => {
  const ARTWORK = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
  const SHIPMENT = '0193a1b2-c3d4-7e5f-8a9b-ffffffffffff';

  it('are one id whatever their case', () => {
    expect(distinctIds([ARTWORK.toUpperCase(), ARTWORK])).toEqual([ARTWORK]);
  });

  it('reserve the artwork the lower-case row is', () => {
    const decision = decideReservation(
      { ...request(ARTWORK.toUpperCase()), shipmentId: SHIPMENT.toUpperCase() },
      [art(ARTWORK)],
    );
    expect(decision).toEqual({ outcome: 'RESERVED', reserve: [ARTWORK] });
    const held = art(ARTWORK, { status: 'RESERVED', shipmentId: SHIPMENT });
    expect(
      decideReservation({ ...request(ARTWORK.toUpperCase()), shipmentId: SHIPMENT.toUpperCase() }, [
        held,
      ]),
    ).toEqual({ outcome: 'RESERVED', reserve: [] });
  });

  it('move, release and bring home the artworks the shipment holds', () => {
    const held = art(ARTWORK, { status: 'RESERVED', shipmentId: SHIPMENT });
    expect(
      decideMilestone(
        'IN_TRANSIT',
        { id: SHIPMENT.toUpperCase() },
        [ARTWORK.toUpperCase()],
        [held],
      ),
    ).toEqual({ ok: true, advance: [ARTWORK], status: 'IN_TRANSIT' });
    expect(releasable(SHIPMENT.toUpperCase(), [held])).toEqual([ARTWORK]);
    const lent = art(ARTWORK, { status: 'ON_LOAN', shipmentId: SHIPMENT });
    expect(returnedHome(SHIPMENT.toUpperCase(), [lent])).toEqual([ARTWORK]);
  });
});
