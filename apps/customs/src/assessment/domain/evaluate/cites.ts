import type { MaterialContent } from '../model';
import type {
  CitesAppendixOneRule,
  CitesPermitRule,
  UkIvoryExemption,
  UkIvoryExemptionRule,
} from '../rule-book';
import {
  compareRatios,
  decimal,
  formatRatio,
  parseDecimal,
  type Ratio,
} from '../support/exact-decimal';
import { findingOf, type ItemFacts, type RuleFinding, type ShipmentFacts } from './facts';

function contentsOf(facts: ItemFacts, material: string): readonly MaterialContent[] {
  return facts.item.materials?.filter((content) => content.material === material) ?? [];
}

/**
 * Ivory, tortoiseshell, Brazilian rosewood: a permit always; commercial trade of a specimen
 * acquired after the listing is prohibited; a specimen acquired before it (shown by the
 * acquisition year, or by the item having been made before the listing) takes the pre-Convention
 * certificate instead. Inside a territory of `commercialTradeProhibitedWithin` (a sale from France
 * to Germany) only the prohibition applies: no border, so no permit or certificate.
 */
export function evaluateCitesAppendixOne(
  rule: CitesAppendixOneRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): RuleFinding[] {
  const p = rule.params;
  const within =
    !shipment.crossesBorder &&
    (p.commercialTradeProhibitedWithin?.includes(shipment.exportTerritory) ?? false);
  if (!shipment.crossesBorder && !within) return [];
  const commercial = p.commercialPurposes.includes(shipment.request.purpose);
  return contentsOf(facts, p.material).flatMap((content) => {
    const acquired =
      content.acquiredYear ?? (facts.latestYear < p.listingYear ? facts.latestYear : undefined);
    const acquiredText =
      content.acquiredYear !== undefined
        ? `acquired ${content.acquiredYear}`
        : `made ${facts.latestYear}`;
    if (acquired !== undefined && acquired < p.listingYear) {
      if (within) return [];
      return [
        findingOf(
          rule,
          'LICENCE_REQUIRED',
          `${p.species}, ${acquiredText}, before its listing in ${p.listingYear}: pre-Convention certificate`,
          {
            licence: p.preConventionLicence,
          },
        ),
      ];
    }
    const when =
      content.acquiredYear !== undefined
        ? `acquired ${content.acquiredYear}, after its listing in ${p.listingYear}`
        : 'acquisition before the listing not shown';
    if (commercial) {
      const where = within
        ? ` within the ${shipment.exportTerritory} too, unless a certificate exempts the specimen`
        : '';
      return [
        findingOf(
          rule,
          'PROHIBITED',
          `${p.species} (${when}): commercial trade is prohibited${where}`,
        ),
      ];
    }
    if (within) return [];
    return [
      findingOf(
        rule,
        'LICENCE_REQUIRED',
        `${p.species} (${when}): CITES export and import permits for non-commercial movement`,
        {
          licence: p.permitLicence,
        },
      ),
    ];
  });
}

/** Grams as an exact decimal (12.5 → 125/10): no float decides the exemption. */
function gramsOf(weight: number): Ratio {
  return parseDecimal(String(weight)) ?? decimal(weight.toFixed(20));
}

function addRatios(a: Ratio, b: Ratio): Ratio {
  return {
    numerator: a.numerator * b.denominator + b.numerator * a.denominator,
    denominator: a.denominator * b.denominator,
  };
}

/** Decimal places of a weight as written (12.5 → 1), to show a sum as exactly as its parts. */
function placesOf(weight: number): number {
  const text = String(weight);
  return /e/i.test(text) ? 20 : (text.split('.')[1]?.length ?? 0);
}

/**
 * Rosewood and coral: a permit, unless the finished item holds no more wood than the exemption.
 * The exemption is per finished item (CITES annotation #15), so the item's entries of the
 * material are added up: two parts of 400 g are 800 g. One finding per item; a weight missing
 * from any entry leaves the exemption unshown.
 */
export function evaluateCitesPermit(
  rule: CitesPermitRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): RuleFinding[] {
  const p = rule.params;
  if (!shipment.crossesBorder) return [];
  const contents = contentsOf(facts, p.material);
  if (contents.length === 0) return [];
  const permit = (weight: string) =>
    findingOf(rule, 'LICENCE_REQUIRED', `${p.species}${weight}: CITES permit`, {
      licence: p.licence,
    });
  if (p.exemptUpToGrams === undefined) return [permit('')];
  const weights = contents.map((content) => content.weightGrams);
  if (weights.some((weight) => weight === undefined))
    return [
      permit(
        contents.length === 1
          ? ` (weight not given, so the ${p.exemptUpToGrams} g exemption is not shown)`
          : ` (weight not given for every entry, so the ${p.exemptUpToGrams} g exemption is not shown)`,
      ),
    ];
  const known = weights as number[];
  const total = known.map(gramsOf).reduce(addRatios);
  const places = Math.max(...known.map(placesOf));
  const totalText =
    known.length === 1
      ? `${known[0]} g`
      : `${known.map((weight) => `${weight} g`).join(' + ')} = ${formatRatio(total, places)} g`;
  if (compareRatios(total, gramsOf(p.exemptUpToGrams)) <= 0) {
    return [
      findingOf(
        rule,
        'INFO',
        `${p.species}: ${totalText} in the finished item, at most ${p.exemptUpToGrams} g: exempt from permit`,
      ),
    ];
  }
  return [permit(` (${totalText} in the finished item, more than ${p.exemptUpToGrams} g)`)];
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
