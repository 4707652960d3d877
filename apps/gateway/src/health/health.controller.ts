import { Public } from '@artbridge/platform-auth';
import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';

/** Up when the gateway answers; the services report their own health (/api/<service>/health). */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  @Public()
  @Get()
  check() {
    return { status: 'ok', info: { gateway: { status: 'up' } } };
  }
}
