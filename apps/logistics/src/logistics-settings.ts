import { ConfigError } from '@artbridge/platform-service';
import {
  AdmissionSettings,
  CN_TEMPORARY_ADMISSION,
  Period,
} from './admission/domain/temporary-admission';

/** The saga's clocks, read once at start; tests pass seconds instead of days. */
export interface LogisticsSettings {
  /** How long the buyer has to pay, from the moment the invoice is asked for. */
  readonly paymentDueSeconds: number;
  /** How long the buyer has to inspect and refuse after delivery; 0 = accepted on delivery. */
  readonly inspectionSeconds: number;
  /** How often the deadline scheduler looks for due deadlines. */
  readonly deadlinePollMs: number;
  /** The temporary-admission clock of exhibition loans: periods, extensions, reminders. */
  readonly admission: AdmissionSettings;
}

export const LOGISTICS_SETTINGS = Symbol('LOGISTICS_SETTINGS');

const DAY = 86_400;
const YEAR = 366 * DAY;

export const DEFAULT_LOGISTICS_SETTINGS: LogisticsSettings = {
  paymentDueSeconds: 14 * DAY,
  inspectionSeconds: 7 * DAY,
  deadlinePollMs: 1000,
  admission: CN_TEMPORARY_ADMISSION,
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

/** Seconds when set; else the calendar period of the rule (6 months). */
function periodSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: Period,
  problems: string[],
): Period {
  const seconds = wholeNumber(env, name, -1, [1, 2 * YEAR], 'seconds', problems);
  return seconds === -1 ? fallback : { milliseconds: seconds * 1000 };
}

/** A comma-separated list of seconds before the deadline, e.g. `2592000,604800,86400`. */
function reminderSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: readonly Period[],
  problems: string[],
): readonly Period[] {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const parts = raw.split(',').map((part) => part.trim());
  const seconds = parts.map((part) => (/^\d+$/.test(part) ? Number(part) : NaN));
  if (seconds.some((s) => !Number.isSafeInteger(s) || s < 1 || s > 2 * YEAR)) {
    problems.push(
      `${name} must be a comma-separated list of whole numbers of seconds from 1 to ${2 * YEAR}, got '${raw}'`,
    );
    return fallback;
  }
  return seconds.map((s) => ({ milliseconds: s * 1000 }));
}

/**
 * LOGISTICS_PAYMENT_DUE_SECONDS (default 14 days), LOGISTICS_INSPECTION_SECONDS (default 7 days,
 * 0 completes on delivery), LOGISTICS_DEADLINE_POLL_MS (default 1000); the admission clock of
 * exhibition loans: LOGISTICS_ADMISSION_SECONDS and LOGISTICS_ADMISSION_EXTENSION_SECONDS (default
 * 6 calendar months each, counted in Beijing time), LOGISTICS_ADMISSION_REMINDER_SECONDS (seconds
 * before the deadline, comma-separated; default 30, 7 and 1 days). Every problem is reported at
 * once, in one line, like the platform's own settings.
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
    admission: {
      ...CN_TEMPORARY_ADMISSION,
      admissionPeriod: periodSetting(
        env,
        'LOGISTICS_ADMISSION_SECONDS',
        CN_TEMPORARY_ADMISSION.admissionPeriod,
        problems,
      ),
      extensionPeriod: periodSetting(
        env,
        'LOGISTICS_ADMISSION_EXTENSION_SECONDS',
        CN_TEMPORARY_ADMISSION.extensionPeriod,
        problems,
      ),
      reminderOffsets: reminderSetting(
        env,
        'LOGISTICS_ADMISSION_REMINDER_SECONDS',
        CN_TEMPORARY_ADMISSION.reminderOffsets,
        problems,
      ),
    },
  };
  if (problems.length > 0) throw new ConfigError('logistics', problems);
  return settings;
}
