import { Controller, Get, type INestApplication, Module } from '@nestjs/common';
import { hostHeaderProblem, isHostAndPort, refuseInvalidHostHeaders } from './host-header';
import { listeningApp, rawExchange } from './http-app.spec-helper';

@Controller('health')
class HealthController {
  @Get()
  get() {
    return { status: 'ok' };
  }
}

@Module({ controllers: [HealthController] })
class HealthModule {}

describe('isHostAndPort', () => {
  it.each([
    'a',
    'catalog.example.com',
    '127.0.0.1:3001',
    '[::1]:3000',
    '[2001:db8::7]',
    'xn--fsq.example',
    "a-b_c~d!$&'()*+,;=",
    'caf%C3%A9.example',
    'a:', // port = *DIGIT
    '', // an empty reg-name: RFC 9112 §3.2, a target without authority
  ])('takes %p', (value) => expect(isHostAndPort(value)).toBe(true));

  it.each([
    'a b/c',
    'a b',
    'a/b',
    'a@b',
    'a:b',
    'a:1:2',
    '::1',
    '[::1',
    '[not-ipv6]',
    '[fe80::1%25eth0]',
    '[::1]x',
    '%zz',
    'a\tb',
    'ä.example',
  ])('refuses %p', (value) => expect(isHostAndPort(value)).toBe(false));
});

describe('hostHeaderProblem', () => {
  it('wants one Host line, in any letter case, with a valid value', () => {
    expect(hostHeaderProblem(['Host', 'a', 'Accept', '*/*'])).toBeUndefined();
    expect(hostHeaderProblem(['Accept', '*/*'])).toBeUndefined(); // Node itself wants one in 1.1
    expect(hostHeaderProblem(['Host', 'a', 'hOST', 'a'])).toBe(
      'Host must be sent once, not 2 times',
    );
    expect(hostHeaderProblem(['host', 'a b/c'])).toBe("Host 'a b/c' is not a valid host[:port]");
  });
});

/** A real Nest HTTP app with the check in front, as every service and the gateway have it. */
describe('refuseInvalidHostHeaders', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    ({ app, base } = await listeningApp(HealthModule, refuseInvalidHostHeaders));
  });
  afterAll(() => app?.close());

  const get = async (...headers: string[]) => {
    const { status, body } = await rawExchange(base, ['GET /health HTTP/1.1', ...headers]);
    return { status, body: JSON.parse(body) as unknown };
  };
  const refused = (message: string) => ({
    status: 400,
    body: { statusCode: 400, error: 'Bad Request', message: [message] },
  });

  it('answers two Host lines with 400 naming Host, in the shared shape', async () => {
    expect(await get('Host: a', 'Host: b')).toEqual(refused('Host must be sent once, not 2 times'));
    expect(await get('Host: a', 'host: a')).toEqual(refused('Host must be sent once, not 2 times'));
  });

  it('answers a Host that is not host[:port] with 400 naming Host', async () => {
    expect(await get('Host: a b/c')).toEqual(refused("Host 'a b/c' is not a valid host[:port]"));
  });

  it('serves a request with one valid Host', async () => {
    for (const host of ['a', '127.0.0.1:3001', '[::1]:3000'])
      expect(await get(`Host: ${host}`)).toEqual({ status: 200, body: { status: 'ok' } });
  });
});
