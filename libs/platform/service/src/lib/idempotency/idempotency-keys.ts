import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  type ClaimedIdempotencyKey,
  decideClaimedKey,
  IDEMPOTENCY_KEY_KEPT_MS,
  type IdempotentRequest,
} from './idempotency';

/** An answer kept for a key's retries. */
export interface StoredAnswer {
  readonly status: number;
  /** the headers a replay repeats (REPLAYED_HEADERS), lower case */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** What claiming a key came to. */
export type ClaimOutcome =
  /** the key is this request's: run it, then `complete` or `release` with `claim` */
  | { readonly kind: 'claimed'; readonly claim: string }
  | { readonly kind: 'replay'; readonly answer: StoredAnswer }
  | { readonly kind: 'in-progress' }
  | { readonly kind: 'mismatch' };

interface KeyRow {
  method: string;
  path: string;
  fingerprint: string;
  claim: string;
  claimed_at: Date;
  status: number | null;
  headers: Record<string, string> | null;
  body: Buffer | null;
  created_at: Date;
  now: Date;
}

/** The clean-up of expired keys runs at most this often per process. */
const CLEAN_UP_EVERY_MS = 60 * 1000;

/** A claim that loses every race this many times in a row is answered as in progress. */
const CLAIM_ATTEMPTS = 3;

/**
 * The idempotency_key table of a service's database. Every statement is its own short
 * transaction, apart from the handler's: the claim is seen by the other requests at once, and
 * stays claimed if the handler's transaction rolls back (its 5xx then lets go of it).
 */
export class IdempotencyKeys {
  private readonly logger = new Logger('Idempotency');
  private cleanedUpAt = 0;

  constructor(private readonly db: DataSource) {}

  /** Claims (principal, key) for `request`, or says why not: a replay, in progress, a mismatch. */
  async claim(principal: string, key: string, request: IdempotentRequest): Promise<ClaimOutcome> {
    await this.cleanUpNowAndThen();
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const claim = randomUUID();
      // a concurrent INSERT of the same key waits for this one to commit, then inserts nothing
      const inserted = (await this.db.query(
        `INSERT INTO idempotency_key (principal, key, method, path, fingerprint, claim)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (principal, key) DO NOTHING
         RETURNING claim`,
        [principal, key, request.method, request.path, request.fingerprint, claim],
      )) as unknown[];
      if (inserted.length) return { kind: 'claimed', claim };
      const [row] = (await this.db.query(
        `SELECT method, path, fingerprint, claim, claimed_at, status, headers, body, created_at,
                now() AS now
           FROM idempotency_key WHERE principal = $1 AND key = $2`,
        [principal, key],
      )) as KeyRow[];
      const decision = decideClaimedKey(row && claimedKeyOf(row), request, row?.now ?? new Date());
      switch (decision.kind) {
        case 'claim':
          continue;
        case 'replay':
          return {
            kind: 'replay',
            answer: {
              status: row.status!,
              headers: row.headers ?? {},
              body: row.body ?? Buffer.alloc(0),
            },
          };
        case 'in-progress':
        case 'mismatch':
          return decision;
        case 'take-over': {
          // only if nobody took it over first: the claim read is still the row's
          const taken = (await this.db.query(
            `UPDATE idempotency_key
                SET method = $3, path = $4, fingerprint = $5, claim = $6, claimed_at = now(),
                    status = NULL, headers = NULL, body = NULL, completed_at = NULL,
                    created_at = CASE WHEN $8 THEN now() ELSE created_at END
              WHERE principal = $1 AND key = $2 AND claim = $7
              RETURNING claim`,
            [
              principal,
              key,
              request.method,
              request.path,
              request.fingerprint,
              claim,
              row.claim,
              decision.reason === 'expired',
            ],
          )) as unknown[];
          if (taken.length) {
            this.logger.warn(
              `took over ${decision.reason} Idempotency-Key of ${principal} (${request.method} ${request.path})`,
            );
            return { kind: 'claimed', claim };
          }
          continue;
        }
      }
    }
    return { kind: 'in-progress' };
  }

  /** Keeps `answer` for the key's retries, if the key is still this claim's. */
  async complete(principal: string, key: string, claim: string, answer: StoredAnswer) {
    await this.db.query(
      `UPDATE idempotency_key
          SET status = $4, headers = $5, body = $6, completed_at = now()
        WHERE principal = $1 AND key = $2 AND claim = $3`,
      [principal, key, claim, answer.status, JSON.stringify(answer.headers), answer.body],
    );
  }

  /** Lets go of the key, so that a retry runs the request again. */
  async release(principal: string, key: string, claim: string): Promise<void> {
    await this.db.query(
      `DELETE FROM idempotency_key WHERE principal = $1 AND key = $2 AND claim = $3`,
      [principal, key, claim],
    );
  }

  /**
   * Deletes the expired keys, at most once a minute per process, on the way to a claim: no timer
   * to stop, and a service no one sends keys to has nothing to clean. Expired keys that are still
   * there count as absent anyway (decideClaimedKey).
   */
  private async cleanUpNowAndThen(): Promise<void> {
    const now = Date.now();
    if (now - this.cleanedUpAt < CLEAN_UP_EVERY_MS) return;
    this.cleanedUpAt = now;
    try {
      await this.db.query(
        `DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => $1)`,
        [IDEMPOTENCY_KEY_KEPT_MS / 1000],
      );
    } catch (error) {
      this.logger.warn(`could not delete expired Idempotency-Keys: ${(error as Error).message}`);
    }
  }
}

function claimedKeyOf(row: KeyRow): ClaimedIdempotencyKey {
  return {
    method: row.method,
    path: row.path,
    fingerprint: row.fingerprint,
    status: row.status ?? undefined,
    createdAt: row.created_at,
    claimedAt: row.claimed_at,
  };
}
