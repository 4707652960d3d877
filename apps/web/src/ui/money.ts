import type { Money } from '../api/types';

/** 48000.00 EUR → "€48,000.00" (en) or "€48,000.00" (zh-CN); the amount string is never rounded. */
export function formatMoney(money: Money | undefined, language = 'en'): string {
  if (!money) return '—';
  const [whole, fraction = ''] = money.amount.replace(/^-/, '').split('.');
  const negative = money.amount.startsWith('-');
  try {
    const parts = new Intl.NumberFormat(language, {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: fraction.length,
      maximumFractionDigits: fraction.length,
    }).formatToParts(0);
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const number = fraction ? `${grouped}.${fraction}` : grouped;
    // the currency's symbol and spacing from Intl, the digits from the string itself
    let placed = false;
    const text = parts
      .map((part) => {
        if (!['integer', 'group', 'decimal', 'fraction'].includes(part.type)) return part.value;
        if (placed) return '';
        placed = true;
        return number;
      })
      .join('');
    return negative ? `-${text}` : text;
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}
