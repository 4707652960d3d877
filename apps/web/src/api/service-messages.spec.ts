import { createI18n } from '../i18n/i18n';
import { ApiError } from './api-error';
import {
  readServiceMessage,
  SERVICE_MESSAGE_SHAPES,
  serviceMessageIn,
  type ServiceMessageKey,
} from './service-messages';

const en = createI18n('en');
const zh = createI18n('zh-CN');

/** One message of each shape, the text after its field path as a service sends it, in Chinese. */
const SAMPLES: Record<keyof typeof SERVICE_MESSAGE_SHAPES, [sent: string, zh: string]> = {
  isString: ['must be a string', '必须是文本'],
  lengthBetween: [
    'must be longer than or equal to 2 and shorter than or equal to 300 characters',
    '长度须在 2 到 300 个字符之间',
  ],
  minLength: ['must be longer than or equal to 1 characters', '长度不能少于 1 个字符'],
  maxLength: ['must be shorter than or equal to 300 characters', '长度不能超过 300 个字符'],
  isInValues: ['must be one of the following values: CM, IN', '必须是以下值之一：CM, IN'],
  isInt: ['must be an integer number', '必须是整数'],
  isNumber: ['must be a number conforming to the specified constraints', '必须是数字'],
  isPositive: ['must be a positive number', '必须是大于 0 的数'],
  min: ['must not be less than -3000', '不能小于 -3000'],
  max: ['must not be greater than 100', '不能大于 100'],
  isBoolean: ['must be a boolean value', '必须是布尔值（true 或 false）'],
  isUuid: ['must be a UUID', '必须是 UUID'],
  isIso8601: ['must be a valid ISO 8601 date string', '必须是有效的 ISO 8601 日期'],
  isArray: ['must be an array', '必须是列表'],
  isObject: ['must be an object', '必须是对象'],
  arrayMinSize: ['must contain at least 1 elements', '至少需要 1 项'],
  arrayMaxSize: ['must contain no more than 50 elements', '最多只能有 50 项'],
  arrayUnique: ["All artworkIds's elements must be unique", 'artworkIds 中的各项不能重复'],
  isDefined: ['should not be null or undefined', '必须填写'],
  isNotEmpty: ['should not be empty', '不能为空'],
  matches: ['must match /^[A-Z]{2}$/ regular expression', '必须符合格式 /^[A-Z]{2}$/'],
  notWhitelisted: ['property colour should not exist', '不允许有属性 colour'],
  isIn: [
    'must be one of PAINTING, WATERCOLOUR, DRAWING',
    '必须是以下值之一：PAINTING, WATERCOLOUR, DRAWING',
  ],
  notBlank: ['must not be blank', '不能只有空白'],
  countryCode: [
    'must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB',
    '必须是 ISO 3166-1 两位字母国家代码，如 CN, FR, GB',
  ],
  licenceTerritory: [
    'must hold ISO 3166-1 alpha-2 country codes such as CN, FR, GB, or just WORLD',
    '必须是 ISO 3166-1 两位字母国家代码（如 CN, FR, GB），或仅为 WORLD',
  ],
  currencyCode: [
    'must be an ISO 4217 currency code such as EUR, CNY, JPY',
    '必须是 ISO 4217 货币代码，如 EUR, CNY, JPY',
  ],
  tooManyDecimals: [
    "'12.345' has 3 decimals but JPY has 0",
    '“12.345”有 3 位小数，但 JPY 只能有 0 位',
  ],
  notDecimalAmount: ["'12,5' is not a decimal amount", '“12,5”不是十进制金额'],
  amountTooLarge: [
    "'1e30' is too large: EUR amounts go up to 92233720368547758.07",
    '“1e30”过大：EUR 金额最多为 92233720368547758.07',
  ],
  decimalString: [
    'must be a decimal string such as "1250.00"',
    '必须是十进制数字字符串，如“1250.00”',
  ],
  notNegative: ['must not be negative', '不能为负数'],
  percentage: [
    'must be a percentage from 0 to 100 as a decimal string with at most 4 decimals, such as "8.5"',
    '必须是 0 到 100 之间的百分比，以十进制字符串表示，最多 4 位小数，如“8.5”',
  ],
  notBefore: ['must not be before validFrom', '不能早于 validFrom'],
  dateTime: [
    'must be an ISO 8601 date-time such as 2026-11-24T10:00:00Z',
    '必须是 ISO 8601 日期时间，如 2026-11-24T10:00:00Z',
  ],
  dateTimeRange: [
    'must be a date-time from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z',
    '必须是 0001-01-01T00:00:00Z 至 9999-12-31T23:59:59Z 之间的日期时间',
  ],
  calendarDateSuchAs: [
    'must be a calendar date written yyyy-mm-dd, such as 2026-11-24',
    '必须是 yyyy-mm-dd 格式的日历日期，如 2026-11-24',
  ],
  calendarDate: ['must be a calendar date YYYY-MM-DD', '必须是 YYYY-MM-DD 格式的日历日期'],
  calendarDateInParentheses: [
    'must be a calendar date (YYYY-MM-DD)',
    '必须是 YYYY-MM-DD 格式的日历日期',
  ],
  date: ['must be a date YYYY-MM-DD', '必须是 YYYY-MM-DD 格式的日期'],
  required: ['is required', '必须填写'],
  isText: ['must be text', '必须是文本'],
  atMostCharacters: ['must be at most 2000 characters', '不能超过 2000 个字符'],
  givenOnce: ['must be given once', '只能提供一次'],
  sku: [
    'must start with a letter or digit and hold only letters, digits and . _ / -',
    '必须以字母或数字开头，且只能包含字母、数字及 . _ / -',
  ],
  upperCaseCode: [
    'must be an upper-case code such as PRINT, SCARF, BOOK',
    '必须是大写代码，如 PRINT, SCARF, BOOK',
  ],
};

