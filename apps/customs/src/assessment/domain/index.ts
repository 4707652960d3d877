/** The customs assessment engine: pure functions over the rule book, no I/O. */
export {
  assess,
  assessmentRequestProblems,
  InvalidAssessmentRequestError,
  itemOutcome,
  strictestOutcome,
  type AssessmentContext,
} from './assess';
export * from './model';
export {
  activeRules,
  isRuleInForce,
  ruleBookProblems,
  type RuleBook,
  type RuleDefinition,
  type RuleKind,
} from './rule-book';
export { licenceTypesOf } from './licences';
export { bondedStorageRule, type BondedMovement, type BondedStorageRule } from './bonded-storage';
export { CUSTOMS_RULE_BOOK } from './rules';
export {
  ALL_WORKS_PROHIBITED,
  REPRESENTATIVE_WORKS_RESTRICTED,
  type RestrictedArtist,
} from './rules/china-restricted-artists';
export { EU_MEMBER_STATES, customsTerritoryOf } from './rules/territories';
export { addDays, isIsoDate, isoDateOf } from './support/dates';
export { NOTICES, notice, type NoticeId } from './evaluate/notices';
export { moneyText } from './evaluate/text';
export { customsValuesOf, type CustomsValues } from './evaluate/customs-value';
export type { FxPolicy, FxRate, FxRateLookup } from './support/fx';
