import { ConfigError } from '@artbridge/platform-service';

/** Settings of customs beyond the platform's: the review SLA and how often it is checked. */
export interface CustomsSettings {
  /** Time an officer has to decide a declaration in review (CUSTOMS_REVIEW_SLA_SECONDS). */
  readonly reviewSlaSeconds: number;
  /** How often overdue reviews are looked for (CUSTOMS_REVIEW_POLL_MS). */
  readonly reviewPollMs: number;
}

export const CUSTOMS_SETTINGS = Symbol('CUSTOMS_SETTINGS');

export const DEFAULT_CUSTOMS_SETTINGS: CustomsSettings = {
  reviewSlaSeconds: 172_800,
  reviewPollMs: 1000,
};

function positiveInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    problems.push(`${name} must be an integer from 1 to ${max}, got '${raw}'`);
    return fallback;
  }
  return value;
}

/** Reads the settings; a bad value stops the service at start, every problem in one line. */
export function loadCustomsSettings(env: NodeJS.ProcessEnv = process.env): CustomsSettings {
  const problems: string[] = [];
  const settings: CustomsSettings = {
    // a year at most: beyond that the deadline is not a deadline
    reviewSlaSeconds: positiveInteger(
      env,
      'CUSTOMS_REVIEW_SLA_SECONDS',
      DEFAULT_CUSTOMS_SETTINGS.reviewSlaSeconds,
      31_536_000,
      problems,
    ),
    reviewPollMs: positiveInteger(
      env,
      'CUSTOMS_REVIEW_POLL_MS',
      DEFAULT_CUSTOMS_SETTINGS.reviewPollMs,
      3_600_000,
      problems,
    ),
  };
  if (problems.length > 0) throw new ConfigError('customs', problems);
  return settings;
}
