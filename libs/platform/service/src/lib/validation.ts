import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { unstorableContent } from '@artbridge/contracts';
import { cacheValidationMetadata, describeValidationErrors } from '@artbridge/platform-messaging';

/**
 * Bad input is a 400 naming every field and why (`value.amount has 3 decimals but EUR has 2`),
 * never a 500; fields nobody declared are refused rather than silently dropped. What no field can
 * take is refused first, whatever the DTO (see unstorableContent).
 */
export function requestValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(describeValidationErrors(errors)),
  });
}

class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const problems = unstorableContent(value, metadata.data ?? metadata.type);
      if (problems.length > 0) throw new BadRequestException(problems);
    }
    return super.transform(value, metadata);
  }
}
