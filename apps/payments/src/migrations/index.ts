import { Payments1732400000300 } from './1732400000300-payments';
import { PostingBalancePerStatement1732400000310 } from './1732400000310-posting-balance-per-statement';
import { ImportDutyInvoices1732400000320 } from './1732400000320-import-duty-invoices';

/** In order; run at start. */
export const PAYMENTS_MIGRATIONS = [
  Payments1732400000300,
  PostingBalancePerStatement1732400000310,
  ImportDutyInvoices1732400000320,
];
