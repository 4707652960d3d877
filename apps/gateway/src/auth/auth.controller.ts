import { Public, TOKEN_TTL_SECONDS, Tokens } from '@artbridge/platform-auth';
import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { PinoLogger } from 'nestjs-pino';
import { UserDirectory } from './domain/user-directory';
import { SignInDto, TokenDto } from './sign-in.dto';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly users: UserDirectory,
    private readonly tokens: Tokens,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(AuthController.name);
  }

  @Public()
  @Post('token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: a bearer token every service accepts' })
  @ApiOkResponse({ type: TokenDto })
  @ApiBadRequestResponse({ description: 'username or password missing' })
  @ApiUnauthorizedResponse({ description: 'unknown user or wrong password' })
  async token(@Body() body: SignInDto): Promise<TokenDto> {
    const { username, password } = body;
    const result = await this.users.signIn(username, password);
    if (!result.ok) {
      this.logger.warn({ username, reason: result.reason }, 'sign-in refused');
      throw new UnauthorizedException(
        result.reason === 'no-users'
          ? 'sign-in is not available: this gateway has no users configured'
          : 'unknown user or wrong password',
      );
    }
    this.logger.info({ username, roles: result.principal.roles }, 'signed in');
    return {
      accessToken: this.tokens.sign(result.principal, TOKEN_TTL_SECONDS),
      tokenType: 'Bearer',
      expiresIn: TOKEN_TTL_SECONDS,
      roles: result.principal.roles,
    };
  }
}
