import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { Principal, Role, ROLES } from './principal';

export const TOKEN_ISSUER = 'artbridge';
export const TOKEN_TTL_SECONDS = 3600;

/** Signs and checks the bearer tokens every service accepts (HS256, shared secret). */
export class Tokens {
  private readonly jwt: JwtService;

  constructor(secret: string) {
    this.jwt = new JwtService({
      // A key object, not the string: given a string, jsonwebtoken first tries to read it as a
      // public key (and fails) on every verify, which cost more than the HMAC itself.
      secret: createSecretKey(Buffer.from(secret, 'utf8')),
      signOptions: { algorithm: 'HS256', issuer: TOKEN_ISSUER },
    });
  }

  sign(principal: Principal, ttlSeconds = TOKEN_TTL_SECONDS): string {
    return this.jwt.sign(
      { roles: principal.roles },
      { subject: principal.username, expiresIn: ttlSeconds },
    );
  }

  /** The principal, or undefined for a token that is forged, expired or malformed. */
  verify(token: string): Principal | undefined {
    try {
      const claims = this.jwt.verify<{ sub?: string; roles?: unknown }>(token, {
        algorithms: ['HS256'],
        issuer: TOKEN_ISSUER,
      });
      const roles = Array.isArray(claims.roles)
        ? claims.roles.filter((r): r is Role => ROLES.includes(r as Role))
        : [];
      return claims.sub ? { username: claims.sub, roles } : undefined;
    } catch {
      return undefined;
    }
  }
}
