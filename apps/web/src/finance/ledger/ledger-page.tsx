import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../auth/auth-context';
import { CurrencyField } from '../../ui/code-fields';
import { MoneyText } from '../../ui/money-text';
import { LoadState } from '../../ui/states';
import { StatusBadge } from '../../ui/status-badge';
import { useLoad } from '../../ui/use-load';
import type { AccountKey, LedgerBalances } from '../finance.types';

/**
 * /finance/ledger: the balance of every account per currency and, per currency, all debits
 * against all credits (equal whenever every posting balanced).
 */
export function LedgerPage() {
  const { t } = useTranslation('finance');
  const api = useApi();
  const [currency, setCurrency] = useState('');
  const [typed, setTyped] = useState('');
  const loaded = useLoad(
    (signal) =>
      api.request<LedgerBalances>('/payments/ledger/balances', {
        query: { currency: currency || undefined },
        signal,
      }),
    [api, currency],
  );
  // a currency the service refuses is said under the field, the typed text kept
  const currencyErrors =
    loaded.error instanceof ApiError && loaded.error.status === 400
      ? loaded.error.forField('currency').length
        ? loaded.error.forField('currency')
        : loaded.error.messages
      : [];
  const data = currencyErrors.length ? undefined : loaded.data;

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = typed.trim().toUpperCase();
    setTyped(next);
    setCurrency(next);
  }

  // the service's own name stands in for an account these texts do not name yet
  const accountName = (account: AccountKey, name: string) =>
    t(`accounts.${account}`, { defaultValue: name });

  return (
    <>
      <h1>{t('ledger.title')}</h1>
      <form className="filters" onSubmit={apply} noValidate>
        <CurrencyField
          label={t('ledger.currency')}
          name="currency"
          value={typed}
          onChange={setTyped}
          hint={t('ledger.currencyHint')}
          errors={currencyErrors}
        />
        <div className="actions">
          <button type="submit">{t('ledger.show')}</button>
        </div>
      </form>
      {currencyErrors.length === 0 && <LoadState loaded={loaded} />}
      {data && (
        <>
          <p role="status">
            <StatusBadge
              status={data.balanced ? 'balanced' : 'unbalanced'}
              label={data.balanced ? t('ledger.balanced') : t('ledger.unbalanced')}
            />
          </p>
          <table>
            <caption>{t('ledger.totals')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ledger.currencyColumn')}</th>
                <th scope="col" className="number">
                  {t('ledger.debits')}
                </th>
                <th scope="col" className="number">
                  {t('ledger.credits')}
                </th>
                <th scope="col">{t('ledger.check')}</th>
              </tr>
            </thead>
            <tbody>
              {data.totals.map((total) => (
                <tr key={total.currency}>
                  <th scope="row">{total.currency}</th>
                  <td className="number">
                    <MoneyText money={total.debits} />
                  </td>
                  <td className="number">
                    <MoneyText money={total.credits} />
                  </td>
                  <td>
                    <StatusBadge
                      status={total.balanced ? 'balanced' : 'unbalanced'}
                      label={total.balanced ? t('ledger.equal') : t('ledger.notEqual')}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.accounts.length === 0 ? (
            <p>{t('ledger.empty')}</p>
          ) : (
            <table>
              <caption>{t('ledger.accounts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ledger.code')}</th>
                  <th scope="col">{t('ledger.account')}</th>
                  <th scope="col">{t('ledger.type')}</th>
                  <th scope="col">{t('ledger.currencyColumn')}</th>
                  <th scope="col" className="number">
                    {t('ledger.debits')}
                  </th>
                  <th scope="col" className="number">
                    {t('ledger.credits')}
                  </th>
                  <th scope="col" className="number">
                    {t('ledger.balance')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.accounts.map((row) => (
                  <tr key={`${row.account}-${row.currency}`}>
                    <td>{row.code}</td>
                    <th scope="row">{accountName(row.account, row.name)}</th>
                    <td>{t(`accountTypes.${row.type}`)}</td>
                    <td>{row.currency}</td>
                    <td className="number">
                      <MoneyText money={row.debits} />
                    </td>
                    <td className="number">
                      <MoneyText money={row.credits} />
                    </td>
                    <td className="number">
                      <MoneyText money={row.balance} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
