import { ApiInteger } from '@artbridge/platform-service';
/** What an ECB reference-rate import stored and announced. */
export class FxRatesImportResponse {
  /** Days in the file with at least one rate. */
  @ApiInteger()
  days!: number;
  /** Currencies in the file with at least one rate (ISO 4217), sorted. */
  currencies!: string[];
  /** Rates in the file. */
  @ApiInteger()
  rates!: number;
  /** Days announced with FxRatesPublished: new or changed ones (a repeated file announces none). */
  @ApiInteger()
  published!: number;
  /** The earliest day with a rate, YYYY-MM-DD; absent when the file has no rate. */
  from?: string;
  /** The latest day with a rate, YYYY-MM-DD; absent when the file has no rate. */
  to?: string;
}
