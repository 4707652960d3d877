import { allocate, type Money } from '@artbridge/money';
import type { AssessmentRequest, ValueBasis } from '../model';
import type { RuleFinding } from './facts';
import { notice } from './notices';

export interface CustomsValues {
  readonly basis: ValueBasis;
  /** Per item, in the items' order: the value the item's duty line converts and taxes. */
  readonly values: readonly Money[];
  /** Said of every item when a sale's price could not be split over them. */
  readonly finding?: RuleFinding;
}

/**
 * The value each item is declared at for duty. A sale's customs value is its transaction value,
 * the price actually paid or payable (WTO Customs Valuation Agreement, Art. 1), so a SALE with a
 * price takes the price, split over the items in proportion to their appraised values (largest
 * remainder, exact: the shares add up to the price); a single item takes the whole price. The
 * platform knows no separate transport and insurance to the border, so the price stands for the
 * CIF value. A loan, a return or anything without a price keeps the appraised values, and so
 * does a sale whose items are valued in several currencies: weighing them would need a rate
 * that the split should not depend on, so the item says the price could not be split.
 */
export function customsValuesOf(
  request: Pick<AssessmentRequest, 'purpose' | 'price'> & {
    readonly items: readonly { readonly value: Money }[];
  },
): CustomsValues {
  const appraised = request.items.map((item) => item.value);
  const { price } = request;
  if (request.purpose !== 'SALE' || price === undefined || appraised.length === 0)
    return { basis: 'APPRAISED', values: appraised };
  if (appraised.length === 1) return { basis: 'PRICE', values: [price] };
  const currencies = [...new Set(appraised.map((value) => value.currency))];
  if (currencies.length > 1)
    return {
      basis: 'APPRAISED',
      values: appraised,
      finding: notice(
        'CUSTOMS-VALUE-SPLIT',
        'INFO',
        `the sale price could not be split over the items, whose values are in several currencies (${currencies.join(', ')}): each item's appraised value is taken as its customs value`,
      ),
    };
  const weights = appraised.map((value) => value.minor);
  // works all valued at zero still share the price they were sold for: equally
  const nothingAppraised = weights.every((weight) => weight === 0n);
  return {
    basis: 'PRICE',
    values: allocate(price, nothingAppraised ? weights.map(() => 1n) : weights),
  };
}
