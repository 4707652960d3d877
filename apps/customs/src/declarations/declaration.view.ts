import { toMoneyJson } from '@artbridge/money';
import type { DutiesResponse } from '../assessment/assessment.response';
import { isoDateOf } from '../assessment/domain';
import type {
  DeclarationAuditEntity,
  DeclarationEntity,
  DeclarationItemEntity,
  DeclarationLicenceEntity,
} from './declaration.entity';
import type {
  DeclarationResponse,
  DeclarationSummaryResponse,
  LicenceResponse,
  OpenInfoRequestResponse,
} from './declaration.response';
import { isOverdue, missingLicences } from './domain/review';
import { assessedDutiesOf, dutiesToAssessOf } from './duties-payload';

const iso = (moment: Date | null) => moment?.toISOString() ?? null;

/** The items' declared values in one currency: how many, and their sum in minor units. */
export interface DeclaredValueGroup {
  readonly currency: string;
  readonly count: number;
  readonly totalMinor: bigint;
}

/** What a queue row tells of the items, so officers can tell declarations apart at a glance. */
export type ItemsSummary = Pick<
  DeclarationSummaryResponse,
  'itemCount' | 'firstItem' | 'totalDeclaredValue' | 'declaredValues'
>;

export function itemsSummary(
  groups: readonly DeclaredValueGroup[],
  firstItem: ItemsSummary['firstItem'],
): ItemsSummary {
  const declaredValues = [...groups]
    .sort((a, b) => a.currency.localeCompare(b.currency))
    .map(({ currency, totalMinor }) => toMoneyJson({ minor: totalMinor, currency }));
  return {
    itemCount: groups.reduce((count, group) => count + group.count, 0),
    firstItem,
    totalDeclaredValue: declaredValues.length === 1 ? declaredValues[0] : null,
    declaredValues,
  };
}

/** The same summary from items in hand. */
export function itemsSummaryOf(
  items: readonly Pick<DeclarationItemEntity, 'position' | 'title' | 'artistName' | 'value'>[],
): ItemsSummary {
  const groups = new Map<string, DeclaredValueGroup>();
  for (const { value } of items) {
    const group = groups.get(value.currency);
    groups.set(value.currency, {
      currency: value.currency,
      count: (group?.count ?? 0) + 1,
      totalMinor: (group?.totalMinor ?? 0n) + value.minor,
    });
  }
  const first = [...items].sort((a, b) => a.position - b.position)[0];
  return itemsSummary(
    [...groups.values()],
    first ? { title: first.title, artistName: first.artistName } : null,
  );
}

/** A row of the officers' queue. */
export function declarationSummaryView(
  declaration: DeclarationEntity,
  items: ItemsSummary,
  now: Date,
): DeclarationSummaryResponse {
  return {
    id: declaration.id,
    kind: declaration.kind,
    shipmentId: declaration.shipmentId,
    exporterId: declaration.exporterId,
    status: declaration.status,
    outcome: declaration.outcome,
    exportCountry: declaration.exportCountry,
    importCountry: declaration.importCountry,
    ...items,
    filedAt: declaration.filedAt.toISOString(),
    reviewDueAt: iso(declaration.reviewDueAt),
    // live, so a review past its deadline shows as such before the poller has flagged it
    overdue: declaration.status === 'PENDING_REVIEW' && isOverdue(declaration.reviewDueAt, now),
    overdueFlaggedAt: iso(declaration.overdueAt),
  };
}

/** The officer's question still waiting for the exporter's answer. */
export function openInfoRequestView(
  declaration: Pick<DeclarationEntity, 'status'>,
  request: Pick<DeclarationAuditEntity, 'actor' | 'at' | 'reason'> | null,
): OpenInfoRequestResponse | null {
  // a REQUEST_INFO always has its reason (DecisionDto), which is the question
  if (declaration.status !== 'INFO_REQUESTED' || !request?.reason) return null;
  return { question: request.reason, askedBy: request.actor, askedAt: request.at.toISOString() };
}

export function licenceView(licence: DeclarationLicenceEntity): LicenceResponse {
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

/** The duties as assessed at filing: every duties column is set when the currency is. */
function dutiesView(declaration: DeclarationEntity): DutiesResponse | null {
  const currency = declaration.dutiesCurrency;
  if (currency === null) return null;
  const money = (minor: bigint | null) => toMoneyJson({ minor: minor ?? 0n, currency });
  return {
    currency,
    customsValue: money(declaration.customsValueMinor),
    duty: money(declaration.dutyMinor),
    vat: money(declaration.vatMinor),
    total: money(declaration.dutiesTotalMinor),
    complete: declaration.dutiesComplete ?? false,
    lines: declaration.dutyLines ?? [],
  };
}

/** What the detail adds beyond the declaration's own rows. */
export interface DeclarationContext {
  /** The latest INFO_REQUESTED step, if any. */
  readonly infoRequest: Pick<DeclarationAuditEntity, 'actor' | 'at' | 'reason'> | null;
  /** Of an EXPORT declaration: the import declaration filed when its works left bond. */
  readonly importDeclarationId: string | null;
}

/** GET /declarations/:id: the declaration's data, its assessment, its licences and its decision. */
export function declarationView(
  declaration: DeclarationEntity,
  items: readonly DeclarationItemEntity[],
  licences: readonly DeclarationLicenceEntity[],
  related: DeclarationContext,
  now: Date,
): DeclarationResponse {
  const open = declaration.status === 'PENDING_REVIEW' || declaration.status === 'INFO_REQUESTED';
  const assessedDuties = assessedDutiesOf(declaration);
  return {
    ...declarationSummaryView(declaration, itemsSummaryOf(items), now),
    // the link between a shipment's two declarations, and where an import came from
    exportDeclarationId: declaration.exportDeclarationId,
    importDeclarationId: related.importDeclarationId,
    // declared at submission for bonded storage: duty and VAT deferred, not charged on it
    ftzBonded: declaration.ftzBonded,
    bonded:
      declaration.bondedZone === null
        ? null
        : {
            zone: declaration.bondedZone,
            warehouse: declaration.bondedWarehouse,
            releasedAt: iso(declaration.bondedReleasedAt),
          },
    openInfoRequest: openInfoRequestView(declaration, related.infoRequest),
    declarationDate: declaration.declarationDate,
    ruleBookVersion: declaration.ruleBookVersion,
    // the command names the exporter only: the exporter declares its own goods; an import
    // from bond is declared for the importer
    declarant: declaration.kind === 'IMPORT' ? declaration.consigneeName : declaration.exporterId,
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
    // what an approval would need the officer's duties for (the rule decide() applies)
    dutiesToAssess: open ? dutiesToAssessOf(declaration, items) : [],
    ...(assessedDuties && { assessedDuties }),
    // who and when are written together, by the engine at filing or by an officer's decision
    decision:
      declaration.decidedBy === null || declaration.decidedAt === null
        ? null
        : {
            decidedBy: declaration.decidedBy,
            decidedAt: declaration.decidedAt.toISOString(),
            reason: declaration.decisionReason,
          },
  };
}
