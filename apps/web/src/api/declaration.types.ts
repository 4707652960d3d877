import type { Schema } from '@artbridge/public-api';
import { everyValue } from './every-value';

/**
 * A customs declaration as the customs service answers it (apps/customs declaration.view.ts),
 * the same for its exporter and for the officers.
 */

/** GET /customs/declarations/{id}, and the answer to a decision or to an answered question. */
export type Declaration = Schema<'customs.DeclarationResponse'>;

export type DeclarationStatus = Declaration['status'];
export const DECLARATION_STATUSES = everyValue<DeclarationStatus>()([
  'PENDING_REVIEW',
  'INFO_REQUESTED',
  'CLEARED',
  'REJECTED',
]);

/**
 * EXPORT: filed on the shipment saga's command; IMPORT: filed by customs itself when the works
 * leave a free-trade zone's bonded storage for the domestic market (apps/customs/README.md).
 */
export type DeclarationKind = Declaration['kind'];
export const DECLARATION_KINDS = everyValue<DeclarationKind>()(['EXPORT', 'IMPORT']);

/** A row of GET /customs/declarations. */
export type DeclarationSummary = Schema<'customs.DeclarationSummaryResponse'>;

export type DeclarationList = Schema<'customs.DeclarationPageResponse'>;

/** A declared work, with the attributes it was filed and assessed on. */
export type DeclarationItem = Schema<'customs.DeclarationItemResponse'>;

export type Licence = Schema<'customs.LicenceResponse'>;

/** A licence an approval still waits for (in the declaration, and in a 409 to APPROVE). */
export type MissingLicence = Schema<'customs.MissingLicenceResponse'>;

/** A duty line an approval needs the officer's assessed duties for, as the service decides it. */
export type DutyLineToAssess = Schema<'customs.DutyLineToAssessResponse'>;

/** The officer's question still waiting for the exporter's answer (while INFO_REQUESTED). */
export type OpenInfoRequest = Schema<'customs.OpenInfoRequestResponse'>;

/** Of an IMPORT declaration: the bonded storage its works left for the domestic market. */
export type BondedStay = Schema<'customs.BondedReleaseResponse'>;

/** One step of GET /customs/declarations/{id}/audit: who, when, what, why. */
export type AuditEntry = Schema<'customs.AuditEntryResponse'>;

export type AuditDetails = AuditEntry['details'];

export type AuditTrail = Schema<'customs.DeclarationAuditResponse'>;
