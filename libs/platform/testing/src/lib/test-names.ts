import { randomBytes } from 'node:crypto';

/**
 * Names of what a suite creates carry their creation time, so a later run can drop what a
 * crashed run left behind without touching a run that is still going.
 */
const PREFIX = 'abt';
export const STALE_AFTER_SECONDS = 2 * 60 * 60;

export function isolatedName(): string {
  return `${PREFIX}_${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
}

export function isStale(name: string, nowSeconds = Date.now() / 1000): boolean {
  const match = /^abt[_-](\d{10})[_-]/.exec(name);
  return match !== null && nowSeconds - Number(match[1]) > STALE_AFTER_SECONDS;
}
