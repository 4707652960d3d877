import { Public } from '@artbridge/platform-auth';
import { All, Controller, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { upstreamPath } from './domain/upstream-path';
import { ServiceProxies } from './service-proxies';

/**
 * Everything under /api that is not the gateway's own goes to a service: /api/catalog/* to
 * catalog and so on. The gateway does not check the token here: each service does, so a
 * service is never open because of who called it. Anything else under /api is a JSON 404.
 */
@ApiExcludeController()
@Public()
@Controller('api')
export class ProxyController {
  constructor(private readonly proxies: ServiceProxies) {}

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
    await this.proxies.forward(name, req, res);
  }
}
