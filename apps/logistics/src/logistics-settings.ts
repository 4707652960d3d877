import { ConfigError } from '@artbridge/platform-service';

/** The saga's clocks, read once at start; tests pass seconds instead of days. */
export interface LogisticsSettings {
  /** How long the buyer has to pay, from the moment the invoice is asked for. */
  readonly paymentDueSeconds: number;
  /** How long the buyer has to inspect and refuse after delivery; 0 = accepted on delivery. */
  readonly inspectionSeconds: number;
  /** How often the deadline scheduler looks for due deadlines. */
  readonly deadlinePollMs: number;
}

export const LOGISTICS_SETTINGS = Symbol('LOGISTICS_SETTINGS');

const DAY = 86_400;
const YEAR = 366 * DAY;

export const DEFAULT_LOGISTICS_SETTINGS: LogisticsSettings = {
  paymentDueSeconds: 14 * DAY,
  inspectionSeconds: 7 * DAY,
  deadlinePollMs: 1000,
};

function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  [min, max]: [number, number],
  unit: string,
  problems: string[],
): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number of ${unit} from ${min} to ${max}, got '${raw}'`);
    return fallback;
  }
  return value;
}

/**
 * LOGISTICS_PAYMENT_DUE_SECONDS (default 14 days), LOGISTICS_INSPECTION_SECONDS (default 7 days,
 * 0 completes on delivery), LOGISTICS_DEADLINE_POLL_MS (default 1000). Every problem is reported
 * at once, in one line, like the platform's own settings.
 */
export function loadLogisticsSettings(env: NodeJS.ProcessEnv = process.env): LogisticsSettings {
  const problems: string[] = [];
  const settings: LogisticsSettings = {
    paymentDueSeconds: wholeNumber(
      env,
      'LOGISTICS_PAYMENT_DUE_SECONDS',
      DEFAULT_LOGISTICS_SETTINGS.paymentDueSeconds,
      [1, YEAR],
      'seconds',
      problems,
    ),
    inspectionSeconds: wholeNumber(
      env,
      'LOGISTICS_INSPECTION_SECONDS',
      DEFAULT_LOGISTICS_SETTINGS.inspectionSeconds,
      [0, YEAR],
      'seconds',
      problems,
    ),
    deadlinePollMs: wholeNumber(
      env,
      'LOGISTICS_DEADLINE_POLL_MS',
      DEFAULT_LOGISTICS_SETTINGS.deadlinePollMs,
      [10, 60_000],
      'milliseconds',
      problems,
    ),
  };
  if (problems.length > 0) throw new ConfigError('logistics', problems);
  return settings;
}
