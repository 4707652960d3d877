import { Controller, Get } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '@artbridge/platform-auth';
import { MessagingTransport, OutboxRelay } from '@artbridge/platform-messaging';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly relay: OutboxRelay,
    private readonly transport: MessagingTransport,
  ) {}

  /** Up when the database answers and the outbox relay and the consumer are running. */
  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => {
        const messaging = this.indicators.check('messaging');
        const details = {
          relay: this.relay.state,
          relayError: this.relay.lastError ?? null,
          consumerConnected: this.transport.isConnected(),
        };
        const healthy = this.relay.state !== 'stopped' && !this.relay.lastError;
        return healthy ? messaging.up(details) : messaging.down(details);
      },
    ]);
  }
}
