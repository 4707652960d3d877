import type { EntityManager } from 'typeorm';
import { loadFxRates } from '../fx-rates/fx-rate-store';
import { isIsoDate } from '../shared/domain/iso-date';
import { RECONCILIATION_SETTINGS } from '../shared/settings';
import { feeToleranceCaps } from './domain/fee-tolerance';
import { IncomingPayment, ReconciliationSettings } from './domain/reconciliation.types';

/**
 * The settings for one run of the cascade over `payments` (an import, a manual match): the
 * fixed ones, and the REC-FEE cap in each of their currencies, from the ECB rates read once here
 * so that reconcile() stays pure. Only credits can be short by bank charges; payments in the
 * cap's own currency (EUR) need no rate, and then nothing is read.
 */
export async function reconciliationSettingsFor(
  manager: EntityManager,
  payments: readonly IncomingPayment[],
): Promise<ReconciliationSettings> {
  const settings = RECONCILIATION_SETTINGS;
  const converted = payments.filter(
    (payment) =>
      payment.creditDebit === 'CRDT' &&
      payment.amount.currency !== settings.feeToleranceCap.currency &&
      payment.bookingDate !== undefined &&
      isIsoDate(payment.bookingDate),
  );
  if (converted.length === 0) return settings;
  const currencies = [...new Set(converted.map((payment) => payment.amount.currency))].sort();
  const dates = converted.map((payment) => payment.bookingDate!).sort();
  const rates = await loadFxRates(
    manager,
    currencies,
    dates[0],
    dates[dates.length - 1],
    settings.feeToleranceRateMaxAgeDays,
  );
  return { ...settings, feeToleranceCaps: feeToleranceCaps(rates, settings) };
}
