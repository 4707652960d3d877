import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { isIsoDate } from './domain';

/** A real calendar day written yyyy-mm-dd (2026-02-30 is not one). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} must be a calendar date written yyyy-mm-dd, such as 2026-11-24`,
      },
    });
}
