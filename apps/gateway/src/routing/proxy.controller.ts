import { Public } from '@artbridge/platform-auth';
import { All, Controller, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { IncomingMessage, ServerResponse } from 'node:http';
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
    if (!this.proxies.has(service)) {
      throw new NotFoundException(`Cannot ${req.method} ${req.originalUrl ?? req.url}`);
    }
    await this.proxies.forward(service, req, res);
  }
}
