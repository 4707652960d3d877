import { addMoney, MAX_AMOUNT_MINOR, type Money } from '@artbridge/money';
import type { ComputedDutyLine, Duties, DutyLine, UncomputedDutyLine, ValueBasis } from '../model';
import type {
  ActiveRules,
  DutyReliefRule,
  FtzExitRule,
  ImportDutyRule,
  ImportVatRate,
  ImportVatRule,
} from '../rule-book';
import { vatTerritoryOf } from '../rules/territories';
import { decimal, percentOf, toMoneyRoundHalfUp } from '../support/exact-decimal';
import { findingOf, type ItemFacts, type RuleFinding, type ShipmentFacts } from './facts';
import { notice } from './notices';
import { moneyText } from './text';

type TariffRules = Pick<ActiveRules, 'IMPORT_DUTY' | 'IMPORT_VAT' | 'DUTY_RELIEF' | 'FTZ_EXIT'>;

export interface ClassifiedItem {
  readonly facts: ItemFacts;
  readonly hsCode: string | null;
}

export interface DutyAssessment {
  readonly duties: Duties | null;
  /** INFO findings per item: what could not be computed, reliefs, rates to be confirmed. */
  readonly findingsByItem: readonly (readonly RuleFinding[])[];
}

interface Destination {
  readonly country: string;
  readonly vatRule: ImportVatRule;
  readonly vatRate: ImportVatRate;
}

/**
 * Duty and import VAT of the destination, exact in minor units. Per line: the value is converted
 * to the destination currency and rounded half up to its minor unit (the customs value); duty is
 * the duty rate of it, rounded half up; VAT is the VAT rate of customs value plus duty, rounded
 * half up. Totals are the sums of the lines. The value taken as the CIF value is a sale's price,
 * split over its items, else the item's value (customsValuesOf).
 */
export function assessDuties(
  items: readonly ClassifiedItem[],
  shipment: ShipmentFacts,
  rules: TariffRules,
): DutyAssessment {
  const { exportCountry, importCountry: country } = shipment.request;
  const crossesTaxBorder = vatTerritoryOf(exportCountry) !== vatTerritoryOf(country);
  if (!shipment.crossesBorder && !crossesTaxBorder) {
    const message = `${exportCountry} to ${country} crosses no customs border: no export or import formalities, duty or import VAT are assessed`;
    return {
      duties: null,
      findingsByItem: items.map(() => [notice('NO-CUSTOMS-BORDER', 'INFO', message)]),
    };
  }
  const assessment = assessImportTax(items, shipment, rules);
  if (shipment.crossesBorder) return assessment;
  // One customs territory, two tax areas (France to Guadeloupe, Åland to Finland): no customs
  // duty is due, but the destination's import tax is, as the engine assesses it for any import.
  const message = `${exportCountry} to ${country} crosses no customs border (no export or import licence, no customs duty) but a tax border: one of them is outside the EU VAT area, so the destination's import tax is due`;
  return {
    duties: assessment.duties,
    findingsByItem: assessment.findingsByItem.map((findings) => [
      notice('NO-CUSTOMS-BORDER', 'INFO', message),
      ...findings,
    ]),
  };
}

/** The destination's duty and import tax, the shipment crossing a customs or tax border. */
function assessImportTax(
  items: readonly ClassifiedItem[],
  shipment: ShipmentFacts,
  rules: TariffRules,
): DutyAssessment {
  const country = shipment.request.importCountry;
  const vatRule = rules.IMPORT_VAT.find((rule) => rule.params.rates[country] !== undefined);
  if (!vatRule) {
    const message = `no tariff for ${country} on ${shipment.date} in the tariff table: duty and import tax are not assessed`;
    return {
      duties: null,
      findingsByItem: items.map(() => [notice('TARIFF-UNKNOWN-DESTINATION', 'INFO', message)]),
    };
  }
  const destination: Destination = { country, vatRule, vatRate: vatRule.params.rates[country] };
  const release = shipment.request.ftzReleased ? ftzReleaseRuleFor(rules, country) : undefined;
  const declared = shipment.customsValues;
  const assessed = withinAmountLimit(
    items.map((item) =>
      assessLine(
        item,
        { value: declared.values[item.facts.index], basis: declared.basis },
        destination,
        shipment,
        rules,
      ),
    ),
    destination,
  ).map((assessment) => (release ? withRelease(assessment, release, vatRule) : assessment));
  const lines = assessed.map(({ line }) => line);
  return {
    duties: totalsOf(lines, destination.vatRate.currency),
    findingsByItem: assessed.map(({ findings }) =>
      declared.finding ? [...findings, declared.finding] : findings,
    ),
  };
}

