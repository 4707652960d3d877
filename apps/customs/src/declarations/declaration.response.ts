import { ApiInteger } from '@artbridge/platform-service';
import {
  ArtworkAttributesV1,
  IncotermDto,
  MoneyDto,
  PartyDto,
  PlaceDto,
  type ArtworkCategory,
  type Purpose,
  type TransportMode,
} from '@artbridge/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { DutiesResponse, FindingResponse } from '../assessment/assessment.response';
import type { DeclarationKind, Outcome } from '../assessment/domain';
import type { AuditAction, AuditDetails } from './declaration.entity';
import type { DeclarationStatus } from './domain/review';

/** The first item of a declaration (position 0): what the declaration is mostly known by. */
export class FirstItemResponse {
  title!: string;

  artistName!: string;
}

/** A row of the officers' queue (GET /declarations), the items summed up. */
export class DeclarationSummaryResponse {
  id!: string;

  /** EXPORT, or IMPORT (filed when works leave a free-trade zone's bonded storage). */
  kind!: DeclarationKind;

  shipmentId!: string;

  /** The exporter's user name. */
  exporterId!: string;

  status!: DeclarationStatus;

  /** The engine's outcome at filing. */
  outcome!: Outcome;

  /** ISO 3166-1 alpha-2. */
  exportCountry!: string;

  /** ISO 3166-1 alpha-2. */
  importCountry!: string;

  @ApiInteger()
  itemCount!: number;

  /** Null when the declaration has no items. */
  firstItem!: FirstItemResponse | null;

  /** Sum of the items' declared values; null when they are declared in several currencies (or none). */
  totalDeclaredValue!: MoneyDto | null;

  /** The sum per currency, by currency code: one entry unless the currencies are mixed. */
  declaredValues!: MoneyDto[];

  /** When it was filed, an ISO 8601 timestamp. */
  filedAt!: string;

  /** The review deadline while an officer has to decide, an ISO 8601 timestamp; else null. */
  reviewDueAt!: string | null;

  /** In review past its deadline, as of the request (even before the poller flagged it). */
  overdue!: boolean;

  /** When the review was flagged overdue, an ISO 8601 timestamp; null when it was not. */
  overdueFlaggedAt!: string | null;
}

/** GET /declarations: one page of the officers' queue. */
export class DeclarationPageResponse {
  items!: DeclarationSummaryResponse[];

  /** How many declarations match the filter, on every page. */
  @ApiInteger()
  total!: number;

  /** The page number, from 1. */
  @ApiInteger()
  page!: number;

  @ApiInteger()
  pageSize!: number;
}

/** Of an IMPORT declaration: the free-trade zone and warehouse the works left, and when. */
export class BondedReleaseResponse {
  zone!: string;

  warehouse!: string | null;

  /** An ISO 8601 timestamp. */
  releasedAt!: string | null;
}

/** The officer's question still waiting for the exporter's answer. */
export class OpenInfoRequestResponse {
  question!: string;

  /** The officer's user name. */
  askedBy!: string;

  /** An ISO 8601 timestamp. */
  askedAt!: string;
}

/** The invoice of a sale. */
export class InvoiceResponse {
  /** The sale price. */
  total!: MoneyDto;
}

/** One artwork of a declaration, as declared and as the engine assessed it. */
export class DeclarationItemResponse {
  /** The item's index in the declaration, from 0. */
  @ApiInteger()
  position!: number;

  artworkId!: string;

  title!: string;

  artistName!: string;

  /** Year of creation; negative for BCE. */
  @ApiInteger()
  creationYear!: number;

  category!: ArtworkCategory;

  /** ISO 3166-1 alpha-2. */
  originCountry!: string;

  /** The declared value. */
  value!: MoneyDto;

  /** The artwork as the filing command described it: what was assessed. */
  attributes!: ArtworkAttributesV1;

  /** Null when the engine could not classify it. */
  hsCode!: string | null;

  outcome!: Outcome;

  findings!: FindingResponse[];

  /** Licence types that clear the item; empty when it is prohibited. */
  licencesRequired!: string[];
}

/** A licence the exporter attached to a declaration. */
export class LicenceResponse {
  id!: string;

  /** A licence type the rules ask for, e.g. EU_EXPORT_LICENCE, CN_EXIT_PERMIT. */
  type!: string;

  number!: string;

  issuer!: string;

  /** The last day it is valid, an ISO 8601 date (yyyy-mm-dd). */
  validUntil!: string;

  /** The item it covers; null: every item of the declaration. */
  artworkId!: string | null;

  /** The exporter's user name. */
  attachedBy!: string;

  /** An ISO 8601 timestamp. */
  attachedAt!: string;
}

/** A licence an item requires and no attached licence (still valid today) provides. */
export class MissingLicenceResponse {
  /** The licence type. */
  type!: string;

  /** The item's position in the declaration. */
  @ApiInteger()
  position!: number;

  artworkId!: string;
}

/**
 * A duty line the engine could not compute that sent its item to REVIEW under the same rule:
 * an approval needs the officer's assessed duties while there is one.
 */
export class DutyLineToAssessResponse {
  /** The item's position in the declaration. */
  @ApiInteger()
  itemIndex!: number;

