import {
  DeclarationCleared,
  DeclarationFiled,
  DeclarationInfoRequested,
  DeclarationRejected,
  DeclarationReviewOverdue,
  ImportDeclarationCleared,
  ImportDeclarationFiled,
  ImportDeclarationInfoRequested,
  ImportDeclarationRejected,
  ImportDeclarationReviewOverdue,
  type MessageDefinition,
} from '@artbridge/contracts';
import type { DeclarationEntity } from './declaration.entity';
import { dutiesPayload } from './duties-payload';

/** A message about a declaration, before its envelope (subject and correlation are the caller's). */
export interface DeclarationMessage {
  readonly definition: MessageDefinition;
  readonly payload: object;
}

function message<T extends object>(
  definition: MessageDefinition<T>,
  payload: T,
): DeclarationMessage {
  return { definition, payload };
}

type Declared = Pick<
  DeclarationEntity,
  | 'id'
  | 'kind'
  | 'shipmentId'
  | 'importCountry'
  | 'outcome'
  | 'reviewDueAt'
  | 'bondedZone'
  | 'exportDeclarationId'
  | 'dutiesCurrency'
  | 'dutyMinor'
  | 'vatMinor'
  | 'dutiesTotalMinor'
  | 'assessedDutyMinor'
  | 'assessedVatMinor'
  | 'exporterId'
  | 'consigneeName'
  | 'consigneeCountry'
  | 'consigneeAddress'
>;

/**
 * An export declaration speaks with the customs.declaration.* events the shipment saga waits
 * for; an import declaration with customs.declaration.import-*, which the saga of a shipment
 * long past its export clearance must not take for its own.
 */
function decided(declaration: Declared, decidedBy: string) {
  return { declarationId: declaration.id, shipmentId: declaration.shipmentId, decidedBy };
}

function imported(declaration: Pick<Declared, 'importCountry'>) {
  return { importCountry: declaration.importCountry };
}

export function filedMessage(declaration: Declared, decidedBy: string): DeclarationMessage {
  const filed = {
    ...decided(declaration, decidedBy),
    outcome: declaration.outcome,
    ...(declaration.reviewDueAt && { reviewDueAt: declaration.reviewDueAt.toISOString() }),
  };
  if (declaration.kind === 'EXPORT') return message(DeclarationFiled, filed);
  return message(ImportDeclarationFiled, {
    ...filed,
    ...imported(declaration),
    zone: declaration.bondedZone!,
    exportDeclarationId: declaration.exportDeclarationId!,
  });
}

/**
 * Cleared, with the duty and VAT due when they were computed, or as the approving officer
 * assessed them where the engine could not complete them. An import also says who owes
 * them (the importer, and the exporter owning the shipment), for payments to invoice.
 */
export function clearedMessage(declaration: Declared, decidedBy: string): DeclarationMessage {
  const duties = dutiesPayload(declaration);
  const cleared = { ...decided(declaration, decidedBy), ...(duties && { duties }) };
  return declaration.kind === 'EXPORT'
    ? message(DeclarationCleared, cleared)
    : message(ImportDeclarationCleared, {
        ...cleared,
        ...imported(declaration),
        importer: {
          name: declaration.consigneeName,
          country: declaration.consigneeCountry,
          address: declaration.consigneeAddress,
        },
        exporterId: declaration.exporterId,
        exportDeclarationId: declaration.exportDeclarationId!,
      });
}

/** `ruleIds`: the rules that prohibit it; empty for an officer's own reason. */
export function rejectedMessage(
  declaration: Declared,
  decidedBy: string,
  reason: string,
  ruleIds: string[],
): DeclarationMessage {
  const rejected = { ...decided(declaration, decidedBy), reason, ruleIds };
  return declaration.kind === 'EXPORT'
    ? message(DeclarationRejected, rejected)
    : message(ImportDeclarationRejected, { ...rejected, ...imported(declaration) });
}

export function infoRequestedMessage(
  declaration: Declared,
  decidedBy: string,
  reason: string,
): DeclarationMessage {
  const requested = { ...decided(declaration, decidedBy), reason };
  return declaration.kind === 'EXPORT'
    ? message(DeclarationInfoRequested, requested)
    : message(ImportDeclarationInfoRequested, { ...requested, ...imported(declaration) });
}

export function reviewOverdueMessage(
  declaration: Pick<Declared, 'id' | 'kind' | 'shipmentId' | 'importCountry'>,
  reviewDueAt: Date,
): DeclarationMessage {
  const overdue = {
    declarationId: declaration.id,
    shipmentId: declaration.shipmentId,
    reviewDueAt: reviewDueAt.toISOString(),
  };
  return declaration.kind === 'EXPORT'
    ? message(DeclarationReviewOverdue, overdue)
    : message(ImportDeclarationReviewOverdue, { ...overdue, ...imported(declaration) });
}
