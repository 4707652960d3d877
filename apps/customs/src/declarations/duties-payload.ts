import type { DutiesV1 } from '@artbridge/contracts';
import { toMoneyJson } from '@artbridge/money';
import type { DeclarationEntity } from './declaration.entity';

type DutiesColumns = Pick<
  DeclarationEntity,
  | 'dutiesCurrency'
  | 'dutyMinor'
  | 'vatMinor'
  | 'dutiesTotalMinor'
  | 'assessedDutyMinor'
  | 'assessedVatMinor'
>;

/** The duty and VAT an officer assessed at approval where the engine left them incomplete. */
export function assessedDutiesOf(
  declaration: Pick<DutiesColumns, 'dutiesCurrency' | 'assessedDutyMinor' | 'assessedVatMinor'>,
): DutiesV1 | null {
  const { dutiesCurrency: currency, assessedDutyMinor: duty, assessedVatMinor: vat } = declaration;
  if (currency === null || duty === null || vat === null) return null;
  const money = (minor: bigint) => toMoneyJson({ minor, currency });
  return { duty: money(duty), vat: money(vat), total: money(duty + vat) };
}

/**
 * The duty, VAT and total payments invoices, in the destination's currency: the officer's
 * assessment where the engine left the duties incomplete, else the engine's.
 */
export function dutiesPayload(declaration: DutiesColumns): DutiesV1 | undefined {
  const currency = declaration.dutiesCurrency;
  if (currency === null) return undefined;
  const assessed = assessedDutiesOf(declaration);
  if (assessed) return assessed;
  const money = (minor: bigint | null) => toMoneyJson({ minor: minor ?? 0n, currency });
  return {
    duty: money(declaration.dutyMinor),
    vat: money(declaration.vatMinor),
    total: money(declaration.dutiesTotalMinor),
  };
}
