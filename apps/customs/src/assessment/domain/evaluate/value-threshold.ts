import type { Money } from '@artbridge/money';
import type { CurrencyConversion } from '../model';
import type { AgeCondition, ValueThreshold, ValueThresholdLicenceRule } from '../rule-book';
import { isInTerritory } from '../rules/territories';
import { compareRatios, decimal, formatRatio, type Ratio } from '../support/exact-decimal';
import {
  findingOf,
  formatYears,
  isSelected,
  meetsAgeLimit,
  type ItemFacts,
  type RuleFinding,
  type ShipmentFacts,
} from './facts';
import { notice } from './notices';
import { moneyText } from './text';

function crossesTerritory(rule: ValueThresholdLicenceRule, shipment: ShipmentFacts): boolean {
  const { direction, territory } = rule.params;
  if (!shipment.crossesBorder) return false;
  return direction === 'EXPORT'
    ? shipment.exportControls && shipment.exportTerritory === territory
    : shipment.importTerritory === territory;
}

function ageLabel(condition: AgeCondition): string {
  return condition.comparison === 'GT'
    ? `more than ${condition.years}`
    : `at least ${condition.years}`;
}

function describeConversion(conversion: CurrencyConversion | undefined): string {
  if (!conversion) return '';
  const rates = conversion.rates
    .map((rate) => `${rate.currency} ${rate.rate} per EUR of ${rate.date}`)
    .join(', ');
  return ` (${moneyText(conversion.from)} at the ECB reference rate${conversion.rates.length > 1 ? 's' : ''} ${rates})`;
}

/** Everything but the value and the age: category, owner, origin. */
function conditionsHold(rule: ValueThresholdLicenceRule, facts: ItemFacts): boolean {
  const p = rule.params;
  if (!facts.cultural || !isSelected(facts, p.selection, p.excluding)) return false;
  if (p.requiresNotOwnedByCreator && facts.item.ownedByCreator) return false;
  if (p.requiresCreatedOutsideTerritory && isInTerritory(facts.item.originCountry, p.territory))
    return false;
  return true;
}

/**
 * The age condition on the declaration date (meetsAgeLimit): true, false, or 'UNCERTAIN' for a
 * "more than" limit a work of the boundary year may or may not have passed, which an officer
 * decides (AGE-UNCERTAIN) rather than the year letting it pass. An "at least" limit in doubt is
 * taken as met: the licence is asked for, the strict reading, as before.
 */
function ageConditionHolds(
  condition: AgeCondition | undefined,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): boolean | 'UNCERTAIN' {
  if (!condition) return true;
  const meets = meetsAgeLimit(facts, condition, shipment.date);
  if (meets !== undefined) return meets;
  return condition.comparison === 'GT' ? 'UNCERTAIN' : true;
}

function ageTextOf(
  condition: AgeCondition | undefined,
  uncertain: boolean,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): string {
  if (!condition) return '';
  if (!uncertain) return `, ${facts.age} years old (${ageLabel(condition)})`;
  const anniversary = `${facts.latestYear}-${shipment.date.slice(5)}`;
  return `, made ${formatYears(facts)}: ${ageLabel(condition)} years old on ${shipment.date} only if made before ${anniversary}, which the year alone does not say`;
}

/**
 * EU export and import licences and UK export licences: a licence when the item's category, age
 * and value meet the rule. Values are converted to the threshold currency exactly and compared
 * exactly; a missing rate is a review, never a guess. An export licence (FINANCIAL) tests the
 * larger of the item's value and its share of a sale's price, and takes a zero for no value
 * known: a review, never a pass. A work of the boundary year that may have passed the age limit
 * is a review too (AGE-UNCERTAIN) where the licence would otherwise be required.
 */
