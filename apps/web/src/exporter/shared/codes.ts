import type { Schema } from '@artbridge/public-api';
import { everyValue } from '../../api/every-value';
import type {
  Artwork,
  Deadline,
  ImportJob,
  IpLicence,
  Shipment,
  ShipmentPackage,
} from './api-types';

/**
 * The closed lists of the public API's document the exporter screens offer as choices, each
 * checked against the document's enum; each value has its text in exporter.messages.ts under
 * the list's name (the invoice and declaration lists every area reads are in api/).
 */
export type ArtworkCategory = Artwork['category'];
export const ARTWORK_CATEGORIES = everyValue<ArtworkCategory>()([
  'PAINTING',
  'WATERCOLOUR',
  'GOUACHE',
  'PASTEL',
  'DRAWING',
  'CALLIGRAPHY',
  'MOSAIC',
  'COLLAGE',
  'PRINT',
  'SCULPTURE',
  'PHOTOGRAPH',
  'MANUSCRIPT',
  'BOOK',
  'MAP',
  'ARCHAEOLOGICAL',
  'ANTIQUE',
  'COLLECTORS_PIECE',
  'REPRODUCTION',
]);

export type ArtworkStatus = Artwork['status'];
export const ARTWORK_STATUSES = everyValue<ArtworkStatus>()([
  'AVAILABLE',
  'RESERVED',
  'IN_TRANSIT',
  'EXPORTED',
  'ON_LOAN',
]);

export type ShipmentStatus = Shipment['status'];
export const SHIPMENT_STATUSES = everyValue<ShipmentStatus>()([
  'SUBMITTED',
  'RESERVED',
  'DECLARED',
  'PENDING_REVIEW',
  'CLEARED',
  'AWAITING_PAYMENT',
  'PAID',
  'IN_TRANSIT',
  'DELIVERED',
  'ACCEPTED',
  'DISPUTED',
  'COMPLETED',
  'CANCELLING',
  'CANCELLED',
]);

/** Nothing happens to a shipment any more: its page stops following it. */
export const FINAL_SHIPMENT_STATUSES: readonly ShipmentStatus[] = ['COMPLETED', 'CANCELLED'];

/** What an exporter may submit (a RETURN leg is created by the platform). */
export type ShipmentPurpose = Schema<'logistics.SubmitShipmentDto'>['purpose'];
export const SHIPMENT_PURPOSES = everyValue<ShipmentPurpose>()(['SALE', 'TEMPORARY_EXHIBITION']);

/** Incoterms 2020: any mode first, then the four for sea and inland waterway only. */
export type IncotermRule = Shipment['incoterm']['rule'];
export const INCOTERM_RULES = everyValue<IncotermRule>()([
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
]);

export type TransportMode = Shipment['transportMode'];
export const TRANSPORT_MODES = everyValue<TransportMode>()(['AIR', 'SEA', 'ROAD', 'RAIL']);
export type InsuranceClauses = NonNullable<Shipment['insurance']>['clauses'];
export const INSURANCE_CLAUSES = everyValue<InsuranceClauses>()(['A', 'B', 'C']);
export type PackageType = ShipmentPackage['type'];
export const PACKAGE_TYPES = everyValue<PackageType>()(['CRATE', 'CASE', 'PALLET']);
export type PackageMaterial = ShipmentPackage['material'];
export const PACKAGE_MATERIALS = everyValue<PackageMaterial>()([
  'SOLID_WOOD',
  'PLYWOOD',
  'OSB',
  'PARTICLE_BOARD',
  'FIBREBOARD',
  'ALUMINIUM',
  'STEEL',
  'CARDBOARD',
  'PLASTIC',
]);

export type TrackingEventType = Schema<'logistics.TrackingEventDto'>['type'];
export const TRACKING_EVENT_TYPES = everyValue<TrackingEventType>()([
  'PICKED_UP',
  'DEPARTED',
  'ARRIVED',
  'HELD',
  'DELIVERED',
]);

export type DeadlineKind = Deadline['kind'];
export const DEADLINE_KINDS = everyValue<DeadlineKind>()([
  'PAYMENT_DUE',
  'INSPECTION_PERIOD',
  'REVIEW_SLA',
  'ADMISSION_REMINDER',
  'ADMISSION_EXPIRY',
]);

/**
 * Deadlines whose running out is a miss (the buyer did not pay, the loan did not leave in
 * time); the others' firing is the normal course (silence is acceptance, a reminder is sent).
 */
export const MISSED_WHEN_FIRED: readonly DeadlineKind[] = ['PAYMENT_DUE', 'ADMISSION_EXPIRY'];
export type DeadlineState = Deadline['state'];
export const DEADLINE_STATES = everyValue<DeadlineState>()(['PENDING', 'FIRED', 'CLOSED']);

