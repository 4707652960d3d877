import { BEARER_TOKEN_REQUIRED, bearerToken, Public, Tokens } from '@artbridge/platform-auth';
import {
  All,
  Controller,
  NotFoundException,
  Param,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { upstreamPath } from './domain/upstream-path';
import { ServiceProxies } from './service-proxies';

/**
 * Everything under /api that is not the gateway's own goes to a service: /api/catalog/* to
 * catalog and so on. A request with an Authorization header goes on only with a bearer token
 * this gateway verifies with its own secret (signature, expiry, issuer), else it is a 401 as a
 * service gives: a service that judges itself local, and so takes the published development
 * secret, is never reached with such a token through a gateway that is not. A request without
 * one goes on as it is (public routes, the service's own 401). Each service still checks the
 * token itself, and roles and ownership are its to decide. Anything else under /api is a JSON 404.
 */
@ApiExcludeController()
@Public()
@Controller('api')
export class ProxyController {
  constructor(
    private readonly proxies: ServiceProxies,
    private readonly tokens: Tokens,
  ) {}

  @All([':service', ':service/*path'])
  async forward(
    @Param('service') service: string,
    @Req() req: IncomingMessage & { originalUrl?: string },
    @Res() res: ServerResponse,
  ): Promise<void> {
    const url = req.originalUrl ?? req.url ?? '';
    // The router matches in any letter case and reads absolute-form targets; the name is
    // checked against the target itself, so what is forwarded is exactly what matched here.
    const name = service.toLowerCase();
    if (!this.proxies.has(name) || upstreamPath(url, name) === undefined) {
      throw new NotFoundException(`Cannot ${req.method} ${url}`);
    }
    // Tokens remembers the tokens it verified: a client's next request costs a map lookup
    const { authorization } = req.headers;
    if (authorization !== undefined) {
      const token = bearerToken(authorization);
      if (!token || !this.tokens.verify(token))
        throw new UnauthorizedException(BEARER_TOKEN_REQUIRED);
    }
    await this.proxies.forward(name, req, res);
  }
}
