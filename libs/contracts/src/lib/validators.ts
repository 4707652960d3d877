import { isCurrencyCode, MoneyFormatError, parseMoney } from '@artbridge/money';
import countries from 'i18n-iso-countries';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  IsPositive,
  ValidateNested,
  ValidationArguments,
  ValidationOptions,
  registerDecorator,
} from 'class-validator';

/** ISO 3166-1 alpha-2, upper case: CN, FR, GB. */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isCountryCode',
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && /^[A-Z]{2}$/.test(value) && countries.isValid(value),
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB`,
      },
    });
}

/** ISO 4217 code of a currency one can pay in. */
export function IsCurrencyCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isCurrencyCode',
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: {
        validate: (value: unknown) => isCurrencyCode(value),
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} must be an ISO 4217 currency code such as EUR, CNY, JPY`,
      },
    });
}

/**
 * A decimal string with no more decimals than the currency (read from the sibling property)
 * allows. An unknown currency is reported on the currency field, not here.
 */
export function IsAmountOf(
  currencyProperty: string,
  options?: ValidationOptions & { min?: bigint },
): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isAmountOf',
      target: target.constructor,
      propertyName: propertyKey as string,
      constraints: [currencyProperty],
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (typeof value !== 'string') return false;
          const currency = (args.object as Record<string, unknown>)[currencyProperty];
          if (!isCurrencyCode(currency)) return /^-?\d+(\.\d+)?$/.test(value);
          try {
            const parsed = parseMoney(value, currency);
            return options?.min === undefined || parsed.minor >= options.min;
          } catch (error) {
            if (error instanceof MoneyFormatError) return false;
            throw error;
          }
        },
        defaultMessage(args: ValidationArguments) {
          const currency = (args.object as Record<string, unknown>)[currencyProperty];
          const value = args.value;
          if (typeof value !== 'string')
            return `${args.property} must be a decimal string such as "1250.00"`;
          if (isCurrencyCode(currency)) {
            try {
              parseMoney(value, currency);
              return `${args.property} must not be negative`;
            } catch (error) {
              return `${args.property} ${(error as Error).message}`;
            }
          }
          return `${args.property} must be a decimal string such as "1250.00"`;
        },
      },
    });
}

/**
 * Not only white space. Only a non-empty string is judged: a missing or empty value is left to
 * the property's other rules (`@Length(1, ...)`, `@IsString()`), so it is reported once.
 */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || value === '' || value.trim() !== '',
        defaultMessage: (args: ValidationArguments) => `${args.property} must not be blank`,
      },
    });
}

/**
 * An object, for a property that holds one (with `@ValidateNested()`): that alone takes an array
 * of them, validates each item, and the code after it met an array where an object belongs (a
 * 500). A missing value is left to the property's other rules (`@IsDefined()`, `@IsOptional()`,
 * `@ValidateNested()`), so it is reported once.
 */
export function IsNestedObject(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isNestedObject',
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: {
        validate: (value: unknown) =>
          value === undefined ||
          value === null ||
          (typeof value === 'object' && !Array.isArray(value)),
        defaultMessage: (args: ValidationArguments) =>
          options?.each
            ? `each item of ${args.property} must be an object`
            : `${args.property} must be an object`,
      },
    });
}

/**
 * An array of objects, each validated as its class (with `@Type(() => Item)`): the one decorator
 * for such a property. `@ValidateNested({ each: true })` alone takes an array nested in the
 * array (`[[{...}]]`, `[[]]`) as an item and validates its items instead, so the code after it met
 * an array where an object belongs: a 500, or an ivory item left out of an assessment.
 */
export function ValidateNestedObjects(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateNested({ ...options, each: true }),
    IsNestedObject({ ...options, each: true }),
  );
}

/** Every country, in a licence's territories (alone). */
export const WORLD_TERRITORY = 'WORLD';

/** A licence territory: an ISO 3166-1 alpha-2 country code, or WORLD. */
export function IsLicenceTerritory(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isLicenceTerritory',
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: {
        validate: (value: unknown) =>
          value === WORLD_TERRITORY ||
          (typeof value === 'string' && /^[A-Z]{2}$/.test(value) && countries.isValid(value)),
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} must hold ISO 3166-1 alpha-2 country codes such as CN, FR, GB, or just ${WORLD_TERRITORY}`,
      },
    });
}

/** A percentage as a decimal string, 0 to 100 with up to 4 decimals: "8.5", "12", "0.25". */
export const PERCENT_RATE = /^(?:100(?:\.0{1,4})?|\d{1,2}(?:\.\d{1,4})?)$/;

export function IsPercentRate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isPercentRate',
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && PERCENT_RATE.test(value),
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} must be a percentage from 0 to 100 as a decimal string with at most 4 decimals, such as "8.5"`,
      },
    });
}

/**
 * `@IsPositive()`, documented as what it checks: above 0. The swagger plugin reads IsPositive as
 * `minimum: 1`, which would tell clients that an artwork 0.4 cm deep is refused; the explicit
 * schema wins over the plugin's.
 */
export function IsAboveZero(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(IsPositive(options), ApiProperty({ minimum: 0, exclusiveMinimum: true }));
}
