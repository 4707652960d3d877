/**
 * Customs territories. Source: RULES.md section 4 (the 27 EU member states, ISO 3166-1 alpha-2).
 * Changing membership is a data change here.
 */
// prettier-ignore
export const EU_MEMBER_STATES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];

const EU = new Set(EU_MEMBER_STATES);

/** 'EU' for a member state, else the country itself: goods moving inside one territory cross no customs border. */
export function customsTerritoryOf(country: string): string {
  return EU.has(country) ? 'EU' : country;
}

/** A country belongs to a territory code ('EU' or a country code). */
export function isInTerritory(country: string, territory: string): boolean {
  return customsTerritoryOf(country) === territory || country === territory;
}
