import { formatAmount, money } from '@artbridge/money';
import { requireDayNumber } from '../../shared/domain/iso-date';

/** Age buckets in days past the invoice's due date (or issue date): the usual aged-debt columns. */
export const AGE_BUCKETS = ['0-30', '31-60', '61-90', '>90'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/** Which date an invoice's age counts from. */
export const AGE_BASES = ['due', 'issue'] as const;
export type AgeBasis = (typeof AGE_BASES)[number];

/** Open (OPEN, PARTIALLY_PAID) invoices of one currency and date, as the database sums them. */
export interface OpenInvoiceGroup {
  readonly currency: string;
  /** YYYY-MM-DD: the due or issue date, per the report's basis */
  readonly date: string;
  readonly count: number;
  /** total minus paid, summed, in minor units */
  readonly openMinor: bigint;
}

export interface AgeBucketFigure {
  readonly bucket: AgeBucket;
  readonly count: number;
  /** decimal string in the currency's exponent */
  readonly open: string;
}

export interface OpenInvoicesByAge {
  readonly asOf: string;
  readonly basis: AgeBasis;
  readonly buckets: AgeBucket[];
  readonly currencies: {
    readonly currency: string;
    readonly count: number;
    readonly open: string;
    readonly buckets: AgeBucketFigure[];
  }[];
}

/** Days past the date; an invoice not yet due (negative days) is in the first bucket. */
export function ageBucket(daysPast: number): AgeBucket {
  if (daysPast <= 30) return '0-30';
  if (daysPast <= 60) return '31-60';
  if (daysPast <= 90) return '61-90';
  return '>90';
}

/** Buckets the groups per currency (alphabetical), every bucket present so a chart lines up. */
export function openInvoicesByAge(
  groups: readonly OpenInvoiceGroup[],
  asOf: string,
  basis: AgeBasis,
): OpenInvoicesByAge {
  const today = requireDayNumber(asOf);
  const perCurrency = new Map<string, Map<AgeBucket, { count: number; minor: bigint }>>();
  for (const group of groups) {
    const bucket = ageBucket(today - requireDayNumber(group.date));
    let buckets = perCurrency.get(group.currency);
    if (!buckets) {
      buckets = new Map(AGE_BUCKETS.map((name) => [name, { count: 0, minor: 0n }]));
      perCurrency.set(group.currency, buckets);
    }
    const figure = buckets.get(bucket)!;
    figure.count += group.count;
    figure.minor += group.openMinor;
  }
  return {
    asOf,
    basis,
    buckets: [...AGE_BUCKETS],
    currencies: [...perCurrency.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, buckets]) => {
        const figures = [...buckets.entries()];
        const amount = (minor: bigint) => formatAmount(money(minor, currency));
        return {
          currency,
          count: figures.reduce((sum, [, figure]) => sum + figure.count, 0),
          open: amount(figures.reduce((sum, [, figure]) => sum + figure.minor, 0n)),
          buckets: figures.map(([bucket, figure]) => ({
            bucket,
            count: figure.count,
            open: amount(figure.minor),
          })),
        };
      }),
  };
}