function ftzReleaseRuleFor(rules: TariffRules, country: string): FtzExitRule | undefined {
  return rules.FTZ_EXIT.find(
    ({ params }) => params.exit === 'RELEASE' && params.countries.includes(country),
  );
}

/** Released from bond to the domestic market: the item says the deferred duty is due now, and how much. */
function withRelease(
  assessment: LineAssessment,
  rule: FtzExitRule,
  vatRule: ImportVatRule,
): LineAssessment {
  const { line } = assessment;
  const due =
    line.status === 'COMPUTED'
      ? `duty ${moneyText(line.duty)} and ${vatRule.params.taxName} ${moneyText(line.vat)} due`
      : `duty and ${vatRule.params.taxName} not computed (${line.reason})`;
  return {
    line,
    findings: [
      ...assessment.findings,
      findingOf(rule, 'INFO', `${rule.params.description}; ${due}`),
    ],
  };
}

interface LineAssessment {
  readonly line: DutyLine;
  readonly findings: RuleFinding[];
}

/**
 * A line the engine cannot compute although the destination's tax is due on its heading (any
 * import into China owes CN-VAT, an antique too) leaves the duties incomplete: the declaration
 * must not be cleared automatically with duty or VAT missing, so the item goes to REVIEW and an
 * officer assesses them. A heading the destination's table does not cover at all (a printed
 * reproduction into the EU, whose tariff here is Chapter 97's) stays INFO, as the destination's
 * own customs assess it: queueing every licensed product for an officer would help no one.
 */
function incompleteDuties(reason: string): string {
  return `duty and import tax not computed: ${reason}; the duties are incomplete, so an officer assesses them before the goods are cleared`;
}

function notComputedNotice(reason: string, taxDue: boolean) {
  return taxDue
    ? notice('TARIFF-NOT-IN-TABLE', 'REVIEW', incompleteDuties(reason))
    : notice('TARIFF-NOT-IN-TABLE', 'INFO', `duty and import tax not computed: ${reason}`);
}

function notComputed(
  item: ClassifiedItem,
  ruleId: UncomputedDutyLine['ruleId'],
  reason: string,
  finding: RuleFinding,
): LineAssessment {
  return {
    line: {
      status: 'NOT_COMPUTED',
      itemIndex: item.facts.index,
      hsCode: item.hsCode,
      ruleId,
      reason,
    },
    findings: [finding],
  };
}

function isThangka(facts: ItemFacts): boolean {
  const { item } = facts;
  return (
    item.technique?.toUpperCase() === 'THANGKA' ||
    /thangka|唐卡/i.test(`${item.title} ${item.medium ?? ''}`)
  );
}

function dutyRuleFor(
  rules: TariffRules,
  country: string,
  heading: string,
  facts: ItemFacts,
): ImportDutyRule | undefined {
  const thangka = isThangka(facts);
  return rules.IMPORT_DUTY.find(
    ({ params }) =>
      params.countries.includes(country) &&
      params.headings.includes(heading) &&
      !(params.excludesThangka && thangka) &&
      !(params.onlyThangka && !thangka),
  );
}

/** Reliefs that only suspend or defer the duty while the goods are not yet in free circulation. */
const SUSPENSIONS: readonly DutyReliefRule['params']['relief'][] = [
  'TEMPORARY_ADMISSION',
  'FTZ_BONDED',
];

