import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { cacheValidationMetadata, describeValidationErrors } from '@artbridge/platform-messaging';

/**
 * Bad input is a 400 naming every field and why (`value.amount has 3 decimals but EUR has 2`),
 * never a 500; fields nobody declared are refused rather than silently dropped.
 */
export function requestValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(describeValidationErrors(errors)),
  });
}
