import type { AuditEntry } from '../../api/declaration.types';

/** The trail in the order it happened (the service's sequence), whatever order it came in. */
export function inOrder(entries: readonly AuditEntry[]): AuditEntry[] {
  return [...entries].sort((a, b) => a.seq - b.seq);
}

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `duty 130.00 CNY`: a labelled amount, as the trail's plain JSON holds money (assessedDuties). */
const LABELLED_AMOUNT = /^(\w+) (-?\d+(?:\.\d+)?) ([A-Z]{3})$/;

export interface LabelledAmount {
  label: string;
  money: { amount: string; currency: string };
}

/** Details whose values are codes of a list the web has texts for. */
export type CodeList = 'outcome' | 'decision';
const CODED_DETAILS: Readonly<Record<string, CodeList>> = {
  outcome: 'outcome',
  decision: 'decision',
};

export type DetailValue =
  | { kind: 'text'; text: string }
  | { kind: 'yesNo'; yes: boolean }
  | { kind: 'code'; list: CodeList; code: string }
  | { kind: 'moment'; iso: string }
  | { kind: 'date'; date: string }
  | { kind: 'amounts'; amounts: LabelledAmount[] };

function labelledAmounts(values: readonly unknown[]): LabelledAmount[] | undefined {
  const matches = values.map((value) =>
    typeof value === 'string' ? LABELLED_AMOUNT.exec(value) : null,
  );
  if (matches.some((match) => match === null)) return undefined;
  return matches.map((match) => ({
    label: match![1],
    money: { amount: match![2], currency: match![3] },
  }));
}

/** A step's details as label/value pairs to show; empty values are left out. */
export function detailPairs(details: AuditEntry['details']): [string, DetailValue][] {
  return Object.entries(details ?? {})
    .filter(
      ([, value]) => value !== null && value !== '' && !(Array.isArray(value) && !value.length),
    )
    .map(([key, value]): [string, DetailValue] => {
      if (typeof value === 'boolean') return [key, { kind: 'yesNo', yes: value }];
      const list = CODED_DETAILS[key];
      if (list && typeof value === 'string') return [key, { kind: 'code', list, code: value }];
      if (typeof value === 'string' && CALENDAR_DATE.test(value))
        return [key, { kind: 'date', date: value }];
      if (typeof value === 'string' && MOMENT.test(value))
        return [key, { kind: 'moment', iso: value }];
      const amounts = Array.isArray(value) ? labelledAmounts(value) : undefined;
      if (amounts) return [key, { kind: 'amounts', amounts }];
      const text = Array.isArray(value) ? value.map(String).join(', ') : String(value);
      return [key, { kind: 'text', text }];
    });
}
