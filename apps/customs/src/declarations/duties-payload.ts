import type { DutiesV1 } from '@artbridge/contracts';
import { toMoneyJson } from '@artbridge/money';
import type { DeclarationEntity } from './declaration.entity';

/** The duty, VAT and total payments invoices, in the destination's currency. */
export function dutiesPayload(
  declaration: Pick<
    DeclarationEntity,
    'dutiesCurrency' | 'dutyMinor' | 'vatMinor' | 'dutiesTotalMinor'
  >,
): DutiesV1 | undefined {
  const currency = declaration.dutiesCurrency;
  if (currency === null) return undefined;
  const money = (minor: bigint | null) => toMoneyJson({ minor: minor ?? 0n, currency });
  return {
    duty: money(declaration.dutyMinor),
    vat: money(declaration.vatMinor),
    total: money(declaration.dutiesTotalMinor),
  };
}