/**
 * The relief of a line, if any. Declared for bonded storage, the works' duty is deferred under
 * CN-FTZ-BONDED whatever the purpose: an exhibition shown from bond is still in bond, not under
 * temporary admission. Released from bond to the domestic market (CN-FTZ-RELEASE) the works enter
 * free circulation: the deferred duty and VAT are due, and no temporary admission (which ends
 * with the release) or deferral applies; other reliefs (returned goods) still may.
 */
function reliefFor(
  rules: TariffRules,
  shipment: ShipmentFacts,
  country: string,
): DutyReliefRule | undefined {
  const { ftzBonded, ftzReleased, purpose } = shipment.request;
  const applicable = rules.DUTY_RELIEF.filter(
    ({ params }) =>
      params.countries.includes(country) &&
      !(ftzReleased === true && SUSPENSIONS.includes(params.relief)) &&
      (params.relief === 'FTZ_BONDED' ? ftzBonded === true : params.purpose === purpose),
  );
  return applicable.find(({ params }) => params.relief === 'FTZ_BONDED') ?? applicable[0];
}

function assessLine(
  item: ClassifiedItem,
  declared: { readonly value: Money; readonly basis: ValueBasis },
  destination: Destination,
  shipment: ShipmentFacts,
  rules: TariffRules,
): LineAssessment {
  const { country, vatRule, vatRate } = destination;
  if (item.hsCode === null) {
    const reason = 'the item has no HS code';
    return notComputed(item, 'TARIFF-NOT-IN-TABLE', reason, notComputedNotice(reason, true));
  }
  const heading = item.hsCode.slice(0, 4);
  const dutyRule = dutyRuleFor(rules, country, heading, item.facts);
  const vatApplies =
    vatRule.params.headings === undefined || vatRule.params.headings.includes(heading);
  const vatPercent = vatRate.percentByHeading?.[heading] ?? vatRate.percent;
  if (!dutyRule || !vatApplies || vatPercent === null) {
    const missing = !dutyRule
      ? `no duty rate for HS ${item.hsCode} into ${country}`
      : `no ${vatRule.params.taxName} rate for HS ${item.hsCode} in ${country}`;
    const reason = `${missing} in the tariff table on ${shipment.date}`;
    return notComputed(item, 'TARIFF-NOT-IN-TABLE', reason, notComputedNotice(reason, vatApplies));
  }
  const converted = shipment.fx.convert(declared.value, vatRate.currency);
  if (converted.missing) {
    const reason = `${converted.reason}, so the customs value in ${vatRate.currency} is unknown`;
    return notComputed(
      item,
      'FX-RATE',
      reason,
      notice('FX-RATE', 'REVIEW', incompleteDuties(reason)),
    );
  }
  const customsValue = toMoneyRoundHalfUp(converted.value, vatRate.currency);
  const duty = percentOf(customsValue, decimal(dutyRule.params.ratePercent));
  const vat = percentOf(addMoney(customsValue, duty), decimal(vatPercent));
  const findings = rateFindings(dutyRule, vatRule, vatRate, vatPercent, country);
  const relief = reliefFor(rules, shipment, country);
  const zero: Money = { minor: 0n, currency: vatRate.currency };
  const line: ComputedDutyLine = {
    status: 'COMPUTED',
    itemIndex: item.facts.index,
    hsCode: item.hsCode,
    customsValue,
    valueBasis: declared.basis,
    ...(converted.conversion && { conversion: converted.conversion }),
    dutyRate: {
      ruleId: dutyRule.id,
      ruleVersion: dutyRule.version,
      percent: dutyRule.params.ratePercent,
    },
    vatRate: { ruleId: vatRule.id, ruleVersion: vatRule.version, percent: vatPercent },
    duty: relief ? zero : duty,
    vat: relief ? zero : vat,
    total: relief ? zero : addMoney(duty, vat),
    ...(relief && {
      relief: {
        kind: relief.params.relief,
        ruleId: relief.id,
        suspendedDuty: duty,
        suspendedVat: vat,
      },
    }),
  };
  if (relief) {
    const due = `duty ${moneyText(duty)} and ${vatRule.params.taxName} ${moneyText(vat)} not charged`;
    findings.push(findingOf(relief, 'INFO', `${relief.params.description}; ${due}`));
  }
  return { line, findings };
}

