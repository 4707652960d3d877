import { Controller, Get } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { Public } from '@artbridge/platform-auth';
import {
  MessagingTransport,
  OutboxBacklog,
  OutboxRelay,
  readOutboxBacklog,
} from '@artbridge/platform-messaging';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly relay: OutboxRelay,
    private readonly transport: MessagingTransport,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Up when the database answers, the outbox relay runs without error and, if the service
   * handles messages, its consumer is connected to the broker (it connects before the HTTP
   * server starts, so a service that answers here has been connected once). The details also
   * say how long the oldest unsent outbox row has waited and how many rows the relay set aside
   * as too large for the broker (which does not make it down: the rest still flows).
   */
  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      async () => {
        const messaging = this.indicators.check('messaging');
        const consumer = this.transport.consumerState();
        const details = {
          relay: this.relay.state,
          relayError: this.relay.lastError ?? null,
          consumer,
          consumerConnected: consumer === 'connected',
          outbox: await this.outbox(),
        };
        const healthy =
          this.relay.state !== 'stopped' && !this.relay.lastError && consumer !== 'disconnected';
        return healthy ? messaging.up(details) : messaging.down(details);
      },
    ]);
  }

  /** The database's answer, or why there is none (the database check says it is down). */
  private async outbox(): Promise<OutboxBacklog | { error: string }> {
    try {
      return await readOutboxBacklog(this.dataSource);
    } catch (error) {
      return { error: (error as Error).message };
    }
  }
}
