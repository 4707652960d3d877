import type { ArtworkCategory } from '@artbridge/contracts';
import type { Money } from '@artbridge/money';

/** A calendar date as ISO 8601 `yyyy-mm-dd`. */
export type IsoDate = string;

export type Purpose = 'SALE' | 'TEMPORARY_EXHIBITION' | 'RETURN';

/**
 * What a declaration covers. EXPORT (the default): a shipment declared before it leaves, with
 * the export country's controls, the destination's import controls and its duty and taxes.
 * IMPORT: works already outside the export country (e.g. released from a free-trade zone's
 * bonded storage): import controls, duty and taxes only; export controls were the export
 * declaration's.
 */
export const DECLARATION_KINDS = ['EXPORT', 'IMPORT'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

/** Materials the CITES rules know; other strings are carried but never fire a rule. */
export type ProtectedMaterial =
  'IVORY' | 'TORTOISESHELL' | 'ROSEWOOD' | 'DALBERGIA_NIGRA' | 'CORAL';

export interface MaterialContent {
  readonly material: ProtectedMaterial | (string & NonNullable<unknown>);
  /** Weight of this material in the finished item. */
  readonly weightGrams?: number;
  /** Year the specimen was acquired (pre-Convention route). */
  readonly acquiredYear?: number;
  /** Share of the item's volume, 0-100 (UK Ivory Act de minimis exemptions). */
  readonly volumePercent?: number;
}

export interface Artist {
  readonly name: string;
  readonly birthYear?: number;
  readonly deathYear?: number;
  /** The item is a representative item of an ethnic minority (CN-EXIT-1966). */
  readonly ethnicMinority?: boolean;
}

/**
 * The facts the rules need about one artwork (API.md "Artwork attributes"), in domain types:
 * money as integer minor units, years as integers (negative for BCE).
 */
export interface ArtworkAttributes {
  readonly title: string;
  readonly artist: Artist;
  /** Year of creation; negative for BCE (200 BC is -200). */
  readonly creationYear: number;
  /** Later year of a range ("1905-1915"); age is counted from it. */
  readonly creationYearEnd?: number;
  readonly category: ArtworkCategory;
  /** e.g. OIL, INK, ACRYLIC, BRONZE, WATERCOLOUR, MURAL, RUBBING, THANGKA. */
  readonly technique?: string;
  /** False for reproductions and mass-produced products. */
  readonly handExecuted: boolean;
  readonly portrait?: boolean;
  /** Musical instrument (UK Ivory Act exemption). */
  readonly musicalInstrument?: boolean;
  readonly medium?: string;
  readonly materials?: readonly MaterialContent[];
  readonly dimensions?: {
    readonly heightCm: number;
    readonly widthCm: number;
    readonly depthCm?: number;
  };
  readonly value: Money;
  readonly ownedByCreator: boolean;
  /** ISO 3166-1 alpha-2. */
  readonly originCountry: string;
}

export interface AssessmentRequest {
  /** ISO 3166-1 alpha-2. */
  readonly exportCountry: string;
  readonly importCountry: string;
  readonly purpose: Purpose;
  /** Declaration date; defaults to the context's `today`. */
  readonly date?: IsoDate;
  /** Goods enter the Shanghai FTZ bonded art warehouse (CN-FTZ-BONDED). */
  readonly ftzBonded?: boolean;
  /**
   * Goods leave the FTZ bonded warehouse for the domestic market (CN-FTZ-RELEASE): the duty and
   * VAT deferred under CN-FTZ-BONDED are due now. Excludes `ftzBonded`.
   */
  readonly ftzReleased?: boolean;
  /** EXPORT when absent. */
  readonly declarationKind?: DeclarationKind;
  /**
   * The sale price of the whole shipment. A SALE's customs value is the price (its transaction
   * value), split over the items; without it, or for a loan or a return, the items' values.
   */
  readonly price?: Money;
  readonly items: readonly ArtworkAttributes[];
}

/** Strictest first. */
export const FINDING_EFFECTS = ['PROHIBITED', 'REVIEW', 'LICENCE_REQUIRED', 'INFO'] as const;
export type FindingEffect = (typeof FINDING_EFFECTS)[number];

export interface Finding {
  readonly ruleId: string;
  /** Version of the rule in the rule book; 0 for the engine's own notices. */
  readonly ruleVersion: number;
  readonly effect: FindingEffect;
  readonly message: string;
  readonly source: string;
  /** The licence that clears this finding, when there is one. */
  readonly licence?: string;
}

export type Outcome = 'CLEAR' | 'REVIEW' | 'PROHIBITED';

export interface ItemAssessment {
  readonly hsCode: string | null;
  readonly outcome: Outcome;
  readonly findings: readonly Finding[];
  /** Licences that clear the item; empty when it is prohibited (no licence clears it). */
  readonly licencesRequired: readonly string[];
}

/**
 * Why duty and VAT computed for a line are not charged. PAID_AT_EXPORT: works released from
 * bond whose duty and VAT were charged on the shipment's export declaration (not declared for
 * bonded storage), so the import declaration does not charge them again.
 */
export type DutyRelief = 'TEMPORARY_ADMISSION' | 'RETURNED_GOODS' | 'FTZ_BONDED' | 'PAID_AT_EXPORT';

export interface AppliedRate {
  readonly ruleId: string;
  readonly ruleVersion: number;
  /** Percent as a decimal string: "1", "13", "5.5". */
  readonly percent: string;
}

export interface CurrencyConversion {
  readonly from: Money;
  /** Units of each currency per 1 EUR, as published, and the date of the rates used. */
  readonly rates: readonly {
    readonly currency: string;
    readonly rate: string;
    readonly date: IsoDate;
  }[];
}

/**
 * What a line's customs value was taken from: PRICE, the item's share of the sale price (its
 * transaction value); APPRAISED, the item's catalogue value (a loan, no price, or a price that
 * could not be split).
 */
export type ValueBasis = 'PRICE' | 'APPRAISED';

export interface ComputedDutyLine {
  readonly status: 'COMPUTED';
  readonly itemIndex: number;
  readonly hsCode: string;
  readonly customsValue: Money;
  readonly valueBasis: ValueBasis;
  readonly conversion?: CurrencyConversion;
  readonly dutyRate: AppliedRate;
  readonly vatRate: AppliedRate;
  readonly duty: Money;
  readonly vat: Money;
  readonly total: Money;
  /** Duty and VAT suspended or deferred: what would be due (e.g. the guarantee). */
  readonly relief?: {
    readonly kind: DutyRelief;
    readonly ruleId: string;
    readonly suspendedDuty: Money;
    readonly suspendedVat: Money;
  };
}

export interface UncomputedDutyLine {
  readonly status: 'NOT_COMPUTED';
  readonly itemIndex: number;
  readonly hsCode: string | null;
  readonly ruleId: string;
  readonly reason: string;
}

export type DutyLine = ComputedDutyLine | UncomputedDutyLine;

export interface Duties {
  /** Currency of the destination in which duty and VAT are paid. */
  readonly currency: string;
  readonly customsValue: Money;
  readonly duty: Money;
  readonly vat: Money;
  readonly total: Money;
  /** False when some line could not be computed: the totals cover computed lines only. */
  readonly complete: boolean;
  readonly lines: readonly DutyLine[];
}

export interface Assessment {
  readonly outcome: Outcome;
  /** Declaration date the rules and rates were taken for. */
  readonly date: IsoDate;
  readonly ruleBookVersion: string;
  readonly items: readonly ItemAssessment[];
  /** Null when no duty applies or none can be computed: no border, or a destination not in the tariff table. */
  readonly duties: Duties | null;
}
