import type { IsoDate } from './model';
import { activeRules, type RuleBook } from './rule-book';

/** How works move through a free-trade zone's bonded storage. */
export type BondedMovement = 'ENTRY' | 'RELEASE' | 'RE_EXPORT';

/** The rule of the book that governs a movement: what an audit entry cites. */
export interface BondedStorageRule {
  readonly ruleId: string;
  readonly ruleVersion: number;
  readonly source: string;
  readonly description: string;
  /** Import duty and VAT are due on this movement (only on release to the domestic market). */
  readonly dutyDue: boolean;
}

/**
 * The rule in force on `date` for works entering, released from or re-exported from bonded
 * storage in `country`: entry is the FTZ_BONDED relief (duty deferred), release and re-export
 * the FTZ_EXIT rules that end it. Undefined when the book has none for that country.
 */
export function bondedStorageRule(
  book: RuleBook,
  date: IsoDate,
  country: string,
  movement: BondedMovement,
): BondedStorageRule | undefined {
  const active = activeRules(book, date);
  if (movement === 'ENTRY') {
    const relief = active.DUTY_RELIEF.find(
      ({ params }) => params.relief === 'FTZ_BONDED' && params.countries.includes(country),
    );
    return (
      relief && {
        ruleId: relief.id,
        ruleVersion: relief.version,
        source: relief.source,
        description: relief.params.description,
        dutyDue: false,
      }
    );
  }
  const exit = active.FTZ_EXIT.find(
    ({ params }) => params.exit === movement && params.countries.includes(country),
  );
  return (
    exit && {
      ruleId: exit.id,
      ruleVersion: exit.version,
      source: exit.source,
      description: exit.params.description,
      dutyDue: exit.params.dutyDue,
    }
  );
}