export function evaluateValueThresholdLicence(
  rule: ValueThresholdLicenceRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): RuleFinding[] {
  const p = rule.params;
  if (!crossesTerritory(rule, shipment) || !conditionsHold(rule, facts)) return [];
  const age = ageConditionHolds(p.age, facts, shipment);
  if (age === false) return [];
  const ageUncertain = age === 'UNCERTAIN';
  const ageText = ageTextOf(p.age, ageUncertain, facts, shipment);
  const licenceRequired = (message: string): RuleFinding[] =>
    ageUncertain && p.age
      ? [
          notice(
            'AGE-UNCERTAIN',
            'REVIEW',
            `${rule.id} cannot be decided: ${message}; an officer must date the item (licence ${p.licence} if it is ${ageLabel(p.age)} years old)`,
          ),
        ]
      : [
          findingOf(rule, 'LICENCE_REQUIRED', `${message}: licence ${p.licence}`, {
            licence: p.licence,
          }),
        ];
  if (p.exemptPurposes?.includes(shipment.request.purpose)) {
    return [
      findingOf(
        rule,
        'INFO',
        `${p.description}${ageText}: not required for ${shipment.request.purpose.toLowerCase().replace('_', ' ')}`,
      ),
    ];
  }
  const { threshold } = p;
  if (!threshold) return licenceRequired(`${p.description}${ageText}`);
  const tested = testedValuesOf(rule, facts, shipment);
  const valuesText = (basis?: TestedBasis) =>
    tested
      .filter((candidate) => candidate.basis !== basis)
      .map(({ basis: other, value }) => `${VALUE_LABEL[other]} ${moneyText(value)}`);
  if (p.testedValue === 'FINANCIAL' && tested.every(({ value }) => value.minor === 0n)) {
    const message = `${rule.id} cannot be decided: ${p.description}${ageText}, ${valuesText().join(', ')}; a value of zero is unknown, not nothing, so it is unknown whether the item is ${thresholdText(threshold)}; an officer must value the item`;
    return [notice('VALUE-UNKNOWN', 'REVIEW', message)];
  }
  const conversions = tested.map((candidate) => ({
    ...candidate,
    converted: shipment.fx.convert(candidate.value, threshold.currency),
  }));
  // The largest value decides; one at or over the threshold needs no rate for the other.
  const [largest] = conversions
    .flatMap(({ basis, converted }) => (converted.missing ? [] : [{ basis, converted }]))
    .sort((a, b) => compareRatios(b.converted.value, a.converted.value));
  if (largest && reaches(largest.converted.value, threshold)) {
    const { basis, converted } = largest;
    const valueText = `${threshold.currency} ${formatRatio(converted.value, 2)}${describeConversion(converted.conversion)}`;
    const others = valuesText(basis).map((text) => `; ${text}`);
    return licenceRequired(
      `${p.description}${ageText}, ${VALUE_LABEL[basis]} ${valueText} ${thresholdText(threshold)}${others.join('')}`,
    );
  }
  const unconverted = conversions.find(({ converted }) => converted.missing);
  if (unconverted?.converted.missing) {
    const message = `${rule.id} cannot be decided: ${unconverted.converted.reason}, so it is unknown whether ${moneyText(unconverted.value)} is ${thresholdText(threshold)}; an officer must value the item`;
    return [notice(p.conversionRuleId, 'REVIEW', message)];
  }
  return [];
}

type TestedBasis = 'ITEM_VALUE' | 'PRICE_SHARE';

const VALUE_LABEL: Readonly<Record<TestedBasis, string>> = {
  ITEM_VALUE: 'value',
  PRICE_SHARE: 'share of the sale price',
};

/**
 * The values a threshold is tested on: the item's value, and for a FINANCIAL rule its share of a
 * sale's price too (customsValuesOf), when the price could be split over the items.
 */
function testedValuesOf(
  rule: ValueThresholdLicenceRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): { readonly basis: TestedBasis; readonly value: Money }[] {
  const tested = [{ basis: 'ITEM_VALUE' as const, value: facts.item.value }];
  const { customsValues } = shipment;
  if (rule.params.testedValue !== 'FINANCIAL' || customsValues.basis !== 'PRICE') return tested;
  return [...tested, { basis: 'PRICE_SHARE', value: customsValues.values[facts.index] }];
}

function reaches(value: Ratio, threshold: ValueThreshold): boolean {
  const comparison = compareRatios(value, decimal(threshold.amount));
  return threshold.comparison === 'GT' ? comparison > 0 : comparison >= 0;
}

/** "150000" → "150,000" (display only; comparisons use the exact figure). */
function groupThousands(amount: string): string {
  const [whole, fraction] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function thresholdText(threshold: ValueThreshold): string {
  const amount = groupThousands(threshold.amount);
  return `${threshold.comparison === 'GT' ? '>' : '>='} ${threshold.currency} ${amount}`;
}
