// The demo data `npm start` (and `artbridge demo seed`) puts in, through the public API at the
// gateway, as the demo users themselves would: nothing is written behind the services' backs.
import type { BodyOf, Schema } from '@artbridge/public-api';

export interface DemoArtwork {
  /** How later steps refer to it (a shipment of 'qi-baishi-shrimps' ...). */
  key: string;
  owner: 'exporter1' | 'exporter2';
  /** The artwork attributes of docs/API.md (POST /catalog/artworks). */
  attributes: BodyOf<'catalog_ArtworksController_register'>;
}

/**
 * exporter1 is a Shanghai gallery with Chinese ink paintings (one by an artist whose works
 * China bars from export, one by a living artist); exporter2 a Paris dealer in European oils.
 */
export const DEMO_ARTWORKS: readonly DemoArtwork[] = [
  {
    key: 'qi-baishi-shrimps',
    owner: 'exporter1',
    attributes: {
      title: 'Shrimps',
      artist: { name: 'Qi Baishi', birthYear: 1864, deathYear: 1957 },
      creationYear: 1948,
      category: 'PAINTING',
      technique: 'INK',
      medium: 'Ink on paper, hanging scroll',
      handExecuted: true,
      dimensions: { heightCm: 103, widthCm: 34 },
      value: { amount: '3800000.00', currency: 'CNY' },
      ownedByCreator: false,
      originCountry: 'CN',
      provenance: [
        { year: 1948, owner: 'Private collection, Beijing', event: 'Acquired from the artist' },
        {
          year: 2006,
          owner: 'Private collection, Shanghai',
          event: 'Purchased at auction, Beijing',
        },
      ],
    },
  },
  {
    key: 'lin-fengmian-autumn-forest',
    owner: 'exporter1',
    attributes: {
      title: 'Autumn Forest',
      artist: { name: 'Lin Fengmian', birthYear: 1900, deathYear: 1991 },
      creationYear: 1962,
      category: 'PAINTING',
      technique: 'INK',
      medium: 'Ink and colour on paper',
      handExecuted: true,
      dimensions: { heightCm: 68, widthCm: 68 },
      value: { amount: '880000.00', currency: 'CNY' },
      ownedByCreator: false,
      originCountry: 'CN',
      provenance: [
        { year: 1979, owner: 'Private collection, Hong Kong', event: 'Gift of the artist' },
      ],
    },
  },
  {
    key: 'chen-yuhan-huangshan',
    owner: 'exporter1',
    attributes: {
      title: 'Misty Peaks of Huangshan',
      artist: { name: 'Chen Yuhan', birthYear: 1978 },
      creationYear: 2019,
      category: 'PAINTING',
      technique: 'INK',
      medium: 'Ink and light colour on xuan paper, handscroll',
      handExecuted: true,
      dimensions: { heightCm: 48, widthCm: 180 },
      // priced in euros for the Paris buyer: the demo loads no ECB rates, and a value in CNY would
      // need one for France's import VAT (FX-RATE: REVIEW), keeping the sale from clearing
      value: { amount: '9200.00', currency: 'EUR' },
      ownedByCreator: false,
      originCountry: 'CN',
      provenance: [
        { year: 2019, owner: 'Gallery exporter1, Shanghai', event: 'Consigned by the artist' },
      ],
    },
  },
  {
    key: 'corot-ville-davray',
    owner: 'exporter2',
    attributes: {
      title: "Ville-d'Avray, the Pond at Dusk",
      artist: { name: 'Jean-Baptiste-Camille Corot', birthYear: 1796, deathYear: 1875 },
      creationYear: 1865,
      creationYearEnd: 1870,
      category: 'PAINTING',
      technique: 'OIL',
      medium: 'Oil on canvas',
      handExecuted: true,
      dimensions: { heightCm: 46, widthCm: 65 },
      value: { amount: '185000.00', currency: 'EUR' },
      ownedByCreator: false,
      originCountry: 'FR',
      provenance: [
        { year: 1875, owner: 'Estate of the artist', event: 'Vente Corot, Hôtel Drouot, Paris' },
        { year: 1962, owner: 'Private collection, Lyon', event: 'By descent' },
        { year: 2011, owner: 'Galerie exporter2, Paris', event: 'Purchased' },
      ],
    },
  },
  {
    key: 'pickenoy-portrait',
    owner: 'exporter2',
    attributes: {
      title: 'Portrait of a Young Woman with a Lace Collar',
      artist: { name: 'Nicolaes Eliasz. Pickenoy', birthYear: 1588, deathYear: 1656 },
      creationYear: 1632,
      category: 'PAINTING',
      technique: 'OIL',
      medium: 'Oil on oak panel',
      handExecuted: true,
      portrait: true,
      dimensions: { heightCm: 74, widthCm: 58 },
      value: { amount: '420000.00', currency: 'EUR' },
      ownedByCreator: false,
      originCountry: 'NL',
      provenance: [
        { year: 1890, owner: 'Private collection, Amsterdam', event: 'Recorded' },
        {
          year: 1998,
          owner: 'Private collection, Brussels',
          event: 'Purchased at auction, Amsterdam',
        },
        { year: 2015, owner: 'Galerie exporter2, Paris', event: 'Purchased' },
      ],
    },
  },
];

