import { BadRequestException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIPv6 } from 'node:net';
import { replyWith } from './request-bodies';

/** RFC 3986 reg-name, which an IPv4 address also is: unreserved, pct-encoded, sub-delims. */
const REG_NAME = /^(?:[\w.~!$&'()*+,;=-]|%[\dA-Fa-f]{2})*$/;
/** uri-host [ ":" port ]: an IP-literal in brackets or a reg-name, then port = *DIGIT. */
const HOST_AND_PORT = /^(\[[\dA-Fa-f:.]*\]|[^:[\]]*)(?::\d*)?$/;

/**
 * Answers a request with more than one Host line, or a Host that is not uri-host[:port], with a
 * 400 in the shape of every other, naming Host: RFC 9112 §3.2 wants exactly that, and Node
 * serves both (it keeps the first of two Host lines in `req.headers`), so a cache or proxy in
 * front could read another host than this app. Shared by every service and the gateway; register
 * before the routes (at start-up, before the app is initialised).
 */
export function refuseInvalidHostHeaders(app: NestExpressApplication): void {
  app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const problem = hostHeaderProblem(req.rawHeaders);
    if (problem === undefined) return next();
    replyWith(res, new BadRequestException([problem]));
  });
}

/** What is wrong with the Host lines of a request (its `rawHeaders`), if anything. */
export function hostHeaderProblem(rawHeaders: readonly string[]): string | undefined {
  let host: string | undefined;
  let lines = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    if (name.length === 4 && name.toLowerCase() === 'host') {
      host = rawHeaders[i + 1];
      lines++;
    }
  }
  if (lines > 1) return `Host must be sent once, not ${lines} times`;
  if (host !== undefined && !isHostAndPort(host))
    return `Host '${host.slice(0, 100)}' is not a valid host[:port]`;
  return undefined;
}

/** Whether `value` is RFC 9110's Host: uri-host [ ":" port ] (RFC 3986; an empty reg-name too). */
export function isHostAndPort(value: string): boolean {
  const host = HOST_AND_PORT.exec(value)?.[1];
  if (host === undefined) return false;
  return host.startsWith('[') ? isIPv6(host.slice(1, -1)) : REG_NAME.test(host);
}
