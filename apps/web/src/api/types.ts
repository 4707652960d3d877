/** Shapes every service answers in: amounts, lists, the parties and places of a shipment. */

/** An amount as a decimal string (never a float) in an ISO 4217 currency. */
export interface Money {
  amount: string;
  currency: string;
}

/** A list route's answer: one page of items and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** A list route that also says which page it answered. */
export interface NumberedPage<T> extends Page<T> {
  page: number;
  pageSize: number;
}

export interface Party {
  name: string;
  country: string;
  address: string;
}

export interface Place {
  country: string;
  place: string;
}
