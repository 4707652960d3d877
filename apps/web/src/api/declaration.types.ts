import type { Duties, Finding, Outcome } from './assessment.types';
import type { Money, NumberedPage, Party, Place } from './types';

/**
 * A customs declaration as the customs service answers it (apps/customs declaration.view.ts),
 * the same for its exporter and for the officers.
 */
export const DECLARATION_STATUSES = [
  'PENDING_REVIEW',
  'INFO_REQUESTED',
  'CLEARED',
  'REJECTED',
] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

/**
 * EXPORT: filed on the shipment saga's command; IMPORT: filed by customs itself when the works
 * leave a free-trade zone's bonded storage for the domestic market (apps/customs/README.md).
 */
export const DECLARATION_KINDS = ['EXPORT', 'IMPORT'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

/** A row of GET /customs/declarations. */
export interface DeclarationSummary {
  id: string;
  kind: DeclarationKind;
  shipmentId: string;
  exporterId: string;
  status: DeclarationStatus;
  outcome: Outcome;
  exportCountry: string;
  importCountry: string;
  itemCount: number;
  /** The item at position 0: what the declaration is mostly known by. */
  firstItem: { title: string; artistName: string } | null;
  /** The items' declared values added up; null when they are in several currencies. */
  totalDeclaredValue: Money | null;
  /** The sum per currency, by currency code: one entry unless the currencies are mixed. */
  declaredValues: Money[];
  filedAt: string;
  reviewDueAt: string | null;
  /** Live: a review past its deadline, whether or not the poller has flagged it yet. */
  overdue: boolean;
  overdueFlaggedAt: string | null;
}

export type DeclarationList = NumberedPage<DeclarationSummary>;

export interface DeclarationItem {
  position: number;
  artworkId: string;
  title: string;
  artistName: string;
  creationYear: number;
  category: string;
  originCountry: string;
  value: Money;
  /** The artwork as filed (API.md "Artwork attributes"). */
  attributes: Record<string, unknown>;
  hsCode: string | null;
  outcome: Outcome;
  findings: Finding[];
  licencesRequired: string[];
}

export interface Licence {
  id: string;
  type: string;
  number: string;
  issuer: string;
  /** yyyy-mm-dd */
  validUntil: string;
  /** Null: it covers every item. */
  artworkId: string | null;
  attachedBy: string;
  attachedAt: string;
}

/** A licence an approval still waits for (in the declaration, and in a 409 to APPROVE). */
export interface MissingLicence {
  type: string;
  position: number;
  artworkId: string;
}

/** The officer's question still waiting for the exporter's answer (while INFO_REQUESTED). */
export interface OpenInfoRequest {
  question: string | null;
  askedBy: string;
  askedAt: string;
}

/** Of an IMPORT declaration: the bonded storage its works left for the domestic market. */
export interface BondedStay {
  zone: string;
  warehouse: string | null;
  releasedAt: string | null;
}

/** GET /customs/declarations/{id}, and the answer to a decision. */
export interface Declaration extends DeclarationSummary {
  /** Of an IMPORT declaration: the shipment's export declaration it declares again. */
  exportDeclarationId: string | null;
  /** Of an EXPORT declaration whose works were released from bond: the import declaration. */
  importDeclarationId: string | null;
  /** An EXPORT declared at submission for FTZ bonded storage (duty and VAT deferred). */
  ftzBonded: boolean;
  bonded: BondedStay | null;
  openInfoRequest: OpenInfoRequest | null;
  declarationDate: string;
  ruleBookVersion: string;
  declarant: string;
  consignee: Party;
  origin: Place;
  destination: Place;
  purpose: string;
  transportMode: string;
  incoterm: { rule: string; place: string };
  invoice: { total: Money } | null;
  items: DeclarationItem[];
  licencesRequired: string[];
  licences: Licence[];
  missingLicences: MissingLicence[];
  duties: Duties | null;
  decision: { decidedBy: string; decidedAt: string | null; reason: string | null } | null;
}

export type AuditDetails = Record<string, string | number | boolean | null | string[]>;

/** One step of GET /customs/declarations/{id}/audit: who, when, what, why. */
export interface AuditEntry {
  seq: number;
  at: string;
  /** A user name, AUTOMATIC for the engine, SYSTEM for the review clock. */
  actor: string;
  action: string;
  fromStatus: DeclarationStatus | null;
  toStatus: DeclarationStatus | null;
  reason: string | null;
  details: AuditDetails;
}

export interface AuditTrail {
  declarationId: string;
  entries: AuditEntry[];
}
