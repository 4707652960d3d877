import { ApiInteger } from '@artbridge/platform-service';
import type { LicenceStatus } from './domain/ip-licence';
import { SourceItemDto } from './ip-licence.dto';

/** An IP licence, as GET and POST /ip-licences answer it. */
export class IpLicenceResponse {
  id!: string;

  /** The exporter who registered it: the only exporter who sees it and makes products under it. */
  licenseeId!: string;

  /** The institution that grants it. */
  licensor!: string;

  /** The work or collection item licensed. */
  sourceItem!: SourceItemDto;

  /** First day, included (UTC): a calendar date `YYYY-MM-DD`. */
  validFrom!: string;

  /** Last day, included (UTC): a calendar date `YYYY-MM-DD`. */
  validTo!: string;

  /** ISO 3166-1 alpha-2 countries, or just WORLD. */
  territories!: string[];

  /** Percent of each unit's value, as a decimal string: "8.5". */
  royaltyRate!: string;

  /** Where today (UTC) stands in the licence's period. */
  status!: LicenceStatus;

  /** When it was registered: an ISO 8601 date-time string (UTC). */
  registeredAt!: string;
}

/** GET /ip-licences: one page of licences, newest first. */
export class IpLicencePageResponse {
  items!: IpLicenceResponse[];

  /** How many licences the caller sees, in all pages. */
  @ApiInteger()
  total!: number;

  /** This page's number, from 1. */
  @ApiInteger()
  page!: number;

  /** The most items a page holds. */
  @ApiInteger()
  pageSize!: number;
}
