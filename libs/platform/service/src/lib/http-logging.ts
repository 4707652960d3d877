import type { Params } from 'nestjs-pino';

/**
 * Request logs (nestjs-pino / pino-http) for a service or the gateway, the same everywhere:
 * one line per request when it ends, except the health checks.
 */
export function httpLogging(name: string, level: string): Params {
  return {
    pinoHttp: {
      level,
      name,
      autoLogging: { ignore: (req) => req.url === '/health' },
      // bearer tokens are credentials: never in the logs
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
  };
}
