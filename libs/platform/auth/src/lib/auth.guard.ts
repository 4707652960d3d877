import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './auth.decorators';
import { hasRole, Principal, Role } from './principal';
import { Tokens } from './tokens';

/** The 401's message, the same wherever a token is refused (each service, the gateway). */
export const BEARER_TOKEN_REQUIRED = 'a valid bearer token is required';

/** The token of an `Authorization: Bearer <token>` header as every service reads it, else undefined. */
export function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
}

/**
 * Every HTTP route needs a valid bearer token unless marked @Public(): each service checks the
 * token itself rather than trusting whoever called it. Message handlers are not HTTP and pass.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: Tokens,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();
    const token = bearerToken(request.headers['authorization']);
    const principal = token ? this.tokens.verify(token) : undefined;
    if (!principal) throw new UnauthorizedException(BEARER_TOKEN_REQUIRED);
    request.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !hasRole(principal, ...roles)) {
      throw new ForbiddenException(`this needs one of the roles ${roles.join(', ')}`);
    }
    return true;
  }
}