describe('the services’ field messages', () => {
  const samples = Object.entries(SAMPLES) as [ServiceMessageKey, [string, string]][];

  it.each(samples)('reads %s, whose English is the message as sent', (key, [sent]) => {
    const reading = readServiceMessage(sent);
    expect(reading?.key).toBe(key);
    expect(en.t(key, { ns: 'service', ...reading!.values })).toBe(sent);
    expect(serviceMessageIn(sent, en)).toBe(sent);
  });

  it.each(samples)('says %s in Chinese, with its values', (_key, [sent, chinese]) => {
    expect(serviceMessageIn(sent, zh)).toBe(chinese);
  });

  it('says a rule on each item of a list in Chinese, when the rule is known', () => {
    const sent = 'each value in materials must be longer than or equal to 1 characters';
    expect(en.t('eachValue', { ns: 'service', property: 'materials', text: 'x' })).toBe(
      'each value in materials x',
    );
    expect(serviceMessageIn(sent, zh)).toBe('每一项长度不能少于 1 个字符');
    expect(serviceMessageIn('each value in materials must glow', zh)).toBe(
      'each value in materials must glow',
    );
  });

  it('shows a message of no known shape as sent, a domain explanation too', () => {
    for (const sent of [
      'must not be after the work was made (2026)',
      'must not be before the dispatch (2026-11-24T10:00:00.000Z)',
      'must be a string, really',
      'line 3: title must be a string',
    ])
      expect(serviceMessageIn(sent, zh)).toBe(sent);
  });
});

describe('a refusal read in Chinese', () => {
  const refusal = (...message: string[]) =>
    ApiError.from(
      new Response(JSON.stringify({ statusCode: 400, message }), { status: 400 }),
      (text) => serviceMessageIn(text, zh),
    );

  it('keeps each message’s field path and puts its text in Chinese', async () => {
    const error = await refusal(
      "value.amount '12.345' has 3 decimals but JPY has 0",
      'sourceItem.institutionRef must be longer than or equal to 1 characters',
      'validTo must not be before validFrom',
      'materials: each value in materials must be a string',
      'artist.colour: property colour should not exist',
      'id must be a UUID',
      'an officer may not decide a declaration of their own',
    );
    expect(error.messages).toEqual([
      'value.amount: “12.345”有 3 位小数，但 JPY 只能有 0 位',
      'sourceItem.institutionRef: 长度不能少于 1 个字符',
      'validTo: 不能早于 validFrom',
      'materials: 每一项必须是文本',
      'artist.colour: 不允许有属性 colour',
      'id: 必须是 UUID',
      'an officer may not decide a declaration of their own',
    ]);
    expect(error.forField('sourceItem')).toEqual(['长度不能少于 1 个字符']);
    expect(error.forField('validTo')).toEqual(['不能早于 validFrom']);
    expect(error.fields['id']).toEqual(['必须是 UUID']);
  });

  it('is as sent in English', async () => {
    const sent = 'validTo must not be before validFrom';
    const error = await ApiError.from(
      new Response(JSON.stringify({ statusCode: 400, message: [sent] }), { status: 400 }),
      (text) => serviceMessageIn(text, en),
    );
    expect(error.messages).toEqual([sent]);
    expect(error.forField('validTo')).toEqual(['must not be before validFrom']);
  });
});