export type ImportStatus = ImportJob['status'];
export const IMPORT_STATUSES = everyValue<ImportStatus>()(['RUNNING', 'COMPLETED', 'FAILED']);

/** The journey steps the services write on a shipment's timeline (others show as written). */
export const TIMELINE_TYPES = [
  'SUBMITTED',
  'ARTWORKS_RESERVED',
  'NOTHING_TO_RESERVE',
  'RESERVATION_REFUSED',
  'DECLARATION_REQUESTED',
  'DECLARATION_FILED',
  'DECLARATION_INFO_REQUESTED',
  'DECLARATION_INFO_ANSWERED',
  'DECLARATION_REVIEW_OVERDUE',
  'DECLARATION_CLEARED',
  'DECLARATION_REJECTED',
  'DUTIES_NOT_INVOICED',
  'INVOICE_REQUESTED',
  'INVOICE_TOO_LARGE',
  'NOTHING_TO_INVOICE',
  'INVOICE_ISSUED',
  'INVOICE_PARTIALLY_PAID',
  'ESCROW_FUNDED',
  'PAYMENT_REVERSED',
  'PAYMENT_DEADLINE_PASSED',
  'DISPATCHED',
  'ARTWORKS_IN_TRANSIT',
  'PICKED_UP',
  'DEPARTED',
  'ARRIVED',
  'HELD',
  'DELIVERED',
  'ACCEPTED',
  'INSPECTION_PERIOD_ENDED',
  'REFUSED',
  'DAMAGE_REPORTED',
  'CLAIM_OPENED',
  'CLAIM_UPDATED',
  'ESCROW_HELD',
  'DISPUTE_SETTLED',
  'ESCROW_RELEASED',
  'ESCROW_RELEASE_WITHHELD',
  'ESCROW_HOLD_WITHHELD',
  'ARTWORKS_EXPORTED',
  'ARTWORKS_RELEASED',
  'INVOICE_VOIDED',
  'INVOICE_REFUNDED',
  'CANCELLING',
  'CANCELLED',
  'COMPLETED',
  'CONDITION_REPORTED',
  'ADMISSION_STARTED',
  'ADMISSION_REMINDER',
  'ADMISSION_OVERDUE',
  'ADMISSION_EXTENDED',
  'RETURN_LEG_CREATED',
  'ADMISSION_DISCHARGED',
  'BONDED_ENTRY',
  'BONDED_RELEASED',
  'BONDED_RE_EXPORTED',
  'IMPORT_DECLARATION_FILED',
  'IMPORT_DECLARATION_INFO_REQUESTED',
  'IMPORT_DECLARATION_REVIEW_OVERDUE',
  'IMPORT_DECLARATION_CLEARED',
  'IMPORT_DECLARATION_REJECTED',
  'IMPORT_DUTY_INVOICED',
  'IMPORT_DUTY_PARTIALLY_PAID',
  'IMPORT_DUTY_PAID',
  'IMPORT_DUTY_PAYMENT_REVERSED',
] as const;

/**
 * Why the catalog refuses to reserve an artwork for a shipment (the saga writes them on the
 * RESERVATION_REFUSED step and in the cancellation reason: `<artworkId> NOT_LICENSED: …`).
 */
export const RESERVATION_REFUSAL_REASONS = [
  'NOT_FOUND',
  'NOT_OWNED',
  'NOT_AVAILABLE',
  'NOT_LICENSED',
] as const;

/** Where today stands in an IP licence's period (the catalog's `status` of a licence). */
export const IP_LICENCE_STATUSES = everyValue<IpLicence['status']>()([
  'NOT_YET_VALID',
  'ACTIVE',
  'EXPIRED',
]);

export const TIMELINE_SOURCES = ['catalog', 'customs', 'payments', 'logistics'] as const;

/** Materials the customs rules look for by their code (CITES). Any other may be written. */
export const CITES_MATERIALS = ['IVORY', 'TORTOISESHELL', 'ROSEWOOD', 'DALBERGIA_NIGRA', 'CORAL'];

/** Techniques the catalog recognises; suggestions only, any text is accepted. */
export const TECHNIQUES = [
  'OIL',
  'INK',
  'ACRYLIC',
  'WATERCOLOUR',
  'GOUACHE',
  'TEMPERA',
  'PASTEL',
  'CHARCOAL',
  'GRAPHITE',
  'BRONZE',
  'MARBLE',
  'WOOD',
  'CERAMIC',
  'TERRACOTTA',
  'LITHOGRAPH',
  'ETCHING',
  'WOODCUT',
  'SCREENPRINT',
  'PHOTOGRAPH',
  'TEXTILE',
];
