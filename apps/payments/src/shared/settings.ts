import type { EscrowSettings } from '../ledger/domain/escrow';
import {
  DEFAULT_RECONCILIATION_SETTINGS,
  ReconciliationSettings,
} from '../reconciliation/domain/reconciliation.types';

/**
 * The inspection period itself is logistics' timer (it sends ReleaseEscrow when it ends); the
 * escrow machine here only needs a valid length to record delivery.
 */
export const ESCROW_SETTINGS: EscrowSettings = { inspectionPeriodDays: 14 };

/**
 * Days the importer has to pay an import-duty invoice: China's customs duties are payable within
 * 15 days of the tax payment notice (Customs Law of the PRC, art. 60).
 */
export const IMPORT_DUTY_DUE_DAYS = 15;

export const RECONCILIATION_SETTINGS: ReconciliationSettings = DEFAULT_RECONCILIATION_SETTINGS;

/** Today as a calendar date (UTC): escrow and ledger dates are dates, not instants. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
