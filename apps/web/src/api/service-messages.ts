import type { i18n } from 'i18next';
import { serviceMessages } from '../i18n/service.messages';

export type ServiceMessageKey = keyof (typeof serviceMessages)['en'];

/** Another field a message names (`must not be before validFrom`), as the API spells it. */
const FIELD = String.raw`[A-Za-z_]\w*(?:\.\w+|\[\d+\])*`;
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;

/**
 * The shapes of what the services say about a field, the text after its path (class-validator's
 * defaults, libs/contracts' validators, libs/platform/service's), each read into the values its
 * texts (i18n/service.messages.ts) put back. Anchored: a domain explanation that merely starts
 * alike (`at must not be before the dispatch (…)`) matches none and is shown as sent.
 */
export const SERVICE_MESSAGE_SHAPES: Record<Exclude<ServiceMessageKey, 'eachValue'>, RegExp> = {
  isString: /^must be a string$/,
  lengthBetween:
    /^must be longer than or equal to (?<min>\d+) and shorter than or equal to (?<max>\d+) characters$/,
  minLength: /^must be longer than or equal to (?<min>\d+) characters$/,
  maxLength: /^must be shorter than or equal to (?<max>\d+) characters$/,
  isInValues: /^must be one of the following values: (?<values>.+)$/,
  isInt: /^must be an integer number$/,
  isNumber: /^must be a number conforming to the specified constraints$/,
  isPositive: /^must be a positive number$/,
  min: new RegExp(String.raw`^must not be less than (?<min>${NUMBER})$`),
  max: new RegExp(String.raw`^must not be greater than (?<max>${NUMBER})$`),
  isBoolean: /^must be a boolean value$/,
  isUuid: /^must be a UUID$/,
  isIso8601: /^must be a valid ISO 8601 date string$/,
  isArray: /^must be an array$/,
  isObject: /^must be an object$/,
  arrayMinSize: /^must contain at least (?<min>\d+) elements$/,
  arrayMaxSize: /^must contain no more than (?<max>\d+) elements$/,
  arrayUnique: new RegExp(String.raw`^All (?<property>${FIELD})'s elements must be unique$`),
  isDefined: /^should not be null or undefined$/,
  isNotEmpty: /^should not be empty$/,
  matches: /^must match (?<pattern>.+) regular expression$/,
  notWhitelisted: new RegExp(String.raw`^property (?<property>${FIELD}) should not exist$`),
  isIn: /^must be one of (?!the following values: )(?<values>.+)$/,
  notBlank: /^must not be blank$/,
  countryCode: /^must be an ISO 3166-1 alpha-2 country code such as (?<examples>.+)$/,
  licenceTerritory:
    /^must hold ISO 3166-1 alpha-2 country codes such as (?<examples>.+), or just (?<world>\w+)$/,
  currencyCode: /^must be an ISO 4217 currency code such as (?<examples>.+)$/,
  tooManyDecimals:
    /^'(?<amount>.*)' has (?<decimals>\d+) decimals but (?<currency>[A-Z]{3}) has (?<exponent>\d+)$/,
  notDecimalAmount: /^'(?<amount>.*)' is not a decimal amount$/,
  amountTooLarge:
    /^'(?<amount>.*)' is too large: (?<currency>[A-Z]{3}) amounts go up to (?<most>\S+)$/,
  decimalString: /^must be a decimal string such as "(?<example>[^"]*)"$/,
  notNegative: /^must not be negative$/,
  percentage:
    /^must be a percentage from (?<from>\d+) to (?<to>\d+) as a decimal string with at most (?<decimals>\d+) decimals, such as "(?<example>[^"]*)"$/,
  notBefore: new RegExp(String.raw`^must not be before (?<field>${FIELD})$`),
  dateTime: /^must be an ISO 8601 date-time such as (?<example>\S+)$/,
  dateTimeRange: /^must be a date-time from (?<from>\S+) to (?<to>\S+)$/,
  calendarDateSuchAs: /^must be a calendar date written yyyy-mm-dd, such as (?<example>\S+)$/,
  calendarDate: /^must be a calendar date YYYY-MM-DD$/,
  calendarDateInParentheses: /^must be a calendar date \(YYYY-MM-DD\)$/,
  date: /^must be a date YYYY-MM-DD$/,
  required: /^is required$/,
  isText: /^must be text$/,
  atMostCharacters: /^must be at most (?<max>\d+) characters$/,
  givenOnce: /^must be given once$/,
  sku: /^must start with a letter or digit and hold only letters, digits and \. _ \/ -$/,
  upperCaseCode: /^must be an upper-case code such as (?<examples>.+)$/,
};

/** class-validator's prefix for a rule given `each: true`: the rule's own text follows. */
const EACH_VALUE = new RegExp(String.raw`^each value in (?<property>${FIELD}) (?<text>.+)$`);

export interface ServiceMessageReading {
  key: ServiceMessageKey;
  values: Record<string, string>;
}

/** Which shape `text` (a message after its field path) has, and its values; none: unknown. */
export function readServiceMessage(text: string): ServiceMessageReading | undefined {
  for (const [key, shape] of Object.entries(SERVICE_MESSAGE_SHAPES)) {
    const match = shape.exec(text);
    if (match) return { key: key as ServiceMessageKey, values: { ...match.groups } };
  }
  return undefined;
}

/**
 * `text` (a message after its field path) in the language of `i18n`: in English, and in any
 * language for a message of no known shape, exactly as the service sent it.
 */
export function serviceMessageIn(text: string, i18n: i18n): string {
  if (i18n.language === 'en') return text;
  const each = EACH_VALUE.exec(text);
  if (each?.groups) {
    const item = serviceMessageIn(each.groups['text'], i18n);
    return item === each.groups['text']
      ? text
      : i18n.t('eachValue', { ns: 'service', property: each.groups['property'], text: item });
  }
  const reading = readServiceMessage(text);
  return reading ? i18n.t(reading.key, { ns: 'service', ...reading.values }) : text;
}
