import type { Duties, Finding } from '../../ui/assessment.types';
import type { Money } from '../../ui/money';

/** What the services answer, as the exporter screens read it (docs/API.md and "As built"). */

export interface Page<T> {
  items: T[];
  total: number;
}

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

export interface Artwork extends ArtworkAttributes {
  id: string;
  status: string;
  exporterId: string;
  /** The shipment holding it, while one does. */
  shipmentId?: string;
  registeredAt: string;
}

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

export interface Place {
  country: string;
  place: string;
}

export interface Party {
  name: string;
  country: string;
  address: string;
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

export interface ShipmentPage extends Page<ShipmentSummary> {
  page: number;
  pageSize: number;
}

export interface DeclarationItem {
  position: number;
  artworkId: string;
  title: string;
  artistName: string;
  creationYear: number;
  category: string;
  originCountry: string;
  value: Money;
  hsCode: string | null;
  outcome?: string;
  findings: Finding[];
  licencesRequired: string[];
}

export interface Licence {
  id: string;
  type: string;
  number: string;
  issuer: string;
  validUntil: string;
  artworkId: string | null;
  attachedBy: string;
  attachedAt: string;
}

export interface MissingLicence {
  type: string;
  position: number;
  artworkId: string;
}

export interface Declaration {
  id: string;
  shipmentId: string;
  exporterId: string;
  status: string;
  outcome: 'CLEAR' | 'REVIEW' | 'PROHIBITED';
  exportCountry: string;
  importCountry: string;
  filedAt: string;
  reviewDueAt: string | null;
  overdue: boolean;
  declarationDate?: string;
  ruleBookVersion?: string;
  purpose?: string;
  items: DeclarationItem[];
  licencesRequired: string[];
  licences: Licence[];
  missingLicences: MissingLicence[];
  duties: Duties | null;
  decision: { decidedBy: string; decidedAt: string | null; reason: string | null } | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
}

export interface Invoice {
  id: string;
  shipmentId: string;
  exporterId: string;
  buyer: Party;
  reference: string;
  lines: { kind: string; description: string; amount: Money }[];
  total: Money;
  paid: Money;
  open: Money;
  status: string;
  escrow: string;
  dueAt: string;
  issuedAt: string;
}
