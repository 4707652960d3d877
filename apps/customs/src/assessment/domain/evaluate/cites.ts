import type { MaterialContent } from '../model';
import type {
  CitesAppendixOneRule,
  CitesPermitRule,
  UkIvoryExemption,
  UkIvoryExemptionRule,
} from '../rule-book';
import { findingOf, type ItemFacts, type RuleFinding, type ShipmentFacts } from './facts';

function contentsOf(facts: ItemFacts, material: string): readonly MaterialContent[] {
  return facts.item.materials?.filter((content) => content.material === material) ?? [];
}

/**
 * Ivory, tortoiseshell, Brazilian rosewood: a permit always; commercial trade of a specimen
 * acquired after the listing is prohibited; a specimen acquired before it (shown by the
 * acquisition year, or by the item having been made before the listing) takes the pre-Convention
 * certificate instead.
 */
export function evaluateCitesAppendixOne(
  rule: CitesAppendixOneRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): RuleFinding[] {
  const p = rule.params;
  if (!shipment.crossesBorder) return [];
  return contentsOf(facts, p.material).map((content) => {
    const acquired =
      content.acquiredYear ?? (facts.latestYear < p.listingYear ? facts.latestYear : undefined);
    const acquiredText =
      content.acquiredYear !== undefined
        ? `acquired ${content.acquiredYear}`
        : `made ${facts.latestYear}`;
    if (acquired !== undefined && acquired < p.listingYear) {
      return findingOf(
        rule,
        'LICENCE_REQUIRED',
        `${p.species}, ${acquiredText}, before its listing in ${p.listingYear}: pre-Convention certificate`,
        {
          licence: p.preConventionLicence,
        },
      );
    }
    const when =
      content.acquiredYear !== undefined
        ? `acquired ${content.acquiredYear}, after its listing in ${p.listingYear}`
        : 'acquisition before the listing not shown';
    if (p.commercialPurposes.includes(shipment.request.purpose)) {
      return findingOf(
        rule,
        'PROHIBITED',
        `${p.species} (${when}): commercial trade is prohibited`,
      );
    }
    return findingOf(
      rule,
      'LICENCE_REQUIRED',
      `${p.species} (${when}): CITES export and import permits for non-commercial movement`,
      {
        licence: p.permitLicence,
      },
    );
  });
}

/** Rosewood and coral: a permit, unless a finished item holds no more wood than the exemption. */
export function evaluateCitesPermit(
  rule: CitesPermitRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): RuleFinding[] {
  const p = rule.params;
  if (!shipment.crossesBorder) return [];
  return contentsOf(facts, p.material).map((content) => {
    if (
      p.exemptUpToGrams !== undefined &&
      content.weightGrams !== undefined &&
      content.weightGrams <= p.exemptUpToGrams
    ) {
      return findingOf(
        rule,
        'INFO',
        `${p.species}: ${content.weightGrams} g in the finished item, at most ${p.exemptUpToGrams} g: exempt from permit`,
      );
    }
    const weight =
      p.exemptUpToGrams === undefined
        ? ''
        : content.weightGrams === undefined
          ? ` (weight not given, so the ${p.exemptUpToGrams} g exemption is not shown)`
          : ` (${content.weightGrams} g, more than ${p.exemptUpToGrams} g)`;
    return findingOf(rule, 'LICENCE_REQUIRED', `${p.species}${weight}: CITES permit`, {
      licence: p.licence,
    });
  });
}

function meetsExemption(
  exemption: UkIvoryExemption,
  content: MaterialContent,
  facts: ItemFacts,
): boolean {
  const { item } = facts;
  if (facts.latestYear >= exemption.madeBeforeYear) return false;
  if (exemption.maxVolumePercentExclusive !== undefined) {
    if (
      content.volumePercent === undefined ||
      content.volumePercent >= exemption.maxVolumePercentExclusive
    )
      return false;
  }
  if (exemption.requiresMusicalInstrument && !item.musicalInstrument) return false;
  if (exemption.requiresPortrait && !item.portrait) return false;
  if (exemption.maxSurfaceCm2 !== undefined) {
    if (
      !item.dimensions ||
      item.dimensions.heightCm * item.dimensions.widthCm > exemption.maxSurfaceCm2
    )
      return false;
  }
  return true;
}

/**
 * UK Ivory Act: dealing in ivory into or out of GB is prohibited unless a registrable exemption
 * applies; where one does, it replaces the CITES prohibition (a CITES permit is still needed).
 */
export function evaluateUkIvoryExemption(
  rule: UkIvoryExemptionRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): RuleFinding[] {
  const p = rule.params;
  const { exportCountry, importCountry, purpose } = shipment.request;
  if (!shipment.crossesBorder || !p.commercialPurposes.includes(purpose)) return [];
  // an import declaration deals into the import country only: the export was declared before
  const leaving = shipment.exportControls && p.countries.includes(exportCountry);
  if (!leaving && !p.countries.includes(importCountry)) return [];
  return contentsOf(facts, p.material).map((content) => {
    const exemption = p.exemptions.find((candidate) => meetsExemption(candidate, content, facts));
    if (exemption) {
      return findingOf(
        rule,
        'LICENCE_REQUIRED',
        `ivory item within the exemption "${exemption.name}": register it before dealing`,
        {
          licence: p.licence,
          lift: {
            ruleIds: [p.liftsRuleId],
            effect: 'LICENCE_REQUIRED',
            licence: p.liftedToLicence,
          },
        },
      );
    }
    return findingOf(
      rule,
      'PROHIBITED',
      `dealing in ivory is prohibited in GB and the item (made ${facts.latestYear}) meets no exemption`,
    );
  });
}
