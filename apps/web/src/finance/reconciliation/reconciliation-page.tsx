import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/field';
import type { ReconciliationStatus } from '../finance.types';
import { ReconciliationQueue } from './reconciliation-queue';
import { useOpenInvoices } from './use-open-invoices';

const DECIDED: readonly ReconciliationStatus[] = ['MATCHED', 'PARTIALLY_PAID', 'DISMISSED'];

/**
 * /finance/reconciliation: the suggested matches to confirm, the exceptions to match by hand
 * or dismiss, and what has been decided already.
 */
export function ReconciliationPage() {
  const { t } = useTranslation('finance');
  const invoices = useOpenInvoices();
  const [version, setVersion] = useState(0);
  const [decided, setDecided] = useState<ReconciliationStatus>('MATCHED');
  const changed = () => {
    setVersion((value) => value + 1);
    invoices.reload();
  };
  const open = invoices.data ?? [];
  return (
    <>
      <h1>{t('reconciliation.title')}</h1>
      {invoices.error !== undefined && (
        <p className="hint">{t('reconciliation.invoicesUnavailable')}</p>
      )}
      <ReconciliationQueue
        status="SUGGESTED"
        title={t('reconciliation.suggestedTitle')}
        intro={t('reconciliation.suggestedIntro')}
        invoices={open}
        version={version}
        onChanged={changed}
      />
      <ReconciliationQueue
        status="EXCEPTION"
        title={t('reconciliation.exceptionsTitle')}
        intro={t('reconciliation.exceptionsIntro')}
        invoices={open}
        version={version}
        onChanged={changed}
      />
      <ReconciliationQueue
        status={decided}
        title={t('reconciliation.decidedTitle')}
        filter={
          <SelectField
            label={t('reconciliation.decidedStatus')}
            name="decided"
            value={decided}
            onChange={(value) => setDecided(value as ReconciliationStatus)}
            options={DECIDED.map((value) => ({
              value,
              label: t(`reconciliationStatuses.${value}`),
            }))}
          />
        }
        invoices={open}
        version={version}
        onChanged={changed}
      />
    </>
  );
}
