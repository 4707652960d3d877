import { useTranslation } from 'react-i18next';
import { RESERVATION_REFUSAL_REASONS } from '../shared/codes';

const REASON = new RegExp(`\\b(${RESERVATION_REFUSAL_REASONS.join('|')})\\b`, 'g');

/** The reservation refusal reasons a step's detail or a cancellation reason names, once each. */
export function refusalReasonsIn(text: string | undefined): string[] {
  return [...new Set([...(text ?? '').matchAll(REASON)].map((match) => match[1]))];
}

/**
 * What a refusal reason means for the exporter (a licensed product outside its licence's
 * territories or period, NOT_LICENSED), under the service's own words.
 */
export function RefusalExplanations({ text }: { text: string | undefined }) {
  const { t } = useTranslation('exporter');
  const reasons = refusalReasonsIn(text);
  if (reasons.length === 0) return null;
  return (
    <ul className="hint refusal-reasons">
      {reasons.map((reason) => (
        <li key={reason}>{t(`reservationRefusals.${reason}`)}</li>
      ))}
    </ul>
  );
}
