import { ApiInteger } from '@artbridge/platform-service';
import type { ImportJobEntity } from './import-job.entity';

/** POST /imports (202): the job is started; GET /imports/{id} follows its progress. */
export class ImportStartedResponse {
  /** The import job's id. */
  id!: string;
}

/** A line of the upload that was not imported. */
export class ImportLineErrorResponse {
  /** Its number in the upload, from 1 (blank lines count). */
  @ApiInteger()
  line!: number;

  /** Why it was rejected. */
  message!: string;
}

/** An import job in a list: its counts and times, without its line errors. */
export class ImportJobSummaryResponse {
  id!: string;

  /** RUNNING until every line is processed, then COMPLETED; FAILED when the job itself stopped. */
  status!: ImportJobEntity['status'];

  /** Lines with a record (blank lines skipped); once COMPLETED, the lines processed. */
  @ApiInteger()
  total!: number;

  /** Lines stored as new artworks. */
  @ApiInteger()
  imported!: number;

  /** Lines whose record this exporter imported before: nothing created. */
  @ApiInteger()
  unchanged!: number;

  /** Lines refused (a bad record, a rule broken). */
  @ApiInteger()
  rejected!: number;

  /** FAILED only: why the job stopped (not a line's fault). */
  failure?: string;

  /** When it was started: an ISO 8601 date-time string (UTC). */
  createdAt!: string;

  /** When it ended (COMPLETED or FAILED): an ISO 8601 date-time string (UTC); absent while RUNNING. */
  finishedAt?: string;
}

/** GET /imports/{id}: a job's progress with its line errors, readable while it runs. */
export class ImportJobResponse extends ImportJobSummaryResponse {
  /** The first 1,000 rejected lines, with their reason. */
  errors!: ImportLineErrorResponse[];

  /** Rejected lines beyond the first 1,000: counted, their reason not kept. */
  @ApiInteger()
  errorsOmitted!: number;
}

/** GET /imports: one page of the caller's imports, newest first. */
export class ImportJobPageResponse {
  items!: ImportJobSummaryResponse[];

  /** How many imports the caller has, in all pages. */
  @ApiInteger()
  total!: number;

  /** This page's number, from 1. */
  @ApiInteger()
  page!: number;

  /** The most items a page holds. */
  @ApiInteger()
  pageSize!: number;
}