/**
 * A computed line's amounts, and the declaration's totals with it, stay within the most an amount
 * may be (MAX_AMOUNT_MINOR): what the declaration's columns, its duty lines and the clearance event
 * hold, where a larger one failed the insert and the filing was dead-lettered. A line that would
 * take one beyond (works each of a value near the limit, together beyond it) is not computed, as
 * for a missing rate: AMOUNT-LIMIT sends its item to REVIEW, and the officer assesses the duties.
 * The lines before it keep their figures, in the items' order.
 */
function withinAmountLimit(
  assessed: readonly LineAssessment[],
  destination: Destination,
): LineAssessment[] {
  let totals = { customsValue: 0n, duty: 0n, vat: 0n };
  return assessed.map((assessment) => {
    const { line } = assessment;
    if (line.status !== 'COMPUTED') return assessment;
    const next = {
      customsValue: totals.customsValue + line.customsValue.minor,
      duty: totals.duty + line.duty.minor,
      vat: totals.vat + line.vat.minor,
    };
    const amounts = [
      next.customsValue,
      next.duty,
      next.vat,
      next.duty + next.vat,
      line.relief?.suspendedDuty.minor ?? 0n,
      line.relief?.suspendedVat.minor ?? 0n,
    ];
    if (amounts.every((minor) => minor >= -MAX_AMOUNT_MINOR && minor <= MAX_AMOUNT_MINOR)) {
      totals = next;
      return assessment;
    }
    const most = moneyText({ minor: MAX_AMOUNT_MINOR, currency: destination.vatRate.currency });
    const reason = `with this line the customs value, duty or ${destination.vatRule.params.taxName} would come to more than ${most}, the most an amount may be`;
    return {
      line: {
        status: 'NOT_COMPUTED',
        itemIndex: line.itemIndex,
        hsCode: line.hsCode,
        ruleId: 'AMOUNT-LIMIT',
        reason,
      },
      findings: [notice('AMOUNT-LIMIT', 'REVIEW', incompleteDuties(reason))],
    };
  });
}

/** Rates marked *check* are applied, and the item says they are to be confirmed. */
function rateFindings(
  dutyRule: ImportDutyRule,
  vatRule: ImportVatRule,
  vatRate: ImportVatRate,
  vatPercent: string,
  country: string,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  if (dutyRule.toConfirm)
    findings.push(
      findingOf(dutyRule, 'INFO', `import duty ${dutyRule.params.ratePercent} % applied`),
    );
  if (vatRate.toConfirm || vatRule.toConfirm) {
    const note = vatRate.note ? ` (${vatRate.note})` : '';
    const message = `${vatRule.params.taxName} ${vatPercent} % in ${country} applied${note}`;
    const finding = findingOf(vatRule, 'INFO', message);
    findings.push(
      vatRate.toConfirm && !vatRule.toConfirm
        ? { ...finding, message: `${message} (to be confirmed: the rate for ${country})` }
        : finding,
    );
  }
  return findings;
}

function totalsOf(lines: readonly DutyLine[], currency: string): Duties {
  let customsValue: Money = { minor: 0n, currency };
  let duty = customsValue;
  let vat = customsValue;
  for (const line of lines) {
    if (line.status !== 'COMPUTED') continue;
    customsValue = addMoney(customsValue, line.customsValue);
    duty = addMoney(duty, line.duty);
    vat = addMoney(vat, line.vat);
  }
  return {
    currency,
    customsValue,
    duty,
    vat,
    total: addMoney(duty, vat),
    complete: lines.every((line) => line.status === 'COMPUTED'),
    lines,
  };
}