  /** Why the engine could not compute it: TARIFF-NOT-IN-TABLE, FX-RATE or AMOUNT-LIMIT. */
  ruleId!: string;

  reason!: string;
}

/**
 * A decision refused (409): the status that refused it and, for an approval still waiting for
 * licences, which (one waiting for the officer's assessed duties names the lines in `message`).
 * The error body of API.md with its two additions typed.
 */
export class DecisionRefusedResponse {
  @ApiInteger()
  statusCode!: number;

  /** Conflict. */
  error!: string;

  message!: string;

  /** The declaration's status as it now is. */
  currentStatus!: DeclarationStatus;

  /** What an approval still needs, as of today; absent when it needs nothing more. */
  missingLicences?: MissingLicenceResponse[];
}

/**
 * The duty and VAT the approving officer assessed where the engine left the duties incomplete,
 * in the duties' currency: what the clearance event carried for invoicing. Declared with
 * ApiProperty, not left to the generated metadata, so the document names them as soon as they
 * are sent.
 */
export class AssessedDutiesResponse {
  @ApiProperty({ type: () => MoneyDto })
  duty!: MoneyDto;

  @ApiProperty({ type: () => MoneyDto })
  vat!: MoneyDto;

  @ApiProperty({ type: () => MoneyDto })
  total!: MoneyDto;
}

/** How the declaration was decided: by an officer, or AUTOMATIC by the engine. */
export class DecisionResponse {
  /** A user name, or AUTOMATIC. */
  decidedBy!: string;

  /** An ISO 8601 timestamp. */
  decidedAt!: string;

  reason!: string | null;
}

/**
 * GET /declarations/:id (and what a decision or an answer leaves): the declaration's data, its
 * assessment, its licences and its decision.
 */
export class DeclarationResponse extends DeclarationSummaryResponse {
  /** Of an IMPORT declaration: the shipment's export declaration, whose items it declares. */
  exportDeclarationId!: string | null;

  /** Of an EXPORT declaration: the import declaration filed when its works left bond. */
  importDeclarationId!: string | null;

  /** Declared at submission for bonded storage: duty and VAT deferred, not charged on it. */
  ftzBonded!: boolean;

  /** Of an IMPORT declaration: where the works were released from bond; else null. */
  bonded!: BondedReleaseResponse | null;

  /** Null unless the status is INFO_REQUESTED. */
  openInfoRequest!: OpenInfoRequestResponse | null;

  /** The date the rules and rates were taken for, an ISO 8601 date (yyyy-mm-dd). */
  declarationDate!: string;

  ruleBookVersion!: string;

  /** The exporter's user name; of an IMPORT declaration, the importer (its consignee). */
  declarant!: string;

  consignee!: PartyDto;

  origin!: PlaceDto;

  destination!: PlaceDto;

  purpose!: Purpose;

  transportMode!: TransportMode;

  incoterm!: IncotermDto;

  /** Null when the shipment is not a sale. */
  invoice!: InvoiceResponse | null;

  items!: DeclarationItemResponse[];

  /** Every licence type some item requires. */
  licencesRequired!: string[];

  licences!: LicenceResponse[];

  /** What an approval would still wait for, as of today; empty once decided. */
  missingLicences!: MissingLicenceResponse[];

  /** Duty and VAT in the destination's currency; null when none were computed. */
  duties!: DutiesResponse | null;

  /**
   * The duty lines an approval needs the officer's assessed duties for (APPROVE with `duties`),
   * as the service decides it; empty when there is none, while the duties are deferred in bond
   * (an export declared `ftzBonded`: the release's import declaration assesses them), and once
   * decided.
   */
  dutiesToAssess!: DutyLineToAssessResponse[];

  /**
   * Where the engine could not complete the duties: what the approving officer assessed, which
   * was invoiced in place of `duties`' partial totals. Absent otherwise.
   */
  @ApiProperty({ type: () => AssessedDutiesResponse, required: false })
  assessedDuties?: AssessedDutiesResponse;

  /** Null while no decision was taken. */
  decision!: DecisionResponse | null;
}

/** One step in a declaration's life: who, when, what, why. */
export class AuditEntryResponse {
  /** Order of the steps. */
  @ApiInteger()
  seq!: number;

  /** An ISO 8601 timestamp. */
  at!: string;

  /** A user name, AUTOMATIC for the engine, SYSTEM for the review clock, LOGISTICS for a movement it reported. */
  actor!: string;

  action!: AuditAction;

  /** The status before the step; null for a step that changed none. */
  fromStatus!: DeclarationStatus | null;

  /** The status after the step; null for a step that changed none. */
  toStatus!: DeclarationStatus | null;

  reason!: string | null;

  /** What the step did, as plain JSON (keys depend on the action). */
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      // OpenAPI 3.0 allows `nullable` only beside a `type`: null is one of the strings' branch
      oneOf: [
        { type: 'string', nullable: true },
        { type: 'number' },
        { type: 'boolean' },
        { type: 'array', items: { type: 'string' } },
      ],
    },
  })
  details!: AuditDetails;
}

/** GET /declarations/:id/audit: the trail, oldest step first. */
export class DeclarationAuditResponse {
  declarationId!: string;

  entries!: AuditEntryResponse[];
}