/** Where a shipment's saga stands (GET /logistics/shipments/{id}). */
export type ShipmentStatus = Schema<'logistics.ShipmentResponse'>['status'];

export interface DemoShipment {
  /** The artwork key (DEMO_ARTWORKS) shipped, by its owner. */
  artwork: string;
  /** What the demo shows of the journey. */
  story: string;
  /** The status the story says the saga leaves it in; the seed prints the one it reached. */
  reaches: ShipmentStatus;
  /** POST /logistics/shipments, without the artwork (its id is known once registered). */
  body: Omit<BodyOf<'logistics_ShipmentsController_submit'>, 'artworkIds'>;
}

const crate: Schema<'logistics.PackageDto'> = {
  type: 'CRATE',
  material: 'PLYWOOD',
  grossKg: 38,
  dimensionsCm: { length: 130, width: 25, height: 110 },
};

/** Three journeys the three kinds of user can pick up at once. */
export const DEMO_SHIPMENTS: readonly DemoShipment[] = [
  {
    artwork: 'chen-yuhan-huangshan',
    story: 'a living artist, Shanghai → Paris: cleared, waiting for the buyer to pay (finance)',
    reaches: 'AWAITING_PAYMENT',
    body: {
      consignee: {
        name: 'Galerie Lumière',
        country: 'FR',
        address: '12 rue de Seine, 75006 Paris',
      },
      origin: { country: 'CN', place: 'Shanghai' },
      destination: { country: 'FR', place: 'Paris' },
      purpose: 'SALE',
      incoterm: { rule: 'DAP', place: 'Paris' },
      transportMode: 'AIR',
      price: { amount: '9200.00', currency: 'EUR' },
      packages: [crate],
    },
  },
  {
    artwork: 'corot-ville-davray',
    story: "a Corot, Paris → Shanghai: an EU export licence is needed, in the officers' queue",
    reaches: 'PENDING_REVIEW',
    body: {
      consignee: {
        name: 'Shanghai Free Trade Zone Art Bonded Services',
        country: 'CN',
        address: '2 Jilong Road, Waigaoqiao, Shanghai',
      },
      origin: { country: 'FR', place: 'Paris' },
      destination: { country: 'CN', place: 'Shanghai' },
      purpose: 'SALE',
      incoterm: { rule: 'CIP', place: 'Shanghai' },
      transportMode: 'AIR',
      price: { amount: '185000.00', currency: 'EUR' },
      insurance: { insuredValue: { amount: '203500.00', currency: 'EUR' }, clauses: 'A' },
      packages: [crate],
    },
  },
  {
    artwork: 'qi-baishi-shrimps',
    story: 'a Qi Baishi, Shanghai → Paris: prohibited from export, undone (CANCELLED)',
    reaches: 'CANCELLED',
    body: {
      consignee: {
        name: 'Galerie Lumière',
        country: 'FR',
        address: '12 rue de Seine, 75006 Paris',
      },
      origin: { country: 'CN', place: 'Shanghai' },
      destination: { country: 'FR', place: 'Paris' },
      purpose: 'SALE',
      incoterm: { rule: 'DAP', place: 'Paris' },
      transportMode: 'AIR',
      price: { amount: '480000.00', currency: 'EUR' },
      packages: [crate],
    },
  },
];

export interface DemoIpLicence {
  owner: 'exporter1' | 'exporter2';
  /** POST /catalog/ip-licences, without its period (valid from this year to the end of the next). */
  licence: Omit<BodyOf<'catalog_IpLicencesController_register'>, 'validFrom' | 'validTo'>;
  /** POST /catalog/ip-licences/{id}/products, one each. */
  products: BodyOf<'catalog_IpLicencesController_registerProduct'>[];
}

/**
 * exporter1 also makes creative cultural products: a scarf under a Palace Museum licence for
 * Greater China (a shipment of it to Paris is refused NOT_LICENSED).
 */
export const DEMO_IP_LICENCES: readonly DemoIpLicence[] = [
  {
    owner: 'exporter1',
    licence: {
      licensor: 'Palace Museum',
      sourceItem: {
        title: 'Along the River During the Qingming Festival',
        artist: 'Zhang Zeduan',
        institutionRef: 'Xin 00152240',
      },
      territories: ['CN', 'HK', 'MO'],
      royaltyRate: '8.5',
    },
    products: [
      {
        sku: 'PM-QM-SCARF-01',
        title: 'Qingming silk scarf',
        productType: 'SCARF',
        unitValue: { amount: '680.00', currency: 'CNY' },
        originCountry: 'CN',
        materials: [{ material: 'SILK' }],
      },
    ],
  },
];
