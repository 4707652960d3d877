import type { DutiesV1 } from '@artbridge/contracts';
import { toMoneyJson } from '@artbridge/money';
import { CUSTOMS_RULE_BOOK } from '../assessment/domain';
import type { DeclarationEntity } from './declaration.entity';
import {
  dutiesDeferredInBond,
  dutyLinesToAssess,
  type DutyLineToAssess,
  type ItemFindings,
} from './domain/review';

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

type DutiesToAssessColumns = Pick<
  DeclarationEntity,
  'kind' | 'ftzBonded' | 'importCountry' | 'declarationDate' | 'dutyLines'
>;

/** The declaration's duties are deferred in bond (CN-FTZ-BONDED), to its works' release. */
export function dutiesDeferredOf(declaration: DutiesToAssessColumns): boolean {
  return dutiesDeferredInBond(CUSTOMS_RULE_BOOK, declaration);
}

/**
 * The duty lines an approval of the declaration needs the officer's figures for: what decide
 * checks and what the declaration shows as `dutiesToAssess`, one rule for both. None while its
 * duties are deferred in bond: the release's import declaration assesses them.
 */
export function dutiesToAssessOf(
  declaration: DutiesToAssessColumns,
  items: readonly ItemFindings[],
): DutyLineToAssess[] {
  return dutyLinesToAssess(declaration.dutyLines, items, dutiesDeferredOf(declaration));
}
