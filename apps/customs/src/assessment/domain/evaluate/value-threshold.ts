import type { CurrencyConversion } from '../model';
import type { AgeCondition, ValueThreshold, ValueThresholdLicenceRule } from '../rule-book';
import { isInTerritory } from '../rules/territories';
import { compareRatios, decimal, formatRatio, type Ratio } from '../support/exact-decimal';
import {
  findingOf,
  isSelected,
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

function meetsAge(age: number, condition: AgeCondition | undefined): boolean {
  if (!condition) return true;
  return condition.comparison === 'GT' ? age > condition.years : age >= condition.years;
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

/** Everything but the value: category, age, owner, origin. */
function conditionsHold(rule: ValueThresholdLicenceRule, facts: ItemFacts): boolean {
  const p = rule.params;
  if (!facts.cultural || !isSelected(facts, p.selection, p.excluding)) return false;
  if (!meetsAge(facts.age, p.age)) return false;
  if (p.requiresNotOwnedByCreator && facts.item.ownedByCreator) return false;
  if (p.requiresCreatedOutsideTerritory && isInTerritory(facts.item.originCountry, p.territory))
    return false;
  return true;
}

/**
 * EU export and import licences and UK export licences: a licence when the item's category, age
 * and value meet the rule. Values are converted to the threshold currency exactly and compared
 * exactly; a missing rate is a review, never a guess.
 */
export function evaluateValueThresholdLicence(
  rule: ValueThresholdLicenceRule,
  facts: ItemFacts,
  shipment: ShipmentFacts,
): RuleFinding[] {
  const p = rule.params;
  if (!crossesTerritory(rule, shipment) || !conditionsHold(rule, facts)) return [];
  const ageText = p.age ? `, ${facts.age} years old (${ageLabel(p.age)})` : '';
  if (p.exemptPurposes?.includes(shipment.request.purpose)) {
    return [
      findingOf(
        rule,
        'INFO',
        `${p.description}${ageText}: not required for ${shipment.request.purpose.toLowerCase().replace('_', ' ')}`,
      ),
    ];
  }
  if (!p.threshold) {
    return [
      findingOf(rule, 'LICENCE_REQUIRED', `${p.description}${ageText}: licence ${p.licence}`, {
        licence: p.licence,
      }),
    ];
  }
  const converted = shipment.fx.convert(facts.item.value, p.threshold.currency);
  if (converted.missing) {
    const message = `${rule.id} cannot be decided: ${converted.reason}, so it is unknown whether ${moneyText(facts.item.value)} is ${thresholdText(p.threshold)}; an officer must value the item`;
    return [notice(p.conversionRuleId, 'REVIEW', message)];
  }
  if (!reaches(converted.value, p.threshold)) return [];
  const valueText = `${p.threshold.currency} ${formatRatio(converted.value, 2)}${describeConversion(converted.conversion)}`;
  return [
    findingOf(
      rule,
      'LICENCE_REQUIRED',
      `${p.description}${ageText}, value ${valueText} ${thresholdText(p.threshold)}: licence ${p.licence}`,
      {
        licence: p.licence,
      },
    ),
  ];
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
