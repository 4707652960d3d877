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
    const match = /^Bearer (\S+)$/i.exec(request.headers['authorization'] ?? '');
    const principal = match ? this.tokens.verify(match[1]) : undefined;
    if (!principal) throw new UnauthorizedException('a valid bearer token is required');
    request.principal = principal;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !hasRole(principal, ...roles)) {
      throw new ForbiddenException(`this needs one of the roles ${roles.join(', ')}`);
    }
    return true;
  }
}
