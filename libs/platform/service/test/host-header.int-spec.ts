import { Public } from '@artbridge/platform-auth';
import { Controller, Get } from '@nestjs/common';
import { rawExchange } from '../src/lib/http-app.spec-helper';
import { startTestService, type TestService } from './test-service';

@Public()
@Controller('health')
class HealthController {
  @Get()
  get() {
    return { status: 'ok' };
  }
}

/** The Host check as startService gives it to every service (RFC 9112 §3.2). */
describe('startService: the Host header (real PostgreSQL and Kafka)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService([HealthController]);
  });
  afterAll(() => service?.close());

  const get = async (...hosts: string[]) => {
    const { status, body } = await rawExchange(service.base, ['GET /health HTTP/1.1', ...hosts]);
    return { status, body: JSON.parse(body) as unknown };
  };
  const refused = (message: string) => ({
    status: 400,
    body: { statusCode: 400, error: 'Bad Request', message: [message] },
  });

  it('answers two Host lines, or a Host that is not host[:port], with 400 naming Host', async () => {
    expect(await get('Host: a', 'Host: b')).toEqual(refused('Host must be sent once, not 2 times'));
    expect(await get('Host: a b/c')).toEqual(refused("Host 'a b/c' is not a valid host[:port]"));
    expect(await get('Host: a')).toEqual({ status: 200, body: { status: 'ok' } });
  });
});
