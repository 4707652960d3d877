import type { RuleBook } from '../rule-book';
import { CHINA_EXIT_RULES } from './china-exit.rules';
import { CITES_RULES } from './cites.rules';
import { CLASSIFICATION_RULES } from './classification.rules';
import { EXPORT_IMPORT_LICENCE_RULES } from './export-import-licence.rules';
import { IMPORT_TAX_RULES } from './import-tax.rules';

/**
 * The customs rule book of RULES.md sections 1-6. Bump `version` with every data change so that
 * an assessment names the rules it was made under.
 */
export const CUSTOMS_RULE_BOOK: RuleBook = {
  version: '2026-12-08.2',
  fx: { maxLookBackDays: 7 },
  rules: [
    ...CLASSIFICATION_RULES,
    ...CHINA_EXIT_RULES,
    ...EXPORT_IMPORT_LICENCE_RULES,
    ...CITES_RULES,
    ...IMPORT_TAX_RULES,
  ],
};
