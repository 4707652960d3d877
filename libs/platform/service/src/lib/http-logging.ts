import {
  DynamicModule,
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
  RequestMethod,
} from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { LoggerModule } from 'nestjs-pino';
import { HttpLogger, pinoHttp } from 'pino-http';

const REQUEST_LOG = Symbol('REQUEST_LOG');

/**
 * Structured logs for a service or the gateway, the same everywhere: Nest's logger and
 * `PinoLogger` write JSON lines through one pino logger, and every request gets one line when it
 * ends (pino-http: method, url, status, time taken, request id), except the health checks.
 *
 * Lines written while a request is handled are not bound to it. nestjs-pino would bind them by
 * running each request inside an AsyncLocalStorage, and on Node 20 the first one entered turns
 * on a hook that runs on every promise the process makes from then on (kafkajs, pg and TypeORM
 * make many): a chain of awaits took four times the CPU, and the saga bench offered 30
 * journeys a second spent 59–60 ms of platform CPU a journey instead of 56–57
 * (docs/PERFORMANCE.md).
 * So nestjs-pino gets no routes, and pino-http runs on its own; a handler that wants the
 * request in a line has it (`req.log`, `req.id`).
 * Node 24, which the npm scripts and the image now run, keeps an AsyncLocalStorage without that
 * hook (the same chain of awaits: 100 ms before the first store, 96 ms after; Node 20: 102 and
 * 299 ms), so binding lines to requests again would cost little there; a machine whose scripts
 * fall back to its own Node 20 would still pay it.
 */
@Module({})
export class HttpLoggingModule implements NestModule {
  static forRoot(name: string, level: string, destination?: DestinationStream): DynamicModule {
    const requestLog = pinoHttp(
      {
        level,
        name,
        autoLogging: { ignore: (req) => req.url === '/health' },
        // bearer tokens are credentials: never in the logs
        redact: ['req.headers.authorization', 'req.headers.cookie'],
      },
      destination,
    );
    return {
      module: HttpLoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { logger: requestLog.logger }, forRoutes: [] })],
      providers: [{ provide: REQUEST_LOG, useValue: requestLog }],
    };
  }

  constructor(@Inject(REQUEST_LOG) private readonly requestLog: HttpLogger) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.requestLog).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
