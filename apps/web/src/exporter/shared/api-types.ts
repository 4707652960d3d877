import type { Money, NumberedPage, Party, Place } from '../../api/types';
import type { IP_LICENCE_STATUSES } from './codes';

/**
 * What the catalog and logistics answer, as the exporter screens read them (docs/API.md and
 * "As built"); declarations and invoices, which other areas read too, are in api/.
 */

export interface Artist {
  name: string;
  birthYear?: number;
  deathYear?: number;
  ethnicMinority?: boolean;
}

export interface ArtworkMaterial {
  material: string;
  weightGrams?: number;
  acquiredYear?: number;
}

export interface ProvenanceEntry {
  year: number;
  owner: string;
  event: string;
}

/** The artwork attributes of API.md: the facts the customs rules need. */
export interface ArtworkAttributes {
  title: string;
  artist: Artist;
  creationYear: number;
  creationYearEnd?: number;
  category: string;
  technique?: string;
  handExecuted: boolean;
  portrait?: boolean;
  medium?: string;
  materials?: ArtworkMaterial[];
  dimensions?: { heightCm: number; widthCm: number; depthCm?: number };
  value: Money;
  ownedByCreator: boolean;
  originCountry: string;
  provenance?: ProvenanceEntry[];
}

/** Every attribute, to take an artwork's attributes from it and to name the form's fields. */
export const ARTWORK_ATTRIBUTE_KEYS: readonly (keyof ArtworkAttributes)[] = [
  'title',
  'artist',
  'creationYear',
  'creationYearEnd',
  'category',
  'technique',
  'handExecuted',
  'portrait',
  'medium',
  'materials',
  'dimensions',
  'value',
  'ownedByCreator',
  'originCountry',
  'provenance',
];

export interface Artwork extends ArtworkAttributes {
  id: string;
  status: string;
  exporterId: string;
  /** The shipment holding it, while one does. */
  shipmentId?: string;
  registeredAt: string;
  /** A product made under an IP licence: its SKU, type, licence and the royalty per unit. */
  sku?: string;
  productType?: string;
  ipLicence?: { id: string; licensor: string; royaltyRate: string };
  royaltyPerUnit?: Money;
}

/** Every country, in a licence's territories (alone). */
export const WORLD_TERRITORY = 'WORLD';

/** Where today stands in a licence's period (UTC calendar days, both ends included). */
export type IpLicenceStatus = (typeof IP_LICENCE_STATUSES)[number];

/** An IP licence an institution granted the exporter (GET /catalog/ip-licences[/{id}]). */
export interface IpLicence {
  id: string;
  licenseeId: string;
  licensor: string;
  sourceItem: { title: string; artist?: string; institutionRef: string };
  /** yyyy-mm-dd, included. */
  validFrom: string;
  /** yyyy-mm-dd, included. */
  validTo: string;
  /** ISO country codes, or just WORLD. */
  territories: string[];
  /** Percent of each unit value, as people write it: "8.5". */
  royaltyRate: string;
  status: IpLicenceStatus;
  registeredAt: string;
}

export type IpLicencePage = NumberedPage<IpLicence>;

export interface ImportLineError {
  line: number;
  message: string;
}

export interface ImportJob {
  id: string;
  status: 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED';
  /** Lines in the file when known up front, else lines processed so far. */
  total: number;
  imported: number;
  unchanged: number;
  rejected: number;
  errors: ImportLineError[];
  /** Rejections beyond the ones kept with their message. */
  errorsOmitted: number;
  /** Why the job itself stopped (not a line's fault). */
  failure?: string;
  createdAt: string;
  finishedAt?: string;
}

export interface ShipmentPackage {
  type: string;
  material: string;
  ispm15Marked?: boolean;
  grossKg: number;
  dimensionsCm: { length: number; width: number; height: number };
}

export interface ShipmentSummary {
  id: string;
  status: string;
  exporterId: string;
  artworkIds: string[];
  consignee: Party;
  origin: Place;
  destination: Place;
  purpose: string;
  incoterm: { rule: string; place: string };
  transportMode: string;
  price?: Money;
  /**
   * Declared at submission for the Shanghai FTZ bonded warehouse (CN-FTZ-BONDED): China's import
   * duty and VAT deferred until the works leave bond.
   */
  ftzBonded?: boolean;
  declarationId?: string;
  invoiceId?: string;
  cancellationReason?: string;
  submittedAt: string;
  updatedAt: string;
}

export interface Deadline {
  kind: string;
  dueAt: string;
  /** PENDING: still running; FIRED: it ran out and the saga acted; CLOSED: no longer needed. */
  state: string;
  firedAt?: string;
  closedAt?: string;
}

export interface TimelineStep {
  at: string;
  type: string;
  /** The service that reported it: catalog, customs, payments or logistics. */
  source: string;
  detail: string;
}

export interface Shipment extends ShipmentSummary {
  insurance?: { insuredValue: Money; clauses: string };
  packages: ShipmentPackage[];
  dispatchedAt?: string;
  deadlines: Deadline[];
  timeline: TimelineStep[];
}

export type ShipmentPage = NumberedPage<ShipmentSummary>;
