import type { Money } from '../api/types';
import { useFormat } from './use-format';

/** Money in the screen's language, never rounded (money.ts). */
export function MoneyText({ money }: { money: Money | undefined }) {
  return <>{useFormat().money(money)}</>;
}
