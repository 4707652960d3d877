/**
 * Customs and VAT territories (ISO 3166-1 alpha-2). Source: RULES.md section 4. Changing
 * membership is a data change here.
 */

/** The 27 EU member states: the tariff table's EU destinations (EU-IMPORT-VAT rates, reliefs). */
// prettier-ignore
export const EU_MEMBER_STATES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];

/**
 * Parts of the customs territory of the Union with ISO codes of their own (Union Customs Code,
 * Regulation (EU) No 952/2013, Article 4): Monaco (by the Franco-Monegasque customs convention of
 * 18 May 1963), the French outermost regions (Mayotte since 1 January 2014) and Åland (Finland).
 * Regulation 116/2009 controls goods leaving this territory and Regulation 2019/880 goods entering
 * it, wherever the ISO code says.
 */
// prettier-ignore
export const EU_CUSTOMS_TERRITORY_OUTSIDE_MEMBER_CODES: readonly string[] = [
  'MC', 'GP', 'MQ', 'GF', 'RE', 'YT', 'MF', 'AX',
];

/**
 * Of those, the ones outside the EU VAT area (Directive 2006/112/EC, Article 6): the outermost
 * regions and Åland levy their own import taxes (octroi de mer...). Monaco is not among them:
 * transactions with Monaco are treated as transactions with France (Article 7).
 */
// prettier-ignore
const OUTSIDE_EU_VAT_AREA: readonly string[] = ['GP', 'MQ', 'GF', 'RE', 'YT', 'MF', 'AX'];

const EU_CUSTOMS_TERRITORY = new Set([
  ...EU_MEMBER_STATES,
  ...EU_CUSTOMS_TERRITORY_OUTSIDE_MEMBER_CODES,
]);

/**
 * 'EU' for a country of the customs territory of the Union (the member states and the codes
 * above), else the country itself: goods moving inside one territory cross no customs border.
 */
export function customsTerritoryOf(country: string): string {
  return EU_CUSTOMS_TERRITORY.has(country) ? 'EU' : country;
}

/** A country belongs to a territory code ('EU' or a country code). */
export function isInTerritory(country: string, territory: string): boolean {
  return customsTerritoryOf(country) === territory || country === territory;
}

/**
 * 'EU' for a country of the EU VAT area (the member states and Monaco), else the country itself.
 * Goods from France to Guadeloupe or from Åland to Finland cross no customs border but a tax
 * border: the destination's import tax is due.
 */
export function vatTerritoryOf(country: string): string {
  return EU_CUSTOMS_TERRITORY.has(country) && !OUTSIDE_EU_VAT_AREA.includes(country)
    ? 'EU'
    : country;
}
