import { Module, type INestApplication } from '@nestjs/common';
import { TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { MessagingTransport, OutboxRelay } from '@artbridge/platform-messaging';
import { DataSource } from 'typeorm';
import { HealthController } from './health.controller';
import { listeningApp } from './http-app.spec-helper';

const relay = { state: 'leader', lastError: undefined as string | undefined };
const transport = {
  state: 'connected' as 'none' | 'connected' | 'disconnected',
  consumerState() {
    return this.state;
  },
};
const backlog = {
  oldest_unsent_age_ms: '1250',
  failed: 1,
  last_failure: { seq: '7', id: 'x', topic: 't', type: 'y', error: 'too large for the broker' },
};

@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [
    {
      provide: TypeOrmHealthIndicator,
      useValue: { pingCheck: async (key: string) => ({ [key]: { status: 'up' } }) },
    },
    { provide: OutboxRelay, useValue: relay },
    { provide: MessagingTransport, useValue: transport },
    { provide: DataSource, useValue: { query: async () => [backlog] } },
  ],
})
class HealthModule {}

describe('GET /health', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    ({ app, base } = await listeningApp(HealthModule));
  });
  afterAll(() => app.close());

  const health = async () => {
    const response = await fetch(`${base}/health`);
    const body = (await response.json()) as { details: { messaging: Record<string, unknown> } };
    return { status: response.status, body };
  };

  it('is up with the consumer connected, and says what the outbox holds back', async () => {
    transport.state = 'connected';
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.details.messaging).toEqual({
      status: 'up',
      relay: 'leader',
      relayError: null,
      consumer: 'connected',
      consumerConnected: true,
      outbox: {
        oldestUnsentAgeMs: 1250,
        failed: 1,
        lastFailure: backlog.last_failure,
      },
    });
  });

  it('is down while a service that handles messages has its consumer disconnected', async () => {
    transport.state = 'disconnected';
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body.details.messaging).toMatchObject({ status: 'down', consumer: 'disconnected' });
  });

  it('is up for a service that handles no message', async () => {
    transport.state = 'none';
    expect((await health()).status).toBe(200);
  });
});
