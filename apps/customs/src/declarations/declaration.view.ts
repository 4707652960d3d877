import { toMoneyJson } from '@artbridge/money';
import { isoDateOf } from '../assessment/domain';
import type {
  DeclarationEntity,
  DeclarationItemEntity,
  DeclarationLicenceEntity,
} from './declaration.entity';
import { isOverdue, missingLicences } from './domain/review';

const iso = (moment: Date | null) => moment?.toISOString() ?? null;

/** A row of the officers' queue. */
export function declarationSummaryView(declaration: DeclarationEntity, now: Date) {
  return {
    id: declaration.id,
    shipmentId: declaration.shipmentId,
    exporterId: declaration.exporterId,
    status: declaration.status,
    outcome: declaration.outcome,
    exportCountry: declaration.exportCountry,
    importCountry: declaration.importCountry,
    filedAt: declaration.filedAt.toISOString(),
    reviewDueAt: iso(declaration.reviewDueAt),
    // live, so a review past its deadline shows as such before the poller has flagged it
    overdue: declaration.status === 'PENDING_REVIEW' && isOverdue(declaration.reviewDueAt, now),
    overdueFlaggedAt: iso(declaration.overdueAt),
  };
}

export function licenceView(licence: DeclarationLicenceEntity) {
  return {
    id: licence.id,
    type: licence.type,
    number: licence.number,
    issuer: licence.issuer,
    validUntil: licence.validUntil,
    artworkId: licence.artworkId,
    attachedBy: licence.attachedBy,
    attachedAt: licence.attachedAt.toISOString(),
  };
}

function dutiesView(declaration: DeclarationEntity) {
  const currency = declaration.dutiesCurrency;
  if (currency === null) return null;
  const money = (minor: bigint | null) => toMoneyJson({ minor: minor ?? 0n, currency });
  return {
    currency,
    customsValue: money(declaration.customsValueMinor),
    duty: money(declaration.dutyMinor),
    vat: money(declaration.vatMinor),
    total: money(declaration.dutiesTotalMinor),
    complete: declaration.dutiesComplete,
    lines: declaration.dutyLines,
  };
}

/** GET /declarations/:id: the declaration's data, its assessment, its licences and its decision. */
export function declarationView(
  declaration: DeclarationEntity,
  items: readonly DeclarationItemEntity[],
  licences: readonly DeclarationLicenceEntity[],
  now: Date,
) {
  const open = declaration.status === 'PENDING_REVIEW' || declaration.status === 'INFO_REQUESTED';
  return {
    ...declarationSummaryView(declaration, now),
    declarationDate: declaration.declarationDate,
    ruleBookVersion: declaration.ruleBookVersion,
    // the command names the exporter only: the exporter declares its own goods
    declarant: declaration.exporterId,
    consignee: {
      name: declaration.consigneeName,
      country: declaration.consigneeCountry,
      address: declaration.consigneeAddress,
    },
    origin: { country: declaration.exportCountry, place: declaration.exportPlace },
    destination: { country: declaration.importCountry, place: declaration.importPlace },
    purpose: declaration.purpose,
    transportMode: declaration.transportMode,
    incoterm: { rule: declaration.incotermRule, place: declaration.incotermPlace },
    invoice:
      declaration.priceMinor === null || declaration.priceCurrency === null
        ? null
        : {
            total: toMoneyJson({
              minor: declaration.priceMinor,
              currency: declaration.priceCurrency,
            }),
          },
    items: items.map((item) => ({
      position: item.position,
      artworkId: item.artworkId,
      title: item.title,
      artistName: item.artistName,
      creationYear: item.creationYear,
      category: item.category,
      originCountry: item.originCountry,
      value: toMoneyJson(item.value),
      attributes: item.attributes,
      hsCode: item.hsCode,
      outcome: item.outcome,
      findings: item.findings,
      licencesRequired: item.licencesRequired,
    })),
    licencesRequired: [...new Set(items.flatMap((item) => item.licencesRequired))],
    licences: licences.map(licenceView),
    // what an approval would still wait for, as of today
    missingLicences: open ? missingLicences(items, licences, isoDateOf(now)) : [],
    duties: dutiesView(declaration),
    decision:
      declaration.decidedBy === null
        ? null
        : {
            decidedBy: declaration.decidedBy,
            decidedAt: iso(declaration.decidedAt),
            reason: declaration.decisionReason,
          },
  };
}
