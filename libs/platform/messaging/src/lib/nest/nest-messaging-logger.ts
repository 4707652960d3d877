import type { LoggerService } from '@nestjs/common';
import type { MessagingLogger } from '../logger';

export function nestMessagingLogger(logger: LoggerService): MessagingLogger {
  return {
    info: (msg, fields) => logger.log({ msg, ...fields }),
    warn: (msg, fields) => logger.warn({ msg, ...fields }),
    error: (msg, fields) => logger.error({ msg, ...fields }),
  };
}
