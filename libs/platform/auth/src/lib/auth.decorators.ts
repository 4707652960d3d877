import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Principal, Role } from './principal';

export const PUBLIC_ROUTE = 'artbridge:public';
export const REQUIRED_ROLES = 'artbridge:roles';

/** No token needed (health, sign-in). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only callers with one of these roles; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The signed-in caller. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => {
    return context.switchToHttp().getRequest<{ principal: Principal }>().principal;
  },
);
