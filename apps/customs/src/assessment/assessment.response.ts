import { ApiInteger } from '@artbridge/platform-service';
import { MoneyDto } from '@artbridge/contracts';
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { DutyRelief, FindingEffect, Outcome } from './domain';

/** What one rule of the rule book (or one of the engine's own notices) found about an item. */
export class FindingResponse {
  ruleId!: string;

  /** Version of the rule in the rule book; 0 for the engine's own notices. */
  @ApiInteger()
  ruleVersion!: number;

  effect!: FindingEffect;

  message!: string;

  /** The legal source the finding cites. */
  source!: string;

  /** The licence that clears this finding; absent when there is none. */
  licence?: string;
}

/** One artwork of the request, as assessed, in the order of the request's items. */
export class ItemAssessmentResponse {
  /** The item's HS code; null when the engine could not classify it. */
  hsCode!: string | null;

  outcome!: Outcome;

  findings!: FindingResponse[];

  /** Licence types that clear the item; empty when it is prohibited (no licence clears it). */
  licencesRequired!: string[];
}

/** A duty or VAT rate the tariff table applied. */
export class AppliedRateResponse {
  ruleId!: string;

  @ApiInteger()
  ruleVersion!: number;

  /** Percent as a decimal string: "1", "13", "5.5". */
  percent!: string;
}

/** A published rate a conversion used: units of the currency per 1 EUR. */
export class FxRateUsedResponse {
  currency!: string;

  /** Units of `currency` per 1 EUR, as published (a decimal string). */
  rate!: string;

  /** The day the rate was published for, an ISO 8601 date (yyyy-mm-dd). */
  date!: string;
}

/** How the item's value was converted into the destination's currency. */
export class CurrencyConversionResponse {
  /** The value as declared, before conversion. */
  from!: MoneyDto;

  /** The rates used, of the source currency then of the target (EUR has none). */
  rates!: FxRateUsedResponse[];
}

/** Duty and VAT suspended or deferred on a line: what would be due (e.g. the guarantee). */
export class DutyReliefResponse {
  kind!: DutyRelief;

  /** The rule that grants the relief. */
  ruleId!: string;

  suspendedDuty!: MoneyDto;

  suspendedVat!: MoneyDto;
}

/** Duty and VAT of one item, computed from the tariff table. */
export class ComputedDutyLineResponse {
  @ApiProperty({ enum: ['COMPUTED'] })
  status!: 'COMPUTED';

  /** Index of the item in the declaration's (or request's) items. */
  @ApiInteger()
  itemIndex!: number;

  hsCode!: string;

  /** The item's value in the destination's currency. */
  customsValue!: MoneyDto;

  /** Present when the item was declared in another currency than the destination's. */
  conversion?: CurrencyConversionResponse;

  dutyRate!: AppliedRateResponse;

  vatRate!: AppliedRateResponse;

  /** Zero under a relief. */
  duty!: MoneyDto;

  /** Zero under a relief. */
  vat!: MoneyDto;

  /** Duty plus VAT; zero under a relief. */
  total!: MoneyDto;

  /** Present when duty and VAT are suspended or deferred rather than charged. */
  relief?: DutyReliefResponse;
}

/** An item whose duty and VAT could not be computed, and why. */
export class UncomputedDutyLineResponse {
  @ApiProperty({ enum: ['NOT_COMPUTED'] })
  status!: 'NOT_COMPUTED';

  /** Index of the item in the declaration's (or request's) items. */
  @ApiInteger()
  itemIndex!: number;

  hsCode!: string | null;

  /** TARIFF-NOT-IN-TABLE, FX-RATE or AMOUNT-LIMIT: what was missing, or too large. */
  ruleId!: string;

  reason!: string;
}

/** A duty line: COMPUTED, or NOT_COMPUTED with the reason. */
export type DutyLineResponse = ComputedDutyLineResponse | UncomputedDutyLineResponse;

/** Duty and import VAT in the destination's currency. */
@ApiExtraModels(ComputedDutyLineResponse, UncomputedDutyLineResponse)
export class DutiesResponse {
  /** Currency of the destination in which duty and VAT are paid. */
  currency!: string;

  customsValue!: MoneyDto;

  duty!: MoneyDto;

  vat!: MoneyDto;

  total!: MoneyDto;

  /** False when some line could not be computed: the totals cover computed lines only. */
  complete!: boolean;

  /** One line per item, by `status`. */
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(ComputedDutyLineResponse) },
        { $ref: getSchemaPath(UncomputedDutyLineResponse) },
      ],
      discriminator: {
        propertyName: 'status',
        mapping: {
          COMPUTED: getSchemaPath(ComputedDutyLineResponse),
          NOT_COMPUTED: getSchemaPath(UncomputedDutyLineResponse),
        },
      },
    },
  })
  lines!: DutyLineResponse[];
}

/** POST /assessments: the rules' verdict on a shipment, money as decimal strings. */
export class AssessmentResponse {
  /** The strictest of the items' outcomes. */
  outcome!: Outcome;

  /** Declaration date the rules and rates were taken for, an ISO 8601 date (yyyy-mm-dd). */
  date!: string;

  ruleBookVersion!: string;

  items!: ItemAssessmentResponse[];

  /** Null when no duty applies or none can be computed: no border, or a destination not in the tariff table. */
  duties!: DutiesResponse | null;
}
