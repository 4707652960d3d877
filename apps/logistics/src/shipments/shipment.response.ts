import { ApiInteger } from '@artbridge/platform-service';
import { MoneyDto, ShipmentTermsV1 } from '@artbridge/contracts';
import type { AdmissionResponse } from '../admission/admission.response';
import type { BondedStorageResponse } from '../bonded/bonded-storage.response';
import type { ClaimResponse } from '../condition-reports/condition-report.response';
import type { DeadlineKind } from './shipment-deadline.entity';
import type { ShipmentStatus } from './domain/shipment-status';
import type { InsuranceDto, PackageDto } from './shipment-requests.dto';

/** POST /shipments: the shipment submitted; the saga goes on from there. */
export class SubmittedShipmentResponse {
  id!: string;

  status!: ShipmentStatus;
}

/**
 * A shipment as lists show it: its terms (consignee, origin, destination, purpose, incoterm,
 * transport mode, as they travel to customs and payments) and where its saga stands.
 */
export class ShipmentSummaryResponse extends ShipmentTermsV1 {
  id!: string;

  status!: ShipmentStatus;

  /** The exporter who submitted it (for a return leg, the outbound's). */
  exporterId!: string;

  artworkIds!: string[];

  /** The sale price; absent when none was given (an exhibition loan, a return leg). */
  price?: MoneyDto;

  /** Declared for bonded storage in the Shanghai FTZ at submission (CN-FTZ-BONDED). */
  ftzBonded!: boolean;

  /** Customs' export declaration; absent until it is filed. */
  declarationId?: string;

  /** Payments' invoice; absent until it is issued. */
  invoiceId?: string;

  /** Why it was cancelled; absent unless it was. */
  cancellationReason?: string;

  /** A return leg: the outbound shipment whose works it brings back. */
  returnOfShipmentId?: string;

  /** An outbound temporary exhibition: its (latest) return leg. */
  returnShipmentId?: string;

  /**
   * When the bank reversed the buyer's payment after the works left (ISO 8601 date-time): escrow
   * holds nothing, so it is neither released nor held until the buyer has paid again, and finance
   * must recover the payment; absent otherwise, and again once escrow is funded again.
   */
  paymentReversedAt?: string;

  /** ISO 8601 date-time. */
  submittedAt!: string;

  /** ISO 8601 date-time. */
  updatedAt!: string;
}

/** GET /shipments: one page of shipments, newest first. */
export class ShipmentPageResponse {
  items!: ShipmentSummaryResponse[];

  /** How many shipments match the filter, on every page. */
  @ApiInteger()
  total!: number;

  /** 1-based. */
  @ApiInteger()
  page!: number;

  @ApiInteger()
  pageSize!: number;
}

/** A timer of the shipment: payment due, inspection period, customs' review, admission clock. */
export class ShipmentDeadlineResponse {
  kind!: DeadlineKind;

  /** ISO 8601 date-time. */
  dueAt!: string;

  /**
   * PENDING: still running; FIRED: it ran out and the saga acted; CLOSED: no longer needed
   * (paid, accepted, decided) before it was due.
   */
  state!: 'PENDING' | 'FIRED' | 'CLOSED';

  /** When it fired (ISO 8601 date-time); absent unless FIRED. */
  firedAt?: string;

  /** When it stopped mattering (ISO 8601 date-time); absent unless it did. */
  closedAt?: string;
}

/** One step of the journey, from whichever service reported it. */
export class TimelineEntryResponse {
  /** ISO 8601 date-time. */
  at!: string;

  /** What happened, e.g. SUBMITTED, DECLARATION_CLEARED, DELIVERED. */
  type!: string;

  /** The service that reported it: catalog, customs, payments or logistics. */
  source!: string;

  /** In words, for people. */
  detail!: string;
}

/**
 * GET /shipments/:id, and what the actions on a shipment answer: the shipment with its cover,
 * packages, claim, admission clock, bonded storage, deadlines and journey.
 */
export class ShipmentResponse extends ShipmentSummaryResponse {
  /** The cargo insurance; absent when none was given. */
  insurance?: InsuranceDto;

  /** As last declared: at submission, or as finally built at dispatch. */
  packages!: PackageDto[];

  /** ISO 8601 date-time; absent until dispatched. */
  dispatchedAt?: string;

  /** When the carrier delivered it (ISO 8601 date-time); absent until then. */
  deliveredAt?: string;

  /** Who was last signed over the crate; absent until a custody hand-over. */
  custodian?: string;

  /** The damage claim; absent unless a destination condition report found new damage. */
  claim?: ClaimResponse;

  /** The temporary-admission clock of an exhibition loan; absent until it is delivered. */
  admission?: AdmissionResponse;

  /** The stay in a free-trade zone's bonded warehouse; absent unless the works entered one. */
  bondedStorage?: BondedStorageResponse;

  /** By due time. */
  deadlines!: ShipmentDeadlineResponse[];

  /** In order. */
  timeline!: TimelineEntryResponse[];
}
