import { useEffect, useState } from 'react';
import { TextField } from './field';
import { localInputToIso, toLocalInput } from './format';

/** How often an untouched field moves on with the clock (it shows minutes). */
const NOW_REFRESH_MS = 15_000;

/** When something happened, as a form holds it: what the field shows and what is sent. */
export interface NowInput {
  /** The datetime-local value (the browser's time zone). */
  value: string;
  onChange: (value: string) => void;
  /**
   * The instant to send: the one the person typed, else the moment of sending, not the
   * page's load time (a form left open for hours would record the event hours early).
   */
  toIso: () => string;
  /** Back to an untouched now, for the next report. */
  reset: () => void;
}

/** When something happened: now, following the clock, until the person changes it. */
export function useNowInput(): NowInput {
  const [typed, setTyped] = useState<string>();
  const [now, setNow] = useState(() => toLocalInput(new Date()));

  useEffect(() => {
    if (typed !== undefined) return undefined;
    const timer = setInterval(() => setNow(toLocalInput(new Date())), NOW_REFRESH_MS);
    return () => clearInterval(timer);
  }, [typed]);

  return {
    value: typed ?? now,
    onChange: setTyped,
    toIso: () => (typed === undefined ? new Date().toISOString() : localInputToIso(typed)),
    reset: () => {
      setTyped(undefined);
      setNow(toLocalInput(new Date()));
    },
  };
}

/** The `at` of a report: a required date and time, with the service's errors under it. */
export function AtField({ label, at, errors }: { label: string; at: NowInput; errors: string[] }) {
  return (
    <TextField
      label={label}
      name="at"
      type="datetime-local"
      value={at.value}
      onChange={at.onChange}
      errors={errors}
      required
    />
  );
}
